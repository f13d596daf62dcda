import DubaoCore
import Testing
@testable import DubaoTUI

/// The screen as a user sees it, at the sizes the issue names.
@Suite struct RenderTests {
    /// The `opening` fixture: the third article of the list.
    func opened(_ rows: Int, _ cols: Int) -> ReaderState {
        Fixtures.state(rows, cols).after(.char("j"), .char("j"), .enter)
    }

    @Test func listAt80x24() {
        let screen = Fixtures.state(24, 80).screen
        #expect(Array(screen.prefix(10)) == [
            "── 2024-02-22 · 图片",
            " 2月22日，冠县农民在麦田里浇返青水                                         图片",
            "── 2024-02-22 · 消息",
            " 整合涉农资金 助力乡村振兴                                          冠县 · 消息",
            "── 2024-02-19 · 聚力攻坚",
            " 聊城“开年第一会” 用高质量发展“四力”突破攻坚             聊城 · 聚力攻坚 · 消息",
            "── 2024-02-19 · 评论",
            " 在鲁西崛起中当先锋                                                        评论",
            "── 日期不详 · 编者按",
            " 编者按                                                                  编者按",
        ])
        #expect(screen[22] == " 3 pages · 5 articles                                               1/5  ? help")
        #expect(screen[23] == "")
        let grid = Render.grid(Fixtures.state(24, 80))
        #expect(grid.style(row: 1, col: 3) == .selection)
        #expect(grid.style(row: 0, col: 3) == .groupHeader)
        #expect(grid.style(row: 22, col: 3) == .status)
    }

    @Test func readerAt80x24() {
        let screen = opened(24, 80).screen
        #expect(Array(screen.prefix(12)) == [
            "                               聚力攻坚突破看聊城",
            "                  聊城“开年第一会” 用高质量发展“四力”突破攻坚",
            "                               ——全市动员大会侧记",
            "  2024-02-19 · 聚力攻坚 · 聊城 · 胡磊 薛良成 · a.txt",
            "",
            "      律回春晖渐，万象始更新。继2月18日全省高水平开放暨高质量招商引资大会之",
            "  后，2月19日，聊城组织召开全市高质量发展“聚力攻坚突破年”动员大会。",
            "      今年全市计划完成投资5000亿元，力争规上工业增加值增长8%以上，新增城镇就业",
            "  4.5万人，GDP总量突破3000亿元。",
            "      聊城市委将今年确定为“聚力攻坚突破年”，明确今年将重点实施招大引强、制造业",
            "  提质、乡村振兴片区等十二项攻坚行动。",
            "",
        ])
        #expect(screen[22] == " 3/5 · 聊城“开年第一会” 用高质量发展“四力”突破攻坚                 100%  ? help")
        let grid = Render.grid(opened(24, 80))
        #expect(grid.text(row: 1, style: .headline) == "聊城“开年第一会” 用高质量发展“四力”突破攻坚")
        #expect(grid.text(row: 0, style: .kicker) == "聚力攻坚突破看聊城")
        #expect(grid.text(row: 2, style: .subtitle) == "——全市动员大会侧记")
        #expect(grid.text(row: 3, style: .meta).hasPrefix("2024-02-19"))
    }

    @Test func listAndReaderAt40x12() {
        #expect(Fixtures.state(12, 40).screen == [
            "── 2024-02-22 · 图片",
            " 2月22日，冠县农民在麦田里浇返青…  图片",
            "── 2024-02-22 · 消息",
            " 整合涉农资金 助力乡村振兴  冠县 · 消息",
            "── 2024-02-19 · 聚力攻坚",
            " 聊城“开年第一会” 用高质…  聊城 · 聚力…",
            "── 2024-02-19 · 评论",
            " 在鲁西崛起中当先锋                评论",
            "── 日期不详 · 编者按",
            " 编者按                          编者按",
            " 3 pages · 5 articles       1/5  ? help",
            "",
        ])
        // A title breaks between its parts, the meta line between its fields.
        #expect(opened(12, 40).screen == [
            "           聚力攻坚突破看聊城",
            "            聊城“开年第一会”",
            "       用高质量发展“四力”突破攻坚",
            "           ——全市动员大会侧记",
            " 2024-02-19 · 聚力攻坚 · 聊城",
            " 胡磊 薛良成 · a.txt",
            "",
            "     律回春晖渐，万象始更新。继2月18日",
            " 全省高水平开放暨高质量招商引资大会之",
            " 后，2月19日，聊城组织召开全市高质量发",
            " 3/5 · 聊城“开年第一会” 用… 58%  ? help",
            "",
        ])
    }

    @Test func wideTerminalsShowListAndArticleSideBySide() {
        let state = Fixtures.state(43, 132).after(.char("j"), .char("j"))
        let screen = state.screen
        #expect(screen[0] == "── 2024-02-22 · 图片                                │                              聚力攻坚突破看聊城")
        #expect(screen[5] == " 聊城“开年第一会” 用高质量发展“…  聊城 · 聚力攻坚 … │      律回春晖渐，万象始更新。继2月18日全省高水平开放暨高质量招商引资大会之")
        #expect(screen[6] == "── 2024-02-19 · 评论                                │  后，2月19日，聊城组织召开全市高质量发展“聚力攻坚突破年”动员大会。")
        #expect(screen[41] == " 3 pages · 5 articles                                                                                                   3/5  ? help")
        // The list keeps the focus until Enter; then the selection dims.
        #expect(Render.grid(state).style(row: 5, col: 2) == .selection)
        #expect(Render.grid(state.after(.enter)).style(row: 5, col: 2) == .selectionInactive)
        #expect(Render.grid(state.after(.enter)).lines[41].hasPrefix(" 3/5 · 聊城“开年第一会”"))
    }

    @Test func smallestTerminal20x5() {
        #expect(Fixtures.state(5, 20).screen == [
            "── 2024-02-22 · 图片",
            " 2月22日，冠县农民…",
            "── 2024-02-22 · 消息",
            " 3 pag… 1/5  ? help",
            "",
        ])
        #expect(opened(5, 20).screen == [
            " 聚力攻坚突破看聊城",
            "  聊城“开年第一会”",
            "用高质量发展“四力”突",
            " 3/5 ·… 10%  ? help",
            "",
        ])
    }

    @Test func belowTheMinimumSaysSoAndRecovers() {
        let small = Fixtures.state(24, 80).resized(4, 30)
        #expect(small.screen.contains { $0.contains("terminal too small") })
        #expect(Fixtures.state(24, 80).resized(10, 19).screen.contains { $0.contains("terminal too") })
        // Keys do nothing meanwhile, except quit; growing brings the list back.
        #expect(small.after(.char("j")).resized(24, 80).selected == Fixtures.state(24, 80).selected)
        #expect(small.resized(24, 80).screen == Fixtures.state(24, 80).screen)
    }

    @Test func noRowIsWiderThanTheTerminal() {
        for (rows, cols) in [(24, 80), (12, 40), (43, 132), (5, 20), (30, 57), (50, 200)] {
            for state in [Fixtures.state(rows, cols), opened(rows, cols), opened(rows, cols).after(.char("?"))] {
                for line in state.screen {
                    #expect(DisplayWidth.of(line) <= cols, "\(cols)x\(rows): \(line)")
                }
            }
        }
    }

    @Test func controlCharactersAreShownAsPlaceholders() {
        let state = Fixtures.state(24, 80).after(.char("G"), .enter)
        let grid = Render.grid(state)
        let body = grid.lines.first { $0.contains("欢迎来稿") }
        #expect(body?.contains("␛[31m红字␇") == true)
        #expect(!grid.cells.contains { $0.scalar.value < 0x20 || $0.scalar.value == 0x7F })
        let row = grid.lines.firstIndex { $0.contains("欢迎来稿") }!
        #expect(grid.text(row: row, style: .placeholder) == "␛␇")
    }

    @Test func helpIsGeneratedFromTheKeyTables() throws {
        let state = Fixtures.state(120, 80).after(.char("?"))
        let screen = state.screen.joined(separator: "\n")
        for table in [KeyBindings.list, KeyBindings.reader, KeyBindings.figurePanel, KeyBindings.figuresView, KeyBindings.global] {
            for binding in table {
                #expect(screen.contains(binding.help), "help lacks \(binding.help)")
            }
        }
        #expect(screen.contains("j ↓"))
        #expect(screen.contains("Ctrl-L"))
        // The legend: samples drawn in the figures' own styles.
        let grid = Render.grid(state)
        let target = try #require(state.screen.firstIndex { $0.contains("a target (目标)") })
        #expect(grid.text(row: target, style: .targetFigure) == "5000亿元")
        let actual = try #require(state.screen.firstIndex { $0.contains("a result (实际)") })
        #expect(grid.text(row: actual, style: .actualFigure) == "4.5万人")
    }

    @Test func blankLineParagraphs() {
        let settings = Settings(paragraphStyle: .blankLine)
        let screen = Fixtures.state(24, 80, settings: settings).after(.char("j"), .char("j"), .enter).screen
        #expect(screen[5] == "  律回春晖渐，万象始更新。继2月18日全省高水平开放暨高质量招商引资大会之后，2月")
        #expect(screen[7] == "")
        #expect(screen[8].hasPrefix("  今年全市计划完成投资5000亿元"))
    }
}
