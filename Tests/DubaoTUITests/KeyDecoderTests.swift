import Testing
@testable import DubaoTUI

/// Escape sequences that terminfo does not know arrive byte by byte: they are
/// read whole, and never run as the keys their bytes spell.
@Suite struct KeyDecoderTests {
    /// The keys these bytes make, with a timeout at the end (nothing more came).
    static func keys(_ text: String, timeout: Bool = true) -> [Key] {
        var d = KeyDecoder()
        var out = text.unicodeScalars.flatMap { d.feed($0.value) }
        if timeout { out += d.timeout() }
        return out
    }

    @Test func vt100PageKeysAreKeys() {
        #expect(Self.keys("\u{1B}[6~") == [.pageDown])
        #expect(Self.keys("\u{1B}[5~") == [.pageUp])
        #expect(Self.keys("\u{1B}[1~") == [.home])
        #expect(Self.keys("\u{1B}[4~") == [.end])
        #expect(Self.keys("\u{1B}[7~") == [.home])
        #expect(Self.keys("\u{1B}[8~") == [.end])
        // Complete without the timeout: nothing waits on a finished sequence.
        #expect(Self.keys("\u{1B}[6~", timeout: false) == [.pageDown])
    }

    @Test func csiAndSs3ArrowsHomeAndEnd() {
        #expect(Self.keys("\u{1B}OF") == [.end])
        #expect(Self.keys("\u{1B}OH") == [.home])
        #expect(Self.keys("\u{1B}[F") == [.end], "not Esc, [ and F (the figures view)")
        #expect(Self.keys("\u{1B}[H") == [.home])
        #expect(Self.keys("\u{1B}[A\u{1B}[B\u{1B}OC\u{1B}OD") == [.up, .down, .right, .left])
    }

    @Test func modifiersAreReadAndDropped() {
        #expect(Self.keys("\u{1B}[1;5C") == [.right])
        #expect(Self.keys("\u{1B}[1;2A") == [.up])
        #expect(Self.keys("\u{1B}[6;5~") == [.pageDown])
        #expect(Self.keys("\u{1B}[1;3F") == [.end])
    }

    @Test func unknownSequencesAreSwallowed() {
        #expect(Self.keys("\u{1B}[200~") == [], "bracketed paste start")
        #expect(Self.keys("\u{1B}[3~") == [], "Delete")
        #expect(Self.keys("\u{1B}[15~\u{1B}OP") == [], "F5, F1")
        #expect(Self.keys("\u{1B}[?1;2c") == [], "a terminal's reply")
        #expect(Self.keys("\u{1B}[<0;12;5M") == [], "an SGR mouse report")
        #expect(Self.keys("\u{1B}[M !!") == [], "an X10 mouse report")
        #expect(Self.keys("\u{1B}[Z") == [], "Shift-Tab")
        // What follows a swallowed sequence is read as usual.
        #expect(Self.keys("\u{1B}[200~j") == [.char("j")])
    }

    @Test func aLoneEscIsEscOnlyAfterTheWait() {
        var d = KeyDecoder()
        #expect(d.feed(0x1B) == [])
        #expect(d.isPending)
        #expect(d.timeout() == [.escape])
        #expect(!d.isPending)
        #expect(Self.keys("\u{1B}\u{1B}") == [.escape, .escape])
        // Esc then a control key or a function key ncurses decoded: both.
        #expect(Self.keys("\u{1B}\r") == [.escape, .enter])
        var e = KeyDecoder()
        _ = e.feed(0x1B)
        #expect(e.feed(key: .down) == [.escape, .down])
    }

    @Test func altKeysAreIgnored() {
        // Alt-q is not Esc then q (which would quit).
        #expect(Self.keys("\u{1B}q") == [])
        #expect(Self.keys("\u{1B}qj") == [.char("j")])
    }

    @Test func aBrokenOrUnfinishedSequenceRunsNothing() {
        #expect(Self.keys("\u{1B}[6") == [], "cut short by the wait")
        #expect(Self.keys("\u{1B}[6\rj") == [.enter, .char("j")], "a byte that cannot be in it is read afresh")
    }

    @Test func plainCharactersPassThrough() {
        #expect(Self.keys("jG/聊") == [.char("j"), .char("G"), .char("/"), .char("聊")])
        #expect(Self.keys("\r\u{7F}\u{03}\u{0C}") == [.enter, .backspace, .ctrl("c"), .ctrl("l")])
        #expect(Self.keys("\u{1B}Oq\u{1B}Oy") == [.char("1"), .char("9")], "the keypad in application mode")
    }

    /// What a vt100 user saw: PgDn in an article went back to the list, in the
    /// list it cleared the search.
    @Test func pageDownUnderVt100StaysInTheArticle() {
        let opened = Fixtures.state(12, 40, articles: [Fixtures.long]).after(.enter)
        let keys = Self.keys("\u{1B}[6~")
        let after = opened.after(keys)
        #expect(after.focus == .reader)
        #expect(after.top > opened.top)
        let searched = Fixtures.state(12, 40).after(.char("/")).typing("聊城").after(.enter)
        #expect(searched.filter != nil)
        #expect(searched.after(Self.keys("\u{1B}[6~")).filter != nil)
        #expect(!Fixtures.state(12, 40).after(Self.keys("\u{1B}[F")).showsFigures)
    }
}
