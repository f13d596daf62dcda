import DubaoCore
@testable import DubaoStore
import Foundation
import GRDB
import Testing

/// A mark the library cannot keep is said so, at once (issue 19).
@Suite struct UnkeptMarkTests {
    let dir: TempDir

    init() throws {
        dir = try TempDir()
        try dir.write("pages/01.txt", pageText(date: "2024年2月22日", [
            TestArticle(title: "春灌全面展开", paragraphs: ["位山灌区开闸放水。"]),
        ]))
    }

    @Test func aMarkWhileAnotherProgramHoldsTheLibraryIsRefusedWithinAboutASecond() throws {
        let database = try LibraryDatabase.open(path: dir.path + "/library.sqlite")
        let catalog = try sync(database, [dir.path + "/pages"]).catalog
        // Another program takes the write lock and keeps it until told.
        let other = try DatabaseQueue(path: dir.path + "/library.sqlite")
        let locked = DispatchSemaphore(value: 0), release = DispatchSemaphore(value: 0), done = DispatchSemaphore(value: 0)
        Thread {
            try? other.inDatabase { db in
                try db.execute(sql: "BEGIN IMMEDIATE")
                locked.signal()
                release.wait()
                try db.execute(sql: "ROLLBACK")
            }
            done.signal()
        }.start()
        locked.wait()
        let start = Date()
        let outcome = catalog.record(.starred(0, true))
        let waited = Date().timeIntervalSince(start)
        release.signal()
        done.wait()
        #expect(outcome == .notKept("another program is writing to the library"))
        // Not the thirty seconds a sync waits.
        #expect(waited < 10)
        // Once the lock is gone, the same mark is kept, and a sync is patient again.
        #expect(catalog.record(.starred(0, true)) == .kept)
        #expect(database.patience.limit == Patience.patientTries)
    }

    @Test func aLibraryInMemoryStandingInForTheUsersKeepsMarksForTheSessionAndSaysWhy() throws {
        let memory = try LibraryDatabase.inMemory(standingInBecause: "cannot write the library /x: the disk is full")
        let catalog = try sync(memory, [dir.path + "/pages"]).catalog
        #expect(catalog.record(.starred(0, true)) == .sessionOnly("cannot write the library /x: the disk is full"))
    }

    @Test func writeErrorsAreToldAsAUserWouldSayThem() {
        #expect(RecordOutcome.reason(DatabaseError(resultCode: .SQLITE_FULL)) == "the disk is full")
        #expect(RecordOutcome.reason(DatabaseError(resultCode: .SQLITE_READONLY)) == "the library is read-only")
        #expect(RecordOutcome.reason(DatabaseError(resultCode: .SQLITE_BUSY)) == "another program is writing to the library")
    }
}
