import DubaoCore
import DubaoStore
import Testing
@testable import DubaoTUI

/// Figures in the text, the figure panel and the figures view, as drawn.
@Suite struct FigureRenderTests {
    func opened(_ rows: Int, _ cols: Int) -> ReaderState {
        Fixtures.state(rows, cols).after(.char("j"), .char("j"), .enter)
    }

    @Test func figuresInTheTextCarryTheirKindsStyle() {
        let grid = Render.grid(opened(24, 80))
        // "      今年全市计划完成投资5000亿元，力争规上工业增加值增长8%以上，新增城镇就业"
        #expect(grid.text(row: 7, style: .targetFigure) == "5000亿元8%以上")
        #expect(grid.text(row: 8, style: .targetFigure) == "4.5万人3000亿元")
        // Cell by cell: the indent (6) and 今年全市计划完成投资 (20 columns) come before 5000亿元.
        #expect(grid.style(row: 7, col: 25) == .normal)
        for col in 26..<34 { #expect(grid.style(row: 7, col: col) == .targetFigure, "column \(col)") }
        #expect(grid.style(row: 7, col: 34) == .normal)
        // A result in the other style; the text around it untouched.
        let report = Render.grid(Fixtures.state(24, 80).after(.char("j"), .enter))
        let row = report.lines.firstIndex { $0.contains("3.2亿元") }!
        #expect(report.text(row: row, style: .actualFigure) == "3.2亿元")
        #expect(report.text(row: row, style: .targetFigure) == "")
    }

    @Test func searchMatchesTakePrecedenceOverFigures() {
        let state = opened(24, 80).after(.char("/")).typing("亿元").after(.enter)
        let grid = Render.grid(state)
        #expect(grid.text(row: 7, style: .currentMatch) == "亿元")
        #expect(grid.text(row: 7, style: .targetFigure) == "50008%以上")
        #expect(grid.text(row: 8, style: .match) == "亿元")
        #expect(grid.text(row: 8, style: .targetFigure) == "4.5万人3000")
    }

    @Test func figuresInTitlesAndTrimmedParagraphs() {
        // A headline of two title lines; a paragraph the page indented with full-width spaces.
        let title = "用高质量发展“四力”突破攻坚"
        let body = "\u{3000}\u{3000}全年新增就业4.5万人。"
        let article = Article(
            id: "t#1", source: "t.txt", titles: ["聊城“开年第一会”", title], headline: "聊城“开年第一会” " + title,
            kind: .news, date: Fixtures.feb19, pageDate: Fixtures.feb19, paragraphs: [body],
            figures: [
                Fixtures.figure("四力", in: title, block: 1, place: .title, value: 4, unit: "力", kind: .actual, indicator: nil),
                Fixtures.figure("4.5万人", in: body, block: 0, value: 45000, unit: "人", kind: .target, indicator: "新增就业"),
            ])
        let state = Fixtures.state(24, 80, articles: [article]).after(.enter)
        let layout = state.layout!
        #expect(layout.figures.places[0] == FigurePlaces.Place(block: 0, range: 17..<19))
        #expect(layout.figures.places[1] == FigurePlaces.Place(block: 2, range: 6..<11))
        let grid = Render.grid(state)
        #expect(grid.text(row: 0, style: .actualFigure) == "四力")
        #expect(grid.text(row: 3, style: .targetFigure) == "4.5万人")
    }

    @Test func figurePanelAt80x24() {
        let state = opened(24, 80).after(.char("f"), .char("j"))
        #expect(state.screen == [
            " 4 figures: 4 目标, 0 实际",
            " 目标 5000亿元  计划完成投资",
            " 目标 ≥8%       规上工业增加值",
            " 目标 4.5万人   新增城镇就业",
            " 目标 ≥3000亿元 GDP总量",
            "────────────────────────────────────────────────────────────────────────────────",
            " 规上工业增加值",
            " 目标 · ≥8% · 增长",
            " 今年全市计划完成投资5000亿元，力争规上工业增加值增长8%以上，新增城镇就业",
            " 4.5万人，GDP总量突破3000亿元。",
        ] + Array(repeating: "", count: 12) + [
            " a#1 · figures                                                      2/4  ? help",
            "",
        ])
        let grid = Render.grid(state)
        #expect(grid.style(row: 2, col: 2) == .selection)
        #expect(grid.text(row: 1, style: .targetFigure) == "5000亿元")
        #expect(grid.text(row: 6, style: .headline) == "规上工业增加值")
        #expect(grid.text(row: 8, style: .targetFigure) == "8%以上", "the figure in its sentence")
    }

    @Test func figurePanelAt40x12() {
        let state = opened(12, 40).after(.char("f"), .char("G"))
        #expect(state.screen == [
            " 4 figures: 4 目标, 0 实际",
            " 目标 5000亿元  计划完成投资",
            " 目标 ≥8%       规上工业增加值",
            " 目标 4.5万人   新增城镇就业",
            " 目标 ≥3000亿元 GDP总量",
            "────────────────────────────────────────",
            " GDP总量",
            " 目标 · ≥3000亿元",
            " 今年全市计划完成投资5000亿元，力争规上",
            " 工业增加值增长8%以上，新增城镇就业",
            " a#1 · figures              4/4  ? help",
            "",
        ])
    }

    @Test func figuresViewAt80x24() {
        let state = Fixtures.state(24, 80).after(.char("F"))
        #expect(state.screen == [
            " Date       Kind Value       Indicator             Article",
            " 2024-02-19 目标 5000亿元    计划完成投资          聊城“开年第一会” 用高质量发…",
            " 2024-02-19 目标 ≥8%         规上工业增加值        聊城“开年第一会” 用高质量发…",
            " 2024-02-19 目标 4.5万人     新增城镇就业          聊城“开年第一会” 用高质量发…",
            " 2024-02-19 目标 ≥3000亿元   GDP总量               聊城“开年第一会” 用高质量发…",
            " 2024-02-22 实际 3.2亿元     整合涉农资金          整合涉农资金 助力乡村振兴",
        ] + Array(repeating: "", count: 9) + [
            "── 计划完成投资: no other date to compare with",
            " 今年全市计划完成投资5000亿元，力争规上工业增加值增长8%以上，新增城镇就业",
            " 4.5万人，GDP总量突破3000亿元。",
            "", "", "", "",
            " Figures · all · by date                                            1/5  ? help",
            "",
        ])
        let grid = Render.grid(state)
        #expect(grid.style(row: 1, col: 2) == .selection)
        #expect(grid.text(row: 5, style: .actualFigure) == "3.2亿元")
        #expect(grid.text(row: 2, style: .targetFigure) == "≥8%")
    }

    @Test func figuresViewAt40x12() {
        let state = Fixtures.state(12, 40).after(.char("F"), .char("G"))
        #expect(state.screen == [
            " Date       Kind Value     Indicator",
            " 2024-02-19 目标 5000亿元  计划完成投资",
            " 2024-02-19 目标 ≥8%       规上工业增…",
            " 2024-02-19 目标 4.5万人   新增城镇就业",
            " 2024-02-19 目标 ≥3000亿元 GDP总量",
            " 2024-02-22 实际 3.2亿元   整合涉农资金",
            "",
            "── 整合涉农资金: no other date to compa…",
            " 本报冠县讯 2月22日，记者从冠县获悉，该",
            " 县今年整合涉农资金3.2亿元，用于乡村振",
            " Figures · all · by date    5/5  ? help",
            "",
        ])
    }

    /// The same indicator on two dates: a bar for each, scaled to the largest.
    @Test func chartComparesAnIndicatorOverTime() {
        var report = Fixtures.report
        report.figures[0].indicator = "计划完成投资"
        let state = Fixtures.state(24, 80, articles: [Fixtures.opening, report]).after(.char("F"))
        let screen = state.screen
        #expect(screen[15] == "── 计划完成投资 (元) · 2 values on 2 dates")
        #expect(screen[16] == " 2024-02-19 " + String(repeating: "█", count: 55) + " 5000亿元")
        #expect(screen[17] == " 2024-02-22 ▏ 3.2亿元")
        let grid = Render.grid(state)
        #expect(grid.style(row: 16, col: 1) == .selection, "the selected figure's date")
        #expect(grid.style(row: 17, col: 12) == .actualFigure)
        // Another indicator with one date: no chart.
        #expect(state.after(.char("j")).screen[15].hasPrefix("── 规上工业增加值: no other date"))
        // Where ambiguous characters are wide, bars are of #.
        let wide = Fixtures.state(24, 80, articles: [Fixtures.opening, report], settings: Settings(ambiguous: .double)).after(.char("F"))
        #expect(wide.screen[16].contains(String(repeating: "#", count: 55)))
    }

    @Test func openingAFigureTheListsSearchHidesShowsEveryArticleAgain() {
        let searched = Fixtures.state(24, 80).after(.char("/")).typing("冠县").after(.enter)
        #expect(searched.filter != nil)
        let opened = searched.after(.char("F"), .enter)
        #expect(opened.filter == nil)
        #expect(opened.layoutArticle == 0)
        #expect(opened.focus == .reader)
        #expect(opened.after(.char("q")).listPosition == (3, 5))
    }

    @Test func enterScrollsALongArticleToTheFigure() throws {
        var long = Fixtures.long
        let paragraph = long.paragraphs[59]
        long.figures = [Fixtures.figure("60段", in: paragraph, block: 59, value: 60, unit: "段", kind: .actual, indicator: "段落")]
        let state = Fixtures.state(24, 80, articles: [long]).after(.enter, .char("f"))
        #expect(state.figurePanel?.order == [0])
        let shown = state.after(.enter)
        #expect(shown.top > 0)
        let row = try #require(shown.screen.firstIndex { $0.contains("第60段") })
        #expect(row < 22 && row >= 22 / 3 - 1, "a third down the page")
        #expect(Render.grid(shown).text(row: row, style: .currentMatch) == "60段")
        #expect(shown.message?.text == "实际 · 段落 · 60段")
        // f again selects the figure last shown.
        #expect(shown.after(.char("f")).figurePanel?.selected == 0)
    }

    @Test func narrowTerminalsNeitherCrashNorOverflow() {
        for (rows, cols) in [(5, 20), (6, 21), (8, 30), (12, 40), (24, 80), (43, 132), (30, 57)] {
            let states = [
                opened(rows, cols).after(.char("f")), opened(rows, cols).after(.char("f"), .char("G")),
                Fixtures.state(rows, cols).after(.char("F")), Fixtures.state(rows, cols).after(.char("F"), .char("G")),
                Fixtures.state(rows, cols).after(.char("F"), .char("o"), .char("t")),
                opened(rows, cols).after(.char("f"), .enter), Fixtures.state(rows, cols).after(.char("F"), .enter),
            ]
            for state in states {
                for line in state.screen { #expect(DisplayWidth.of(line) <= cols, "\(cols)x\(rows): \(line)") }
            }
        }
        // Shrinking under the minimum and back.
        let view = Fixtures.state(24, 80).after(.char("F"), .char("G"))
        #expect(view.resized(4, 19).screen.contains { $0.contains("too") })
        #expect(view.resized(4, 19).resized(24, 80).screen == view.screen)
        #expect(view.resized(5, 20).figuresView.top == 3, "the selection stays in view")
    }
}

