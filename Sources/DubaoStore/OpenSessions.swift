import Foundation
import GRDB

/// The processes that have a library open, kept in it (`session`
/// `open_pids`). A dubao that ends without closing it — killed, crashed, the
/// machine lost its power — leaves its pid behind; the next one to open the
/// library finds that process gone and checks the file (`PRAGMA
/// quick_check`) before trusting it. A clean end takes its pid away, so an
/// ordinary start checks nothing.
enum OpenSessions {
    static let key = "open_pids"

    /// Adds this process; returns whether one before it left without closing.
    static func arrive(in db: Database) throws -> Bool {
        let listed = try pids(in: db)
        let alive = listed.filter(isAlive)
        try store(alive + [getpid()], in: db)
        return alive.count < listed.count
    }

    /// Takes this process away.
    static func leave(in db: Database) throws {
        try store(try pids(in: db).filter { $0 != getpid() }, in: db)
    }

    static func pids(in db: Database) throws -> [Int32] {
        let text = try SessionRow.value(key, in: db) ?? ""
        return text.split(separator: ",").compactMap { Int32($0) }
    }

    static func store(_ pids: [Int32], in db: Database) throws {
        try SessionRow.set(key, pids.map(String.init).joined(separator: ","), in: db)
    }

    /// Whether a process of that id runs (on this machine: a library on a
    /// shared disk opened elsewhere reads as gone, and is checked).
    static func isAlive(_ pid: Int32) -> Bool {
        kill(pid, 0) == 0 || errno == EPERM
    }
}

/// The libraries this process has open, to close each as it ends (one let
/// go of earlier closes itself: `LibraryDatabase.deinit`). Held weakly.
final class OpenLibraries: @unchecked Sendable {
    static let shared = OpenLibraries()
    private struct Entry { weak var library: LibraryDatabase? }
    private let lock = NSLock()
    private var open: [Entry] = []

    func add(_ library: LibraryDatabase) {
        lock.withLock {
            open.removeAll { $0.library == nil }
            open.append(Entry(library: library))
        }
    }

    func closeAll() {
        let all = lock.withLock { () -> [LibraryDatabase] in
            defer { open = [] }
            return open.compactMap(\.library)
        }
        for library in all { library.close() }
    }
}
