import DubaoCore
import Foundation
import GRDB

/// A change the reader makes to its own state; written at once, each in its
/// own transaction, so that a dropped link loses nothing.
public enum ReadingChange: Sendable, Hashable {
    case read([Int], Bool)
    case starred(Int, Bool)
    case position(Int, ReadingPosition)
    /// The article the reader was on when it stopped (nil: the list), and
    /// whether the article was open.
    case session(article: Int?, open: Bool)
}

/// Where the reader was when it last stopped.
public struct ReaderSession: Sendable, Hashable {
    /// The catalog index of the article, when it is still there.
    public var article: Int?
    public var open: Bool
    public init(article: Int?, open: Bool) {
        self.article = article
        self.open = open
    }
}

/// The rows of `article_state` and `session`.
enum ReadingStateRecords {
    static func identity(path: String, title: String, occurrence: Int) -> String {
        path + "\u{1F}" + title + "\u{1F}" + String(occurrence)
    }

    /// The latest generation of articles (0 before the first sync).
    static func generation(in db: Database) throws -> Int64 {
        try String.fetchOne(db, sql: "SELECT value FROM session WHERE key = 'generation'").flatMap { Int64($0) } ?? 0
    }

    static func setGeneration(_ g: Int64, in db: Database) throws {
        try db.cachedStatement(sql: """
            INSERT INTO session (key, value) VALUES ('generation', ?)
            ON CONFLICT(key) DO UPDATE SET value = excluded.value
            """).execute(arguments: [String(g)])
    }

    /// An article written by a sync: its state, made new (of this
    /// generation) the first time it is met, kept as it was after that.
    static func arrive(_ identity: String, generation: Int64, in db: Database) throws -> (flags: ReadingFlags, generation: Int64) {
        try db.cachedStatement(sql: "INSERT OR IGNORE INTO article_state (identity, generation) VALUES (?, ?)")
            .execute(arguments: [identity, generation])
        let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT read, starred, generation FROM article_state WHERE identity = ?"),
                                   arguments: [identity])
        var flags: ReadingFlags = []
        if row?["read"] == true { flags.insert(.read) }
        if row?["starred"] == true { flags.insert(.starred) }
        return (flags, row?["generation"] ?? generation)
    }

    /// Sets read or starred of one article, in its state row and in its
    /// page's list entries.
    static func set(_ flag: ReadingFlags, to on: Bool, article id: Int64, in db: Database) throws {
        guard let row = try Row.fetchOne(db, sql: """
            SELECT a.identity, a.ordinal, a.page_id, p.entries FROM article a JOIN page p ON p.id = a.page_id WHERE a.id = ?
            """, arguments: [id]) else { return }
        let identity: String = row["identity"]
        let column = flag == .read ? "read" : "starred"
        try db.execute(sql: "UPDATE article_state SET \(column) = ? WHERE identity = ?", arguments: [on, identity])
        guard let data: Data = row["entries"] else { return }
        let ordinal: Int = row["ordinal"]
        var current: ReadingFlags = []
        ListEntries.forEach(in: data.subdata(in: min(data.count, ordinal * ListEntries.stride)..<min(data.count, (ordinal + 1) * ListEntries.stride))) {
            current = $0.flags
        }
        if on { current.insert(flag) } else { current.remove(flag) }
        try db.execute(sql: "UPDATE page SET entries = ? WHERE id = ?",
                       arguments: [ListEntries.setting(current, at: ordinal, in: data), row["page_id"] as Int64])
    }

    static func setPosition(_ position: ReadingPosition, article id: Int64, in db: Database) throws {
        try db.execute(sql: """
            UPDATE article_state SET block = ?, offset = ?
            WHERE identity = (SELECT identity FROM article WHERE id = ?)
            """, arguments: [position.block, position.offset, id])
    }

    static func position(article id: Int64, in db: Database) throws -> ReadingPosition? {
        guard let row = try Row.fetchOne(db, sql: """
            SELECT s.block, s.offset FROM article a JOIN article_state s ON s.identity = a.identity WHERE a.id = ?
            """, arguments: [id]), let block: Int = row["block"], let offset: Int = row["offset"] else { return nil }
        return ReadingPosition(block: block, offset: offset)
    }

    static func setSession(article identity: String?, open: Bool, in db: Database) throws {
        for (key, value) in [("last_article", identity ?? ""), ("last_open", open ? "1" : "0")] {
            try db.execute(sql: """
                INSERT INTO session (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value
                """, arguments: [key, value])
        }
    }

    static func session(in db: Database) throws -> (identity: String?, open: Bool) {
        let identity = try String.fetchOne(db, sql: "SELECT value FROM session WHERE key = 'last_article'")
        let open = try String.fetchOne(db, sql: "SELECT value FROM session WHERE key = 'last_open'") == "1"
        return (identity.flatMap { $0.isEmpty ? nil : $0 }, open)
    }
}
