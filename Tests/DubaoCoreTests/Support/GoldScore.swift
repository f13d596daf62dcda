import Foundation
@testable import DubaoCore

/// The gold record of one page, as `../shared/gold/*.json` writes it.
struct GoldPage: Decodable {
    struct Article: Decodable {
        var titles: [String]
        var headline: String?
        var column: String?
        var kind: String
        var authors: [String]
        var place: String?
        var date: String?
        var continues: String?
        var paragraphs: [String]
    }
    var source: String
    var page_date: String?
    var articles: [Article]
}

/// Compares parsed articles with gold the way `score.py` does: texts folded
/// (NFKC, no whitespace, no continuation markers), articles paired by body.
struct GoldComparison {
    var goldArticles = 0, found = 0, matched = 0, bodyExact = 0, paragraphsExact = 0
    var titled = 0, titlesOK = 0, headlineOK = 0, authorsOK = 0, placeOK = 0
    var dated = 0, dateOK = 0, kindOK = 0, columnGold = 0, columnOK = 0
    var pages = 0, pageDateOK = 0
    var misses: [String] = []

    static func fold(_ s: String?) -> String {
        guard let s else { return "" }
        let t = s.precomposedStringWithCompatibilityMapping
        var out = String.UnicodeScalarView()
        for u in t.unicodeScalars where !u.properties.isWhitespace { out.append(u) }
        return String(out).replacingOccurrences(of: #"[(（]下转\S{1,4}?版[)）]"#, with: "", options: .regularExpression)
    }

    static func body(_ paragraphs: [String]) -> String { paragraphs.map(fold).joined() }

    static func trigramDice(_ a: String, _ b: String) -> Double {
        func grams(_ s: String) -> Set<String> {
            let c = Array(s)
            guard c.count >= 3 else { return s.isEmpty ? [] : [s] }
            return Set((0..<(c.count - 2)).map { String(c[$0..<($0 + 3)]) })
        }
        let ga = grams(a), gb = grams(b)
        guard !ga.isEmpty, !gb.isEmpty else { return 0 }
        return 2 * Double(ga.intersection(gb).count) / Double(ga.count + gb.count)
    }

    mutating func add(gold: GoldPage, parsed: [DubaoCore.Article]) {
        let page = gold.source
        pages += 1
        if parsed.first?.pageDate?.iso == gold.page_date { pageDateOK += 1 } else {
            misses.append("\(page): page_date gold \(gold.page_date ?? "nil") got \(parsed.first?.pageDate?.iso ?? "nil")")
        }
        goldArticles += gold.articles.count
        found += parsed.count
        var candidates: [(Double, Int, Int)] = []
        for (gi, g) in gold.articles.enumerated() {
            let gb = Self.body(g.paragraphs).isEmpty ? g.titles.map(Self.fold).joined() : Self.body(g.paragraphs)
            for (pi, p) in parsed.enumerated() {
                let pb = Self.body(p.paragraphs).isEmpty ? p.titles.map(Self.fold).joined() : Self.body(p.paragraphs)
                let d = Self.trigramDice(gb, pb)
                if d >= 0.5 { candidates.append((d, gi, pi)) }
            }
        }
        candidates.sort { $0.0 > $1.0 }
        var usedG = Set<Int>(), usedP = Set<Int>()
        for (_, gi, pi) in candidates where !usedG.contains(gi) && !usedP.contains(pi) {
            usedG.insert(gi); usedP.insert(pi)
            compare(gold.articles[gi], parsed[pi], tag: "\(page)#\(gi + 1)")
        }
        matched += usedG.count
        for (gi, g) in gold.articles.enumerated() where !usedG.contains(gi) {
            misses.append("\(page)#\(gi + 1): no article found for «\(g.headline ?? g.paragraphs.first ?? "")»")
        }
        for (pi, p) in parsed.enumerated() where !usedP.contains(pi) {
            misses.append("\(page): extra article «\(p.displayTitle)»")
        }
    }

    mutating func compare(_ g: GoldPage.Article, _ p: DubaoCore.Article, tag: String) {
        func check(_ ok: Bool, _ what: String, _ counter: inout Int) {
            if ok { counter += 1 } else { misses.append("\(tag): \(what)") }
        }
        check(Self.body(g.paragraphs) == Self.body(p.paragraphs), "body differs", &bodyExact)
        // (Each paragraph where the gold parts them: a paragraph cut in two
        // keeps the body's text and loses its reader.)
        check(g.paragraphs.map(Self.fold) == p.paragraphs.map(Self.fold),
              "paragraphs gold \(g.paragraphs.count) got \(p.paragraphs.count)", &paragraphsExact)
        if !g.titles.isEmpty {
            titled += 1
            check(g.titles.map(Self.fold).joined().sorted() == p.titles.map(Self.fold).joined().sorted(),
                  "titles gold \(g.titles) got \(p.titles)", &titlesOK)
            check(Self.fold(g.headline) == Self.fold(p.headline), "headline gold \(g.headline ?? "nil") got \(p.headline ?? "nil")", &headlineOK)
        }
        check(g.authors.map(Self.fold).sorted() == p.authors.map(Self.fold).sorted(), "authors gold \(g.authors) got \(p.authors)", &authorsOK)
        check(g.place == p.place, "place gold \(g.place ?? "nil") got \(p.place ?? "nil")", &placeOK)
        if let gd = g.date {
            dated += 1
            check(gd == p.date?.iso, "date gold \(gd) got \(p.date?.iso ?? "nil")", &dateOK)
        }
        check(g.kind == p.kind.rawValue, "kind gold \(g.kind) got \(p.kind.rawValue)", &kindOK)
        if let gc = g.column {
            columnGold += 1
            check(Self.fold(gc) == Self.fold(p.column), "column gold \(gc) got \(p.column ?? "nil")", &columnOK)
        }
    }

    static func ratio(_ a: Int, _ b: Int) -> Double { b == 0 ? 1 : Double(a) / Double(b) }
    var segmentationF1: Double {
        let p = Self.ratio(matched, found), r = Self.ratio(matched, goldArticles)
        return p + r == 0 ? 0 : 2 * p * r / (p + r)
    }
    var bodyExactRatio: Double { Self.ratio(bodyExact, goldArticles) }
    var paragraphsExactRatio: Double { Self.ratio(paragraphsExact, goldArticles) }
    var titlesRatio: Double { Self.ratio(titlesOK, titled) }
    var headlineRatio: Double { Self.ratio(headlineOK, titled) }
    var authorsRatio: Double { Self.ratio(authorsOK, goldArticles) }
    var placeRatio: Double { Self.ratio(placeOK, goldArticles) }
    var dateRatio: Double { Self.ratio(dateOK, dated) }
    var pageDateRatio: Double { Self.ratio(pageDateOK, pages) }
    var kindRatio: Double { Self.ratio(kindOK, goldArticles) }
    var columnRatio: Double { Self.ratio(columnOK, columnGold) }
}

enum Fixtures {
    static let testsDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    static let packageRoot = testsDirectory.deletingLastPathComponent().deletingLastPathComponent()

    static func url(_ path: String) -> URL { testsDirectory.appendingPathComponent("Fixtures").appendingPathComponent(path) }

    static func gold(in folder: String) throws -> [GoldPage] {
        let dir = url(folder)
        return try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".json") }.sorted()
            .map { try JSONDecoder().decode(GoldPage.self, from: Data(contentsOf: dir.appendingPathComponent($0))) }
    }

    /// Parses a page file the way `dubao` does (decoding included).
    static func parse(_ file: URL) throws -> [DubaoCore.Article] {
        let bytes = [UInt8](try Data(contentsOf: file))
        let library = Library.load(sources: [(file.path, bytes)])
        return library.articles
    }
}
