import DubaoCore
import Foundation
import GRDB

/// The articles of a scope of the library, as the reader and the commands
/// see them. Opening one reads a few integers per article (id, date, section);
/// summaries, articles and figures are read when asked, summaries a block of
/// rows at a time.
public final class DatabaseCatalog: ArticleCatalog, @unchecked Sendable {
    let reader: any DatabaseReader
    /// The same database, for the reader's own state.
    let writer: any DatabaseWriter
    let database: LibraryDatabase
    /// `CatalogVersion` when the catalog was read: its ids name the articles
    /// it lists only while the library's count is still this.
    let version: Int64
    public let scope: LibraryScope
    /// Article row ids, by catalog index (page path order, then reading order).
    let ids: [Int64]
    public let entries: [CatalogEntry]
    public let sectionNames: [String]
    public let pageCount: Int
    public var count: Int { ids.count }

    // Caches, touched under `lock`: the reader's thread and a background sync may both ask.
    private let lock = NSLock()
    private var summaries: [Int: ArticleSummary] = [:]
    private var indexOfIDs: [Int64: Int]?

    public init(database: LibraryDatabase, scope: LibraryScope) throws {
        reader = database.writer
        writer = database.writer
        self.database = database
        self.scope = scope
        var version: Int64 = 0
        let (condition, arguments) = scope.condition(column: "p.path")
        var ids: [Int64] = []
        var entries: [CatalogEntry] = []
        var names: [String] = []
        var pages = 0
        try reader.read { db in
            version = try CatalogVersion.current(in: db)
            let latest = try ReadingStateRecords.generation(in: db)
            var sectionIndex: [Int64: Int32] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT id, name FROM section ORDER BY id") {
                sectionIndex[row["id"]] = Int32(names.count)
                names.append(row["name"])
            }
            // One row a page, its articles packed (ListEntries): a hundred
            // thousand articles are read as sixteen thousand blobs.
            let rows = try Row.fetchCursor(db, sql: "SELECT p.entries FROM page p WHERE \(condition) ORDER BY p.path",
                                           arguments: StatementArguments(arguments))
            while let row = try rows.next() {
                guard let data: Data = row[0], !data.isEmpty else { continue }
                pages += 1
                ListEntries.forEach(in: data) { e in
                    ids.append(e.id)
                    var flags = e.flags
                    // The latest sync's articles are new, unless it was the library's first.
                    if Int64(e.generation) == latest && latest > 1 { flags.insert(.new) }
                    entries.append(CatalogEntry(dateKey: e.dateKey, section: sectionIndex[Int64(e.section)] ?? 0, flags: flags))
                }
            }
        }
        self.version = version
        self.ids = ids
        self.entries = entries
        sectionNames = names
        pageCount = pages
    }

    /// A read by row id, or nil once the library's articles were written
    /// since this catalog was read: its ids may then name other articles.
    private func readCurrent<T>(_ body: (Database) throws -> T) -> T? {
        let result: T?? = try? reader.read { db -> T? in
            guard try CatalogVersion.current(in: db) == self.version else { return nil }
            return try body(db)
        }
        return result ?? nil
    }

    /// Whether the library's articles are still the ones this catalog lists.
    public var isCurrent: Bool {
        (try? reader.read { db in try CatalogVersion.current(in: db) == self.version }) ?? false
    }

    /// A catalog of the same scope read again, when the library's articles
    /// changed since this one was read (another dubao synced); nil when they
    /// did not, or it cannot be read.
    public func renewed() -> (any ArticleCatalog)? {
        guard !isCurrent else { return nil }
        return try? DatabaseCatalog(database: database, scope: scope)
    }

    /// Warnings recorded for the pages of the scope that gave no articles.
    public func warnings() -> [LoadWarning] {
        let (condition, arguments) = scope.condition(column: "path")
        return (try? reader.read { db in
            try Row.fetchAll(db, sql: "SELECT source, warning FROM page WHERE warning IS NOT NULL AND \(condition) ORDER BY path",
                             arguments: StatementArguments(arguments))
                .map { LoadWarning(path: $0["source"], message: $0["warning"]) }
        }) ?? []
    }

    public func summary(_ index: Int) -> ArticleSummary {
        lock.lock()
        if let s = summaries[index] { lock.unlock(); return s }
        lock.unlock()
        // A block of rows around the one asked: the list asks for its neighbours next.
        let block = 64
        let first = max(0, index - block / 2), last = min(ids.count, first + block)
        let wanted = Array(ids[first..<last])
        let rows = (readCurrent { db in
            try Row.fetchAll(db, sql: """
                SELECT a.id, a.ordinal, p.path, a.display_title, a.place, s.name AS section, a.kind, a.page_date, p.source, a.identity
                FROM article a JOIN page p ON p.id = a.page_id JOIN section s ON s.id = a.section_id
                WHERE a.id IN (\(wanted.map { _ in "?" }.joined(separator: ",")))
                """, arguments: StatementArguments(wanted))
        }) ?? []
        var byID: [Int64: ArticleSummary] = [:]
        for row in rows {
            byID[row["id"]] = ArticleSummary(
                id: scope.articleID(path: row["path"], ordinal: row["ordinal"]), displayTitle: row["display_title"], place: row["place"], section: row["section"],
                kind: ArticleKind(rawValue: row["kind"]) ?? .news,
                pageDate: (row["page_date"] as String?).flatMap(PartialDate.init(iso:)), source: row["source"],
                identity: row["identity"])
        }
        lock.lock()
        defer { lock.unlock() }
        if summaries.count > 4096 { summaries.removeAll(keepingCapacity: true) }
        for i in first..<last { if let s = byID[ids[i]] { summaries[i] = s } }
        // (An article read after the library changed under the catalog is
        // not shown: its id may name another by then. The reader renews.)
        return summaries[index] ?? ArticleSummary(id: "?", displayTitle: "(gone from the library)", place: nil,
                                                   section: "", kind: .news, pageDate: nil, source: "", identity: "")
    }

    public func article(_ index: Int) -> Article? {
        guard ids.indices.contains(index) else { return nil }
        let id = ids[index]
        let found: Article?? = readCurrent { db in try ArticleRecords.articles(ids: [id], in: db, scope: scope)[id] }
        // The library unchanged, and the article its page lists not there:
        // an answer that cannot be right.
        if case .some(.none) = found { noteInconsistent("article \(id), listed on its page, is missing") }
        return found ?? nil
    }

    /// Whether an answer of this catalog could not be right (`noteInconsistent`).
    public var foundInconsistent: Bool { lock.withLock { inconsistent } }
    private var inconsistent = false

    /// Keeps in the library that it answered what cannot be right (a row
    /// its own lists name is missing): the next open treats the file as
    /// damaged — moved aside, rebuilt, the reader's marks kept.
    func noteInconsistent(_ what: String) {
        lock.withLock { inconsistent = true }
        try? writer.write { db in try SessionRow.set(LibraryDatabase.inconsistentKey, what, in: db) }
    }

    /// The catalog index of an article row id, nil when outside the scope.
    func index(ofID id: Int64) -> Int? {
        lock.lock()
        defer { lock.unlock() }
        if indexOfIDs == nil {
            var map: [Int64: Int] = [:]
            map.reserveCapacity(ids.count)
            for (i, id) in ids.enumerated() { map[id] = i }
            indexOfIDs = map
        }
        return indexOfIDs![id]
    }

    /// The index of the article with this id (`page#n`), if the scope has it.
    public func index(ofKey typed: String) -> Int? {
        for key in ArticleKeys.readings(of: typed) {
            if let found = index(ofExactKey: key) { return found }
        }
        return nil
    }

    private func index(ofExactKey key: String) -> Int? {
        guard let hash = key.lastIndex(of: "#"), let n = Int(key[key.index(after: hash)...]), n >= 1 else { return nil }
        let page = String(key[..<hash])
        // `\xff` may be typed for a byte of the name that is not UTF-8; the
        // text as typed is tried as well.
        let readings = [page] + (FileName.unspelled(page).map { [$0] } ?? [])
        let rows = (readCurrent { db -> [Int64] in
            var found: [Int64] = []
            for raw in readings {
                let id = FileName.spelled(raw)
                for prefix in scope.pathPrefixes(forPageID: raw) {
                    // A file named as a root is its own path; under a directory
                    // the id leaves out the extension, whatever it is.
                    let exact = !prefix.hasSuffix(".")
                    let sql = exact
                        ? "SELECT a.id, p.path FROM article a JOIN page p ON p.id = a.page_id WHERE p.path = ? AND a.ordinal = ?"
                        : "SELECT a.id, p.path FROM article a JOIN page p ON p.id = a.page_id WHERE p.path >= ? AND p.path < ? AND a.ordinal = ?"
                    let arguments: StatementArguments = exact ? [prefix, n - 1] : [prefix, prefix + "\u{10FFFF}", n - 1]
                    for row in try Row.fetchAll(db, sql: sql, arguments: arguments) {
                        let path: String = row[1]
                        if scope.pageID(path: path) == id { found.append(row[0]) }
                    }
                }
            }
            return found
        }) ?? []
        return rows.lazy.compactMap { self.index(ofID: $0) }.first
    }

    public func search(_ text: String) throws(SearchError) -> CatalogSearch {
        let found = try LibrarySearch(reader: reader).run(text)
        var hits: [Int: Int] = [:]
        let inScope = found.ids.compactMap { id in index(ofID: id).map { (id, $0) } }
        // Hit counts from the text.
        let texts = readCurrent { db in try ArticleRecords.texts(ids: inScope.map(\.0), in: db) } ?? [:]
        for (id, i) in inScope {
            guard let t = texts[id] else { continue }
            hits[i] = max(1, LibrarySearch.count(found.queries, title: t.title, body: t.body))
        }
        // An author's name, as typed, is found too (it is not in the index).
        let name = text.trimmingCharacters(in: .whitespaces)
        if !name.isEmpty {
            for i in articles(place: nil, author: name) { hits[i] = max(1, hits[i] ?? 0) }
        }
        return CatalogSearch(hits: hits, queries: found.queries)
    }

    public func articles(place: String?, author: String?) -> Set<Int> {
        var conditions: [String] = []
        var arguments: [String] = []
        if let place, !place.isEmpty { conditions.append("instr(place, ?) > 0"); arguments.append(place) }
        if let author, !author.isEmpty { conditions.append("instr(authors, ?) > 0"); arguments.append(author) }
        guard !conditions.isEmpty else { return Set(ids.indices) }
        let found = (readCurrent { db in
            try Int64.fetchAll(db, sql: "SELECT id FROM article WHERE " + conditions.joined(separator: " AND "),
                               arguments: StatementArguments(arguments))
        }) ?? []
        return Set(found.compactMap { index(ofID: $0) })
    }

    public func queries(for text: String) throws(SearchError) -> [SearchQuery] {
        try LibrarySearch(reader: reader).queries(for: text)
    }

    // MARK: - Continuations

    public func continuation(of index: Int) -> Int? {
        guard ids.indices.contains(index) else { return nil }
        return readCurrent { db -> Int? in
            guard let row = try Row.fetchOne(db, sql: """
                SELECT p.path, a.continues, a.display_title FROM article a JOIN page p ON p.id = a.page_id WHERE a.id = ?
                """, arguments: [ids[index]]),
                let page = Continuations.pageNumber(row["continues"] as String?) else { return nil }
            let path: String = row["path"]
            return try storyOnPages(in: Continuations.folder(of: path), where: { Continuations.pageNumber(ofFile: $0) == page },
                                    title: row["display_title"], excluding: ids[index], in: db)
        } ?? nil
    }

    public func continued(from index: Int) -> Int? {
        guard ids.indices.contains(index) else { return nil }
        return readCurrent { db -> Int? in
            guard let row = try Row.fetchOne(db, sql: """
                SELECT p.path, a.display_title FROM article a JOIN page p ON p.id = a.page_id WHERE a.id = ?
                """, arguments: [ids[index]]) else { return nil }
            let path: String = row["path"]
            guard let here = Continuations.pageNumber(ofFile: path) else { return nil }
            let folder = Continuations.folder(of: path)
            for candidate in try Row.fetchAll(db, sql: """
                SELECT a.id, a.continues, a.display_title FROM article a JOIN page p ON p.id = a.page_id
                WHERE p.path >= ? AND p.path < ? AND a.continues IS NOT NULL
                """, arguments: [folder + "/", folder + "/\u{10FFFF}"]) {
                guard Continuations.pageNumber(candidate["continues"] as String?) == here,
                      Continuations.sameStory(candidate["display_title"], row["display_title"]),
                      let i = self.index(ofID: candidate["id"]) else { continue }
                return i
            }
            return nil
        } ?? nil
    }

    /// The article of the same story on the pages of `folder` that pass `page`.
    private func storyOnPages(in folder: Substring, where page: (String) -> Bool, title: String, excluding: Int64,
                              in db: Database) throws -> Int? {
        for row in try Row.fetchAll(db, sql: """
            SELECT a.id, p.path, a.display_title FROM article a JOIN page p ON p.id = a.page_id
            WHERE p.path >= ? AND p.path < ? ORDER BY p.path, a.ordinal
            """, arguments: [folder + "/", folder + "/\u{10FFFF}"]) {
            let path: String = row["path"]
            guard Continuations.folder(of: path) == folder, page(path), row["id"] != excluding,
                  Continuations.sameStory(row["display_title"], title), let i = index(ofID: row["id"]) else { continue }
            return i
        }
        return nil
    }

    // MARK: - The reader's state

    public func readingPosition(_ index: Int) -> ReadingPosition? {
        guard ids.indices.contains(index) else { return nil }
        let id = ids[index]
        return readCurrent { db in try ReadingStateRecords.position(article: id, in: db) } ?? nil
    }

    /// Writes a change at once, and says whether it was kept. Nothing is
    /// written once the library's articles changed since this catalog was
    /// read (its ids may name other articles by then): the reader renews its
    /// catalog and asks again. Another program's write lock is waited for a
    /// second at most, so that the reader never freezes behind a sync.
    public func record(_ change: ReadingChange) -> RecordOutcome {
        do {
            let outcome = try writer.writeWithoutTransaction { db -> RecordOutcome in
                // Impatient only while this connection is the one writing.
                try database.impatiently {
                    var outcome = RecordOutcome.kept
                    try db.inTransaction(.immediate) {
                        guard try CatalogVersion.current(in: db) == version else {
                            outcome = .libraryChanged
                            return .rollback
                        }
                        try write(change, in: db)
                        return .commit
                    }
                    return outcome
                }
            }
            if outcome == .kept, let reason = database.standsInBecause { return .sessionOnly(reason) }
            return outcome
        } catch {
            return .notKept(RecordOutcome.reason(error))
        }
    }

    private func write(_ change: ReadingChange, in db: Database) throws {
        switch change {
        case .read(let indices, let on):
            for i in indices where ids.indices.contains(i) {
                try ReadingStateRecords.set(.read, to: on, article: ids[i], in: db)
            }
        case .starred(let i, let on):
            guard ids.indices.contains(i) else { return }
            try ReadingStateRecords.set(.starred, to: on, article: ids[i], in: db)
        case .position(let i, let position):
            guard ids.indices.contains(i) else { return }
            try ReadingStateRecords.setPosition(position, article: ids[i], in: db)
        case .session(let article, let open):
            let identity = try article.flatMap { i -> String? in
                guard ids.indices.contains(i) else { return nil }
                return try String.fetchOne(db, sql: "SELECT identity FROM article WHERE id = ?", arguments: [ids[i]])
            }
            try ReadingStateRecords.setSession(article: identity, open: open, in: db)
        }
    }

    /// The article's lasting identity (its page, title and the title's
    /// occurrence on the page): what names it across syncs.
    public func identity(_ index: Int) -> String? {
        guard ids.indices.contains(index) else { return nil }
        return readCurrent { db in
            try String.fetchOne(db, sql: "SELECT identity FROM article WHERE id = ?", arguments: [ids[index]])
        } ?? nil
    }

    public func index(ofIdentity identity: String) -> Int? {
        let id = readCurrent { db in
            try Int64.fetchOne(db, sql: "SELECT id FROM article WHERE identity = ?", arguments: [identity])
        } ?? nil
        return id.flatMap { index(ofID: $0) }
    }

    public func lastSession() -> ReaderSession? {
        guard let (identity, open) = try? reader.read({ db in try ReadingStateRecords.session(in: db) }),
              let identity else { return nil }
        guard let index = index(ofIdentity: identity) else { return nil }
        return ReaderSession(article: index, open: open)
    }

    /// The page file read again from its path; built-in pages have none.
    public func pageText(_ index: Int) -> (text: String, line: Int)? {
        guard ids.indices.contains(index) else { return nil }
        let id = ids[index]
        let path = (readCurrent { db in
            try String.fetchOne(db, sql: "SELECT p.path FROM article a JOIN page p ON p.id = a.page_id WHERE a.id = ?",
                                arguments: [id])
        }) ?? nil
        guard let path, !path.hasPrefix(LibraryScope.builtinPrefix),
              case .success(let bytes) = FileBytes.read(path),
              let (text, _) = try? TextDecoding.decode(bytes) else { return nil }
        guard let article = article(index) else { return (text, 0) }
        return (text, PageLocation.line(of: article, in: text))
    }

    public func figureRecords() -> [FigureRecord] {
        var out: [FigureRecord] = []
        _ = readCurrent { db in
            let rows = try Row.fetchCursor(db, sql: """
                SELECT f.article_id, f.ordinal, f.text, f.value, f.unit, f.kind, f.indicator,
                       COALESCE(a.date, a.page_date) AS date, a.display_title
                FROM figure f JOIN article a ON a.id = f.article_id
                """)
            while let row = try rows.next() {
                guard let index = self.index(ofID: row["article_id"]) else { continue }
                out.append(FigureRecord(article: index, figure: row["ordinal"], text: row["text"],
                                        value: row["value"] ?? .infinity, unit: row["unit"],
                                        kind: (row["kind"] as String?).flatMap(Figure.Kind.init(rawValue:)),
                                        indicator: row["indicator"],
                                        date: (row["date"] as String?).flatMap(PartialDate.init(iso:)),
                                        headline: row["display_title"]))
            }
        }
        out.sort { ($0.article, $0.figure) < ($1.article, $1.figure) }
        return out
    }
}
