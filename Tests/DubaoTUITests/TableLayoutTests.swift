import DubaoCore
import Testing
@testable import DubaoTUI

@Suite struct TableLayoutTests {
    static func article(_ rows: [String]) -> Article {
        Article(id: "t#1", source: "t.txt", titles: ["农业数据"], headline: "农业数据", kind: .news,
                date: Fixtures.feb19, pageDate: Fixtures.feb19,
                paragraphs: ["全县一季度主要指标如下。"] + rows + ["注：数据为快报数。"])
    }

    /// The rows as the parser leaves them: cells parted by single spaces.
    static let parsed = article([
        "指标 数值 增长（%）",
        "粮食产量（万吨） 12.5 3.1",
        "工业用电量（亿千瓦时） 8.25 -1.6",
        "新增市场主体（户） 905 12",
    ])

    static let expected = [
        "指标                    数值  增长（%）",
        "粮食产量（万吨）        12.5        3.1",
        "工业用电量（亿千瓦时）  8.25       -1.6",
        "新增市场主体（户）       905         12",
    ]

    @Test func showPrintsATableUnwrappedWithAlignedColumns() {
        let lines = ArticleText.lines(for: Self.parsed, width: 20)
        let body: [String] = ["　　全县一季度主要指", "标如下。"] + Self.expected + ["　　注：数据为快报", "数。"]
        #expect(Array(lines.drop { !$0.hasPrefix("　　全县") }) == body)
    }

    @Test func cellsPartedByRunsOfBlanksAreATableToo() {
        let page = Self.article([
            "指标　　数值　　增长（%）",
            "粮食产量（万吨）  12.5  3.1",
            "工业用电量（亿千瓦时）\u{3000}8.25\u{3000}\u{3000}-1.6",
            "新增市场主体（户）　　905　　12",
        ])
        let lines = ArticleText.lines(for: page, width: 60)
        #expect(Array(lines.drop { !$0.hasPrefix("指标") }.prefix(4)) == Self.expected)
    }

    @Test func rowsThatAreLinesOfOneParagraph() {
        let page = Self.article(["指标 数值 增长（%）\n粮食产量（万吨） 12.5 3.1\n工业用电量（亿千瓦时） 8.25 -1.6\n新增市场主体（户） 905 12"])
        let lines = ArticleText.lines(for: page, width: 60)
        #expect(Array(lines.drop { !$0.hasPrefix("指标") }.prefix(4)) == Self.expected)
    }

    @Test func textWithSpacesIsNoTable() {
        let page = Self.article([
            "记者 张三 报道",        // no figure in either row
            "通讯员 李四 摄影",
            "一季度，粮食产量 12.5 万吨，增长 3.1%，用电量 8.25 亿千瓦时，下降 1.6%。",   // sentences
            "二季度，粮食产量 13.5 万吨，增长 2.1%，用电量 9.25 亿千瓦时，下降 0.6%。",
            "人均 收入 6842 元",     // a single row
        ])
        let layout = ArticleLayout(article: page, width: 20, settings: Settings())
        #expect(layout.lines.allSatisfy { $0.tableCells == nil })
        #expect(layout.widestTable == 0)
    }

    @Test func spacedParagraphsKeepNoBlankInsideATable() {
        let lines = ArticleText.lines(for: Self.parsed, width: 20, settings: Settings(paragraphStyle: .blankLine))
        let start = lines.firstIndex(of: Self.expected[0])!
        let around: [String] = [""] + Self.expected + ["", "注：数据为快报数。"]
        #expect(Array(lines[(start - 1)...(start + 5)]) == around)
    }
}

@Suite struct TableScrollTests {
    /// The article open in a terminal whose article pane is 20 columns wide.
    static func opened() -> ReaderState {
        Fixtures.state(16, 24, articles: [TableLayoutTests.parsed]).after(.enter)
    }

    @Test func aWideTableIsCutAtThePaneAndScrollsSideways() {
        let state = Self.opened()
        #expect(state.geometry.measure == 24)
        let left = state.screen
        #expect(Array(left[4...10]) == [
            "    全县一季度主要指标如", "下。",
            "指标", "粮食产量（万吨）", "工业用电量（亿千瓦时）", "新增市场主体（户）",
            "    注：数据为快报数。",
        ])
        // Half a pane to the right: only the table moves; a wide glyph across the edge is left out.
        let right = state.after(.char(">"))
        #expect(right.tableOffset == 12)
        #expect(Array(right.screen[4...10]) == [
            "    全县一季度主要指标如", "下。",
            "            数值  增长（", "吨）        12.5", "亿千瓦时）  8.25       -", "（户）       905",
            "    注：数据为快报数。",
        ])
        // No further than the widest row's right end.
        let far = state.after(.char(">"), .char(">"), .char(">"))
        #expect(far.tableOffset == 15)
        #expect(Array(far.screen[6...9]) == [
            "         数值  增长（%）", "         12.5        3.1", " 瓦时）  8.25       -1.6", " ）       905         12",
        ])
        // Another width keeps the offset within the table.
        let wider = far.resized(16, 30)
        #expect(wider.layout?.widestTable == 39)
        #expect(wider.tableOffset == 39 - wider.geometry.measure)
        let back = state.after(.char(">"), .char("<")).screen
        #expect(back == left)
    }

    @Test func withoutAWideTableTheKeysSaySo() {
        let state = Fixtures.state(24, 80).after(.char("j"), .char("j"), .enter).after(.char(">"))
        #expect(state.tableOffset == 0)
        #expect(state.message == Message("No table here is wider than the page"))
    }

    @Test func theHelpShowsTheKeys() {
        let help = HelpText.lines()
        #expect(help.contains(HelpText.Line(keys: "<", text: "scroll a wide table left")))
        #expect(help.contains(HelpText.Line(keys: ">", text: "scroll a wide table right")))
    }
}
