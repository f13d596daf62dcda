import DubaoCore
@testable import DubaoStore
import Foundation
import Testing

/// The reader's own state: kept at once, by article, across syncs.
@Suite struct ReadingStateTests {
    let dir: TempDir
    let database: LibraryDatabase

    init() throws {
        dir = try TempDir()
        database = try LibraryDatabase.open(path: dir.path + "/library.sqlite")
        try writePage(body: "位山灌区开闸放水。")
    }

    func writePage(body: String, mtime: Date? = nil) throws {
        try dir.write("pages/01.txt", pageText(date: "2024年2月22日", [
            TestArticle(title: "春灌全面展开", paragraphs: [body]),
            TestArticle(title: "招商引资签约", paragraphs: ["二十四个项目签约。"]),
        ]), mtime: mtime)
    }

    func index(_ catalog: DatabaseCatalog, _ headline: String) throws -> Int {
        try #require((0..<catalog.count).first { catalog.summary($0).displayTitle == headline })
    }

    @Test func readAndStarredAreKeptAndOutliveAPageParsedAgain() throws {
        let catalog = try sync(database, [dir.path + "/pages"]).catalog
        let spring = try index(catalog, "春灌全面展开")
        catalog.record(.read([spring], true))
        catalog.record(.starred(spring, true))
        catalog.record(.position(spring, ReadingPosition(block: 3, offset: 12)))
        // A new catalog (another session) reads what was kept.
        let again = try DatabaseCatalog(database: database, scope: catalog.scope)
        #expect(again.entries[spring].flags.contains(.read))
        #expect(again.entries[spring].flags.contains(.starred))
        #expect(!again.entries[try index(again, "招商引资签约")].flags.contains(.read))
        #expect(again.readingPosition(spring) == ReadingPosition(block: 3, offset: 12))
        // The page changes; its articles are parsed again, their state stays.
        try writePage(body: "位山灌区开闸放水，春灌全面展开。", mtime: Date().addingTimeInterval(60))
        let changed = try sync(database, [dir.path + "/pages"])
        #expect(changed.report.changed == 1)
        let after = changed.catalog
        let same = try index(after, "春灌全面展开")
        #expect(after.entries[same].flags.contains(.read))
        #expect(after.entries[same].flags.contains(.starred))
        #expect(after.readingPosition(same) == ReadingPosition(block: 3, offset: 12))
        // And can be undone.
        after.record(.read([same], false))
        #expect(!(try DatabaseCatalog(database: database, scope: after.scope)).entries[same].flags.contains(.read))
    }

    @Test func articlesOfTheLatestSyncAreNew() throws {
        let first = try sync(database, [dir.path + "/pages"]).catalog
        // A library's first sync marks nothing new: everything would be.
        #expect(first.entries.allSatisfy { !$0.flags.contains(.new) })
        try dir.write("pages/02.txt", pageText(date: "2024年2月23日", [
            TestArticle(title: "返青麦田浇水", paragraphs: ["农民在麦田里浇返青水。"]),
        ]))
        let second = try sync(database, [dir.path + "/pages"]).catalog
        let new = (0..<second.count).filter { second.entries[$0].flags.contains(.new) }.map { second.summary($0).displayTitle }
        #expect(new == ["返青麦田浇水"])
        // A page parsed again brings nothing new.
        try writePage(body: "又一次。", mtime: Date().addingTimeInterval(120))
        let third = try sync(database, [dir.path + "/pages"]).catalog
        let newAgain = (0..<third.count).filter { third.entries[$0].flags.contains(.new) }.map { third.summary($0).displayTitle }
        #expect(newAgain == ["返青麦田浇水"])
    }

    @Test func theSessionRemembersTheArticle() throws {
        let catalog = try sync(database, [dir.path + "/pages"]).catalog
        #expect(catalog.lastSession() == nil)
        let deal = try index(catalog, "招商引资签约")
        catalog.record(.session(article: deal, open: true))
        let again = try DatabaseCatalog(database: database, scope: catalog.scope)
        #expect(again.lastSession() == ReaderSession(article: deal, open: true))
    }

    @Test func sessionValuesAreKept() throws {
        #expect(database.sessionValue("hint_dismissed") == nil)
        database.setSessionValue("hint_dismissed", "1")
        database.setSessionValue("hint_dismissed", "2")
        let again = try LibraryDatabase.open(path: dir.path + "/library.sqlite")
        #expect(again.sessionValue("hint_dismissed") == "2")
    }

    @Test func thePageOfAnArticleIsReadAgainFromDisk() throws {
        let catalog = try sync(database, [dir.path + "/pages"]).catalog
        let spring = try index(catalog, "春灌全面展开"), deal = try index(catalog, "招商引资签约")
        let page = try #require(catalog.pageText(deal))
        let lines = PageLocation.lines(of: page.text)
        // Each article starts at its title line.
        #expect(lines[page.line] == "招商引资签约")
        #expect(lines[try #require(catalog.pageText(spring)).line] == "春灌全面展开")
        // A file gone from disk has no page to show.
        try FileManager.default.removeItem(atPath: dir.path + "/pages/01.txt")
        #expect(catalog.pageText(deal) == nil)
    }
}