@Suite struct FigureFormatTests {
    @Test func numbersWithScales() {
        #expect(FigureFormat.readable(45000) == "4.5万")
        #expect(FigureFormat.readable(5e11) == "5000亿")
        #expect(FigureFormat.readable(3.2e8) == "3.2亿")
        #expect(FigureFormat.readable(8) == "8")
        #expect(FigureFormat.readable(6.57) == "6.57")
        #expect(FigureFormat.readable(1528.29e8) == "1528.29亿")
        #expect(FigureFormat.readable(0.5) == "0.5")
        #expect(FigureFormat.readable(-3.5) == "-3.5")
        #expect(FigureFormat.readable(1e30).hasSuffix("亿"), "a misread huge value does not trap")
    }

    @Test func quantitiesWithBounds() {
        let f = Fixtures.opening.figures[1]
        #expect(FigureFormat.quantity(f) == "≥8%")
        #expect(FigureFormat.quantity(f, ambiguous: .double) == ">=8%")
        var range = f
        range.valueMax = 10
        range.bound = .exact
        #expect(FigureFormat.quantity(range) == "8–10%")
    }

    @Test func bars() {
        #expect(FigureChart.bar(10, maximum: 10, width: 4, ambiguous: .single) == "████")
        #expect(FigureChart.bar(5, maximum: 10, width: 3, ambiguous: .single) == "█▌")
        #expect(FigureChart.bar(0.001, maximum: 10, width: 3, ambiguous: .single) == "▏")
        #expect(FigureChart.bar(0, maximum: 10, width: 3, ambiguous: .single) == "")
        #expect(FigureChart.bar(5, maximum: 10, width: 4, ambiguous: .double) == "##")
    }
}

/// The figures view charts one indicator across pages however papers print its name.
@Suite struct FigureSeriesTests {
    @Test func oneChartForAnIndicatorPrintedUnderItsSynonyms() throws {
        func record(_ article: Int, _ indicator: String, _ date: String, _ value: Double) -> FigureRecord {
            FigureRecord(article: article, figure: 0, text: "\(value)亿元", value: value, unit: "元", kind: .actual,
                         indicator: indicator, date: PartialDate(iso: date), headline: "h\(article)")
        }
        let index = FigureIndex(records: [
            record(0, "GDP", "2024-04-20", 1), record(1, "全市地区生产总值", "2024-07-20", 2),
            record(2, "生产总值", "2024-10-20", 3), record(3, "规上工业增加值", "2024-10-20", 4),
        ])
        let series = try #require(index.chart(for: 0))
        #expect(series.indicator == "地区生产总值")
        #expect(series.entries.count == 3)
        #expect(series.dateCount == 3)
        // A different indicator is its own series, and with one date it has no chart.
        #expect(index.chart(for: 3) == nil)
    }
}
