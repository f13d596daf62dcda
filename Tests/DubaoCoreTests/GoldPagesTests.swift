import Foundation
import Testing
@testable import DubaoCore

/// The parser against the gold annotations: the five real seed pages and the
/// pages of other papers, layouts and encodings written for these tests.
@Suite struct GoldPagesTests {
    func compare(gold folder: String, pages: URL) throws -> GoldComparison {
        var comparison = GoldComparison()
        for gold in try Fixtures.gold(in: folder) {
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
        #expect(c.titlesRatio >= 0.95, "\(c.misses)")
        #expect(c.headlineRatio >= 0.9, "\(c.misses)")
        #expect(c.authorsRatio >= 0.95, "\(c.misses)")
        #expect(c.placeRatio == 1.0, "\(c.misses)")
        #expect(c.dateRatio >= 0.9, "\(c.misses)")
        #expect(c.pageDateRatio >= 0.8, "\(c.misses)")
        #expect(c.kindRatio >= 0.9, "\(c.misses)")
    }

    @Test func pagesOfOtherPapersAndEncodingsParseLikeTheirGold() throws {
        let c = try compare(gold: "pages-gold", pages: Fixtures.url("pages"))
        #expect(c.pages >= 12)
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
}
