import DubaoCore
import GRDB

/// Articles read back from the library's rows.
enum ArticleRecords {
    static let articleColumns = """
        a.id, a.key, p.source, a.titles, a.headline, a.column_name, a.kind, a.authors, a.place, a.date,
        a.page_date, a.continues, a.body
        """

    /// The article of a row selected with `articleColumns`, without figures.
    static func article(from row: Row) -> Article {
        let titles: String = row["titles"]
        let authors: String = row["authors"]
        let body: String = row["body"]
        return Article(
            id: row["key"], source: row["source"],
            titles: lines(titles), headline: row["headline"], column: row["column_name"],
            kind: ArticleKind(rawValue: row["kind"]) ?? .news, authors: lines(authors),
            place: row["place"], date: (row["date"] as String?).flatMap(PartialDate.init(iso:)),
            pageDate: (row["page_date"] as String?).flatMap(PartialDate.init(iso:)),
            continues: row["continues"], paragraphs: lines(body))
    }

    static func lines(_ text: String) -> [String] {
        text.isEmpty ? [] : text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    /// The figures of an article, in order.
    static func figures(ofArticle id: Int64, in db: Database) throws -> [Figure] {
        try Row.fetchAll(db, sql: """
            SELECT text, value, value_max, unit, bound, kind, indicator, change, place, block, offset, length, sentence
            FROM figure WHERE article_id = ? ORDER BY ordinal
            """, arguments: [id]).map(figure(from:))
    }

    static func figure(from row: Row) -> Figure {
        Figure(text: row["text"], value: row["value"] ?? .infinity, valueMax: row["value_max"], unit: row["unit"],
               bound: Figure.Bound(rawValue: row["bound"]) ?? .exact,
               kind: (row["kind"] as String?).flatMap(Figure.Kind.init(rawValue:)),
               indicator: row["indicator"],
               change: (row["change"] as String?).flatMap(Figure.Change.init(rawValue:)),
               place: Figure.Place(rawValue: row["place"]) ?? .body,
               block: row["block"], offset: row["offset"], length: row["length"], sentence: row["sentence"])
    }

    /// Whole articles by id, figures included, in the order asked.
    static func articles(ids: [Int64], in db: Database) throws -> [Int64: Article] {
        guard !ids.isEmpty else { return [:] }
        var out: [Int64: Article] = [:]
        let marks = ids.map { _ in "?" }.joined(separator: ",")
        for row in try Row.fetchAll(db, sql: "SELECT \(articleColumns) FROM article a JOIN page p ON p.id = a.page_id WHERE a.id IN (\(marks))",
                                    arguments: StatementArguments(ids)) {
            out[row["id"]] = article(from: row)
        }
        let figures = try Row.fetchAll(db, sql: """
            SELECT article_id, text, value, value_max, unit, bound, kind, indicator, change, place, block, offset, length, sentence
            FROM figure WHERE article_id IN (\(marks)) ORDER BY article_id, ordinal
            """, arguments: StatementArguments(ids))
        for row in figures {
            let id: Int64 = row["article_id"]
            out[id]?.figures.append(figure(from: row))
        }
        return out
    }
}
