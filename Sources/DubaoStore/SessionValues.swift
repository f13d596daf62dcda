import Foundation
import GRDB

/// Small values the reader keeps between sessions (whether the first-run key
/// hint was dismissed, …), in the library's `session` table.
extension LibraryDatabase {
    /// The value kept under `key`, nil when none is (or the library cannot be read).
    public func sessionValue(_ key: String) -> String? {
        (try? writer.read { db in try SessionRow.value(key, in: db) }) ?? nil
    }

    /// Keeps `value` under `key`. A library that cannot be written keeps
    /// nothing and says nothing.
    public func setSessionValue(_ key: String, _ value: String) {
        try? writer.write { db in try SessionRow.set(key, value, in: db) }
    }
}

/// One row of the `session` table: a value under a key.
enum SessionRow {
    static func value(_ key: String, in db: Database) throws -> String? {
        try String.fetchOne(db.cachedStatement(sql: "SELECT value FROM session WHERE key = ?"), arguments: [key])
    }

    static func set(_ key: String, _ value: String, in db: Database) throws {
        try db.cachedStatement(sql: """
            INSERT INTO session (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value
            """).execute(arguments: [key, value])
    }
}
