import Testing
@testable import DubaoTUI

@Suite struct DisplayWidthTests {
    @Test func cjkCountsTwoColumns() {
        #expect(DisplayWidth.of("聊城abc") == 7)
        #expect(DisplayWidth.of("，（）") == 6)
    }

    @Test func ambiguousCharactersFollowTheSetting() {
        #expect(DisplayWidth.of("“…”") == 3)
        #expect(DisplayWidth.of("“…”", ambiguous: .double) == 6)
    }

    @Test func truncateNeverExceedsTheWidth() {
        let t = DisplayWidth.truncate("聊城开年第一会有啥看头", to: 9)
        #expect(t == "聊城开年…")
        #expect(DisplayWidth.of(t) <= 9)
    }
}
