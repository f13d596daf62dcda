import Foundation
import Testing
@testable import DubaoCore

/// Pages no one would write on purpose must still parse: no trap, ids in
/// reading order, every article with some text.
@Suite struct OddInputTests {
    /// A small deterministic generator, so a failure can be replayed.
    struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let fragments = ["（下转", "版）", "□", "■", "本报讯", "（记者", "）", "——", "“", "”", "。", "，", "\n", "\n\n",
                            "　　", "2月", "30日", "年", "记者 ", "通讯员", "报道", "摄", "详细报道见", "第", "之八",
                            "(", ")", "作者系", "一、", "●", "星期五", "讯", "电", "万元", "%", "以上", "\t", "\r"]

    func mutate(_ text: String, _ rng: inout SplitMix) -> String {
        var lines = text.components(separatedBy: "\n")
        for _ in 0..<Int.random(in: 1...12, using: &rng) {
            guard !lines.isEmpty else { break }
            let i = Int.random(in: 0..<lines.count, using: &rng)
            switch Int.random(in: 0..<6, using: &rng) {
            case 0: lines.remove(at: i)
            case 1: lines.insert(lines[i], at: i)
            case 2: lines[i] = String(lines[i].shuffled(using: &rng))
            case 3: lines[i] += Self.fragments.randomElement(using: &rng)!
            case 4: lines.insert(Self.fragments.randomElement(using: &rng)!, at: i)
            default:
                let s = Array(lines[i])
                if !s.isEmpty { lines[i] = String(s.prefix(Int.random(in: 0...s.count, using: &rng))) }
            }
        }
        return lines.joined(separator: "\n")
    }

    @Test func mutatedSeedPagesParseWithoutTrapping() throws {
        let dir = Fixtures.packageRoot.appendingPathComponent("seeds")
        let pages = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".txt") }.sorted()
            .map { try String(contentsOf: dir.appendingPathComponent($0), encoding: .utf8) }
        var rng = SplitMix(state: 20_261_123)
        for round in 0..<200 {
            let text = mutate(pages[round % pages.count], &rng)
            let articles = PageParser.parse(text: text, name: "m", source: "m.txt")
            #expect(articles.map(\.id) == articles.indices.map { "m#\($0 + 1)" })
            #expect(articles.allSatisfy { !$0.paragraphs.isEmpty || !$0.titles.isEmpty })
        }
    }

    @Test(arguments: [
        "", "\n\n\n", "。", "（", "（下转8版）", "□", "□记者", "本报讯", "本报讯（记者 张三", "新华社北京3月5日电",
        "一、", "——", "标题\n\n", "\n标题", String(repeating: "长", count: 200_000),
        String(repeating: "一句话。\n", count: 5_000), String(repeating: "\n", count: 10_000),
        "2月30日，13月45日，0月0日，9999年99月99日。", "第\t3\t版", "\u{1B}[31m红字\u{1B}[0m。\u{7}",
    ])
    func strangePagesParseWithoutTrapping(_ text: String) {
        let articles = PageParser.parse(text: text, name: "s", source: "s.txt")
        #expect(articles.allSatisfy { a in a.paragraphs.allSatisfy { !$0.unicodeScalars.contains { $0.value < 0x20 } } })
    }
}
