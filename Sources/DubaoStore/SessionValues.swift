import Foundation
import GRDB

/// Small values the reader keeps between sessions (whether the first-run key
/// hint was dismissed, …), in the library's `session` table.
extension LibraryDatabase {
    /// The value kept under `key`, nil when none is (or the library cannot be read).
    public func sessionValue(_ key: String) -> String? {
        (try? writer.read { db in
            try String.fetchOne(db, sql: "SELECT value FROM session WHERE key = ?", arguments: [key])
        }) ?? nil
    }

    /// Keeps `value` under `key`. A library that cannot be written keeps
    /// nothing and says nothing.
    public func setSessionValue(_ key: String, _ value: String) {
        try? writer.write { db in
            try db.execute(sql: """
                INSERT INTO session (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value
                """, arguments: [key, value])
        }
    }
}
