import DubaoCore
import Testing
@testable import DubaoTUI

/// Every key of every table does what its help line says.
@Suite struct KeyTableTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var screen: KeyBindings.Screen
        var key: Key
        var action: Action
        var testDescription: String { "\(screen.rawValue): \(key.label) → \(action)" }
    }

    static let cases: [Case] = KeyBindings.Screen.allCases.flatMap { screen in
        KeyBindings.table(screen).flatMap { b in b.keys.map { Case(screen: screen, key: $0, action: b.action) } }
    }

    /// 40 articles, so that pages of the list mean something.
    static let many: [Article] = (1...40).map { n in
        var a = Fixtures.opening
        a.id = "m#\(n)"
        a.headline = "第\(n)篇 聊城"
        a.titles = [a.headline!]
        a.pageDate = PartialDate(year: 2024, month: 2, day: 1 + n % 5)
        return a
    }

    static func listState() -> ReaderState {
        Fixtures.state(12, 40, articles: many).after(.char("j"), .char("j"), .char("j"), .char("j"), .char("j"))
    }

    static func readerState() -> ReaderState {
        // The long article is the newest: first in the list.
        Fixtures.state(12, 40, articles: [Fixtures.long] + many).after(.enter, .char(" "), .char(" "))
    }

    @Test func everyKeyIsBoundOncePerScreen() {
        for screen in KeyBindings.Screen.allCases {
            let keys = KeyBindings.table(screen).flatMap(\.keys)
            #expect(Set(keys).count == keys.count, "a key bound twice on \(screen)")
        }
        // f opens the article's figures, F the archive's, from the list and the article.
        #expect(KeyBindings.action(for: .char("f"), on: .reader) == .figurePanel)
        #expect(KeyBindings.action(for: .char("f"), on: .list) == nil)
        #expect(KeyBindings.action(for: .char("F"), on: .reader) == .figuresView)
        #expect(KeyBindings.action(for: .char("F"), on: .list) == .figuresView)
        for screen in [KeyBindings.Screen.figurePanel, .figuresView, .help, .global] {
            #expect(KeyBindings.action(for: .char("f"), on: screen) == nil)
            #expect(KeyBindings.action(for: .char("F"), on: screen) == nil)
        }
    }

    @Test(arguments: cases)
    func keyDoesWhatTheTableSays(_ c: Case) {
        let screen = c.screen == .global ? .list : c.screen
        #expect(KeyBindings.action(for: c.key, on: screen) == c.action || c.screen == .global)
        switch c.screen {
        case .list: checkList(c)
        case .reader: checkReader(c)
        case .figurePanel: checkFigurePanel(c)
        case .figuresView: checkFiguresView(c)
        case .pageView: checkPageView(c)
        case .help: checkHelp(c)
        case .global: checkGlobal(c)
        }
    }

    func ordinal(_ s: ReaderState) -> Int { s.listPosition.0 }

    func checkList(_ c: Case) {
        let before = Self.listState()
        let (after, effects) = Update.update(before, .key(c.key))
        switch c.action {
        case .lineDown: #expect(ordinal(after) == ordinal(before) + 1)
        case .lineUp: #expect(ordinal(after) == ordinal(before) - 1)
        case .pageDown: #expect(ordinal(after) > ordinal(before) + 1)
        case .pageUp: #expect(ordinal(after) == 1)
        case .top: #expect(ordinal(after) == 1)
        case .bottom: #expect(ordinal(after) == 40)
        case .wheelDown: #expect(ordinal(after) == ordinal(before) + 3)
        case .wheelUp: #expect(ordinal(after) == ordinal(before) - 3)
        case .open:
            #expect(after.focus == .reader)
            #expect(after.layoutArticle == before.selectedArticle)
            #expect(after.screen[0].contains("篇 聊城"))
        case .search:
            #expect(after.prompt != nil)
            #expect(after.screen[11] == "/")
            #expect(Render.grid(after).style(row: 11, col: 1) == .promptCursor)
        case .nextMatch, .previousMatch:
            let filtered = before.after(.char("/")).typing("第1").after(.enter)   // 第1, 第10...第19
            let moved = filtered.after(c.key)
            #expect(moved.filter != nil)
            #expect(ordinal(moved) == (c.action == .nextMatch ? 2 : 11), "wraps to the last")
        case .limit:
            #expect(after.prompt?.purpose == .limit)
            #expect(after.screen[11] == "Limit:")
        case .clearSearch:
            let filtered = before.after(.char("/")).typing("第1").after(.enter)
            #expect(filtered.listPosition.1 == 11)
            #expect(filtered.after(c.key).filter == nil)
            #expect(filtered.after(c.key).listPosition.1 == 40)
        case .figuresView:
            #expect(after.showsFigures)
            #expect(after.screen[0].hasPrefix(" Date"))
        case .toggleGrouping:
            #expect(after.grouping == .sectionThenDate)
            #expect(after.screen[0] == "── 聚力攻坚 · 2024-02-05")
            #expect(before.screen[0] != after.screen[0])
        case .quit: #expect(effects == [.quit])
        case .nextUnread:
            #expect(after.message?.text == "No unread articles")
            let unread = Fixtures.state(24, 80, flags: []).after(.char("m"), c.key)
            #expect(unread.selected != Fixtures.state(24, 80).selected)
        case .toggleRead:
            #expect(!after.flags(after.selectedArticle!).contains(.read))
            #expect(effects == [.record(.read([after.selectedArticle!], false))])
        case .markGroupRead:
            #expect(after.message?.text == "Nothing unread here")
            #expect(Fixtures.state(24, 80, flags: []).after(c.key).unreadCount == 4)
        case .toggleStar:
            #expect(after.flags(after.selectedArticle!).contains(.starred))
            #expect(after.screen[after.selected! - after.listTop].hasPrefix("*"))
        case .toggleStarredOnly:
            #expect(after.starredOnly)
            #expect(after.articleRows.isEmpty)
            #expect(after.after(.char("*")).articleRows.isEmpty, "nothing starred to show")
            #expect(before.after(.char("*"), c.key).articleRows.count == 1)
        default: Issue.record("no check for \(c.action) in the list")
        }
    }

    func checkReader(_ c: Case) {
        let before = Self.readerState()
        let (after, _) = Update.update(before, .key(c.key))
        let height = before.geometry.reader.height
        switch c.action {
        case .lineDown: #expect(after.top == before.top + 1)
        case .lineUp: #expect(after.top == before.top - 1)
        case .pageDown: #expect(after.top == before.top + height - 1)
        case .pageUp: #expect(after.top == before.top - (height - 1))
        case .top: #expect(after.top == 0)
        case .bottom:
            #expect(after.top == after.layout!.lines.count - height)
            #expect(after.readerPosition == "100%")
        case .wheelDown: #expect(after.top == before.top + 3)
        case .wheelUp: #expect(after.top == before.top - 3)
        case .nextArticle:
            #expect(before.layoutArticle == 0)
            #expect(after.layoutArticle != 0)
            #expect(after.top == 0)
            #expect(after.focus == .reader)
            #expect(after.screen[1].contains("聊城"))
        case .previousArticle:
            #expect(after.layoutArticle == 0, "the first article stays")
            #expect(after.message?.text == "This is the first article")
            #expect(after.after(.char("J"), c.key).layoutArticle == 0)
            #expect(after.after(.char("J"), c.key).top == 0)
        case .search:
            #expect(after.prompt != nil)
        case .nextMatch, .previousMatch:
            let searched = before.after(.char("/")).typing("突破").after(.enter)
            let s = searched.search!
            #expect(s.matches.count > 30)
            let moved = searched.after(c.key)
            let expected = c.action == .nextMatch ? s.current + 1 : s.current - 1
            #expect(moved.search!.current == expected)
            let m = moved.search!.matches[expected]
            let line = moved.layout!.line(block: m.block, offset: m.range.lowerBound)
            #expect(line >= moved.top && line < moved.top + height, "the match is in view")
        case .back:
            #expect(after.focus == .list)
        case .figurePanel:
            // The long article has no figures; the opening one has four.
            #expect(after.figurePanel == nil)
            #expect(after.message?.text == "No figures in this article")
            let opened = Fixtures.state(24, 80).after(.char("j"), .char("j"), .enter, c.key)
            #expect(opened.figurePanel?.order.count == 4)
            #expect(opened.screen[0] == " 4 figures: 4 目标, 0 实际")
        case .figuresView:
            #expect(after.showsFigures)
            #expect(after.figureIndex?.entries.count == 40 * 4)
            #expect(after.after(.char("q")).screen == before.screen, "q goes back to the article as it was")
        case .clearSearchOrBack:
            let searched = before.after(.char("/")).typing("突破").after(.enter)
            #expect(searched.after(c.key).search == nil)
            #expect(searched.after(c.key).focus == .reader)
            #expect(searched.after(c.key, c.key).focus == .list)
        case .nextUnread:
            #expect(after.message?.text == "No unread articles")
        case .toggleRead:
            #expect(!after.flags(after.layoutArticle!).contains(.read))
        case .toggleStar:
            #expect(after.flags(after.layoutArticle!).contains(.starred))
        case .scrollLeft, .scrollRight:
            // The long article has no table; a wide one moves by half the pane.
            #expect(after.tableOffset == 0)
            #expect(after.message?.text == "No table here is wider than the page")
            let table = TableScrollTests.opened().after(.char(">"))
            #expect(table.after(c.key).tableOffset == (c.action == .scrollRight ? 15 : 0))
        case .rawPage:
            // A memory catalog has no page files.
            #expect(after.pageView == nil)
            #expect(after.message?.text.hasPrefix("No page file to show for long#1") == true)
        case .save:
            #expect(after.prompt == Prompt(text: "~/long#1.txt", purpose: .save))
        case .followContinuation:
            #expect(after.message?.text == "This article does not go on elsewhere")
            #expect(after.layoutArticle == before.layoutArticle)
        default: Issue.record("no check for \(c.action) in the reader")
        }
    }

    /// The opening article's panel, its second figure selected.
    static func panelState() -> ReaderState {
        Fixtures.state(24, 80).after(.char("j"), .char("j"), .enter, .char("f"), .char("j"))
    }

    func checkFigurePanel(_ c: Case) {
        let before = Self.panelState()
        #expect(before.figurePanel?.selected == 1)
        let after = before.after(c.key)
        switch c.action {
        case .lineDown: #expect(after.figurePanel?.selected == 2)
        case .lineUp: #expect(after.figurePanel?.selected == 0)
        case .top: #expect(after.figurePanel?.selected == 0)
        case .bottom: #expect(after.figurePanel?.selected == 3)
        case .open:
            #expect(after.figurePanel == nil)
            #expect(after.markedFigure == 1)
            #expect(Render.grid(after).text(row: 7, style: .currentMatch) == "8%以上")
            #expect(after.message?.text == "目标 · 规上工业增加值 · ≥8%")
        case .back:
            #expect(after.figurePanel == nil)
            #expect(after.screen == Fixtures.state(24, 80).after(.char("j"), .char("j"), .enter).screen)
        default: Issue.record("no check for \(c.action) in the figure panel")
        }
    }

    /// The figures view, its second row selected: the opening's four figures (2024-02-19), then the report's.
    static func viewState() -> ReaderState {
        Fixtures.state(24, 80).after(.char("F"), .char("j"))
    }

    func checkFiguresView(_ c: Case) {
        let before = Self.viewState()
        #expect(before.figuresView.selected == 1)
        let after = before.after(c.key)
        switch c.action {
        case .lineDown: #expect(after.figuresView.selected == 2)
        case .lineUp: #expect(after.figuresView.selected == 0)
        case .pageDown: #expect(after.figuresView.selected == 4)
        case .pageUp: #expect(after.figuresView.selected == 0)
        case .top: #expect(after.figuresView.selected == 0)
        case .bottom: #expect(after.figuresView.selected == 4)
        case .open:
            #expect(!after.showsFigures)
            #expect(after.focus == .reader)
            #expect(after.layoutArticle == 0)
            #expect(after.markedFigure == 1)
            #expect(Render.grid(after).text(row: 7, style: .currentMatch) == "8%以上")
        case .back:
            #expect(!after.showsFigures)
            #expect(after.screen == Fixtures.state(24, 80).screen)
        case .cycleKind:
            #expect(after.figuresView.kind == .target)
            #expect(after.figuresView.rows.count == 4)
            #expect(after.after(c.key).figuresView.rows.count == 1)
            #expect(after.after(c.key, c.key).figuresView.rows.count == 5)
            #expect(after.screen[22].hasPrefix(" Figures · 目标 · by date"))
        case .search:
            #expect(after.prompt != nil)
            let filtered = after.typing("涉农").after(.enter)
            #expect(filtered.figuresView.rows.count == 1)
            #expect(filtered.screen[1].contains("整合涉农资金"))
            #expect(filtered.screen[22].contains("/涉农"))
            // Width-folded, and against the headline too.
            #expect(after.typing("ＧＤＰ").after(.enter).figuresView.rows.count == 1)
            #expect(after.typing("乡村振兴").after(.enter).figuresView.rows.count == 1)
            // Nothing found keeps the rows; an empty filter shows them all.
            #expect(after.typing("不存在").after(.enter).figuresView.rows.count == 5)
            #expect(filtered.after(c.key, .enter).figuresView.rows.count == 5)
        case .cycleSort:
            #expect(after.figuresView.sort == .indicator)
            #expect(after.figuresView.entry == before.figuresView.entry, "the selected figure stays selected")
            let byValue = after.after(c.key)
            #expect(byValue.figuresView.sort == .value)
            // Within a unit, largest first: 5000亿元, 3000亿元, 3.2亿元.
            #expect(byValue.screen[1...5].filter { $0.contains("亿元") }.map { String($0.split(separator: " ")[2]) }
                == ["5000亿元", "≥3000亿元", "3.2亿元"])
            #expect(byValue.after(c.key).figuresView.sort == .date)
        default: Issue.record("no check for \(c.action) in the figures view")
        }
    }

    /// A page of 100 lines, the article starting at line 40, scrolled down a page.
    static func pageViewState() -> ReaderState {
        let text = (1...100).map { "line \($0)" }.joined(separator: "\n")
        let catalog = Probe(Fixtures.all, pages: Dictionary(uniqueKeysWithValues: (0..<5).map { ($0, (text, 40)) }))
        return ReaderState(catalog: catalog, rows: 12, cols: 40).after(.enter, .char("r"), .char(" "))
    }

    func checkPageView(_ c: Case) {
        let before = Self.pageViewState()
        #expect(before.pageView?.top == 49)
        let after = before.after(c.key)
        switch c.action {
        case .lineDown: #expect(after.pageView?.top == 50)
        case .lineUp: #expect(after.pageView?.top == 48)
        case .pageDown: #expect(after.pageView?.top == 58)
        case .pageUp: #expect(after.pageView?.top == 40)
        case .top: #expect(after.pageView?.top == 0)
        case .bottom: #expect(after.pageView?.top == 90)
        case .back:
            #expect(after.pageView == nil)
            #expect(after.focus == .reader)
            #expect(after.screen[10].hasPrefix(" 1/5 · "))
        default: Issue.record("no check for \(c.action) in the page view")
        }
    }

    func checkHelp(_ c: Case) {
        let before = Fixtures.state(12, 40).after(.char("?"), .char(" "), .char(" "))
        #expect(before.helpTop > 1)
        let after = before.after(c.key)
        switch c.action {
        case .lineDown: #expect(after.helpTop == before.helpTop + 1)
        case .lineUp: #expect(after.helpTop == before.helpTop - 1)
        case .pageDown: #expect(after.helpTop > before.helpTop + 1)
        case .pageUp: #expect(after.helpTop < before.helpTop - 1 || after.helpTop == 0)
        case .closeHelp:
            #expect(!after.showsHelp)
            #expect(after.screen == Fixtures.state(12, 40).screen)
        default: Issue.record("no check for \(c.action) in the help")
        }
    }

    func checkGlobal(_ c: Case) {
        let before = Fixtures.state(24, 80).after(.char("j"), .char("j"), .enter)
        let (after, effects) = Update.update(before, .key(c.key))
        switch c.action {
        case .help:
            #expect(after.showsHelp)
            #expect(after.screen[0] == " List")
        case .toggleParagraphStyle:
            #expect(after.settings.paragraphStyle == .blankLine)
            #expect(after.screen[5].hasPrefix("  律回春晖渐"))
            #expect(after.after(c.key).screen == before.screen.enumerated().map { $0.offset == 23 ? "Paragraphs indented" : $0.element })
        case .redraw:
            #expect(effects == [.redrawAll])
            #expect(after.screen == before.screen)
        case .quit:
            #expect(effects == [.quit])
        default: Issue.record("no check for \(c.action) everywhere")
        }
    }
}

