import Foundation
import GRDB

/// The searches a reader made, kept in the library so that ↑ and ↓ at the
/// prompt find them again tomorrow, in another SSH session.
extension LibraryDatabase {
    /// How many searches are kept.
    public static let historyLength = 200

    /// The earlier searches, oldest first.
    public func searchHistory() -> [String] {
        (try? writer.read { db in
            try String.fetchAll(db, sql: """
                SELECT query FROM (SELECT query, at FROM search_history ORDER BY at DESC LIMIT ?) ORDER BY at
                """, arguments: [Self.historyLength])
        }) ?? []
    }

    /// Keeps a search (again at the end when it was made before). A library
    /// that cannot be written keeps nothing and says nothing: a search still works.
    public func remember(search text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { return }
        let now = Int64(Date().timeIntervalSince1970 * 1000)
        try? writer.write { db in
            // Later than every search before, even within one millisecond.
            let last = try Int64.fetchOne(db, sql: "SELECT MAX(at) FROM search_history") ?? 0
            let at = max(now, last + 1)
            try db.execute(sql: """
                INSERT INTO search_history (query, at) VALUES (?, ?)
                ON CONFLICT(query) DO UPDATE SET at = excluded.at
                """, arguments: [trimmed, at])
            try db.execute(sql: """
                DELETE FROM search_history WHERE query NOT IN
                    (SELECT query FROM search_history ORDER BY at DESC LIMIT ?)
                """, arguments: [Self.historyLength])
        }
    }
}
