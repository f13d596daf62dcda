import DubaoCore
@testable import DubaoStore
import Foundation
import Testing

/// `dubao search`'s walk down the indexes gives the first articles of the
/// full ranking (title matches, then newest), and tells whether more match.
@Suite struct BestFirstSearchTests {
    /// Pages over several dates whose articles are made of a few words, so
    /// that every query matches many articles in titles and in text.
    static func mixedLibrary() throws -> (TempDir, String, LibraryDatabase, DatabaseCatalog) {
        let dir = try TempDir()
        let root = try dir.sub("pages")
        let words = ["春灌", "水利", "工程", "果园", "道路", "会议", "灌区", "农时"]
        var rng = Lcg(state: 7)
        for n in 0..<24 {
            let day = 1 + Int(rng.next() % 6)
            var articles: [TestArticle] = []
            for _ in 0..<(2 + Int(rng.next() % 3)) {
                func phrase(_ count: Int) -> String { (0..<count).map { _ in words[Int(rng.next() % UInt64(words.count))] }.joined() }
                articles.append(TestArticle(title: phrase(2) + "新闻", paragraphs: [phrase(3) + "。", phrase(4) + "。"]))
            }
            let folder = String(format: "%02d", n % 4)
            try dir.write("pages/\(folder)/p\(String(format: "%02d", n)).txt", pageText(date: "2024年3月\(day)日", articles))
        }
        try settle(root)
        let database = try LibraryDatabase.open(path: dir.path + "/library.sqlite")
        return (dir, root, database, try sync(database, [root]).catalog)
    }

    struct Lcg {
        var state: UInt64
        mutating func next() -> UInt64 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return state >> 33
        }
    }

    /// Dates the directories under `root` a minute back: a directory changed
    /// within the last moments is not trusted by `isCurrent` (it could change
    /// again within the same tick of the clock).
    static func settle(_ root: String) throws {
        let past = Date().addingTimeInterval(-60)
        try setMtime(root, past)
        for case let name as String in FileManager.default.enumerator(atPath: root)! {
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: root + "/" + name, isDirectory: &isDir), isDir.boolValue {
                try setMtime(root + "/" + name, past)
            }
        }
    }

    @Test(arguments: ["春灌", "灌", "水利工程", "果园道路", "会议", "新闻", "chunguan", "农时。"])
    func theFirstResultsAreThoseOfTheWholeRanking(query: String) throws {
        let (_, _, database, catalog) = try Self.mixedLibrary()
        let whole = try catalog.ranked(query, limit: 1000)
        #expect(whole.total > 3)
        for limit in [1, 3, 10, whole.total, whole.total + 5] {
            let best = try database.bestFirst(query, scope: catalog.scope, limit: limit)
            #expect(best.results.map(\.id) == Array(whole.results.prefix(limit)).map(\.id), "limit \(limit)")
            #expect(best.results.map(\.hits) == Array(whole.results.prefix(limit)).map(\.hits))
            #expect(best.more == (whole.total > limit), "limit \(limit)")
        }
    }

    @Test func aSmallerScopeKeepsToItsPages() throws {
        let (_, root, database, _) = try Self.mixedLibrary()
        let part = try sync(database, [root + "/01"]).catalog
        let whole = try part.ranked("灌", limit: 1000)
        let best = try database.bestFirst("灌", scope: part.scope, limit: 1000)
        #expect(best.results.map(\.id) == whole.results.map(\.id))
        #expect(best.results.allSatisfy { $0.id.hasPrefix("p") })
        #expect(!best.more)
    }

    @Test func noMatchIsNoResultAndNothingMore() throws {
        let (_, _, database, catalog) = try Self.mixedLibrary()
        let best = try database.bestFirst("飞机场", scope: catalog.scope, limit: 5)
        #expect(best.results.isEmpty)
        #expect(!best.more)
        #expect(throws: SearchError.nothingToSearch("，。")) { try database.bestFirst("，。", scope: catalog.scope, limit: 5) }
    }

    @Test func theLibraryIsCurrentUntilAPageIsAddedRemovedOrRenamed() throws {
        let (dir, root, database, catalog) = try Self.mixedLibrary()
        let check = LibrarySync(database: database)
        #expect(check.isCurrent(scope: catalog.scope))
        #expect(!LibrarySync(database: database, pipeline: LibrarySync.currentPipeline + 1).isCurrent(scope: catalog.scope))

        try dir.write("pages/02/new.txt", pageText(date: "2024年3月9日", [TestArticle(title: "新页", paragraphs: ["新的一页。"])]))
        #expect(!check.isCurrent(scope: catalog.scope))
        try sync(database, [root])
        // Just changed: not trusted until it is a moment old.
        #expect(!check.isCurrent(scope: catalog.scope))
        try Self.settle(root)
        try sync(database, [root])
        #expect(check.isCurrent(scope: catalog.scope))

        try FileManager.default.moveItem(atPath: root + "/02/new.txt", toPath: root + "/02/renamed.txt")
        #expect(!check.isCurrent(scope: catalog.scope))
        try sync(database, [root])
        try FileManager.default.removeItem(atPath: root + "/02/renamed.txt")
        #expect(!check.isCurrent(scope: catalog.scope))
        try sync(database, [root])

        try FileManager.default.createDirectory(atPath: root + "/05", withIntermediateDirectories: false)
        #expect(!check.isCurrent(scope: catalog.scope))
        try Self.settle(root)
        try sync(database, [root])
        #expect(check.isCurrent(scope: catalog.scope))

        // A page edited in place leaves its directory's time as it was: the
        // pages a search shows are checked one by one instead.
        let page = root + "/01/p01.txt"
        try dir.write("pages/01/p01.txt", pageText(date: "2024年3月2日", [TestArticle(title: "改过的页", paragraphs: ["改过。"])]))
        try setMtime(page, Date().addingTimeInterval(5))
        #expect(!check.unchanged(paths: [page]))
        #expect(check.unchanged(paths: [root + "/00/p00.txt"]))
    }

    @Test func aScopeNeverSyncedWholeIsNotCurrent() throws {
        let (_, root, database, _) = try Self.mixedLibrary()
        let other = PageRoots([root + "/../elsewhere"]).scope
        #expect(!LibrarySync(database: database).isCurrent(scope: other))
        #expect(!LibrarySync(database: database).isCurrent(scope: .builtin))
    }
}
