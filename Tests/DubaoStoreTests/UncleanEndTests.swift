import DubaoCore
@testable import DubaoStore
import Foundation
import GRDB
import Testing

/// A library a dubao left without closing is checked before it is trusted;
/// found damaged, it is moved aside and the reader's marks kept (issue 19).
@Suite struct UncleanEndTests {
    /// A process id no process has.
    static let gone: Int32 = {
        var pid: Int32 = 4_000_000
        while OpenSessions.isAlive(pid) { pid -= 1 }
        return pid
    }()

    @Test func aSessionThatEndedWithoutClosingIsNoticedAndACleanOneIsNot() throws {
        let dir = try TempDir()
        let database = try LibraryDatabase.open(path: dir.path + "/library.sqlite")
        try database.writer.writeWithoutTransaction { db in
            // Itself, alive: nothing to check.
            let listed = try OpenSessions.pids(in: db)
            #expect(listed == [getpid()])
            let cleanBefore = try OpenSessions.arrive(in: db)
            #expect(cleanBefore == false)
            try OpenSessions.store([Self.gone, getpid()], in: db)
            let uncleanBefore = try OpenSessions.arrive(in: db)
            #expect(uncleanBefore == true)
            // The gone one is dropped: the next open checks nothing more.
            let now = try OpenSessions.pids(in: db)
            #expect(!now.contains(Self.gone))
        }
        database.close()
        let left = try database.writer.read { db in try OpenSessions.pids(in: db) }
        #expect(left.isEmpty)
    }

    @Test func aLibraryLeftWholeByAnUncleanEndOpensAsItIs() throws {
        let dir = try TempDir()
        let path = dir.path + "/library.sqlite"
        do {
            let database = try LibraryDatabase.open(path: path)
            try database.writer.writeWithoutTransaction { try OpenSessions.store([Self.gone], in: $0) }
            try close(database)
        }
        var notices: [String] = []
        _ = try LibraryDatabase.open(path: path, notice: { notices.append($0) })
        #expect(notices.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: path + ".damaged-1"))
    }

    @Test func aLibraryLeftDamagedByAnUncleanEndIsMovedAsideWithTheReadersMarksKept() throws {
        let dir = try TempDir()
        try dir.write("pages/01.txt", pageText(date: "2024年2月22日", [
            TestArticle(title: "春灌全面展开", paragraphs: [String(repeating: "位山灌区开闸放水，春灌全面展开。", count: 200)]),
            TestArticle(title: "招商引资签约", paragraphs: ["二十四个项目签约。"]),
        ]))
        let path = dir.path + "/library.sqlite"
        var root = 0
        do {
            let database = try LibraryDatabase.open(path: path)
            let catalog = try sync(database, [dir.path + "/pages"]).catalog
            #expect(catalog.record(.starred(0, true)) == .kept)
            try database.writer.writeWithoutTransaction { db in
                try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)")
                root = try Int.fetchOne(db, sql: "SELECT rootpage FROM sqlite_master WHERE name = 'article_text'") ?? 0
                // It ends without closing: a process that is gone holds it.
                try OpenSessions.store([Self.gone], in: db)
            }
            try close(database)
        }
        // And a page of the articles' text is lost.
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.seek(toOffset: UInt64((root - 1) * 8192))
        handle.write(Data(repeating: 0xA5, count: 8192))
        try handle.close()

        var notices: [String] = []
        let reopened = try LibraryDatabase.open(path: path, notice: { notices.append($0) })
        #expect(notices.count == 1, "\(notices)")
        #expect(notices.first?.contains("damaged") == true, "\(notices)")
        #expect(notices.first?.contains("read marks and stars were kept") == true, "\(notices)")
        #expect(FileManager.default.fileExists(atPath: path + ".damaged-1"))
        // Synced again, the article still has its star.
        let again = try sync(reopened, [dir.path + "/pages"]).catalog
        let spring = try #require((0..<again.count).first { again.summary($0).displayTitle == "春灌全面展开" })
        #expect(again.entries[spring].flags.contains(.starred))
    }
}

