/// How text is compared when searching: full-width and half-width forms are
/// one (`５０００` is `5000`, `％` is `%`), Latin letters ignore case,
/// Traditional Chinese characters are their Simplified forms (`灌區` is `灌区`,
/// `經濟` is `经济`), and whitespace does not count, so the line breaks and
/// justification spaces a page leaves in its text never stop a match.
///
/// Traditional → Simplified is per scalar, one scalar to one, from ICU's
/// "Hant-Hans" transform (`Generated/HanTables.swift`, written by
/// `scripts/generate-search-tables.swift`); a compatibility ideograph (U+F900…)
/// folds as its canonical equivalent. It is many to one, so a few Simplified
/// characters stand for two (`後` and `后` are both `后`, `著` is `着`): text and
/// query must both be folded, and then a search finds either. Folding is
/// idempotent: `fold(fold(v)) == fold(v)`.
public enum SearchFolding {
    /// The folded form of a scalar, or nil for whitespace (which is skipped).
    /// O(1), no allocation (one table read for ideographs).
    @inline(__always)
    public static func fold(_ v: UInt32) -> UInt32? {
        if v < 0x80 {
            if v == 0x20 || (0x09...0x0D).contains(v) { return nil }
            if (0x41...0x5A).contains(v) { return v + 0x20 }
            return v
        }
        if v >= 0x3400 {
            if v < 0xA000 { return simplified[Int(v &- 0x3400)] }
            if v >= 0xF900 && v < 0xFB00 { return simplified[Int(v &- 0xF900) &+ 0x6C00] }
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

    /// The Simplified form of a Han character (itself when it has none);
    /// any other scalar as it is.
    @inline(__always)
    static func simplifiedHan(_ s: Unicode.Scalar) -> Unicode.Scalar {
        let v = s.value
        let f: UInt32
        if v >= 0x3400 && v < 0xA000 { f = simplified[Int(v &- 0x3400)] }
        else if v >= 0xF900 && v < 0xFB00 { f = simplified[Int(v &- 0xF900) &+ 0x6C00] }
        else { return s }
        return Unicode.Scalar(f) ?? s
    }

    /// The folded scalars of `text`.
    public static func folded(_ text: some StringProtocol) -> [UInt32] {
        var out: [UInt32] = []
        out.reserveCapacity(text.unicodeScalars.count)
        for s in text.unicodeScalars { if let f = fold(s.value) { out.append(f) } }
        return out
    }
}


extension SearchFolding {
    /// The Simplified form of every scalar of `HanTables` (itself when it has
    /// none), indexed by `HanTables.index(of:)`: decoded once, at first use.
    static let simplified: [UInt32] = {
        var table = [UInt32](repeating: 0, count: HanTables.count)
        for i in 0..<HanTables.count { table[i] = HanTables.scalar(at: i) }
        var digits: [UInt32] = []
        digits.reserveCapacity(10)
        for u in HanTables.simplifiedPairs.utf8 {
            guard let d = hexValue(u) else { continue }  // newlines
            digits.append(d)
            if digits.count == 10 {
                let from = digits[0..<5].reduce(0) { $0 << 4 | $1 }
                let to = digits[5..<10].reduce(0) { $0 << 4 | $1 }
                if let i = HanTables.index(of: from) { table[i] = to }
                digits.removeAll(keepingCapacity: true)
            }
        }
        return table
    }()

    private static func hexValue(_ u: UInt8) -> UInt32? {
        switch u {
        case 0x30...0x39: return UInt32(u - 0x30)
        case 0x41...0x46: return UInt32(u - 0x41 + 10)
        default: return nil
        }
    }
}

extension HanTables {
    /// The position of `v` in the tables: U+3400–U+9FFF, then U+F900–U+FAFF.
    @inline(__always)
    static func index(of v: UInt32) -> Int? {
        if v >= 0x3400 && v < 0xA000 { return Int(v - 0x3400) }
        if v >= 0xF900 && v < 0xFB00 { return Int(v - 0xF900) + 0x6C00 }
        return nil
    }

    /// The scalar at a position of the tables.
    static func scalar(at i: Int) -> UInt32 {
        i < 0x6C00 ? UInt32(i) + 0x3400 : UInt32(i - 0x6C00) + 0xF900
    }
}