@Suite struct UpdateTests {
    @Test func resizeKeepsTheParagraphAtTheTop() {
        let state = Fixtures.state(24, 80, articles: [Fixtures.long]).after(.enter, .char(" "), .char(" "), .char("j"))
        let top = state.layout!.lines[state.top]
        for (rows, cols) in [(20, 50), (43, 132), (12, 40), (60, 200)] {
            let resized = state.resized(rows, cols)
            let line = resized.layout!.lines[resized.top]
            #expect(line.block == top.block, "\(cols)x\(rows) \(resized.top) \(resized.geometry) \(resized.focus)")
            #expect(line.range.contains(state.anchor.offset) || line.range.lowerBound == state.anchor.offset)
            // And back: the same line as before.
            #expect(resized.resized(24, 80).top == state.top)
        }
    }

    @Test func searchInTheArticleHighlightsEveryMatch() {
        let state = Fixtures.state(24, 80).after(.char("j"), .char("j"), .enter, .char("/")).typing("聊城").after(.enter)
        #expect(state.search?.matches.count == 4, "the meta line is not searched")
        let grid = Render.grid(state)
        #expect(grid.text(row: 0, style: .currentMatch) == "聊城")
        #expect(grid.text(row: 1, style: .match) == "聊城")
        #expect(grid.lines[23] == "4 matches · n next, N previous")
        #expect(grid.lines[22].contains("1/4"))
        let next = state.after(.char("n"))
        #expect(Render.grid(next).text(row: 0, style: .match) == "聊城")
        #expect(Render.grid(next).text(row: 1, style: .currentMatch) == "聊城")
        #expect(next.after(.char("N"), .char("N")).search?.current == 3)
    }

