import DubaoCore
import DubaoStore
@testable import DubaoTUI
import Testing

/// The list's limit (`L`): by date, section, place and author.
@Suite struct LimitTests {
    func start() -> ReaderState { Fixtures.state(24, 80) }

    func limited(_ text: String, _ state: ReaderState? = nil) -> ReaderState {
        (state ?? start()).after(.char("L")).typing(text).after(.enter)
    }

    /// The ids of the articles listed, in list order.
    func listed(_ state: ReaderState) -> [String] {
        state.articleRows.map { state.catalog.summary(state.rows[$0].article!).id }.sorted()
    }

    @Test func anAuthorLimitsTheListAndTheStatusLineSaysSo() {
        let state = limited("author:孙亚飞")
        #expect(listed(state) == ["b#2"])
        #expect(state.screen.contains { $0.contains("整合涉农资金") })
        #expect(!state.screen.contains { $0.contains("开年第一会") })
        #expect(state.screen[22].contains("limit: author:孙亚飞"))
        #expect(state.screen[23].contains("1 article · Esc shows all"))
        // Esc shows everything again.
        let all = state.after(.escape)
        #expect(listed(all) == ["a#1", "a#2", "b#1", "b#2", "c#1"])
        #expect(!all.screen[22].contains("limit"))
        // The Chinese field name, with a full-width colon, does the same.
        #expect(listed(limited("作者：孙亚飞")) == ["b#2"])
    }

    @Test func theLimitPromptShowsWhatIsTyped() {
        let typing = start().after(.char("L")).typing("2024-02")
        #expect(typing.screen[23].hasPrefix("Limit: 2024-02"))
        // L again brings back the limit to edit.
        let again = limited("2024-02").after(.char("L"))
        #expect(again.prompt?.text == "2024-02")
    }

    @Test func aDayAMonthAndARange() {
        #expect(listed(limited("2024-02-22")) == ["b#1", "b#2"])
        // The undated article is in no month.
        #expect(listed(limited("2024-02")) == ["a#1", "a#2", "b#1", "b#2"])
        #expect(listed(limited("2024")) == ["a#1", "a#2", "b#1", "b#2"])
        #expect(listed(limited("2024-02-01..2024-02-20")) == ["a#1", "a#2"])
        #expect(listed(limited("2024-02-20..2024-03")) == ["b#1", "b#2"])
    }

    @Test func aSectionAPlaceAndAWordThatIsEither() {
        #expect(listed(limited("section:评论")) == ["a#2"])
        #expect(listed(limited("版:聚力")) == ["a#1"])
        #expect(listed(limited("place:冠县")) == ["b#2"])
        #expect(listed(limited("地:聊城")) == ["a#1"])
        // A bare word: a section, a place or an author.
        #expect(listed(limited("聊城")) == ["a#1"])
        #expect(listed(limited("图片")) == ["b#1"])
        #expect(listed(limited("薛良成")) == ["a#1"])
        // Terms combine: all must hold.
        #expect(listed(limited("2024-02-22 消息")) == ["b#2"])
    }

    @Test func aLimitThatCannotBeReadOrLeavesNothingChangesNothing() {
        let bad = limited("2024-13")
        #expect(bad.limit == nil)
        #expect(listed(bad).count == 5)
        #expect(bad.screen[23].contains("Cannot limit: not a date"))
        let unknown = limited("colour:red")
        #expect(unknown.screen[23].contains("no field “colour”"))
        let none = limited("author:鲁迅")
        #expect(listed(none).count == 5)
        #expect(none.screen[23].contains("No article within the limit: author:鲁迅"))
        // An empty limit shows everything again.
        let cleared = limited("2024-02-22").after(.char("L"), .ctrl("u"), .enter)
        #expect(cleared.limit == nil)
        #expect(listed(cleared).count == 5)
        #expect(cleared.screen[23].contains("All articles"))
    }

    @Test func theSearchFindsAnAuthorsArticles() {
        // 孙亚飞 is the byline, not in the text.
        let state = start().after(.char("/")).typing("孙亚飞").after(.enter)
        #expect(listed(state) == ["b#2"])
        #expect(state.screen[23].contains("1 article"))
    }

    @Test func theSearchAndTheLimitAtOnce() {
        let both = limited("2024-02-19").after(.char("/")).typing("聊城").after(.enter)
        #expect(listed(both) == ["a#1", "a#2"])
        #expect(both.screen[22].contains("limit: 2024-02-19 · /聊城"))
        let outside = limited("2024-02-22").after(.char("/")).typing("攻坚").after(.enter)
        #expect(outside.screen[23].contains("Not found within the limit: 攻坚"))
        // Esc clears the search first, then the limit.
        let once = both.after(.escape)
        #expect(once.filter == nil)
        #expect(listed(once) == ["a#1", "a#2"])
        #expect(listed(once.after(.escape)).count == 5)
    }

    @Test func theHelpTellsHowToLimit() {
        let lines = HelpText.lines()
        #expect(lines.first { $0.keys == "L" }?.text == "limit the list: dates, section, place, author")
        let help = Fixtures.state(200, 100).after(.char("?")).screen.joined(separator: "\n")
        #expect(help.contains("Limit terms (L), all must hold"))
        #expect(help.contains("2024-02-01..2024-02-15   a range of days"))
        #expect(help.contains("author:孙亚飞  作者:"))
    }
}
