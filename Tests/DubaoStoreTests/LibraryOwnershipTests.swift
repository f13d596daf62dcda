import DubaoCore
@testable import DubaoStore
import Foundation
import GRDB
import Testing

/// The library is the user's alone, and a file that is not dubao's is never
/// changed (issue 19).
@Suite struct LibraryOwnershipTests {
    func mode(_ path: String) throws -> Int {
        try #require(FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int) & 0o777
    }

    @Test func aNewLibraryAndTheFoldersMadeForItAreTheOwnersOnly() throws {
        let dir = try TempDir()
        let path = dir.path + "/data/dubao/library.sqlite"
        let db = try LibraryDatabase.open(path: path)
        try db.writer.write { try $0.execute(sql: "INSERT INTO session (key, value) VALUES ('x', 'y')") }
        #expect(try mode(dir.path + "/data") == 0o700)
        #expect(try mode(dir.path + "/data/dubao") == 0o700)
        #expect(try mode(path) == 0o600)
        #expect(try mode(path + "-wal") == 0o600)
        // And it is marked as dubao's.
        #expect(try db.writer.read { try Int32.fetchOne($0, sql: "PRAGMA application_id") } == LibraryDatabase.applicationID)
    }

    @Test func anotherProgramsDatabaseIsRefusedAndLeftAsItWas() throws {
        let dir = try TempDir()
        let path = dir.path + "/notes.sqlite"
        try DatabaseQueue(path: path).write { db in
            try db.execute(sql: "CREATE TABLE note (id INTEGER PRIMARY KEY, text TEXT); INSERT INTO note (text) VALUES ('买菜')")
        }
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect {
            _ = try LibraryDatabase.open(path: path)
        } throws: { error in
            guard case .notOurs(let p, _)? = error as? StoreError else { return false }
            return p == path && (error as! StoreError).description.contains("not a dubao library")
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        #expect(!FileManager.default.fileExists(atPath: path + "-wal"))
    }

    @Test func aFileThatIsNoDatabaseIsRefusedAndLeftAsItWas() throws {
        let dir = try TempDir()
        let path = dir.path + "/notes.txt"
        let text = Data("今天的笔记：明天去图书馆。\n".utf8)
        try text.write(to: URL(fileURLWithPath: path))
        #expect(throws: StoreError.self) { _ = try LibraryDatabase.open(path: path) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == text)
        #expect(!FileManager.default.fileExists(atPath: path + ".damaged-1"))
    }

    @Test func aLibraryOfAnEarlierDubaoWithoutTheMarkIsTakenAndMarked() throws {
        let dir = try TempDir()
        let path = dir.path + "/library.sqlite"
        try close(try LibraryDatabase.open(path: path))
        try DatabaseQueue(path: path).writeWithoutTransaction { try $0.execute(sql: "PRAGMA application_id = 0") }
        let db = try LibraryDatabase.open(path: path)
        #expect(try db.writer.read { try Int32.fetchOne($0, sql: "PRAGMA application_id") } == LibraryDatabase.applicationID)
    }
}

/// The library file holds what a sync wrote, not only its log (issue 19).
@Suite struct CheckpointTests {
    @Test func afterASyncTheLibraryFileAloneHoldsItsArticles() throws {
        let dir = try TempDir()
        try dir.write("pages/01.txt", pageText(date: "2024年2月22日", [
            TestArticle(title: "春灌全面展开", paragraphs: ["位山灌区开闸放水。"]),
            TestArticle(title: "招商引资签约", paragraphs: ["二十四个项目签约。"]),
        ]))
        let database = try LibraryDatabase.open(path: dir.path + "/library.sqlite")
        let synced = try sync(database, [dir.path + "/pages"])
        #expect(synced.catalog.count == 2)
        // The file copied without its log (-wal) still has them.
        let copy = dir.path + "/copy.sqlite"
        try FileManager.default.copyItem(atPath: dir.path + "/library.sqlite", toPath: copy)
        let count = try DatabaseQueue(path: copy).read { try Int.fetchOne($0, sql: "SELECT count(*) FROM article") }
        #expect(count == 2)
    }
}
