import Foundation
import Testing
@testable import DubaoCore

/// The extractor on the gold articles' own titles and paragraphs, paired and
/// scored the way ../shared/tools/score.py pairs and scores an export.
@Suite struct FigureGoldTests {
    struct GoldFile: Decodable {
        var source: String
        var articles: [GoldArticle]
    }
    struct GoldArticle: Decodable {
        var titles: [String]
        var paragraphs: [String]
        var figures: [GoldFigure]?
    }
    struct GoldFigure: Decodable {
        var text: String
        var value: Double?
        var unit: String?
        var bound: String?
        var kind: String?
        var indicator: String?
        var optional: Bool?
    }

    static func goldFiles(_ name: String = "gold") throws -> [GoldFile] {
        let folder = try #require(Bundle.module.resourceURL).appendingPathComponent("Fixtures/\(name)")
        let urls = try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "json" }
        return try urls.sorted { $0.path < $1.path }.map {
            try JSONDecoder().decode(GoldFile.self, from: Data(contentsOf: $0))
        }
    }

    /// NFKC without whitespace: the form score.py compares texts in.
    static func fold(_ s: String?) -> String {
        (s ?? "").precomposedStringWithCompatibilityMapping.unicodeScalars
            .filter { !$0.properties.isWhitespace }.map(String.init).joined()
    }

    static let chineseDigits = Set("〇零一二三四五六七八九十百千万亿两".unicodeScalars)

    /// The digits of a figure's text, Arabic and Chinese: its identity for pairing.
    static func core(_ text: String) -> String {
        text.precomposedStringWithCompatibilityMapping.unicodeScalars
            .filter { ($0.properties.numericType == .decimal) || $0 == "." || chineseDigits.contains($0) }
            .map(String.init).joined()
    }

    static func sameValue(_ a: Double, _ b: Double) -> Bool {
        abs(a - b) <= 1e-9 * max(1, abs(a), abs(b))
    }

    static func bigramDice(_ a: String?, _ b: String?) -> Double {
        func grams(_ s: String) -> Set<String> {
            let c = Array(fold(s))
            if c.count < 2 { return c.isEmpty ? [] : [String(c)] }
            return Set((0..<(c.count - 1)).map { String(c[$0...($0 + 1)]) })
        }
        let ga = grams(a ?? ""), gb = grams(b ?? "")
        guard !ga.isEmpty, !gb.isEmpty else { return 0 }
        return 2 * Double(ga.intersection(gb).count) / Double(ga.count + gb.count)
    }

    struct Metrics {
        var gold = 0, predicted = 0, paired = 0, unit = 0, bound = 0, kind = 0, indicator = 0
        var misses: [String] = []
        var f1: Double {
            let p = Double(paired) / Double(max(predicted, 1)), r = Double(paired) / Double(max(gold, 1))
            return p + r == 0 ? 0 : 2 * p * r / (p + r)
        }
        func share(_ n: Int) -> Double { Double(n) / Double(max(paired, 1)) }
    }

    static func score(_ folder: String = "gold") throws -> Metrics {
        var m = Metrics()
        for file in try goldFiles(folder) {
            for (n, article) in file.articles.enumerated() {
                let gold = article.figures ?? []
                let found = FigureExtractor.figures(titles: article.titles, paragraphs: article.paragraphs)
                var used = Set<Int>()
                var pairedGold = Set<Int>()
                for (gi, g) in gold.enumerated() {
                    let gc = core(g.text)
                    for (pi, p) in found.enumerated() where !used.contains(pi) {
                        let pc = core(p.text)
                        guard !gc.isEmpty, !pc.isEmpty, gc.contains(pc) || pc.contains(gc) else { continue }
                        guard g.value.map({ sameValue($0, p.value) }) ?? true else { continue }
                        used.insert(pi); pairedGold.insert(gi)
                        if g.optional != true {
                            m.paired += 1
                            m.unit += fold(g.unit).replacingOccurrences(of: "％", with: "%") == fold(p.unit) ? 1 : 0
                            m.bound += (g.bound ?? "exact") == p.bound.rawValue ? 1 : 0
                            m.kind += g.kind == p.kind?.rawValue ? 1 : 0
                            m.indicator += bigramDice(g.indicator, p.indicator) >= 0.5 ? 1 : 0
                        }
                        break
                    }
                }
                let tag = "\(file.source)#\(n + 1)"
                for (gi, g) in gold.enumerated() where g.optional != true {
                    m.gold += 1
                    if !pairedGold.contains(gi) { m.misses.append("\(tag): missed \(g.text)") }
                }
                for (pi, p) in found.enumerated() where !used.contains(pi) {
                    m.predicted += 1
                    m.misses.append("\(tag): extra \(p.text)")
                }
                m.predicted += pairedGold.filter { gold[$0].optional != true }.count
            }
        }
        return m
    }

    @Test func figuresOfTheGoldArticlesReachTheIssueThresholds() throws {
        let m = try Self.score()
        #expect(m.gold > 100, "the gold fixtures should hold the seeds' figures")
        #expect(m.f1 >= 0.95, "figure_f1 \(m.f1); misses: \(m.misses)")
        #expect(m.share(m.unit) >= 0.95, "figure_unit \(m.share(m.unit))")
        #expect(m.share(m.bound) >= 0.95, "figure_bound \(m.share(m.bound))")
        #expect(m.share(m.kind) >= 0.9, "figure_kind \(m.share(m.kind))")
        #expect(m.share(m.indicator) >= 0.7, "figure_indicator \(m.share(m.indicator))")
    }

    /// Pages of other papers and cities, written for the parser's tests: the
    /// extractor has no rule keyed to the seeds' words.
    @Test func figuresOfOtherPapersReachTheSameThresholds() throws {
        let m = try Self.score("pages-gold")
        #expect(m.gold > 100)
        #expect(m.f1 >= 0.95, "figure_f1 \(m.f1); misses: \(m.misses)")
        #expect(m.share(m.unit) >= 0.95, "figure_unit \(m.share(m.unit))")
        #expect(m.share(m.bound) >= 0.95, "figure_bound \(m.share(m.bound))")
        #expect(m.share(m.kind) >= 0.9, "figure_kind \(m.share(m.kind))")
        #expect(m.share(m.indicator) >= 0.7, "figure_indicator \(m.share(m.indicator))")
    }

    @Test func offsetsPointAtTheFigureTextInItsBlock() throws {
        for file in try Self.goldFiles() {
            for article in file.articles {
                for f in FigureExtractor.figures(titles: article.titles, paragraphs: article.paragraphs) {
                    let block = f.place == .title ? article.titles[f.block] : article.paragraphs[f.block]
                    let scalars = Array(block.unicodeScalars)
                    #expect(f.offset + f.length <= scalars.count)
                    let printed = String(String.UnicodeScalarView(scalars[f.offset..<(f.offset + f.length)]))
                    #expect(printed == f.text)
                    #expect(f.sentence.contains(f.text), "\(f.text) not in its sentence «\(f.sentence)»")
                }
            }
        }
    }
}
