import GRDB

/// A count of the times the library's articles were written: every sync
/// that adds, re-parses or drops a page raises it, in the same transaction.
/// A catalog is a snapshot of article row ids; while the count is the one
/// it was read at, its ids name the articles it listed. Once it moved,
/// an id may name another article (a page parsed again gets new rows), so
/// the catalog reads and writes nothing by id and is renewed.
enum CatalogVersion {
    static func current(in db: Database) throws -> Int64 {
        try SessionRow.value("catalog_version", in: db).flatMap { Int64($0) } ?? 0
    }

    static func bump(in db: Database) throws {
        try db.cachedStatement(sql: """
            INSERT INTO session (key, value) VALUES ('catalog_version', '1')
            ON CONFLICT(key) DO UPDATE SET value = CAST(CAST(value AS INTEGER) + 1 AS TEXT)
            """).execute()
    }
}
