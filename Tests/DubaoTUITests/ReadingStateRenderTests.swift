import DubaoCore
import DubaoStore
@testable import DubaoTUI
import Testing

/// Read and unread, stars and the next unread article, as the list shows them.
@Suite struct ReadingStateRenderTests {
    func unread(_ rows: Int = 24, _ cols: Int = 80) -> ReaderState { Fixtures.state(rows, cols, flags: []) }

    func records(_ state: ReaderState, _ keys: Key...) -> (ReaderState, [ReadingChange]) {
        var s = state
        var out: [ReadingChange] = []
        for k in keys {
            let (next, effects) = Update.update(s, .key(k))
            s = next
            for case .record(let c) in effects { out.append(c) }
        }
        return (s, out)
    }

    @Test func unreadArticlesAreMarkedAndCounted() {
        let state = unread()
        #expect(state.screen[0] == "── 2024-02-22 · 图片  1 unread")
        #expect(state.screen[1].hasPrefix("N2月22日"))
        #expect(state.screen[22].hasPrefix(" 3 pages · 5 articles · 5 unread"))
        #expect(Render.grid(state).text(row: 3, style: .unread).contains("整合涉农资金"))
    }

    @Test func openingAndScrollingMarksReadAndTellsTheLibrary() {
        let long = Fixtures.state(24, 80, articles: [Fixtures.long, Fixtures.report], flags: [])
        let (opened, none) = records(long, .char("j"), .enter)
        #expect(none.isEmpty)          // Opened is not yet read: a moment, or a scroll.
        let index = opened.layoutArticle!
        let (scrolled, changes) = records(opened, .char("j"))
        #expect(changes.first == .read([index], true))
        #expect(scrolled.flags(index).contains(.read))
        #expect(scrolled.unreadCount == 1)
        // A moment on screen does the same.
        let (dwelt, effects) = Update.update(opened, .dwell)
        #expect(dwelt.flags(index).contains(.read))
        #expect(effects.contains(.record(.read([index], true))))
    }

    @Test func tabGoesToTheNextUnreadAndMarksToggle() {
        var state = unread()
        let first = state.selectedArticle!
        var (next, changes) = records(state, .char("m"))        // mark read
        #expect(changes == [.read([first], true)])
        #expect(!next.screen[1].hasPrefix("N"))
        (next, changes) = records(next, .char("g"), .tab)      // from the read one, the next unread
        #expect(next.selectedArticle != first)
        #expect(!next.flags(next.selectedArticle!).contains(.read))
        state = next.after(.char("*"))
        #expect(state.flags(state.selectedArticle!).contains(.starred))
        #expect(state.screen.contains { $0.hasPrefix("*") })
        // Only starred, then all again.
        let starred = state.after(.char("S"))
        #expect(starred.articleRows.count == 1)
        #expect(starred.after(.char("S")).articleRows.count == 5)
    }

    @Test func aGroupIsMarkedReadAtOnce() {
        let state = Fixtures.state(24, 80, articles: Fixtures.all, flags: [])
        let (after, changes) = records(state, .char("A"))
        guard case .read(let marked, true)? = changes.first else { Issue.record("no change: \(changes)"); return }
        #expect(marked.count == 1)        // 2024-02-22 · 图片 has one article
        #expect(after.unreadCount == 4)
        #expect(after.screen[0] == "── 2024-02-22 · 图片")
    }
}

@Suite struct ContinuationKeyTests {
    static let origin = Article(id: "d/01#1", source: "/a/d/01.txt", titles: ["春灌全面展开"], headline: "春灌全面展开",
                                pageDate: PartialDate(year: 2024, month: 2, day: 22), continues: "3版",
                                paragraphs: ["位山灌区开闸放水，春灌全面展开。"])
    static let rest = Article(id: "d/03#1", source: "/a/d/03.txt", titles: ["春灌全面展开"], headline: "春灌全面展开",
                              pageDate: PartialDate(year: 2024, month: 2, day: 22),
                              paragraphs: ["渠道沿线的村庄也组织了巡查。"])

    @Test func theEndSaysWhereItGoesOnAndCFollowsAndComesBack() {
        let state = Fixtures.state(24, 80, articles: [Self.origin, Self.rest]).after(.enter)
        #expect(state.openArticle?.id == "d/01#1")
        #expect(state.screen.contains { $0.contains("（下转3版）") })
        let followed = state.after(.char("c"))
        #expect(followed.openArticle?.id == "d/03#1")
        #expect(followed.message?.text == "The rest of the article · c goes back")
        #expect(followed.after(.char("c")).openArticle?.id == "d/01#1")
    }
}
