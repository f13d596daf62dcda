import DubaoCore
import GRDB

/// The first articles of a search, best first, found without reading every
/// match: `dubao search` on a large library.
///
/// Article row ids are in date order (`DatedIDs`), so each index can list its
/// matches newest first by walking row ids down and stop once it has enough:
/// the cost is the articles shown, not the articles matched. The order:
/// title matches first, then newest, then as synced (`DatedIDs`).
public struct BestFirst: Sendable {
    public var results: [SearchResult]
    /// Whether more articles match than those in `results`.
    public var more: Bool
    /// The page files of the results.
    public var pagePaths: [String]
}

extension LibraryDatabase {
    public func bestFirst(_ text: String, scope: LibraryScope, limit: Int) throws(SearchError) -> BestFirst {
        let plan = try LibrarySearch(reader: writer).plan(text)
        do {
            return try writer.read { db in try BestFirstWalk(plan: plan, scope: scope, db: db).run(limit: limit) }
        } catch let error as SearchError {
            throw error
        } catch {
            throw .unreadable("\(error)")
        }
    }
}

/// One search's walk down the two indexes.
private struct BestFirstWalk {
    let plan: LibrarySearch.Plan
    let scope: LibraryScope
    let db: Database

    struct Candidate {
        var id: Int64
        var path: String
        var ordinal: Int
        var inTitle: Bool
    }

    func run(limit: Int) throws -> BestFirst {
        let titled = try walk(table: "search_title", match: plan.titleMatch, inTitle: true, skip: [], want: limit)
        var chosen = titled.found
        var more = titled.more
        if chosen.count < limit || !more {
            // Every title match is in hand: the text's matches that are not
            // among them come next, as many as are still wanted (at least one,
            // to tell whether there are more).
            let skip = Set(chosen.map(\.id))
            let want = max(1, limit - chosen.count)
            let body = try walk(table: "search_body", match: plan.bodyMatch, inTitle: false, skip: skip, want: want)
            let taken = chosen.count < limit ? Array(body.found.prefix(limit - chosen.count)) : []
            more = body.more || body.found.count > taken.count
            chosen += taken
        }
        let shown = Array(chosen.prefix(limit))
        more = more || chosen.count > shown.count
        let articles = try ArticleRecords.articles(ids: shown.map(\.id), in: db, scope: scope, figures: false)
        let results = shown.compactMap { c in articles[c.id].map { SearchResult(article: $0, queries: plan.queries, inTitle: c.inTitle) } }
        return BestFirst(results: results, more: more, pagePaths: shown.map(\.path))
    }

    /// The best `want` matches of one index, and whether it holds another
    /// match in scope after them.
    func walk(table: String, match: String?, inTitle: Bool, skip: Set<Int64>, want: Int) throws -> (found: [Candidate], more: Bool) {
        guard let match else { return ([], false) }
        let rows = try Int64.fetchCursor(db, sql: "SELECT rowid FROM \(table) WHERE \(table) MATCH ? ORDER BY rowid DESC",
                                         arguments: [match])
        let pageOf = try db.cachedStatement(sql: "SELECT a.ordinal, p.path FROM article a JOIN page p ON p.id = a.page_id WHERE a.id = ?")
        var found: [Candidate] = []
        while let id = try rows.next() {
            if skip.contains(id) { continue }
            guard let row = try Row.fetchOne(pageOf, arguments: [id]) else { continue }
            let path: String = row[1]
            guard scope.contains(path), try plan.holds(id: id, inTitle: inTitle, in: db) else { continue }
            if found.count == want { return (found, true) }
            found.append(Candidate(id: id, path: path, ordinal: row[0], inTitle: inTitle))
        }
        return (found, false)
    }
}

extension SearchResult {
    /// The result line of an article: its hits and a snippet around the first.
    init(article a: Article, queries: [SearchQuery], inTitle: Bool) {
        let title = StoredArticle.titleText(titles: a.titles, headline: a.headline)
        let body = a.paragraphs.joined(separator: "\n")
        let hits = max(1, LibrarySearch.count(queries, title: title, body: body))
        let (snippet, range) = Snippet.around(queries: queries, in: a.paragraphs, fallback: a.displayTitle)
        self.init(id: a.id, date: a.pageDate, headline: a.displayTitle, hits: hits, inTitle: inTitle,
                  snippet: snippet, snippetHit: range)
    }
}
