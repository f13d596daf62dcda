import DubaoCore
@testable import DubaoStore
import Foundation
import GRDB
import Testing

/// Three small pages, five articles, each with a word found nowhere else.
private func writeLibrary(_ dir: TempDir, in sub: String = "pages") throws -> String {
    let root = try dir.sub(sub)
    try dir.write("\(sub)/a.txt", pageText(date: "2024年3月5日", [
        TestArticle(title: "位山灌区春灌全面展开", paragraphs: ["位山灌区今年春灌引水五千万立方米。", "沿渠群众忙着平整土地。"]),
        TestArticle(title: "城区道路改造工程启动", paragraphs: ["城区道路改造工程今天启动，涉及道路十二条。", "工程计划年底完工。"]),
    ]))
    try dir.write("\(sub)/b.txt", pageText(date: "2024年3月6日", [
        TestArticle(title: "图书馆延长开放时间", paragraphs: ["市图书馆从本周起每晚开放到九点。", "读者对此表示欢迎。"]),
        TestArticle(title: "果园迎来授粉季节", paragraphs: ["梨树果园里蜜蜂来回忙碌。", "果农说今年花量很足。"]),
    ]))
    try dir.write("\(sub)/c.txt", pageText(date: "2024年3月7日", [
        TestArticle(title: "养老服务中心投入使用", paragraphs: ["新建的养老服务中心今天开门迎客。", "中心设有床位一百张。"]),
    ]))
    return root
}

@Suite struct SyncTests {
    @Test func firstSyncParsesEveryPageAndTheSecondNone() throws {
        let dir = try TempDir()
        let root = try writeLibrary(dir)
        let db = try LibraryDatabase.open(path: dir.path + "/db/library.sqlite")
        let first = try sync(db, [root])
        #expect(first.report.added == 3)
        #expect(first.report.parsed == 3)
        #expect(first.catalog.count == 5)
        #expect(first.catalog.pageCount == 3)
        #expect(first.catalog.article(key: "b#2")?.titles == ["果园迎来授粉季节"])

        let second = try sync(db, [root])
        #expect(second.report.parsed == 0)
        #expect(second.report.unchanged == 3)
        #expect(second.catalog.count == 5)
    }

    @Test func aChangedFileIsParsedAgainAndItsNewTextIsRead() throws {
        let dir = try TempDir()
        let root = try writeLibrary(dir)
        let db = try LibraryDatabase.open(path: dir.path + "/library.sqlite")
        try sync(db, [root])
        let path = root + "/b.txt"
        let old = try mtime(path)
        // Same length in bytes, other words: only the content hash tells.
        let text = try String(contentsOfFile: path, encoding: .utf8).replacingOccurrences(of: "梨树", with: "桃树")
        try dir.write("pages/b.txt", text, mtime: old.addingTimeInterval(60))
        let after = try sync(db, [root])
        #expect(after.report.changed == 1)
        #expect(after.report.parsed == 1)
        #expect(after.report.unchanged == 2)
        let i = try #require(after.catalog.index(ofKey: "b#2"))
        #expect(after.catalog.article(i)?.paragraphs.first?.contains("桃树果园") == true)
        #expect(try found("梨树", in: after.catalog).isEmpty)
        #expect(try found("桃树", in: after.catalog) == [i])
    }

    @Test func aTouchedFileIsNotParsedAgain() throws {
        let dir = try TempDir()
        let root = try writeLibrary(dir)
        let db = try LibraryDatabase.open(path: dir.path + "/library.sqlite")
        try sync(db, [root])
        let path = root + "/a.txt"
        try setMtime(path, try mtime(path).addingTimeInterval(3600))
        let touched = try sync(db, [root])
        #expect(touched.report.parsed == 0)
        #expect(touched.report.unchanged == 3)
        #expect(touched.catalog.count == 5)
        // The new time is remembered: the next sync does not even read it.
        let again = try sync(db, [root])
        #expect(again.report.parsed == 0)
        #expect(again.report.unchanged == 3)
    }

    @Test func aRemovedFileLeavesTheCatalog() throws {
        let dir = try TempDir()
        let root = try writeLibrary(dir)
        let db = try LibraryDatabase.open(path: dir.path + "/library.sqlite")
        try sync(db, [root])
        try FileManager.default.removeItem(atPath: root + "/b.txt")
        let after = try sync(db, [root])
        #expect(after.report.removed == 1)
        #expect(after.catalog.count == 3)
        #expect(after.catalog.index(ofKey: "b#1") == nil)
        #expect(after.catalog.allArticles.allSatisfy { !$0.source.hasSuffix("/b.txt") })
        #expect(try found("图书馆", in: after.catalog).isEmpty)
        #expect(try found("养老", in: after.catalog).count == 1)
    }

