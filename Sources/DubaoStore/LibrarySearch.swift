import DubaoCore
import GRDB

/// A search of the whole library through its index: what the list search,
/// the figures view and `dubao search` share.
struct LibrarySearch {
    let reader: any DatabaseReader

    struct Found {
        /// Matching article row ids, those matched in a title first.
        var ids: [Int64]
        var inTitle: Set<Int64>
        var queries: [SearchQuery]
    }

    func run(_ text: String) throws(SearchError) -> Found {
        try SearchError.check(text)
        let needle = SearchFolding.folded(text)
        guard SearchTokens.hasSubstance(needle), let literal = SearchQuery(text) else {
            throw .nothingToSearch(text)
        }
        var queries = [literal]
        var phrases = [needle]
        do {
            return try reader.read { db in
                phrases += try PinyinSearch.words(for: text, in: db).map(SearchFolding.folded)
                queries += phrases.dropFirst().compactMap { SearchQuery(String(String.UnicodeScalarView($0.compactMap(Unicode.Scalar.init)))) }
                var all: [Int64] = []
                var seen = Set<Int64>()
                var inTitle = Set<Int64>()
                for (n, phrase) in phrases.enumerated() {
                    let runs = SearchTokens.runs(of: phrase)
                    let matches = runs.compactMap(SearchTokens.match(folded:))
                    guard !matches.isEmpty else { continue }
                    let inBodies = matches.map { "body : " + $0 }.joined(separator: " AND ")
                    let inTitles = matches.map { "title : " + $0 }.joined(separator: " AND ")
                    var titled = try Int64.fetchAll(db, sql: "SELECT rowid FROM search_title WHERE search_title MATCH ?", arguments: [inTitles])
                    var found = titled
                    var inFound = Set(titled)
                    for id in try Int64.fetchAll(db, sql: "SELECT rowid FROM search_body WHERE search_body MATCH ?", arguments: [inBodies])
                        where inFound.insert(id).inserted { found.append(id) }
                    // Runs found apart are not yet the query: keep the articles
                    // where the whole of it stands.
                    if runs.count != 1 || runs[0].count != phrase.count, n < queries.count {
                        (found, titled) = try Self.confirm(queries[n], found: found, titled: titled, in: db)
                    }
                    inTitle.formUnion(titled)
                    for id in found where seen.insert(id).inserted { all.append(id) }
                }
                if let initials = PinyinSearch.initialsMatch(for: text) {
                    for id in try Int64.fetchAll(db, sql: "SELECT rowid FROM search_title WHERE search_title MATCH ?",
                                                 arguments: ["initials : " + initials]) {
                        inTitle.insert(id)
                        if seen.insert(id).inserted { all.append(id) }
                    }
                }
                return Found(ids: all, inTitle: inTitle, queries: queries)
            }
        } catch let error as SearchError {
            throw error
        } catch {
            throw .unreadable("\(error)")
        }
    }

    /// A search as the two indexes are asked it: one MATCH for the titles
    /// (the literal, the words its pinyin spells, its initials), one for the
    /// text, and whether what they find must be checked against the text.
    struct Plan: Sendable {
        var titleMatch: String?
        var bodyMatch: String?
        var queries: [SearchQuery]
        /// The literal was asked in runs apart (it holds punctuation).
        var confirm: Bool

        /// Whether the article really holds the query, where the index alone cannot tell.
        func holds(id: Int64, inTitle: Bool, in db: Database) throws -> Bool {
            guard confirm, let t = try ArticleRecords.texts(ids: [id], in: db)[id] else { return true }
            return LibrarySearch.count(queries, title: t.title, body: inTitle ? "" : t.body) > 0
        }
    }

    func plan(_ text: String) throws(SearchError) -> Plan {
        try SearchError.check(text)
        let needle = SearchFolding.folded(text)
        guard SearchTokens.hasSubstance(needle), let literal = SearchQuery(text) else {
            throw .nothingToSearch(text)
        }
        let words: [String]
        do {
            words = try reader.read { db in try PinyinSearch.words(for: text, in: db) }
        } catch {
            throw .unreadable("\(error)")
        }
        var titles: [String] = [], bodies: [String] = []
        var confirm = false
        for (n, phrase) in ([needle] + words.map(SearchFolding.folded)).enumerated() {
            let runs = SearchTokens.runs(of: phrase)
            let matches = runs.compactMap(SearchTokens.match(folded:))
            guard !matches.isEmpty else { continue }
            if n == 0 && (runs.count != 1 || runs[0].count != phrase.count) { confirm = true }
            titles.append("(" + matches.map { "title : " + $0 }.joined(separator: " AND ") + ")")
            bodies.append("(" + matches.map { "body : " + $0 }.joined(separator: " AND ") + ")")
        }
        if !confirm, let initials = PinyinSearch.initialsMatch(for: text) {
            titles.append("(initials : " + initials + ")")
        }
        let queries = [literal] + words.compactMap(SearchQuery.init)
        return Plan(titleMatch: titles.isEmpty ? nil : titles.joined(separator: " OR "),
                    bodyMatch: bodies.isEmpty ? nil : bodies.joined(separator: " OR "),
                    queries: queries, confirm: confirm)
    }

    /// The articles of `found` and `titled` whose text and titles really hold the query.
    static func confirm(_ query: SearchQuery, found: [Int64], titled: [Int64], in db: Database) throws -> ([Int64], [Int64]) {
        var keep: [Int64] = []
        var keepTitled: [Int64] = []
        let titledSet = Set(titled)
        let texts = try ArticleRecords.texts(ids: found, in: db)
        for id in found {
            guard let t = texts[id] else { continue }
            let inTitle = count([query], title: t.title, body: "")
            if inTitle + count([query], title: "", body: t.body) > 0 { keep.append(id) }
            if inTitle > 0 && titledSet.contains(id) { keepTitled.append(id) }
        }
        return (keep, keepTitled)
    }

    /// The literal query and those of the words its pinyin spells.
    func queries(for text: String) throws(SearchError) -> [SearchQuery] {
        try SearchError.check(text)
        let needle = SearchFolding.folded(text)
        guard SearchTokens.hasSubstance(needle), let literal = SearchQuery(text) else {
            throw .nothingToSearch(text)
        }
        let words = (try? reader.read { db in try PinyinSearch.words(for: text, in: db) }) ?? []
        return [literal] + words.compactMap(SearchQuery.init)
    }

    /// Matches of any of the queries in a title and a body (one line each).
    static func count(_ queries: [SearchQuery], title: String, body: String) -> Int {
        var n = 0
        for q in queries {
            for line in title.split(separator: "\n") { n += q.count(in: line) }
            for line in body.split(separator: "\n") { n += q.count(in: line) }
        }
        return n
    }
}

