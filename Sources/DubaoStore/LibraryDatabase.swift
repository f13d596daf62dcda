import DubaoCore
import Foundation
import GRDB

/// Why the library database cannot be used as it is.
public enum StoreError: Error, CustomStringConvertible, Sendable {
    /// Written by a newer dubao: refused, never changed.
    case newerVersion(path: String)
    /// The file or its directory cannot be created, opened or written.
    case unwritable(path: String, reason: String)
    /// Another program's file (a database dubao did not make, or no
    /// database): refused, never changed.
    case notOurs(path: String, reason: String)

    public var description: String {
        switch self {
        case .newerVersion(let path):
            return "the library \(path) was written by a newer dubao; upgrade dubao, or use another with --db"
        case .unwritable(let path, let reason):
            return "cannot write the library \(path): \(reason)"
        case .notOurs(let path, let reason):
            return "\(path) is not a dubao library (\(reason)); it was left as it is: choose another file with --db"
        }
    }
}

/// The library database: a cache of the page files the user reads (they stay
/// the truth and are never written), and later the reader's own state.
/// SQLite in WAL mode, so that a second dubao can read while one writes.
public final class LibraryDatabase: Sendable {
    public let writer: any DatabaseWriter
    /// Where it lives; nil when it is held in memory.
    public let path: String?
    /// Why a library in memory stands in for the user's (it could not be
    /// written): what the reader says when a mark will not outlive it.
    public let standsInBecause: String?
    /// How long a write waits for another program's lock.
    let patience: Patience
    /// Whether `close` ran.
    private let closed = Once()

    init(writer: any DatabaseWriter, path: String?, standsInBecause: String? = nil, patience: Patience = Patience()) {
        self.writer = writer
        self.path = path
        self.standsInBecause = standsInBecause
        self.patience = patience
    }

    /// Runs `body` with writes waiting a second at most for another
    /// program's lock (then failing with SQLITE_BUSY), not thirty: the
    /// reader's marks, which must not freeze the screen.
    func impatiently<T>(_ body: () throws -> T) rethrows -> T {
        patience.setLimit(Patience.impatientTries)
        defer { patience.setLimit(Patience.patientTries) }
        return try body()
    }

