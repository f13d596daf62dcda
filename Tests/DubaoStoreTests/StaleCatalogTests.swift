import DubaoCore
@testable import DubaoStore
import Foundation
import Testing

/// A catalog read before another dubao parsed a page again (issue 19): its
/// row ids may name other articles, so it writes nothing by them; renewed,
/// it finds the same article by its identity.
@Suite struct StaleCatalogTests {
    let dir: TempDir
    let database: LibraryDatabase

    init() throws {
        dir = try TempDir()
        database = try LibraryDatabase.open(path: dir.path + "/library.sqlite")
    }

    func writePage(_ titles: [String], mtime: Date? = nil) throws {
        try dir.write("pages/01.txt", pageText(date: "2024年2月22日", titles.map {
            TestArticle(title: $0, paragraphs: ["\($0)，各项工作有序推进。"])
        }), mtime: mtime)
    }

    func index(_ catalog: DatabaseCatalog, _ headline: String) throws -> Int {
        try #require((0..<catalog.count).first { catalog.summary($0).displayTitle == headline })
    }

    func starred(_ headline: String) throws -> Bool {
        let now = try DatabaseCatalog(database: database, scope: PageRoots([dir.path + "/pages"]).scope)
        return now.entries[try index(now, headline)].flags.contains(.starred)
    }

    @Test func aStarOnACatalogReadBeforeAPageWasParsedAgainLandsOnNoOtherArticle() throws {
        try writePage(["春灌全面展开", "招商引资签约", "返青麦田浇水"])
        let shown = try sync(database, [dir.path + "/pages"]).catalog
        let selected = try index(shown, "招商引资签约")
        let identity = shown.summary(selected).identity
        // Another session: the article above is gone from the page, which is parsed again.
        try writePage(["招商引资签约", "返青麦田浇水"], mtime: Date().addingTimeInterval(60))
        _ = try sync(database, [dir.path + "/pages"])
        #expect(!shown.isCurrent)
        #expect(shown.record(.starred(selected, true)) == .libraryChanged)
        #expect(shown.record(.read([selected], true)) == .libraryChanged)
        #expect(try !starred("招商引资签约"))
        #expect(try !starred("返青麦田浇水"))
        // Renewed, the same article is found and the star lands on it.
        let renewed = try #require(shown.renewed())
        let same = try #require(renewed.index(ofIdentity: identity))
        #expect(renewed.summary(same).displayTitle == "招商引资签约")
        #expect(renewed.record(.starred(same, true)) == .kept)
        #expect(try starred("招商引资签约"))
        #expect(try !starred("返青麦田浇水"))
        #expect(renewed.renewed() == nil)
    }

    @Test func aCatalogShowsNothingOfAnotherArticleOnceTheLibraryChanged() throws {
        try writePage(["春灌全面展开", "招商引资签约"])
        let shown = try sync(database, [dir.path + "/pages"]).catalog
        try writePage(["返青麦田浇水", "春耕备耕有序"], mtime: Date().addingTimeInterval(60))
        _ = try sync(database, [dir.path + "/pages"])
        // Its ids may now name the new page's articles: nothing is read by them.
        for i in 0..<shown.count {
            #expect(shown.article(i) == nil)
            #expect(!["返青麦田浇水", "春耕备耕有序"].contains(shown.summary(i).displayTitle))
        }
    }

    @Test func aSyncThatChangesNothingLeavesTheCatalogCurrent() throws {
        try writePage(["春灌全面展开", "招商引资签约"])
        let shown = try sync(database, [dir.path + "/pages"]).catalog
        _ = try sync(database, [dir.path + "/pages"])
        #expect(shown.isCurrent)
        #expect(shown.renewed() == nil)
        #expect(shown.record(.starred(0, true)) == .kept)
    }
}
