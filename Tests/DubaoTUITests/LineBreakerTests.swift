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
