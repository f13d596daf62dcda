import Foundation
import Testing
@testable import DubaoCore

/// The parser against the gold annotations: the five real seed pages and the
/// pages of other papers, layouts and encodings written for these tests.
@Suite struct GoldPagesTests {
    func compare(gold folder: String, pages: URL, where include: (GoldPage) -> Bool = { _ in true }) throws -> GoldComparison {
        var comparison = GoldComparison()
        for gold in try Fixtures.gold(in: folder) where include(gold) {
            let articles = try Fixtures.parse(pages.appendingPathComponent(gold.source))
            comparison.add(gold: gold, parsed: articles)
        }
        return comparison
    }

    @Test func seedPagesMeetTheIssueThresholds() throws {
        let c = try compare(gold: "gold", pages: Fixtures.packageRoot.appendingPathComponent("seeds"))
        #expect(c.pages == 5)
        #expect(c.segmentationF1 == 1.0, "\(c.misses)")
        #expect(c.bodyExactRatio >= 0.95, "\(c.misses)")
        // The seeds stay parted as their gold parts them, paragraph by paragraph.
        #expect(c.paragraphsExactRatio == 1.0, "\(c.misses)")
        #expect(c.titlesRatio >= 0.95, "\(c.misses)")
        #expect(c.headlineRatio >= 0.9, "\(c.misses)")
        #expect(c.authorsRatio >= 0.95, "\(c.misses)")
        #expect(c.placeRatio == 1.0, "\(c.misses)")
        #expect(c.dateRatio >= 0.9, "\(c.misses)")
        #expect(c.pageDateRatio >= 0.8, "\(c.misses)")
        #expect(c.kindRatio >= 0.9, "\(c.misses)")
    }

    /// The pages scored blind before any rule was written for them (the
    /// ledger `blind-scores.tsv`): pages of forms the team did not write.
    static func readBlindFirst() throws -> Set<String> {
        let ledger = try String(contentsOf: Fixtures.url("blind-scores.tsv"), encoding: .utf8)
        return Set(ledger.split(separator: "\n").dropFirst().compactMap { line in
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            return fields.count > 2 ? String(fields[2]) : nil
        })
    }

    static func name(of gold: GoldPage) -> String {
        URL(fileURLWithPath: gold.source).deletingPathExtension().lastPathComponent
    }

    @Test func pagesOfOtherPapersAndEncodingsParseLikeTheirGold() throws {
        let blind = try Self.readBlindFirst()
        let c = try compare(gold: "pages-gold", pages: Fixtures.url("pages")) { !blind.contains(Self.name(of: $0)) }
        #expect(c.pages >= 70)
        #expect(c.segmentationF1 >= 0.97, "\(c.misses)")
        #expect(c.bodyExactRatio >= 0.95, "\(c.misses)")
        #expect(c.titlesRatio >= 0.95, "\(c.misses)")
        #expect(c.headlineRatio >= 0.95, "\(c.misses)")
        #expect(c.authorsRatio >= 0.95, "\(c.misses)")
        #expect(c.placeRatio >= 0.95, "\(c.misses)")
        #expect(c.dateRatio >= 0.95, "\(c.misses)")
        #expect(c.kindRatio >= 0.95, "\(c.misses)")
        #expect(c.columnRatio >= 0.9, "\(c.misses)")
    }

    /// Pages read blind first: the measure of whether the rules carry to
    /// pages nobody wrote them for. The floors are where the rules stand
    /// (issue 18 asks 0.9 and more of pages like these); a change that reads
    /// them worse fails here, one that reads them better raises the floor.
    @Test func pagesReadBlindFirstKeepWhatTheRulesReach() throws {
        let blind = try Self.readBlindFirst()
        let c = try compare(gold: "pages-gold", pages: Fixtures.url("pages")) { blind.contains(Self.name(of: $0)) }
        #expect(c.pages >= 50)
        // Rounds c–o and aa–ad (658 articles) read by the rules of issue
        // 18's seventh session, round ad just added. Round ac read blind at
        // .925 segmentation, .735 titles, .765 headline and .848 authors,
        // and now at 1.0 on each; round ad at .808, .655, .69 and .659, now
        // .82, .724, .759 and .795.
        #expect(c.segmentationF1 >= 0.978, "\(c.misses)")
        #expect(c.bodyExactRatio >= 0.928, "\(c.misses)")
        #expect(c.titlesRatio >= 0.978, "\(c.misses)")
        #expect(c.headlineRatio >= 0.978, "\(c.misses)")
        #expect(c.authorsRatio >= 0.965, "\(c.misses)")
        #expect(c.placeRatio >= 0.973, "\(c.misses)")
        #expect(c.dateRatio >= 0.96, "\(c.misses)")
        #expect(c.pageDateRatio >= 0.99, "\(c.misses)")
        #expect(c.kindRatio >= 0.944, "\(c.misses)")
    }

    /// The same pages saved differently must read the same: without blank
    /// lines (a paragraph per line), with CRLF, in UTF-16 and in GB18030.
    @Test(arguments: ["no blank lines", "CRLF", "UTF-16", "GB18030"])
    func seedPagesReadTheSameSavedAnotherWay(_ variant: String) throws {
        var comparison = GoldComparison()
        for gold in try Fixtures.gold(in: "gold") {
            let url = Fixtures.packageRoot.appendingPathComponent("seeds").appendingPathComponent(gold.source)
            var text = try String(contentsOf: url, encoding: .utf8)
            let bytes: [UInt8]
            switch variant {
            case "no blank lines":
                // Only pages with a paragraph per line can lose their blank lines.
                guard !text.contains("\n  ") else { continue }
                text = text.split(separator: "\n").filter { !$0.allSatisfy(\.isWhitespace) }.joined(separator: "\n")
                bytes = Array(text.utf8)
            case "CRLF":
                bytes = Array(text.replacingOccurrences(of: "\n", with: "\r\n").utf8)
            case "UTF-16":
                bytes = [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
            default:
                bytes = try TestEncoding.gb18030(text)
            }
            let library = Library.load(sources: [(gold.source, bytes)])
            comparison.add(gold: gold, parsed: library.articles)
        }
        #expect(comparison.pages >= 3)
        #expect(comparison.segmentationF1 == 1.0, "\(comparison.misses)")
        #expect(comparison.bodyExactRatio == 1.0, "\(comparison.misses)")
        #expect(comparison.headlineRatio == 1.0, "\(comparison.misses)")
        #expect(comparison.authorsRatio == 1.0, "\(comparison.misses)")
    }
}

enum TestEncoding {
    /// GB18030 bytes of a text, by the C library's iconv.
    static func gb18030(_ text: String) throws -> [UInt8] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/iconv")
        process.arguments = ["-f", "UTF-8", "-t", "GB18030"]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        let writer = Thread { input.fileHandleForWriting.write(Data(text.utf8)); try? input.fileHandleForWriting.close() }
        writer.start()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return [UInt8](data)
    }
}