    /// `--db`, else `$DUBAO_DB`, else `$XDG_DATA_HOME/dubao/library.sqlite`
    /// (`~/.local/share/dubao/library.sqlite` without it).
    public static func defaultPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let db = environment["DUBAO_DB"], !db.isEmpty { return db }
        let data: String
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") {
            data = xdg
        } else {
            let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
            data = home + "/.local/share"
        }
        return data + "/dubao/library.sqlite"
    }

    /// A library held in memory only: for tests, and for reading when the
    /// file cannot be written.
    /// `standingInBecause`: why it stands in for the user's library.
    public static func inMemory(standingInBecause reason: String? = nil) throws -> LibraryDatabase {
        let queue = try DatabaseQueue(configuration: configuration())
        try Schema.migrator.migrate(queue)
        return LibraryDatabase(writer: queue, path: nil, standsInBecause: reason)
    }

    /// Opens (creating it and its directory when missing) the library at
    /// `path`. A file that is not a database, or a damaged one, is moved aside
    /// with `notice` told where, and a new one made in its place.
    ///
    /// While another program holds the library locked (another dubao
    /// writing), a write waits for it, up to 30 s; `waiting` is told once
    /// when that has taken a second.
    public static func open(path: String, notice: (String) -> Void = { _ in },
                            waiting: @escaping @Sendable (String) -> Void = { _ in }) throws -> LibraryDatabase {
        let directory = (path as NSString).deletingLastPathComponent
        if !directory.isEmpty {
            do {
                try PrivateFiles.makeDirectory(directory)
            } catch {
                throw StoreError.unwritable(path: path, reason: "cannot create its directory \(directory)")
            }
        }
        // What the reader did, searched and starred is the user's alone.
        PrivateFiles.makeFile(path)
        try refuseForeign(path)
        do {
            return try openRetryingWhileMade(path: path, waiting: waiting)
        } catch let error as StoreError {
            throw error
        } catch let error as DatabaseError where isDamage(error) {
            let aside = try moveAside(path)
            let fresh = try openChecked(path: path, waiting: waiting)
            let kept = fresh.keepState(of: aside)
            notice("the library \(path) was damaged (\(error.message ?? "\(error.resultCode)")): moved it to \(aside) and started a new one"
                   + (kept > 0 ? "; \(kept) read marks and stars were kept" : ""))
            return fresh
        } catch let error as DatabaseError {
            throw StoreError.unwritable(path: path, reason: writeProblem(path) ?? DatabaseFailure(error)?.reason ?? "\(error)")
        }
    }

    /// How many pages of the scope gave articles, and how many articles.
    public func counts(in scope: LibraryScope) -> (pages: Int, articles: Int) {
        let (condition, arguments) = scope.condition(column: "p.path")
        return (try? writer.read { db in
            let row = try Row.fetchOne(db, sql: """
                SELECT COUNT(DISTINCT a.page_id), COUNT(*) FROM page p JOIN article a ON a.page_id = p.id WHERE \(condition)
                """, arguments: StatementArguments(arguments))
            return (row?[0] ?? 0, row?[1] ?? 0)
        }) ?? (0, 0)
    }

    /// Whether any page of the scope gave articles.
    public func hasArticles(in scope: LibraryScope) -> Bool {
        let (condition, arguments) = scope.condition(column: "p.path")
        return (try? writer.read { db in
            try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM page p JOIN article a ON a.page_id = p.id WHERE \(condition))",
                              arguments: StatementArguments(arguments))
        } ?? false) ?? false
    }

    /// After a read or a write found the file damaged: moves it aside and
    /// opens a new, empty library in its place.
    public func replacedAfterDamage(notice: (String) -> Void) throws -> LibraryDatabase {
        guard let path else { return try LibraryDatabase.inMemory() }
        close()
        let aside = try LibraryDatabase.moveAside(path)
        let fresh = try LibraryDatabase.openChecked(path: path)
        let kept = fresh.keepState(of: aside)
        notice("the library \(path) is damaged: moved it to \(aside) and started a new one"
               + (kept > 0 ? "; \(kept) read marks and stars were kept" : ""))
        return fresh
    }

    /// Two dubaos making the same new library at once: setting it up (its
    /// WAL mode) is refused at once, not waited for, to the one that comes
    /// second while the first holds it. That one waits and tries again.
    private static func openRetryingWhileMade(path: String, waiting: @escaping @Sendable (String) -> Void) throws -> LibraryDatabase {
        var attempt = 0
        while true {
            do {
                return try openChecked(path: path, waiting: waiting)
            } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY && attempt < 100 {
                attempt += 1
                usleep(50_000)
            }
        }
    }

    private static func openChecked(path: String, waiting: @escaping @Sendable (String) -> Void = { _ in }) throws -> LibraryDatabase {
        var config = configuration()
        let patience = Patience()
        config.busyMode = .callback { tries in
            // SQLite asks again at once: the pause is ours.
            usleep(10_000)
            if tries == 100 { waiting("waiting for the library \(path): another program is writing to it") }
            return tries < patience.limit
        }
        let pool = try DatabasePool(path: path, configuration: config)
        // Reading the schema is enough to tell a file that is no database; a
        // page damaged deeper shows when it is read, and the sync then moves
        // the file aside (`LibrarySync`). A full check would read the whole
        // file on every start.
        let migrator = Schema.migrator
        if try pool.read({ try migrator.hasBeenSuperseded($0) }) {
            throw StoreError.newerVersion(path: path)
        }
        // Two dubaos making the same new library at once may both find a
        // migration to do; the one that comes second finds its tables made
        // and, asked again, nothing left to do.
        for attempt in 1...5 {
            do {
                try migrator.migrate(pool)
                break
            } catch let error as DatabaseError where error.resultCode == .SQLITE_ERROR
                && (error.message ?? "").contains("already exists") && attempt < 5 {
                usleep(50_000)
            }
        }
        // (Each statement its own transaction: a read then a write in one
        // would fail at once, not wait, when another dubao wrote between.)
        try pool.writeWithoutTransaction { db in
            if try Int32.fetchOne(db, sql: "PRAGMA application_id") != applicationID {
                try db.execute(sql: "PRAGMA application_id = \(applicationID)")
            }
        }
        // A dubao before this one ended without closing the library: the
        // file is checked before it is trusted (damage shows as SQLITE_CORRUPT,
        // and the library is moved aside).
        let unclean = try pool.writeWithoutTransaction { db in
            var unclean = false
            try db.inTransaction(.immediate) {
                unclean = try OpenSessions.arrive(in: db)
                return .commit
            }
            return unclean
        }
        // A command found the library answering what cannot be right.
        if let what = try pool.read({ try SessionRow.value(inconsistentKey, in: $0) }) {
            throw DatabaseError(resultCode: .SQLITE_CORRUPT, message: "it was found inconsistent: \(what)")
        }
        if unclean {
            let problems = try pool.read { try String.fetchAll($0, sql: "PRAGMA quick_check(8)") }
            if problems != ["ok"] {
                throw DatabaseError(resultCode: .SQLITE_CORRUPT, message: "it was not closed cleanly, and its check found: "
                                    + problems.prefix(2).joined(separator: "; "))
            }
        }
        let library = LibraryDatabase(writer: pool, path: path, patience: patience)
        OpenLibraries.shared.add(library)
        return library
    }

    deinit { close() }

    /// Ends this process's use of the library (`OpenSessions`); once.
    func close() {
        guard path != nil, closed.claim() else { return }
        try? writer.writeWithoutTransaction { db in
            try impatiently { try db.inTransaction(.immediate) { try OpenSessions.leave(in: db); return .commit } }
        }
    }

    /// Closes every library this process opened: as it ends cleanly.
    public static func closeAll() { OpenLibraries.shared.closeAll() }

    /// The reader's own state (read marks, stars, positions, searches) read
    /// from a library moved aside as damaged, where it can be read; how many
    /// articles' marks were kept.
    func keepState(of damaged: String) -> Int {
        (try? writer.writeWithoutTransaction { db -> Int in
            try db.execute(sql: "ATTACH DATABASE ? AS damaged", arguments: [damaged])
            defer { try? db.execute(sql: "DETACH DATABASE damaged") }
            var kept = 0
            try? db.inTransaction {
                try db.execute(sql: "INSERT OR IGNORE INTO main.article_state SELECT * FROM damaged.article_state")
                // (Every article has a row, for what is new since; the marks
                // are the rows read or starred.)
                kept = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM damaged.article_state WHERE read OR starred") ?? 0
                try? db.execute(sql: "INSERT OR IGNORE INTO main.search_history SELECT * FROM damaged.search_history")
                return .commit
            }
            return kept
        }) ?? 0
    }

    /// The `session` key under which a library found answering what cannot
    /// be right says what (`DatabaseCatalog.noteInconsistent`).
    static let inconsistentKey = "inconsistent"

    /// `PRAGMA application_id` of a dubao library: 'dbao'.
    static let applicationID: Int32 = 0x6462_616F

    /// Refuses, without changing a byte, a file that is another program's:
    /// a database whose application id is another's, or one of tables dubao
    /// did not make (a library of an older dubao, without the id, has
    /// dubao's migrations and is taken). An empty file is a new library; a
    /// file that is no database at all is left to the damage check.
    static func refuseForeign(_ path: String) throws {
        guard let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int, size > 0 else { return }
        // The SQLite header, read by hand: opening it with SQLite, even to
        // read, may leave files beside it.
        guard let handle = FileHandle(forReadingAtPath: path) else { return }
        defer { try? handle.close() }
        let header = [UInt8](handle.readData(ofLength: 100))
        guard header.count == 100, header.starts(with: Array("SQLite format 3\0".utf8)) else {
            throw StoreError.notOurs(path: path, reason: "it is not an SQLite database")
        }
        func integer(_ offset: Int) -> Int32 { header[offset..<(offset + 4)].reduce(Int32(0)) { $0 << 8 | Int32($1) } }
        let id = integer(68)
        if id == applicationID { return }
        if id != 0 { throw StoreError.notOurs(path: path, reason: "it is another program's database") }
        // Without the id: a library of an earlier dubao (always in WAL mode,
        // byte 18 = 2), or one another dubao is making this moment (a page
        // or none yet), is taken. A database of pages of its own in
        // rollback mode is another program's. Read from the header, not
        // with SQLite: a connection here would hold a lock that stops the
        // other dubao from making its library.
        let wal = header[18] == 2
        let pages = integer(28)
        if !wal && pages > 1 {
            throw StoreError.notOurs(path: path, reason: "it is a database of tables dubao did not make")
        }
    }

    static func configuration() -> Configuration {
        var config = Configuration()
        config.busyMode = .timeout(30)
        config.prepareDatabase { db in
            // Both take effect only when the file is made. Chinese text takes
            // two bytes a character in UTF-16 against three in UTF-8, and
            // articles of a few kilobytes waste less of 8 KB pages.
            try db.execute(sql: "PRAGMA page_size = 8192; PRAGMA encoding = 'UTF-16le'")
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
        }
        return config
    }

    /// Why the file (or, when it is not there, its directory) cannot be
    /// written, as the system says it; SQLite only says "unable to open".
    static func writeProblem(_ path: String) -> String? {
        let directory = (path as NSString).deletingLastPathComponent
        let target = FileManager.default.fileExists(atPath: path) ? path : (directory.isEmpty ? "." : directory)
        guard access(target, W_OK) != 0 else { return nil }
        switch errno {
        case EROFS: return "it is on a read-only file system"
        case EACCES, EPERM: return "permission denied"
        default: return String(cString: strerror(errno))
        }
    }

    public static func isDamage(_ error: Error) -> Bool {
        guard let error = error as? DatabaseError else { return false }
        return error.resultCode == .SQLITE_CORRUPT || error.resultCode == .SQLITE_NOTADB
    }

    /// Renames the file and its WAL companions to `PATH.damaged-N`: never deleted.
    static func moveAside(_ path: String) throws -> String {
        var n = 1
        var target = "\(path).damaged-\(n)"
        while FileManager.default.fileExists(atPath: target) {
            n += 1
            target = "\(path).damaged-\(n)"
        }
        do {
            try FileManager.default.moveItem(atPath: path, toPath: target)
        } catch {
            throw StoreError.unwritable(path: path, reason: "it is damaged and cannot be moved aside")
        }
        for suffix in ["-wal", "-shm"] where FileManager.default.fileExists(atPath: path + suffix) {
            try? FileManager.default.moveItem(atPath: path + suffix, toPath: target + suffix)
        }
        return target
    }
}

