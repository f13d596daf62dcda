import DubaoCore
import DubaoStore
import Foundation
import Testing
@testable import DubaoTUI

/// The status line of an article, the first-run hint, the raw page (r) and
/// saving an article (s).
@Suite struct PageViewTests {
    @Test func theArticlesStatusLineShowsItsPlaceAndHeadline() {
        let state = Fixtures.state(24, 80).after(.char("j"), .char("j"), .enter)
        #expect(state.screen[22].hasPrefix(" 3/5 · 聊城“开年第一会” 用高质量发展“四力”突破攻坚"))
        #expect(state.screen[22].hasSuffix("100%  ? help"))
        // Cut by display width, `? help` still at the right.
        let narrow = state.resized(12, 30)
        #expect(narrow.screen[10] == " 3/5 · 聊城“开年… 43%  ? help")
    }

    @Test func theHintShowsUntilAKeyIsPressed() {
        let hint = "j/k move · Enter open · / search · Tab next unread · ? help · q quit"
        let start = ReaderState(catalog: Fixtures.catalog, rows: 24, cols: 80, showsHint: true)
        #expect(start.screen[23] == hint)
        let (after, effects) = Update.update(start, .key(.char("j")))
        #expect(effects == [.hintDismissed])
        #expect(after.screen[23] == "")
        #expect(after.listPosition.0 == 2)
        // Never again in this session.
        #expect(Update.update(after, .key(.char("k"))).1 == [])
        // A message over it: the hint waits for the message to go.
        let warned = ReaderState(catalog: Fixtures.catalog, rows: 24, cols: 80, message: Message("Passed over x"),
                                 showsHint: true)
        #expect(warned.screen[23] == "Passed over x")
        let (cleared, none) = Update.update(warned, .key(.char("j")))
        #expect(none == [])
        #expect(cleared.screen[23] == hint)
        // Not shown when the library says it was dismissed.
        #expect(Fixtures.state(24, 80).screen[23] == "")
    }

    static let page = (["", "第一版"] + (1...60).map { "第\($0)行\u{1B}[31m" }).joined(separator: "\r\n")

    static func opened(_ line: Int = 30) -> ReaderState {
        let catalog = Probe(Fixtures.all, pages: Dictionary(uniqueKeysWithValues: (0..<5).map { ($0, (page, line)) }))
        return ReaderState(catalog: catalog, rows: 12, cols: 40).after(.enter)
    }

    @Test func rShowsThePageScrolledToTheArticle() {
        let state = Self.opened().after(.char("r"))
        #expect(state.screen == [
            "第29行␛[31m",
            "第30行␛[31m",
            "第31行␛[31m",
            "第32行␛[31m",
            "第33行␛[31m",
            "第34行␛[31m",
            "第35行␛[31m",
            "第36行␛[31m",
            "第37行␛[31m",
            "第38行␛[31m",
            " Page · b.txt          31-40/62  ? help",
            "",
        ].map { $0 })
        #expect(Render.grid(state).rowCells(0).first?.style == .headline)
        // Near the end, the last page fills the screen.
        #expect(Self.opened(58).after(.char("r")).pageView?.top == 52)
        // A taller terminal keeps the last page full.
        #expect(Self.opened(58).after(.char("r")).resized(22, 40).pageView?.top == 42)
        // q goes back to the article as it was.
        #expect(state.after(.char("q")).screen == Self.opened().screen)
        // The help lists the page view's keys.
        #expect(HelpText.lines().contains { $0.text == "Page of the article (r)" })
    }

    @Test func noPageFileSaysSo() {
        let state = Fixtures.state(24, 80).after(.enter, .char("r"))
        #expect(state.pageView == nil)
        #expect(state.screen[23].hasPrefix("No page file to show for b#1: built-in pages are not on disk"))
    }

    @Test func sSavesTheArticleAsText() throws {
        let state = Fixtures.state(24, 80).after(.char("j"), .char("j"), .enter, .char("s"))
        #expect(state.screen[23].hasPrefix("Save to: ~/a#1.txt"))
        // ↑ brings back no search here.
        #expect(state.after(.up).prompt?.text == "~/a#1.txt")
        let (after, effects) = Update.update(state.after(.backspace, .backspace, .backspace).typing("md"), .key(.enter))
        #expect(after.prompt == nil)
        guard case .save(let text, let path)? = effects.first else {
            Issue.record("no save effect: \(effects)")
            return
        }
        #expect(path == "~/a#1.md")
        #expect(text.hasPrefix(ArticleText.lines(for: Fixtures.opening, width: after.geometry.measure).joined(separator: "\n")))
        // The presenter's answer goes to the message line.
        #expect(Update.update(after, .notice(Message("Saved to ~/a#1.md"))).0.screen[23] == "Saved to ~/a#1.md")
        // An empty name saves nothing.
        let cancelled = state.after(.ctrl("u"), .enter)
        #expect(cancelled.screen[23] == "Not saved")
    }

    @Test func savingNeverOverwrites() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("dubao-save-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        #expect(SaveFile.save("一\n", to: "~/a.txt", home: dir) == Message("Saved to ~/a.txt"))
        #expect(try String(contentsOfFile: dir + "/a.txt", encoding: .utf8) == "一\n")
        let again = SaveFile.save("二\n", to: "~/a.txt", home: dir)
        #expect(again.level == .warning)
        #expect(again.text.hasPrefix("Not saved: ~/a.txt exists already"))
        #expect(try String(contentsOfFile: dir + "/a.txt", encoding: .utf8) == "一\n")
        #expect(SaveFile.save("x", to: dir + "/no/such/dir/b.txt").level == .error)
    }

    @Test func thePageLineIsFoundByTitleOrFirstParagraph() {
        let text = "目录\n聊城“开年第一会”\n\n聚力攻坚突破看聊城\n聊城“开年第一会”\n\n　　律回春晖渐，万象始更新。\n"
        #expect(PageLocation.line(of: Fixtures.opening, in: text) == 3)
        #expect(PageLocation.line(of: Fixtures.opening, in: "无关\n") == 0)
        #expect(PageLocation.line(of: Fixtures.commentary, in: "甲\r\n乙\r\n　　敢为人先，勇争一流。\r\n") == 2)
    }
}
