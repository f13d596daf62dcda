import DubaoCore
import Foundation

/// A catalog of articles held in memory. The reader in production reads a
/// database catalog; this one is for tests and benchmarks (and, until the
/// database catalog lands, the command line). Immutable: a snapshot, as the
/// protocol asks, and `Sendable` because it holds only `let`s.
public final class MemoryCatalog: ArticleCatalog {
    public let articles: [Article]
    public let pageCount: Int
    public let entries: [CatalogEntry]
    public let sectionNames: [String]

    /// `flags` is every article's reading state to begin with (unread, by default).
    public init(articles: [Article], pageCount: Int, flags: ReadingFlags = []) {
        self.articles = articles
        self.pageCount = pageCount
        var rank: [String: Int32] = [:]
        var names: [String] = []
        var entries: [CatalogEntry] = []
        entries.reserveCapacity(articles.count)
        for a in articles {
            let section = a.section
            let r: Int32
            if let known = rank[section] { r = known } else {
                r = Int32(names.count)
                rank[section] = r
                names.append(section)
            }
            entries.append(CatalogEntry(dateKey: a.pageDate?.sortKey ?? 0, section: r, flags: flags))
        }
        self.entries = entries
        self.sectionNames = names
        // As the library names them: the page, the title, and which of the
        // page's articles of that title it is.
        var seen: [String: Int] = [:]
        identities = articles.map { a in
            let key = a.source + "\u{1F}" + a.displayTitle
            defer { seen[key, default: 0] += 1 }
            return key + "\u{1F}" + String(seen[key, default: 0])
        }
    }

    /// Each article's lasting identity (`ArticleCatalog.identity`).
    let identities: [String]

    public var count: Int { articles.count }

    public func summary(_ index: Int) -> ArticleSummary {
        var s = ArticleSummary(articles[index])
        s.identity = identities[index]
        return s
    }

    public func article(_ index: Int) -> Article? {
        articles.indices.contains(index) ? articles[index] : nil
    }

    public func queries(for text: String) throws(SearchError) -> [SearchQuery] {
        try SearchError.check(text)
        guard let query = SearchQuery(text), Self.hasSomethingToSearch(text) else { throw .nothingToSearch(text) }
        return [query]
    }

    public func continuation(of index: Int) -> Int? {
        guard articles.indices.contains(index), let page = Continuations.pageNumber(articles[index].continues) else { return nil }
        let a = articles[index]
        return articles.indices.first { i in
            i != index && Continuations.folder(of: articles[i].source) == Continuations.folder(of: a.source)
                && Continuations.pageNumber(ofFile: articles[i].source) == page
                && Continuations.sameStory(articles[i].displayTitle, a.displayTitle)
        }
    }

    public func continued(from index: Int) -> Int? {
        guard articles.indices.contains(index) else { return nil }
        return articles.indices.first { continuation(of: $0) == index }
    }

    /// Memory keeps no state: a reader on it starts afresh every time.
    public func readingPosition(_ index: Int) -> ReadingPosition? { nil }
    /// Nothing is kept: a reader on it says so at the first mark.
    public func record(_ change: ReadingChange) -> RecordOutcome {
        .sessionOnly("the articles are held in memory only")
    }
    public func identity(_ index: Int) -> String? { identities.indices.contains(index) ? identities[index] : nil }
    public func index(ofIdentity identity: String) -> Int? { identities.firstIndex(of: identity) }
    /// A snapshot that never changes.
    public func renewed() -> (any ArticleCatalog)? { nil }
    public func lastSession() -> ReaderSession? { nil }
    /// Memory has no page files.
    public func pageText(_ index: Int) -> (text: String, line: Int)? { nil }

    public func index(ofKey typed: String) -> Int? {
        for key in ArticleKeys.readings(of: typed) {
            if let found = articles.firstIndex(where: { $0.id == key }) { return found }
        }
        return nil
    }

    /// `SearchQuery(text)` counted over every article's titles and paragraphs.
    /// Refuses a text with no letter, digit or Chinese character in it.
    public func search(_ text: String) throws(SearchError) -> CatalogSearch {
        try SearchError.check(text)
        guard let query = SearchQuery(text), Self.hasSomethingToSearch(text) else {
            throw .nothingToSearch(text)
        }
        var hits: [Int: Int] = [:]
        for (i, n) in query.counts(in: articles).enumerated() where n > 0 { hits[i] = n }
        // An author's name is found too, though it is not in the text searched.
        let name = text.trimmingCharacters(in: .whitespaces)
        for i in articles(place: nil, author: name) { hits[i] = max(1, hits[i] ?? 0) }
        return CatalogSearch(hits: hits, queries: [query])
    }

    public func articles(place: String?, author: String?) -> Set<Int> {
        var out = Set<Int>()
        for (i, a) in articles.enumerated() {
            if let place, !place.isEmpty, !(a.place ?? "").contains(place) { continue }
            if let author, !author.isEmpty, !a.authors.contains(where: { $0.contains(author) }) { continue }
            out.insert(i)
        }
        return out
    }

    /// Whether the folded text holds more than punctuation and symbols.
    static func hasSomethingToSearch(_ text: String) -> Bool {
        SearchFolding.folded(text).contains { v in
            guard let s = Unicode.Scalar(v) else { return false }
            return s.properties.isAlphabetic || s.properties.numericType != nil
        }
    }

    public func figureRecords() -> [FigureRecord] {
        var out: [FigureRecord] = []
        for (a, article) in articles.enumerated() where !article.figures.isEmpty {
            let date = article.date ?? article.pageDate
            let headline = article.displayTitle
            for (i, f) in article.figures.enumerated() {
                out.append(FigureRecord(article: a, figure: i, text: f.text, value: f.value, unit: f.unit, kind: f.kind,
                                        indicator: f.indicator, date: date, headline: headline))
            }
        }
        return out
    }
}