    @Test func aRenamedFileIsTheNewNameOnly() throws {
        let dir = try TempDir()
        let root = try writeLibrary(dir)
        let db = try LibraryDatabase.open(path: dir.path + "/library.sqlite")
        try sync(db, [root])
        try FileManager.default.moveItem(atPath: root + "/a.txt", toPath: root + "/z.txt")
        let after = try sync(db, [root])
        #expect(after.catalog.count == 5)
        #expect(after.catalog.index(ofKey: "a#1") == nil)
        #expect(after.catalog.article(key: "z#1")?.titles == ["位山灌区春灌全面展开"])
        #expect(after.catalog.allArticles.filter { $0.source.hasSuffix("/z.txt") }.count == 2)
        #expect(try found("春灌", in: after.catalog).count == 1)
    }

    @Test func aNewPipelineParsesEveryPageAgain() throws {
        let dir = try TempDir()
        let root = try writeLibrary(dir)
        let db = try LibraryDatabase.open(path: dir.path + "/library.sqlite")
        try sync(db, [root])
        let bumped = try sync(db, [root], pipeline: LibrarySync.currentPipeline + 1)
        #expect(bumped.report.parsed == 3)
        #expect(bumped.catalog.count == 5)
        #expect(try found("春灌", in: bumped.catalog).count == 1)
        let same = try sync(db, [root], pipeline: LibrarySync.currentPipeline + 1)
        #expect(same.report.parsed == 0)
    }

    @Test(arguments: ["empty", "binary"])
    func aPageThatCannotBeReadIsAWarningAndTheRestIsSynced(kind: String) throws {
        let dir = try TempDir()
        let root = try writeLibrary(dir)
        var generator = SystemRandomNumberGenerator()
        let bytes: [UInt8] = kind == "empty" ? [] : (0..<4096).map { _ in UInt8.random(in: 0...255, using: &generator) } + [0, 0, 0]
        let bad = try dir.write("pages/bad.txt", bytes: bytes)
        let db = try LibraryDatabase.open(path: dir.path + "/library.sqlite")
        let first = try sync(db, [root])
        #expect(first.catalog.count == 5)
        #expect(first.report.warnings.map(\.path) == [bad])
        let next = try sync(db, [root])
        #expect(next.report.parsed == 0)
        #expect(next.report.warnings.map(\.path) == [bad])
        #expect(next.catalog.warnings().map(\.path) == [bad])
        #expect(next.catalog.warnings().first?.message.isEmpty == false)
    }

    @Test func twoScopesDoNotSeeEachOther() throws {
        let dir = try TempDir()
        // "pages" is a prefix of "pages2": the scope must stop at the slash.
        let a = try writeLibrary(dir, in: "pages")
        let b = try dir.sub("pages2")
        try dir.write("pages2/d.txt", pageText(date: "2024年4月1日", [
            TestArticle(title: "渡口新船下水", paragraphs: ["黄河渡口的新渡船今天下水试航。", "船长说新船更加平稳。"]),
        ]))
        let db = try LibraryDatabase.open(path: dir.path + "/library.sqlite")
        let inA = try sync(db, [a])
        let inB = try sync(db, [b])
        #expect(inB.report.removed == 0)
        #expect(inB.catalog.count == 1)
        #expect(try found("春灌", in: inB.catalog).isEmpty)
        let againA = try sync(db, [a])
        #expect(againA.report.parsed == 0)
        #expect(againA.report.removed == 0)
        #expect(againA.catalog.count == inA.catalog.count)
        #expect(try found("渡船", in: againA.catalog).isEmpty)
        #expect(try found("渡船", in: inB.catalog).count == 1)
    }

