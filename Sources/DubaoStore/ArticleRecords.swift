import DubaoCore
import GRDB

/// Articles read back from the library's rows.
enum ArticleRecords {
    static let articleColumns = """
        a.id, a.key, a.ordinal, p.path, p.source, a.titles, a.headline, a.column_name, a.kind, a.authors, a.place, a.date,
        a.page_date, a.continues, (SELECT body FROM article_text WHERE id = a.text_id) AS body
        """

    /// The article of a row selected with `articleColumns`, without figures.
    static func article(from row: Row, scope: LibraryScope?) -> Article {
        let titles: String = row["titles"]
        let authors: String = row["authors"]
        let body: String = row["body"]
        return Article(
            id: scope.map { $0.articleID(path: row["path"], ordinal: row["ordinal"]) } ?? row["key"], source: row["source"],
            titles: lines(titles), headline: row["headline"], column: row["column_name"],
            kind: ArticleKind(rawValue: row["kind"]) ?? .news, authors: lines(authors),
            place: row["place"], date: (row["date"] as String?).flatMap(PartialDate.init(iso:)),
            pageDate: (row["page_date"] as String?).flatMap(PartialDate.init(iso:)),
            continues: row["continues"], paragraphs: lines(body))
    }

    static func lines(_ text: String) -> [String] {
        text.isEmpty ? [] : text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    static let figureColumns = """
        text, value, value_max, unit, bound, kind, indicator, change, place, block, offset, length,
        sentence_start, sentence_length, sentence
        """

    /// A figure of `article` from a row selected with `figureColumns`.
    static func figure(from row: Row, of article: Article, blocks: inout BlockScalars) -> Figure {
        let place = Figure.Place(rawValue: row["place"]) ?? .body
        let block: Int = row["block"]
        var sentence: String = row["sentence"] ?? ""
        if let start: Int = row["sentence_start"], let length: Int = row["sentence_length"],
           let scalars = blocks.scalars(place, block, of: article) {
            let lo = min(start, scalars.count), hi = min(scalars.count, start + length)
            sentence = String(String.UnicodeScalarView(scalars[lo..<hi]))
        }
        return Figure(text: row["text"], value: row["value"] ?? .infinity, valueMax: row["value_max"], unit: row["unit"],
                      bound: Figure.Bound(rawValue: row["bound"]) ?? .exact,
                      kind: (row["kind"] as String?).flatMap(Figure.Kind.init(rawValue:)),
                      indicator: row["indicator"],
                      change: (row["change"] as String?).flatMap(Figure.Change.init(rawValue:)),
                      place: place, block: block, offset: row["offset"], length: row["length"], sentence: sentence)
    }

    /// Where a figure's sentence stands in its block, if it is there (it is,
    /// unless the extractor trimmed or joined it).
    static func sentenceSpan(of f: Figure, in article: Article, blocks: inout BlockScalars) -> (start: Int, length: Int)? {
        guard let text = blocks.scalars(f.place, f.block, of: article) else { return nil }
        let sentence = Array(f.sentence.unicodeScalars)
        guard !sentence.isEmpty, sentence.count <= text.count else { return nil }
        // The sentence holds the figure: it starts at or before it and ends at or after it.
        let latest = min(f.offset, text.count - sentence.count)
        let earliest = max(0, f.offset + f.length - sentence.count)
        guard earliest <= latest else { return nil }
        var p = latest
        while p >= earliest {
            if text[p] == sentence[0] && text[p..<(p + sentence.count)].elementsEqual(sentence) {
                return (p, sentence.count)
            }
            p -= 1
        }
        return nil
    }

    /// The searchable text of articles by id: titles (one a line) and body
    /// (one paragraph a line), read a block of rows at a time.
    static func texts(ids: [Int64], in db: Database) throws -> [Int64: (title: String, body: String)] {
        var out: [Int64: (title: String, body: String)] = [:]
        var start = 0
        while start < ids.count {
            let part = Array(ids[start..<min(ids.count, start + 256)])
            start += part.count
            for row in try Row.fetchAll(db, sql: "SELECT a.id, a.titles, a.headline, t.body FROM article a JOIN article_text t ON t.id = a.text_id WHERE a.id IN (\(part.map { _ in "?" }.joined(separator: ",")))",
                                        arguments: StatementArguments(part)) {
                out[row["id"]] = (StoredArticle.titleText(stored: row["titles"], headline: row["headline"]), row["body"])
            }
        }
        return out
    }

    /// Whole articles by id, figures included, in the order asked.
    static func articles(ids: [Int64], in db: Database, scope: LibraryScope?, figures withFigures: Bool = true) throws -> [Int64: Article] {
        guard !ids.isEmpty else { return [:] }
        var out: [Int64: Article] = [:]
        let marks = ids.map { _ in "?" }.joined(separator: ",")
        for row in try Row.fetchAll(db, sql: "SELECT \(articleColumns) FROM article a JOIN page p ON p.id = a.page_id WHERE a.id IN (\(marks))",
                                    arguments: StatementArguments(ids)) {
            out[row["id"]] = article(from: row, scope: scope)
        }
        guard withFigures else { return out }
        let figures = try Row.fetchAll(db, sql: """
            SELECT article_id, \(figureColumns)
            FROM figure WHERE article_id IN (\(marks)) ORDER BY article_id, ordinal
            """, arguments: StatementArguments(ids))
        var cacheOf: Int64 = -1
        var cache = BlockScalars()
        // Gathered apart and set once: appending to `out[id]?.figures` while
        // `article` holds a copy would copy the array at every figure.
        var figuresOf: [Int64: [Figure]] = [:]
        for row in figures {
            let id: Int64 = row["article_id"]
            guard let article = out[id] else { continue }
            if id != cacheOf { cache = BlockScalars(); cacheOf = id }
            figuresOf[id, default: []].append(figure(from: row, of: article, blocks: &cache))
        }
        for (id, list) in figuresOf { out[id]?.figures = list }
        return out
    }
}

/// The scalars of an article's titles and paragraphs, each made once for all
/// the figures in it: a long paragraph is not turned into an array again for
/// every figure (that made a paragraph of 8,000 figures quadratic).
struct BlockScalars {
    private var made: [Int: [Unicode.Scalar]] = [:]

    mutating func scalars(_ place: Figure.Place, _ block: Int, of article: Article) -> [Unicode.Scalar]? {
        let blocks = place == .title ? article.titles : article.paragraphs
        guard blocks.indices.contains(block) else { return nil }
        let key = place == .title ? -1 - block : block
        if let known = made[key] { return known }
        let scalars = Array(blocks[block].unicodeScalars)
        made[key] = scalars
        return scalars
    }
}
