/// How text is compared when searching: full-width and half-width forms are
/// one (`５０００` is `5000`, `％` is `%`), Latin letters ignore case, and
/// whitespace does not count, so the line breaks and justification spaces a
/// page leaves in its text never stop a match.
public enum SearchFolding {
    /// The folded form of a scalar, or nil for whitespace (which is skipped).
    @inline(__always)
    public static func fold(_ v: UInt32) -> UInt32? {
        if v < 0x80 {
            if v == 0x20 || (0x09...0x0D).contains(v) { return nil }
            if (0x41...0x5A).contains(v) { return v + 0x20 }
            return v
        }
        switch v {
        case 0xFF21...0xFF3A: return v - 0xFEE0 + 0x20      // Ａ-Ｚ → a-z
        case 0xFF01...0xFF5E: return v - 0xFEE0             // ！-～ → !-~
        case 0x3000, 0x00A0, 0x1680, 0x2000...0x200B, 0x2028, 0x2029, 0x202F, 0x205F, 0xFEFF:
            return nil
        case 0xFFE0: return 0xA2
        case 0xFFE1: return 0xA3
        case 0xFFE2: return 0xAC
        case 0xFFE3: return 0xAF
        case 0xFFE4: return 0xA6
        case 0xFFE5: return 0xA5
        case 0xFFE6: return 0x20A9
        case 0xC0...0xDE where v != 0xD7: return v + 0x20   // Latin-1 capitals
        default: return v
        }
    }

    /// The folded scalars of `text`.
    public static func folded(_ text: some StringProtocol) -> [UInt32] {
        var out: [UInt32] = []
        out.reserveCapacity(text.unicodeScalars.count)
        for s in text.unicodeScalars { if let f = fold(s.value) { out.append(f) } }
        return out
    }
}