    @Test func searchFoldsWidthsInTheReader() {
        let state = Fixtures.state(24, 80).after(.char("j"), .char("j"), .enter, .char("/")).typing("５０００").after(.enter)
        #expect(Render.grid(state).text(row: 7, style: .currentMatch) == "5000")
        let percent = Fixtures.state(24, 80).after(.char("j"), .char("j"), .enter, .char("/")).typing("％以上").after(.enter)
        #expect(Render.grid(percent).text(row: 7, style: .currentMatch) == "%以上")
    }

    @Test func aSearchThatFindsNothingSaysSo() {
        let state = Fixtures.state(24, 80).after(.char("/")).typing("不存在").after(.enter)
        #expect(state.filter == nil)
        #expect(state.screen[23] == "Not found: 不存在")
        #expect(Render.grid(state).style(row: 23, col: 0) == .warning)
        #expect(state.after(.char("j")).message == nil)
    }

    @Test func listSearchShowsOnlyMatchingArticlesWithHitCounts() {
        let state = Fixtures.state(24, 80).after(.char("/")).typing("冠县").after(.enter)
        #expect(state.screen.prefix(5) == [
            "── 2024-02-22 · 图片",
            " (1) 2月22日，冠县农民在麦田里浇返青水                                     图片",
            "── 2024-02-22 · 消息",
            " (2) 整合涉农资金 助力乡村振兴                                      冠县 · 消息",
            "",
        ])
        #expect(state.screen[22].hasPrefix(" 3 pages · 5 articles · /冠县"))
        #expect(state.screen[22].hasSuffix("1/2  ? help"))
        #expect(state.screen[23] == "2 articles, 3 matches · Esc shows all")
        // Opening an article carries the search into it.
        let opened = state.after(.char("j"), .enter)
        #expect(opened.search?.matches.count == 2)
        #expect(opened.after(.char("q"), .escape).screen == Fixtures.state(24, 80).after(.char("j")).screen)
    }

    @Test func thePromptEditsWhatIsTyped() {
        let state = Fixtures.state(24, 80).after(.char("/")).typing("聊城x").after(.backspace)
        #expect(state.screen[23] == "/聊城")
        #expect(Render.grid(state).style(row: 23, col: 5) == .promptCursor, "the cursor after the text")
        #expect(state.after(.escape).prompt == nil)
        #expect(state.after(.escape).filter == nil)
        #expect(state.after(.ctrl("u")).screen[23] == "/")
        #expect(Render.grid(state.after(.ctrl("u"))).style(row: 23, col: 1) == .promptCursor)
        // Keys typed into the prompt are text, not commands.
        #expect(state.typing("Qq").prompt?.text == "聊城Qq")
    }

    @Test func groupingBySectionThenDate() {
        let state = Fixtures.state(24, 80).after(.char("s"))
        // Sections in the order the pages print them.
        #expect(state.screen.filter { $0.hasPrefix("──") } == [
            "── 聚力攻坚 · 2024-02-19", "── 评论 · 2024-02-19", "── 图片 · 2024-02-22",
            "── 消息 · 2024-02-22", "── 编者按 · 日期不详",
        ])
        // The selected article stays selected.
        let moved = Fixtures.state(24, 80).after(.char("j"), .char("j"))
        #expect(moved.after(.char("s")).selectedArticle == moved.selectedArticle)
    }

    @Test func nextArticleWithoutGoingBackToTheList() {
        let state = Fixtures.state(24, 80).after(.enter)
        #expect(state.layoutArticle == 2)   // the photo, first in the list
        let next = state.after(.char("J"))
        #expect(next.layoutArticle == 3)
        #expect(next.focus == .reader)
        #expect(next.after(.char("K")).layoutArticle == 2)
        #expect(next.after(.char("q")).listPosition.0 == 2)
    }

    @Test func theListScrollsToKeepTheSelectionInView() {
        let state = Fixtures.state(12, 40, articles: KeyTableTests.many).after(.char("G"))
        let screen = state.screen
        #expect(screen[9].contains("第"))
        #expect(Render.grid(state).style(row: 9, col: 1) == .selection)
        #expect(state.after(.char("g")).listTop == 0)
    }
}
