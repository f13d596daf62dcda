import Testing
@testable import DubaoCore

@Suite struct SearchTests {
    @Test func fullWidthAndHalfWidthFormsAreOne() throws {
        let query = try #require(SearchQuery("５０００"))
        #expect(query.ranges(in: "投资5000亿元") == [2..<6])
        #expect(try #require(SearchQuery("5000")).count(in: "投资５０００亿元") == 1)
        #expect(try #require(SearchQuery("％")).count(in: "增长8%以上") == 1)
        #expect(try #require(SearchQuery("8%")).count(in: "增长８％以上") == 1)
    }

    @Test func latinLettersIgnoreCase() throws {
        let query = try #require(SearchQuery("gdp"))
        #expect(query.count(in: "GDP增长，ＧＤＰ总量，gdp") == 3)
    }

    @Test func lineBreaksAndJustificationSpacesDoNotStopAMatch() throws {
        let query = try #require(SearchQuery("均衡用力"))
        // The range covers the spaces between, so the highlight is whole.
        #expect(query.ranges(in: "发 力 ， 均 衡\n用 力。") == [6..<13])
        #expect(try #require(SearchQuery("均 衡")).count(in: "均衡") == 1)
    }

    @Test func matchesDoNotOverlapAndAreAllFound() throws {
        let query = try #require(SearchQuery("聊城"))
        #expect(query.ranges(in: "聊城聊城，聊 城") == [0..<2, 2..<4, 5..<8])
        #expect(try #require(SearchQuery("aa")).count(in: "aaaa") == 2)
        #expect(try #require(SearchQuery("abab")).count(in: "ababab") == 1)
        #expect(try #require(SearchQuery("aab")).ranges(in: "aaab") == [1..<4])
    }

    @Test func anEmptyQueryIsNoQuery() {
        #expect(SearchQuery("") == nil)
        #expect(SearchQuery(" \u{3000}\n") == nil)
    }

    @Test func articlesAreSearchedInTitlesAndParagraphs() throws {
        let a = Article(id: "p#1", source: "p.txt", titles: ["聊城招商"], headline: "聊城招商",
                        paragraphs: ["聊城今年……", "不在这里", "又是聊城"])
        let b = Article(id: "p#2", source: "p.txt", paragraphs: ["无关"])
        let query = try #require(SearchQuery("聊城"))
        #expect(query.count(in: a) == 3)
        #expect(query.counts(in: [a, b, a]) == [3, 0, 3])
    }
}

@Suite struct TraditionalFoldingTests {
    @Test func traditionalCharactersFoldToSimplified() {
        #expect(SearchFolding.folded("灌區") == SearchFolding.folded("灌区"))
        #expect(SearchFolding.folded("發展") == SearchFolding.folded("发展"))
        #expect(SearchFolding.folded("經濟") == SearchFolding.folded("经济"))
        #expect(SearchFolding.folded("會議") == SearchFolding.folded("会议"))
        #expect(SearchFolding.folded("灌区") == Array("灌区".unicodeScalars.map(\.value)))
        // A compatibility ideograph folds as its canonical equivalent: 豈 U+F900 → 岂.
        #expect(SearchFolding.fold(0xF900) == SearchFolding.fold(0x8C48))
        #expect(SearchFolding.fold(0x8C48) == 0x5C82)
        // ICU's Hant-Hans maps 苎 to 苧 and 苧 to 苎: the two (and 薴) fold as one.
        #expect(SearchFolding.folded("苎") == SearchFolding.folded("苧"))
        #expect(SearchFolding.folded("薴") == SearchFolding.folded("苧"))
    }

    @Test func aTraditionalQueryFindsSimplifiedTextAndTheReverse() throws {
        #expect(try #require(SearchQuery("灌區")).ranges(in: "位山灌区续建") == [2..<4])
        #expect(try #require(SearchQuery("經濟")).count(in: "经济发展，經濟發展") == 2)
        #expect(try #require(SearchQuery("会议")).count(in: "全體會議") == 1)
        #expect(try #require(SearchQuery("灌區")).occurs(inFolded: SearchFolding.folded("灌 区")))
    }

    @Test func foldingIsIdempotentOverTheTables() {
        for v in UInt32(0x3400)...0xFAFF {
            guard let f = SearchFolding.fold(v) else { continue }
            if SearchFolding.fold(f) != f { Issue.record("U+\(String(v, radix: 16)) folds to U+\(String(f, radix: 16)), which folds again") }
        }
        #expect(SearchFolding.fold(0x3000) == nil)   // ideographic space still skipped
        #expect(SearchFolding.fold(0xFF10) == 0x30)  // ０
    }
}

@Suite struct FoldedSearchTests {
    @Test func aQueryFindsItselfInTextFoldedBeforehand() throws {
        let query = try #require(SearchQuery("５０００亿"))
        #expect(query.occurs(inFolded: SearchFolding.folded("规上工业总产值突破5000亿元")))
        #expect(!query.occurs(inFolded: SearchFolding.folded("规上工业总产值突破500亿元")))
        // A partial match must fall back, not skip the real one (KMP).
        let overlap = try #require(SearchQuery("aab"))
        #expect(overlap.occurs(inFolded: SearchFolding.folded("aaab")))
    }
}

@Suite struct PartialDateSortKeyTests {
    @Test func sortKeyOrdersChronologicallyAndReadsBack() {
        let dates = [PartialDate(year: nil, month: 12, day: 31), PartialDate(year: 2023, month: 1, day: 1),
                     PartialDate(year: 2024, month: 2, day: 19), PartialDate(year: 2024, month: 2, day: 22)]
        #expect(dates.map(\.sortKey) == dates.map(\.sortKey).sorted())
        for d in dates { #expect(PartialDate(sortKey: d.sortKey) == d) }
        #expect(PartialDate(sortKey: 0) == nil)
    }
}
