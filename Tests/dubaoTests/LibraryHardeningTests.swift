import Foundation
import GRDB
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// A small filesystem of our own (tmpfs), to fill up or make read-only;
/// mounting needs root, so these tests run where that is allowed.
struct SmallDisk {
    let path: String

    static let canMount: Bool = {
        guard getuid() == 0, let disk = SmallDisk(kilobytes: 64) else { return false }
        disk.unmount()
        return true
    }()

    init?(kilobytes: Int) {
        guard let dir = try? Dubao.temporaryDirectory().path else { return nil }
        guard Self.mount(["-t", "tmpfs", "-o", "size=\(kilobytes)k", "tmpfs", dir]) else { return nil }
        path = dir
    }

    func makeReadOnly() -> Bool { Self.mount(["-o", "remount,ro", path]) }

    func unmount() { _ = Self.run("/bin/umount", [path]) }

    private static func mount(_ arguments: [String]) -> Bool { run("/bin/mount", arguments) }

    private static func run(_ tool: String, _ arguments: [String]) -> Bool {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }
}

/// The library when its disk or another program stands in the way: a full
/// disk, a read-only one, a lock held by someone else, a file cut short by a
/// crash. Each time a message that says so, every page still read, and
/// nothing the library held lost.
@Suite(.serialized) struct LibraryHardeningTests {
    typealias Pages = LibraryCommandTests

    static func integrity(_ path: String) throws -> (check: String, pages: Int) {
        let queue = try DatabaseQueue(path: path)
        return try queue.read { db in
            (try String.fetchOne(db, sql: "PRAGMA integrity_check") ?? "", try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM page") ?? 0)
        }
    }

    @Test(.enabled(if: SmallDisk.canMount)) func aFullDiskIsToldAndTheLibraryItHadIsKept() throws {
        let disk = try #require(SmallDisk(kilobytes: 1200))
        defer { disk.unmount() }
        let db = disk.path + "/library.sqlite"
        let (few, _) = try Pages.pageDirectory(copies: 1)
        let first = try Dubao.run(["index", "--db", db, few.path])
        #expect(first.status == 0, "\(first.stderr)")

        let (many, names) = try Pages.pageDirectory(copies: 12)
        let list = try Dubao.run(["list", "--db", db, many.path])
        #expect(list.status == 0)
        #expect(list.stderr.contains("cannot write the library \(db): the disk is full; reading the pages into memory"))
        #expect(Set(Pages.listedIDs(list.stdout).map { String($0.split(separator: "#")[0]) }) == names)

        let after = try Self.integrity(db)
        #expect(after.check == "ok")
        #expect(after.pages >= 5, "the pages synced before the disk filled are still there")
    }

    @Test(.enabled(if: SmallDisk.canMount)) func aReadOnlyLibraryIsToldAndThePagesAreStillRead() throws {
        let disk = try #require(SmallDisk(kilobytes: 4096))
        defer { disk.unmount() }
        let db = disk.path + "/library.sqlite"
        let (dir, names) = try Pages.pageDirectory(copies: 1)
        #expect(try Dubao.run(["index", "--db", db, dir.path]).status == 0)
        let before = try Data(contentsOf: URL(fileURLWithPath: db))
        #expect(disk.makeReadOnly())
        // A page changed since, so that the library must be written.
        let page = dir.appendingPathComponent(names.sorted()[0] + ".txt")
        try (try Data(contentsOf: page) + Data("\n".utf8)).write(to: page)

        let list = try Dubao.run(["list", "--db", db, dir.path])
        #expect(list.status == 0)
        #expect(list.stderr.contains("read-only"), "\(list.stderr)")
        #expect(Set(Pages.listedIDs(list.stdout).map { String($0.split(separator: "#")[0]) }) == names)
        #expect(try Data(contentsOf: URL(fileURLWithPath: db)) == before)
    }

    @Test func aLibraryLockedByAnotherProgramIsWaitedForAndSaidSo() throws {
        let (dir, names) = try Pages.pageDirectory(copies: 1)
        let db = Dubao.temporaryLibrary()
        #expect(try Dubao.run(["index", "--db", db, dir.path]).status == 0)
        // A change to sync, so the list must write.
        let page = dir.appendingPathComponent(names.sorted()[0] + ".txt")
        try (try Data(contentsOf: page) + Data("\n".utf8)).write(to: page)

        let other = try DatabaseQueue(path: db)
        let locked = DispatchSemaphore(value: 0)
        let holder = Thread {
            try? other.writeWithoutTransaction { db in
                try db.execute(sql: "BEGIN EXCLUSIVE")
                locked.signal()
                Thread.sleep(forTimeInterval: 2.5)
                try db.execute(sql: "COMMIT")
            }
        }
        holder.start()
        locked.wait()
        let list = try Dubao.run(["list", "--db", db, dir.path])
        #expect(list.status == 0)
        #expect(list.stderr.contains("waiting for the library \(db): another program is writing to it"))
        #expect(Set(Pages.listedIDs(list.stdout).map { String($0.split(separator: "#")[0]) }) == names)
        // It waited, and then wrote: the next sync has nothing to do.
        let again = try Dubao.run(["index", "--db", db, dir.path])
        #expect(again.stdout.contains("0 new, 0 changed, 0 removed, 5 unchanged"), "\(again.stdout)")
    }

    @Test func aLibraryCutShortByACrashIsMovedAsideAndRebuilt() throws {
        let (dir, names) = try Pages.pageDirectory(copies: 2)
        let db = Dubao.temporaryLibrary()
        #expect(try Dubao.run(["index", "--db", db, dir.path]).status == 0)
        // Everything into the file itself, so that cutting it loses pages.
        try DatabaseQueue(path: db).writeWithoutTransaction { try $0.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
        let size = try #require(FileManager.default.attributesOfItem(atPath: db)[.size] as? Int)
        #expect(truncate(db, off_t(size * 2 / 5)) == 0)
        let cut = try Data(contentsOf: URL(fileURLWithPath: db))

        let list = try Dubao.run(["list", "--db", db, dir.path])
        #expect(list.status == 0)
        #expect(list.stderr.contains("damaged"), "\(list.stderr)")
        #expect(list.stderr.contains(db + ".damaged-1"))
        #expect(Set(Pages.listedIDs(list.stdout).map { String($0.split(separator: "#")[0]) }) == names)
        // What was there is kept as it was, beside the new library.
        #expect(try Data(contentsOf: URL(fileURLWithPath: db + ".damaged-1")) == cut)
        #expect(try Self.integrity(db).check == "ok")
    }
}