    @Test func aDamagedDatabaseIsMovedAsideAndANewOneWorks() throws {
        let dir = try TempDir()
        let root = try writeLibrary(dir)
        let path = dir.path + "/library.sqlite"
        // A library cut short by a crash: its header stands, most pages are gone.
        do {
            let first = try LibraryDatabase.open(path: path)
            _ = try sync(first, [root])
            try first.writer.writeWithoutTransaction { try $0.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
            try close(first)
        }
        let size = try #require(FileManager.default.attributesOfItem(atPath: path)[.size] as? Int)
        #expect(truncate(path, off_t(size * 2 / 5)) == 0)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        var notices: [String] = []
        let db = try LibraryDatabase.open(path: path, notice: { notices.append($0) })
        let aside = path + ".damaged-1"
        #expect(FileManager.default.contents(atPath: aside) == bytes)
        #expect(notices.count == 1)
        #expect(notices.first?.contains(aside) == true)
        let synced = try sync(db, [root])
        #expect(synced.catalog.count == 5)
        try close(db)
        // And it opens again as it is, with nothing moved aside.
        let reopened = try LibraryDatabase.open(path: path)
        #expect(try DatabaseCatalog(database: reopened, scope: synced.catalog.scope).count == 5)
        #expect(!FileManager.default.fileExists(atPath: path + ".damaged-2"))
    }

    @Test func aDatabaseOfANewerDubaoIsRefusedAndLeftAlone() throws {
        let dir = try TempDir()
        let root = try writeLibrary(dir)
        let path = dir.path + "/library.sqlite"
        let db = try LibraryDatabase.open(path: path)
        try sync(db, [root])
        try db.writer.write { db in
            try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99: from the future')")
        }
        try close(db)
        // Not the bytes: opening any GRDB pool writes (and drops) a table of its
        // own to make the WAL file. What dubao keeps must be as it was.
        let schema = try Self.schema(path)
        let rows = try Self.rows(path)

        #expect {
            _ = try LibraryDatabase.open(path: path)
        } throws: { error in
            guard case StoreError.newerVersion(let p) = error else { return false }
            return p == path
        }
        #expect(try Self.rows(path) == rows)
        #expect(!FileManager.default.fileExists(atPath: path + ".damaged-1"))
        #expect(try Self.schema(path) == schema)
        let queue = try DatabaseQueue(path: path)
        let migrations = try queue.read { try String.fetchAll($0, sql: "SELECT identifier FROM grdb_migrations") }
        #expect(migrations.contains("v99: from the future"))
        #expect(try queue.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM article") } == 5)
        try queue.close()
    }

    static func rows(_ path: String) throws -> [String] {
        let queue = try DatabaseQueue(path: path)
        defer { try? queue.close() }
        return try queue.read { db in
            try String.fetchAll(db, sql: "SELECT path || ':' || hash || ':' || pipeline FROM page ORDER BY id")
                + String.fetchAll(db, sql: "SELECT a.key || ':' || t.body FROM article a JOIN article_text t ON t.id = a.text_id ORDER BY a.id")
        }
    }

    static func schema(_ path: String) throws -> [String] {
        let queue = try DatabaseQueue(path: path)
        defer { try? queue.close() }
        return try queue.read { try String.fetchAll($0, sql: "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY name") }
    }
}

@Suite struct SearchHistoryTests {
    @Test func searchesAreKeptNewestLastAndOnceEach() throws {
        let dir = try TempDir()
        let path = dir.path + "/library.sqlite"
        do {
            let database = try LibraryDatabase.open(path: path)
            database.remember(search: "春灌")
            database.remember(search: "灌区")
            database.remember(search: "  ")
            database.remember(search: "春灌")
        }
        // Another session, another day: the same history.
        let again = try LibraryDatabase.open(path: path)
        #expect(again.searchHistory() == ["灌区", "春灌"])
    }

    @Test func theHistoryIsBounded() throws {
        let database = try LibraryDatabase.inMemory()
        for i in 0..<(LibraryDatabase.historyLength + 10) { database.remember(search: "q\(i)") }
        let history = database.searchHistory()
        #expect(history.count == LibraryDatabase.historyLength)
        #expect(history.last == "q\(LibraryDatabase.historyLength + 9)")
    }
}

/// A site's chrome, learned from the pages of a folder (issue 18, part 2).
@Suite struct SiteChromeSyncTests {
    static let slogan = "智慧城南　幸福家园"

    func write(_ dir: TempDir, _ name: String, _ title: String) throws {
        try dir.write("site/\(name).txt", "\(Self.slogan)\n" + pageText(date: "2024年3月5日", [
            TestArticle(title: title, paragraphs: ["\(title)的消息今天传来。", "群众对此表示欢迎。"]),
        ]))
    }

    @Test func aLineOnEveryPageOfAFolderIsInNoTitleAndPagesAddedLaterTeachTheOldOnes() throws {
        let dir = try TempDir()
        let root = try dir.sub("site")
        try write(dir, "a", "位山灌区春灌全面展开")
        try write(dir, "b", "城区道路改造工程启动")
        let db = try LibraryDatabase.open(path: dir.path + "/library.sqlite")
        try sync(db, [root])

        try write(dir, "c", "图书馆延长开放时间")
        try write(dir, "d", "果园迎来授粉季节")
        let after = try sync(db, [root])
        #expect(after.report.added == 2)
        // The two pages read before are read again with what the four share.
        #expect(after.report.changed == 2)
        let titles = after.catalog.allArticles.flatMap(\.titles)
        #expect(Set(after.catalog.allArticles.compactMap(\.headline))
            == ["位山灌区春灌全面展开", "城区道路改造工程启动", "图书馆延长开放时间", "果园迎来授粉季节"])
        #expect(!titles.contains { $0.contains("幸福家园") })
        #expect(try found("幸福家园", in: after.catalog).isEmpty)

        // Nothing changed: nothing is read.
        let again = try sync(db, [root])
        #expect(again.report.parsed == 0)
        #expect(again.report.unchanged == 4)
    }
}
