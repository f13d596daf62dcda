import DubaoCore
import Testing
@testable import DubaoTUI

/// The search prompt: a line to edit, a history, and Ctrl-C that cancels.
@Suite struct PromptTests {
    static func prompt(_ text: String, rows: Int = 24, cols: Int = 80, history: [String] = []) -> ReaderState {
        ReaderState(catalog: Fixtures.catalog, rows: rows, cols: cols, searchHistory: history)
            .after(.char("/")).typing(text)
    }

    /// The message row as typed, and the text of the reversed cell.
    static func line(_ s: ReaderState) -> (String, String) {
        let grid = Render.grid(s)
        return (grid.text(row: s.geometry.rows - 1), grid.text(row: s.geometry.rows - 1, style: .promptCursor))
    }

    @Test func ctrlCCancelsThePromptAndDoesNotQuit() {
        let state = Self.prompt("聊城")
        let (after, effects) = Update.update(state, .key(.ctrl("c")))
        #expect(after.prompt == nil)
        #expect(!effects.contains(.quit))
        #expect(after.filter == nil, "nothing was searched")
        #expect(after.screen == Fixtures.state(24, 80).screen)
        // Outside the prompt Ctrl-C quits, as Q does.
        #expect(Update.update(after, .key(.ctrl("c"))).1 == [.quit])
    }

    @Test func theCursorMovesAndTheLineIsEditedAtIt() {
        let s = Self.prompt("ab cd")
        #expect(Self.line(s.after(.left, .left)) == ("/ab cd", "c"))
        #expect(s.after(.left, .left).typing("X").prompt?.text == "ab Xcd")
        #expect(s.after(.ctrl("a")).typing("Y").prompt?.text == "Yab cd")
        #expect(Self.line(s.after(.ctrl("a"))) == ("/ab cd", "a"))
        #expect(s.after(.ctrl("a"), .ctrl("e")).typing("Z").prompt?.text == "ab cdZ")
        #expect(s.after(.left, .backspace).prompt?.text == "ab d")
        #expect(s.after(.ctrl("a"), .backspace).prompt?.text == "ab cd", "nothing before the cursor")
        #expect(s.after(.ctrl("a"), .left, .right, .right).prompt?.cursor == 2)
        #expect(s.after(.right).prompt?.cursor == 5)
        // Ctrl-W: the word before the cursor; Ctrl-U: all before it; Ctrl-K: all after it.
        #expect(s.after(.ctrl("w")).prompt?.text == "ab ")
        #expect(s.after(.ctrl("w"), .ctrl("w")).prompt?.text == "")
        #expect(s.after(.left, .ctrl("w")).prompt?.text == "ab d")
        #expect(s.typing(" ").after(.ctrl("w")).prompt?.text == "ab ", "the spaces after the word go with it")
        #expect(s.after(.left, .left, .ctrl("u")).prompt?.text == "cd")
        #expect(s.after(.left, .left, .ctrl("k")).prompt?.text == "ab ")
        // Chinese characters are one step each, and the cursor cell covers one whole.
        let han = Self.prompt("聊城市")
        #expect(Self.line(han.after(.left)) == ("/聊城市", "市"))
        #expect(han.after(.left, .backspace).prompt?.text == "聊市")
    }

    @Test func theCursorStaysInViewOnANarrowScreen() {
        let s = Self.prompt(String(repeating: "聊城", count: 30), rows: 12, cols: 40)
        let (end, under) = Self.line(s)
        #expect(under == " ")
        #expect(end.hasPrefix("/") && end.hasSuffix("聊城"))
        let (start, first) = Self.line(s.after(.ctrl("a")))
        #expect(first == "聊")
        #expect(start.hasPrefix("/聊城聊城"))
    }

    @Test func upAndDownWalkTheHistory() {
        let s = Self.prompt("新", history: ["春灌", "聊城"])
        #expect(s.after(.up).prompt?.text == "聊城")
        #expect(s.after(.up, .up).prompt?.text == "春灌")
        #expect(s.after(.up, .up, .up).prompt?.text == "春灌", "the oldest stays")
        #expect(s.after(.up, .up, .down).prompt?.text == "聊城")
        #expect(s.after(.up, .down).prompt?.text == "新", "back to what was being typed")
        #expect(s.after(.down).prompt?.text == "新")
        #expect(Self.line(s.after(.up)) == ("/聊城", " "), "the cursor at the end of what came back")
        // A recalled query searches when Enter is pressed.
        #expect(s.after(.up, .enter).filter?.text == "聊城")
    }

    @Test func aCommittedSearchIsRememberedOnce() {
        let s = Self.prompt("聊城", history: ["聊城", "春灌"])
        let (after, effects) = Update.update(s, .key(.enter))
        #expect(effects == [.rememberSearch("聊城")])
        #expect(after.searchHistory == ["春灌", "聊城"], "moved to the newest, not repeated")
        #expect(after.after(.char("/"), .up).prompt?.text == "聊城")
        // Cancelled, nothing is remembered.
        #expect(Update.update(s, .key(.escape)).1 == [])
        // One that finds nothing is remembered too: it was typed.
        #expect(Update.update(Self.prompt("没有的词"), .key(.enter)).1 == [.rememberSearch("没有的词")])
    }

    @Test func slashEnterRepeatsTheLastSearchOfTheScreen() {
        let listed = Self.prompt("聊城").after(.enter)
        let cleared = listed.after(.escape)
        #expect(cleared.filter == nil)
        let (again, effects) = Update.update(cleared.after(.char("/")), .key(.enter))
        #expect(again.filter?.text == "聊城")
        #expect(effects == [.rememberSearch("聊城")])
        #expect(again.screen == listed.screen)
        // The article has a last search of its own.
        let opened = again.after(.enter).after(.char("/")).typing("聊").after(.enter)
        #expect(opened.search?.queries.first?.text == "聊")
        let moved = opened.after(.char("/"), .enter)
        #expect(moved.search?.queries.first?.text == "聊")
        #expect(moved.lastSearch[.reader] == "聊" && moved.lastSearch[.list] == "聊城")
        // No search yet, no history: says so.
        let none = Fixtures.state(24, 80).after(.char("/"), .enter)
        #expect(none.prompt == nil)
        #expect(none.screen[23].hasPrefix("No earlier search"))
        // A history from an earlier session is the fallback.
        #expect(Self.prompt("", history: ["聊城"]).after(.enter).filter?.text == "聊城")
    }

    @Test func theHelpListsThePromptKeys() {
        let help = Fixtures.state(200, 100).after(.char("?")).screen.joined(separator: "\n")
        #expect(help.contains("Search and limit prompts (/, L)"))
        #expect(help.contains("Esc Ctrl-C Ctrl-G"))
        #expect(help.contains("↑ Ctrl-P"))
        #expect(help.contains("Ctrl-W"))
    }
}
