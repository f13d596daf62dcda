/// Terminal display width of text, by Unicode East Asian Width, computed in
/// Swift so that layout does not depend on the C library's locale tables.
public enum DisplayWidth {
    /// How East Asian ambiguous characters (“ ” — … ·) are counted.
    public enum Ambiguous: Sendable, Hashable { case single, double }

    /// Control characters count one column: they are drawn as visible
    /// placeholders (see `Glyph`). Marks and format characters count none:
    /// they are not drawn.
    @inline(__always)
    public static func of(_ scalar: Unicode.Scalar, ambiguous: Ambiguous = .single) -> Int {
        let v = scalar.value
        if v < 0x7F { return 1 }
        if v < 0xA0 { return 1 }
        if v < 0x300 { return ambiguous == .double && isAmbiguous(v) ? 2 : 1 }
        if (0x4E00...0x9FFF).contains(v) || (0x3000...0x303E).contains(v) { return 2 }  // the common case first
        if Glyph.isInvisible(scalar) { return 0 }
        if isWide(v) { return 2 }
        if ambiguous == .double && isAmbiguous(v) { return 2 }
        return 1
    }

    public static func of(_ text: some StringProtocol, ambiguous: Ambiguous = .single) -> Int {
        var n = 0
        for s in text.unicodeScalars { n += of(s, ambiguous: ambiguous) }
        return n
    }

    static func isWide(_ v: UInt32) -> Bool {
        switch v {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF,
             0x4E00...0x9FFF, 0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF,
             0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x1F300...0x1F64F,
             0x1F900...0x1F9FF, 0x20000...0x2FFFD, 0x30000...0x3FFFD:
            return true
        default:
            return false
        }
    }

    static func isAmbiguous(_ v: UInt32) -> Bool {
        switch v {
        case 0xA1, 0xA4, 0xA7, 0xA8, 0xAA, 0xAD, 0xAE, 0xB0...0xB4, 0xB6...0xBA, 0xBC...0xBF,
             0xD7, 0xF7, 0x2010, 0x2013...0x2016, 0x2018, 0x2019, 0x201C, 0x201D,
             0x2020...0x2022, 0x2024...0x2027, 0x2030, 0x2032, 0x2033, 0x2035, 0x203B,
             0x2103, 0x2116, 0x2160...0x216B, 0x2190...0x2199, 0x2460...0x24E9,
             0x2500...0x257F, 0x25A0...0x25A1, 0x25B2, 0x25B3, 0x25BC, 0x25BD, 0x25C6...0x25C8,
             0x25CB, 0x25CE...0x25D1, 0x2605, 0x2606, 0x2609, 0x2640, 0x2642:
            return true
        default:
            return false
        }
    }

    /// The longest prefix that fits in `width` columns, with … when cut.
    public static func truncate(_ text: String, to width: Int, ambiguous: Ambiguous = .single) -> String {
        if of(text, ambiguous: ambiguous) <= width { return text }
        guard width > 0 else { return "" }
        var out = String.UnicodeScalarView()
        var used = 0
        let ellipsis = of("…", ambiguous: ambiguous)
        for s in text.unicodeScalars {
            let w = of(s, ambiguous: ambiguous)
            if used + w + ellipsis > width { break }
            out.append(s)
            used += w
        }
        return String(out) + "…"
    }

    /// `text` padded with spaces to `width` columns (truncated first if longer).
    public static func pad(_ text: String, to width: Int, ambiguous: Ambiguous = .single) -> String {
        let cut = truncate(text, to: width, ambiguous: ambiguous)
        let w = of(cut, ambiguous: ambiguous)
        return w >= width ? cut : cut + String(repeating: " ", count: width - w)
    }
}
