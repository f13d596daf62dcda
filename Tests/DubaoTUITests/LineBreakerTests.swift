import Testing
@testable import DubaoTUI

@Suite struct LineBreakerTests {
    static let text = "今年全市计划完成投资5000亿元，力争规上工业增加值增长8%以上（同比），新增城镇就业4.5万人，“两河明珠”城市建设——全面提速……GDP总量突破3000亿元；2—3个项目《聊城日报》报道。"

    @Test(arguments: 8...60)
    func everyWidthFollowsThePrintRules(width: Int) {
        let breaker = LineBreaker(width: width)
        let lines = breaker.lines(Self.text, indent: "\u{3000}\u{3000}")
        #expect(lines.joined() == "\u{3000}\u{3000}" + Self.text)
        for (n, line) in lines.enumerated() {
            #expect(DisplayWidth.of(line) <= width, "too wide: \(line)")
            if n > 0, let first = line.unicodeScalars.first {
                #expect(!LineBreaker.closing.contains(first), "starts with closing punctuation: \(line)")
            }
            if n < lines.count - 1, let last = line.unicodeScalars.last {
                #expect(!LineBreaker.opening.contains(last), "ends with opening punctuation: \(line)")
            }
        }
        // Units and words are never cut (every width here holds the longest unit).
        for whole in ["5000亿元，", "8%", "4.5万人，", "GDP", "3000亿元；", "2—3个", "——", "……"] where width >= 12 {
            #expect(lines.contains { $0.contains(whole) }, "\(whole) split at \(width)")
        }
    }

    @Test func aUnitWiderThanTheLineIsCutByColumns() {
        let lines = LineBreaker(width: 10).lines("网址https://example.com/a/very/long/path结束")
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 10 })
        #expect(lines.joined() == "网址https://example.com/a/very/long/path结束")
    }

    @Test func continuationLinesDoNotStartWithASpace() {
        let lines = LineBreaker(width: 11).lines("hello world again and again")
        #expect(lines == ["hello world", "again and", "again"])
    }

    @Test func ambiguousWidthDoubleCountsQuotesAsTwo() {
        let single = LineBreaker(width: 9).lines("“聊城”开年")
        let double = LineBreaker(width: 9, ambiguous: .double).lines("“聊城”开年")
        #expect(single == ["“聊城”开", "年"])
        #expect(double == ["“聊城”", "开年"])
    }
}

@Suite struct GlyphTests {
    @Test func controlCharactersBecomeVisiblePlaceholders() {
        #expect(TerminalSafe.visible("a\u{1B}[2Jb\u{7}\u{7F}\u{9B}c") == "a␛[2Jb␇␡␦c")
        #expect(TerminalSafe.visible("a\u{202E}b\u{200B}c") == "abc")
        var grid = Grid(rows: 1, cols: 10)
        grid.put("\u{1B}x", row: 0, col: 0, style: .normal)
        #expect(grid.text(row: 0) == "␛x")
        #expect(grid.style(row: 0, col: 0) == .placeholder)
        #expect(grid.style(row: 0, col: 1) == .normal)
    }

    @Test func doubleAmbiguousWidthDrawsUnambiguousEquivalents() {
        var grid = Grid(rows: 1, cols: 20, ambiguous: .double)
        let end = grid.put("“聊城”…·□", row: 0, col: 0, style: .normal)
        #expect(end == 14)
        #expect(grid.text(row: 0) == "〝聊城〞..・⬜")
        // Nothing ambiguous reaches the terminal: every drawn glyph is narrow or wide for sure.
        for cell in grid.rowCells(0) where cell.width > 0 {
            #expect(!DisplayWidth.isAmbiguous(cell.scalar.value))
        }
    }

    @Test func aWideGlyphThatDoesNotFitLeavesABlank() {
        var grid = Grid(rows: 1, cols: 5)
        #expect(grid.put("聊城市", row: 0, col: 0, style: .normal) == 5)
        #expect(grid.text(row: 0) == "聊城")
        #expect(grid[0, 1].width == 0)
    }
}

@Suite struct NumberLineBreakTests {
    /// The lines of `text` at every width up to 40 that holds `whole` and the
    /// punctuation that may follow it.
    func expectWhole(_ whole: String, in text: String, sourceLocation: SourceLocation = #_sourceLocation) {
        for width in max(8, DisplayWidth.of(whole) + 2)...40 {
            let lines = LineBreaker(width: width).lines(text)
            #expect(lines.joined() == text, sourceLocation: sourceLocation)
            #expect(lines.allSatisfy { DisplayWidth.of($0) <= width }, sourceLocation: sourceLocation)
            #expect(lines.contains { $0.contains(whole) }, "\(whole) split at \(width): \(lines)",
                    sourceLocation: sourceLocation)
        }
    }

    @Test func fullWidthDecimalsStayWithTheirUnits() {
        expectWhole("５６．８亿元", in: "全年完成固定资产投资总额达到了５６．８亿元，同比增长１２．３％，比上年提高０．５６个百分点。")
        expectWhole("１２．３％", in: "全年完成固定资产投资总额达到了５６．８亿元，同比增长１２．３％，比上年提高０．５６个百分点。")
        expectWhole("０．５６个百分点", in: "全年完成固定资产投资总额达到了５６．８亿元，同比增长１２．３％，比上年提高０．５６个百分点。")
    }

    @Test func aLeadingPointOrSignStaysWithItsDigits() {
        expectWhole(".56元", in: "每千瓦时电价下调了整整.56元，进出口总值增速为-2.4%左右。")
        expectWhole("-2.4%", in: "每千瓦时电价下调了整整.56元，进出口总值增速为-2.4%左右。")
    }

    @Test func rangesStayWhole() {
        let text = "预计全年经济增速在5%—6%之间，每村配备2—3个网格员，工期约为3～5天，分两至三个阶段实施，2023年至2024年完成。"
        for whole in ["5%—6%", "2—3个", "3～5天", "两至三个", "2023年至2024年"] { expectWhole(whole, in: text) }
    }

    @Test func chineseNumeralsStayWithTheirMeasureWords() {
        let text = "会议从九个方面部署了工作，涉及十二项重点任务、三十五万人和两家企业，连续三年增长两成以上。"
        for whole in ["九个", "十二项", "三十五万人", "两家", "三年", "两成"] { expectWhole(whole, in: text) }
    }

    @Test func aNumeralWithoutAUnitDoesNotHoldItsNeighbours() {
        // 十分 is "very": with no unit after it, the line breaks between the characters.
        #expect(LineBreaker(width: 8).lines("效果十分明显好") == ["效果十分", "明显好"])
        #expect(LineBreaker(width: 6).lines("效果十分明显好") == ["效果十", "分明显", "好"])
    }

    @Test func aNumberLongerThanTheLineIsCutByColumns() {
        let digits = String(repeating: "1234567890", count: 20)
        let lines = LineBreaker(width: 20).lines("共计" + digits + "亿元。")
        #expect(lines.joined() == "共计" + digits + "亿元。")
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 20 })
        #expect(lines.count == 12)
        #expect(lines[0] == "共计" && lines[1] == String(digits.prefix(20)) && lines[11] == "亿元。")
        let fullWidth = String(repeating: "１２３４５", count: 40)
        let wide = LineBreaker(width: 20).lines(fullWidth + "．５％")
        #expect(wide.joined() == fullWidth + "．５％")
        #expect(wide.allSatisfy { DisplayWidth.of($0) <= 20 })
    }
}
