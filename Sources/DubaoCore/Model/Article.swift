/// One article of a page, as the spec's article record defines it, plus what
/// the library adds: identity, source, section and figures.
public struct Article: Sendable, Hashable, Codable, Identifiable {
    /// `<file name without extension>#<n>`, n = reading order from 1.
    public var id: String
    /// The path of the page file the article was read from.
    public var source: String
    /// Every title line, in page order, as printed (spaces collapsed).
    public var titles: [String]
    /// The main title; `nil` where none is printed (most photo captions).
    public var headline: String?
    public var column: String?
    public var kind: ArticleKind
    public var authors: [String]
    public var place: String?
    public var date: PartialDate?
    /// The latest article date of the page the article stands on.
    public var pageDate: PartialDate?
    /// The page named by a `下转` marker (`8版`).
    public var continues: String?
    /// The body, one string per paragraph, after reflow.
    public var paragraphs: [String]
    public var figures: [Figure]

    public init(id: String, source: String, titles: [String] = [], headline: String? = nil,
                column: String? = nil, kind: ArticleKind = .news, authors: [String] = [],
                place: String? = nil, date: PartialDate? = nil, pageDate: PartialDate? = nil,
                continues: String? = nil, paragraphs: [String] = [], figures: [Figure] = []) {
        self.id = id
        self.source = source
        self.titles = titles
        self.headline = headline
        self.column = column
        self.kind = kind
        self.authors = authors
        self.place = place
        self.date = date
        self.pageDate = pageDate
        self.continues = continues
        self.paragraphs = paragraphs
        self.figures = figures
    }

    /// The column where the page names one, else the Chinese name of the kind.
    public var section: String { column ?? kind.chineseName }

    /// The title lines that make up the headline: those it contains (a
    /// headline printed over two lines) or that contain it (a headline with
    /// its series named after it).
    private var headlineLines: ClosedRange<Int>? {
        guard let headline else { return nil }
        let part = titles.indices.filter { headline.contains(titles[$0]) || titles[$0].contains(headline) }
        guard let first = part.first, let last = part.last else { return nil }
        return first...last
    }

    /// The title lines printed above the headline (a kicker, 引题).
    public var kicker: String? {
        guard let lines = headlineLines, lines.lowerBound > 0 else { return nil }
        return titles[..<lines.lowerBound].joined(separator: " ")
    }

    /// The title lines printed below the headline (a subtitle, 副题).
    public var subtitle: String? {
        guard let lines = headlineLines, lines.upperBound + 1 < titles.count else { return nil }
        return titles[(lines.upperBound + 1)...].joined(separator: " ")
    }

    /// What a list shows: the headline, else the first clause of the body.
    public var displayTitle: String {
        if let headline, !headline.isEmpty { return headline }
        return DisplayTitle.firstClause(of: paragraphs.first ?? titles.first ?? "")
    }

    /// The file name of the source without its extension.
    public var pageName: String {
        String(id.split(separator: "#").first ?? Substring(id))
    }

    enum CodingKeys: String, CodingKey {
        case id, source, titles, headline, column, kind, authors, place, date
        case pageDate = "page_date", continues, paragraphs, figures
    }
}

enum DisplayTitle {
    /// The first sentence, cut at a clause boundary when longer than `limit`
    /// scalars (and with … when cut mid-clause). A date alone is no title, so
    /// the clause runs on to at least eight characters.
    static func firstClause(of text: String, limit: Int = 40) -> String {
        var out = String.UnicodeScalarView()
        var lastClauseEnd = 0
        for s in text.unicodeScalars {
            if "。！？!?".unicodeScalars.contains(s) { break }
            if "，；：,;:".unicodeScalars.contains(s) {
                if out.count >= limit / 2 { lastClauseEnd = out.count }
                if out.count >= limit { break }
            }
            if out.count >= limit {
                if lastClauseEnd >= 8 { return String(String.UnicodeScalarView(out.prefix(lastClauseEnd))) }
                out.append("…")
                return String(out)
            }
            out.append(s)
        }
        if let last = out.last, "，；：,;:".unicodeScalars.contains(last) { out.removeLast() }
        return String(out)
    }
}

extension Article {
    /// The export record: the spec's fields plus id, source, section, page_date,
    /// display_title and figures. Decoding ignores the derived fields.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: ExportKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(source, forKey: .source)
        try c.encode(titles, forKey: .titles)
        try c.encode(headline, forKey: .headline)
        try c.encode(displayTitle, forKey: .displayTitle)
        try c.encode(column, forKey: .column)
        try c.encode(section, forKey: .section)
        try c.encode(kind, forKey: .kind)
        try c.encode(authors, forKey: .authors)
        try c.encode(place, forKey: .place)
        try c.encode(date, forKey: .date)
        try c.encode(pageDate, forKey: .pageDate)
        try c.encode(continues, forKey: .continues)
        try c.encode(paragraphs, forKey: .paragraphs)
        try c.encode(figures, forKey: .figures)
    }

    enum ExportKeys: String, CodingKey {
        case id, source, titles, headline, displayTitle = "display_title", column, section
        case kind, authors, place, date, pageDate = "page_date", continues, paragraphs, figures
    }
}