/// An answer that cannot be right is damage (issue 19).
@Suite struct InconsistentLibraryTests {
    @Test func anArticleItsPageListsButTheLibraryLacksMakesTheNextOpenRebuildIt() throws {
        let dir = try twoArticlePage()
        let path = dir.path + "/library.sqlite"
        let database = try LibraryDatabase.open(path: path)
        let catalog = try sync(database, [dir.path + "/pages"]).catalog
        #expect(catalog.record(.starred(0, true)) == .kept)
        // The file loses an article row; its page's list still names it.
        let gone = try #require((0..<catalog.count).first { catalog.summary($0).displayTitle == "招商引资签约" })
        try database.writer.write { db in
            try db.execute(sql: "DELETE FROM article WHERE display_title = '招商引资签约'")
        }
        #expect(catalog.article(gone) == nil)
        #expect(catalog.foundInconsistent)
        var notices: [String] = []
        let reopened = try LibraryDatabase.open(path: path, notice: { notices.append($0) })
        #expect(notices.first?.contains("inconsistent") == true, "\(notices)")
        #expect(notices.first?.contains("read marks and stars were kept") == true, "\(notices)")
        let rebuilt = try sync(reopened, [dir.path + "/pages"]).catalog
        #expect(rebuilt.count == 2)
        let again = try #require((0..<rebuilt.count).first { rebuilt.summary($0).displayTitle == "招商引资签约" })
        #expect(rebuilt.article(again) != nil)
        #expect(rebuilt.entries.contains { $0.flags.contains(.starred) })
    }
}

/// Damage a quick check misses, in a library closed cleanly, is found by the
/// thorough check `dubao index` makes weekly (issue 19).
@Suite struct ThoroughCheckTests {
    @Test func anIndexThatDisagreesWithItsTableIsFoundAndTheLibraryRebuiltWithItsMarks() throws {
        let dir = try twoArticlePage()
        let path = dir.path + "/library.sqlite"
        do {
            let database = try LibraryDatabase.open(path: path)
            let catalog = try sync(database, [dir.path + "/pages"]).catalog
            #expect(catalog.record(.starred(0, true)) == .kept)
            #expect(database.isThoroughCheckDue())
            #expect(try database.checkThoroughly() == [])
            #expect(!database.isThoroughCheckDue())
            #expect(database.isThoroughCheckDue(now: Date().addingTimeInterval(LibraryDatabase.thoroughCheckInterval + 1)))
            // An index whose entries no longer match its table, as a bit
            // flipped on the disk leaves it: the quick check sees nothing.
            try database.writer.writeWithoutTransaction { db in
                try db.execute(sql: "PRAGMA writable_schema = ON")
                try db.execute(sql: "UPDATE sqlite_master SET sql = 'CREATE INDEX article_key ON article(identity)' WHERE name = 'article_key'")
                try db.execute(sql: "PRAGMA writable_schema = OFF")
            }
            try close(database)
        }
        let reopened = try LibraryDatabase.open(path: path)
        #expect(try reopened.writer.read { try String.fetchAll($0, sql: "PRAGMA quick_check") } == ["ok"])
        let problems = try reopened.checkThoroughly()
        #expect(!problems.isEmpty)
        var notices: [String] = []
        let fresh = try reopened.replacedAfterDamage(notice: { notices.append($0) })
        #expect(notices.first?.contains("read marks and stars were kept") == true, "\(notices)")
        #expect(FileManager.default.fileExists(atPath: path + ".damaged-1"))
        let rebuilt = try sync(fresh, [dir.path + "/pages"]).catalog
        #expect(rebuilt.count == 2)
        #expect(rebuilt.entries.contains { $0.flags.contains(.starred) })
        #expect(try fresh.checkThoroughly() == [])
    }
}

/// A folder with one page of two short reports, `pages/01.txt`.
func twoArticlePage() throws -> TempDir {
    let dir = try TempDir()
    try dir.write("pages/01.txt", pageText(date: "2024年2月22日", [
        TestArticle(title: "春灌全面展开", paragraphs: ["位山灌区开闸放水。"]),
        TestArticle(title: "招商引资签约", paragraphs: ["二十四个项目签约。"]),
    ]))
    return dir
}