/// How many times (10 ms apart) a write asks again for a lock another
/// program holds: thirty seconds for a sync, one for the reader's marks.
final class Patience: @unchecked Sendable {
    static let patientTries = 3000
    static let impatientTries = 100
    private let lock = NSLock()
    private var tries = Patience.patientTries

    var limit: Int { lock.lock(); defer { lock.unlock() }; return tries }
    func setLimit(_ n: Int) { lock.lock(); tries = n; lock.unlock() }
}

/// Files only their owner may read: the library holds what its reader read,
/// starred and searched for (the XDG base directory spec asks 0700 of the
/// data directory).
enum PrivateFiles {
    /// Creates the missing directories of `path`, each 0700.
    static func makeDirectory(_ path: String) throws {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else { throw CocoaError(.fileWriteFileExists) }
            return
        }
        let parent = (path as NSString).deletingLastPathComponent
        if !parent.isEmpty && parent != path { try makeDirectory(parent) }
        if mkdir(path, 0o700) != 0 && errno != EEXIST { throw CocoaError(.fileWriteNoPermission) }
    }

    /// Creates the file empty, 0600, when it is not there (SQLite then makes
    /// its journal files with the same mode). An existing file is left alone.
    static func makeFile(_ path: String) {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL, 0o600)
        if fd >= 0 { close(fd) }
    }
}

/// A flag set once, from any thread.
final class Once: @unchecked Sendable {
    private let lock = NSLock()
    private var done = false
    /// True the first time only.
    func claim() -> Bool { lock.withLock { defer { done = true }; return !done } }
}
