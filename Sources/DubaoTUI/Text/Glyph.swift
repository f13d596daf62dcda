/// What is actually sent to the terminal for a scalar of article text.
///
/// Control characters and escape sequences must never reach the terminal:
/// they become visible placeholders (the Control Pictures block). Marks and
/// format characters (bidi overrides, zero-width spaces) are not drawn at all.
/// When the terminal draws East Asian ambiguous characters two columns wide
/// (`.double`), they are replaced by unambiguous wide or ASCII equivalents, so
/// that curses, which counts them as one, and the terminal never disagree.
public struct Glyph: Sendable, Hashable {
    public var first: Unicode.Scalar
    /// A second one-column scalar where one wide glyph has no equivalent (`…` → `..`).
    public var second: Unicode.Scalar?
    /// Columns the glyph takes: 0 (not drawn), 1 or 2.
    public var width: Int
    /// True for a placeholder of a control character.
    public var isPlaceholder: Bool

    @inline(__always)
    public static func of(_ s: Unicode.Scalar, ambiguous: DisplayWidth.Ambiguous) -> Glyph {
        let v = s.value
        if v >= 0x20 && v < 0x7F { return Glyph(first: s, second: nil, width: 1, isPlaceholder: false) }
        if v == 0x09 { return Glyph(first: " ", second: nil, width: 1, isPlaceholder: false) }
        if v < 0x20 { return placeholder(0x2400 + v) }
        if v == 0x7F { return placeholder(0x2421) }
        if v < 0xA0 { return placeholder(0x2426) }
        if isInvisible(s) { return Glyph(first: " ", second: nil, width: 0, isPlaceholder: false) }
        let w = DisplayWidth.of(s, ambiguous: ambiguous)
        if ambiguous == .double && w == 2 && DisplayWidth.isAmbiguous(v) {
            return doubleEquivalent(v)
        }
        return Glyph(first: s, second: nil, width: w, isPlaceholder: false)
    }

    static func placeholder(_ v: UInt32) -> Glyph {
        Glyph(first: Unicode.Scalar(v)!, second: nil, width: 1, isPlaceholder: true)
    }

    @inline(__always)
    static func isInvisible(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x300 { return v == 0xAD }
        switch s.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format, .lineSeparator, .paragraphSeparator: return true
        default: return false
        }
    }

    static func doubleEquivalent(_ v: UInt32) -> Glyph {
        func wide(_ r: UInt32) -> Glyph { Glyph(first: Unicode.Scalar(r)!, second: nil, width: 2, isPlaceholder: false) }
        func pair(_ a: Unicode.Scalar, _ b: Unicode.Scalar) -> Glyph { Glyph(first: a, second: b, width: 2, isPlaceholder: false) }
        switch v {
        case 0x201C: return wide(0x301D)            // “ → 〝
        case 0x201D: return wide(0x301E)            // ” → 〞
        case 0x2018, 0x2019: return wide(0xFF07)    // ‘ ’ → ＇
        case 0x2014, 0x2015, 0x2013, 0x2010: return wide(0xFF0D)  // — → －
        case 0x2026: return pair(".", ".")          // …
        case 0x2025: return pair(".", ".")
        case 0x00B7, 0x2027, 0x2022: return wide(0x30FB)  // · → ・
        case 0x25A1: return wide(0x2B1C)            // □
        case 0x25A0: return wide(0x2B1B)            // ■
        case 0x00D7: return wide(0xFF58)            // × → ｘ
        case 0x00B0: return pair("o", " ")          // °
        case 0x2103: return pair("o", "C")          // ℃
        case 0x2500...0x257F: return wide(0xFF0D)
        case 0x2460...0x2473: // ①..⑳
            let n = Int(v - 0x2460 + 1)
            if n < 10 { return pair("(", Unicode.Scalar(UInt8(48 + n))) }
            return pair(Unicode.Scalar(UInt8(48 + n / 10)), Unicode.Scalar(UInt8(48 + n % 10)))
        default: return wide(0x3013)                // 〓, the printer's mark for a missing glyph
        }
    }
}

/// Text made safe to print on a terminal, for the line-oriented commands.
public enum TerminalSafe {
    public static func visible(_ text: String, ambiguous: DisplayWidth.Ambiguous = .single) -> String {
        var needs = false
        for s in text.unicodeScalars where s.value < 0x20 || (0x7F..<0xA0).contains(s.value) || (ambiguous == .double && DisplayWidth.isAmbiguous(s.value)) || Glyph.isInvisible(s) {
            needs = true
            break
        }
        guard needs else { return text }
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars {
            let g = Glyph.of(s, ambiguous: ambiguous)
            if g.width == 0 { continue }
            out.append(g.first)
            if let second = g.second { out.append(second) }
        }
        return String(out)
    }
}
