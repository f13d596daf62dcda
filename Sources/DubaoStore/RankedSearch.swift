import DubaoCore
import GRDB

/// One article found by `dubao search`.
public struct SearchResult: Sendable {
    public var id: String
    public var date: PartialDate?
    public var headline: String
    public var hits: Int
    public var inTitle: Bool
    /// Text around the first hit, on one line.
    public var snippet: String
    /// Where the hit is in `snippet`, in Unicode scalars.
    public var snippetHit: Range<Int>?
}

/// The results of a search, best first.
public struct RankedSearch: Sendable {
    /// How many articles match in all.
    public var total: Int
    /// The first `limit` of them: matched in a title before matched in the
    /// text only, then newest first.
    public var results: [SearchResult]
}

extension DatabaseCatalog {
    /// `dubao search`: the matches of this catalog's scope, best first, the
    /// first `limit` of them with their hit counts and snippets. The ranking
    /// needs only the index and the catalog's entries; only the articles
    /// shown are read.
    public func ranked(_ text: String, limit: Int) throws(SearchError) -> RankedSearch {
        let found = try LibrarySearch(reader: reader).run(text)
        var matches: [(index: Int, id: Int64, inTitle: Bool)] = []
        for id in found.ids {
            if let i = index(ofID: id) { matches.append((i, id, found.inTitle.contains(id))) }
        }
        matches.sort { a, b in
            if a.inTitle != b.inTitle { return a.inTitle }
            let da = entries[a.index].dateKey, db = entries[b.index].dateKey
            if da != db { return da > db }
            return a.index < b.index
        }
        let shown = Array(matches.prefix(max(0, limit)))
        let articles = (try? reader.read { db in try ArticleRecords.articles(ids: shown.map(\.id), in: db, scope: scope) }) ?? [:]
        var results: [SearchResult] = []
        for m in shown {
            guard let a = articles[m.id] else { continue }
            let title = StoredArticle.titleText(titles: a.titles, headline: a.headline)
            let body = a.paragraphs.joined(separator: "\n")
            let hits = max(1, LibrarySearch.count(found.queries, title: title, body: body))
            let (snippet, range) = Snippet.around(queries: found.queries, in: a.paragraphs, fallback: a.displayTitle)
            results.append(SearchResult(id: a.id, date: a.pageDate, headline: a.displayTitle,
                                        hits: hits, inTitle: m.inTitle, snippet: snippet, snippetHit: range))
        }
        return RankedSearch(total: matches.count, results: results)
    }
}

/// A line of text around a hit.
enum Snippet {
    static let before = 24, after = 40

    static func around(queries: [SearchQuery], in paragraphs: [String], fallback: String) -> (String, Range<Int>?) {
        for p in paragraphs {
            let first = queries.compactMap { $0.ranges(in: p).first }.min { $0.lowerBound < $1.lowerBound }
            guard let hit = first else { continue }
            let scalars = Array(p.unicodeScalars)
            let start = max(0, hit.lowerBound - before), end = min(scalars.count, hit.upperBound + after)
            var text = String.UnicodeScalarView()
            if start > 0 { text.append("…") }
            text.append(contentsOf: scalars[start..<end])
            if end < scalars.count { text.append("…") }
            let shift = start > 0 ? 1 : 0
            return (String(text), (hit.lowerBound - start + shift)..<(hit.upperBound - start + shift))
        }
        let lead = paragraphs.first.map { String(String.UnicodeScalarView($0.unicodeScalars.prefix(before + after))) } ?? fallback
        return (lead, nil)
    }
}

extension DatabaseCatalog {
    /// Whole articles of a range of indices, in order (for export and the
    /// commands that print every article, a block at a time).
    public func articles(_ range: Range<Int>) -> [Article] {
        let wanted = Array(ids[range.clamped(to: ids.indices)])
        guard let byID = try? reader.read({ db in try ArticleRecords.articles(ids: wanted, in: db, scope: scope) }) else { return [] }
        return wanted.compactMap { byID[$0] }
    }
}
