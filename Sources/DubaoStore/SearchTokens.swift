import DubaoCore

/// The text the search index is given, and the queries it is asked.
///
/// The index is FTS5 with its `ascii` tokenizer over words we make ourselves:
/// every pair of neighbouring scalars of the folded text (`SearchFolding`:
/// width, case, Traditional → Simplified; spaces and line breaks dropped) is
/// one word, and the last scalar of each line stands alone. A query of two
/// scalars or more is then the phrase of its pairs, which matches exactly
/// where the folded query is a substring of a line; a one-scalar query is the
/// prefix of a word. Every length is answered by the index, none by a scan.
///
/// Punctuation (，。、“”《》—…) is no part of a word: it ends a run as a line
/// break does, which keeps the index a third smaller. A query holding
/// punctuation asks for each run between (all of them), and the articles
/// found are checked against the whole query. `%`, `.`, `#`, `&`, `@`, `_`
/// and `/` count as word characters: they are part of what people search
/// (`8%`, `4.5`, `C#`).
///
/// ASCII symbols would split `ascii` words, so they are moved into the
/// private-use area (U+E000 + the ASCII value); letters and digits stay, and
/// every other scalar is a word character to `ascii` already.
public enum SearchTokens {
    /// Bumped whenever the words change for the same text (folding tables
    /// included): the index is then rebuilt on the next sync.
    public static let version = 2

    /// The index words of `text`; a line break ends a line.
    public static func words(of text: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count * 2 + 16)
        var previous: UInt32? = nil
        func flush() {
            if let p = previous {
                append(p, to: &out)
                out.append(0x20)
            }
            previous = nil
        }
        for s in text.unicodeScalars {
            if s.value == 0x0A { flush(); continue }
            guard let f = SearchFolding.fold(s.value) else { continue }
            if isBreak(f) { flush(); continue }
            let v = tokenSafe(f)
            if let p = previous {
                append(p, to: &out)
                append(v, to: &out)
                out.append(0x20)
            }
            previous = v
        }
        flush()
        return String(decoding: out, as: UTF8.self)
    }

    /// The FTS5 query for the scalars of a folded needle (nil when empty):
    /// the phrase of its pairs, or a one-scalar prefix.
    public static func match(folded needle: [UInt32]) -> String? {
        guard !needle.isEmpty else { return nil }
        var out: [UInt8] = [0x22]  // "
        if needle.count == 1 {
            append(tokenSafe(needle[0]), to: &out)
            out += [0x22, 0x2A]  // "*
            return String(decoding: out, as: UTF8.self)
        }
        for i in 0..<(needle.count - 1) {
            if i > 0 { out.append(0x20) }
            append(tokenSafe(needle[i]), to: &out)
            append(tokenSafe(needle[i + 1]), to: &out)
        }
        out.append(0x22)
        return String(decoding: out, as: UTF8.self)
    }

    /// The runs of a folded needle between its punctuation.
    public static func runs(of needle: [UInt32]) -> [[UInt32]] {
        needle.split(whereSeparator: isBreak).map(Array.init)
    }

    /// Punctuation, which no index word holds (see above).
    @inline(__always)
    static func isBreak(_ v: UInt32) -> Bool {
        if v < 0x80 {
            switch v {
            case 0x25, 0x2E, 0x23, 0x26, 0x40, 0x5F, 0x2F: return false  // % . # & @ _ /
            case 0x21...0x2F, 0x3A...0x40, 0x5B...0x60, 0x7B...0x7E:
                // ASCII punctuation; the symbols $ + < = > ^ ` | ~ stay words.
                switch v {
                case 0x24, 0x2B, 0x3C, 0x3D, 0x3E, 0x5E, 0x60, 0x7C, 0x7E: return false
                default: return true
                }
            default: return false
            }
        }
        if v < 0x2000 && v != 0xB7 && v != 0xA7 { return false }
        // Han characters, nearly every scalar of a page, are letters: no
        // lookup of their category (a twentieth of a sync's time).
        if (0x3400...0x9FFF).contains(v) || (0x20000...0x3FFFF).contains(v) { return false }
        guard let s = Unicode.Scalar(v) else { return false }
        switch s.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation:
            return v != 0x2030  // ‰
        default:
            return false
        }
    }

    /// The index word of two scalars, as `search_terms` lists it.
    static func pair(_ a: UInt32, _ b: UInt32) -> String {
        var out: [UInt8] = []
        append(tokenSafe(a), to: &out)
        append(tokenSafe(b), to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// The first scalar of an index word.
    static func firstScalar(ofTerm term: String) -> UInt32? {
        guard let v = term.unicodeScalars.first?.value else { return nil }
        return (0xE000..<0xE080).contains(v) ? v - 0xE000 : v
    }

    /// The second scalar of an index word, nil for a lone one.
    static func secondScalar(ofTerm term: String) -> UInt32? {
        var it = term.unicodeScalars.makeIterator()
        _ = it.next()
        guard let v = it.next()?.value else { return nil }
        return (0xE000..<0xE080).contains(v) ? v - 0xE000 : v
    }

    @inline(__always)
    static func tokenSafe(_ v: UInt32) -> UInt32 {
        guard v < 0x80 else { return v }
        switch v {
        case 0x30...0x39, 0x61...0x7A: return v
        default: return 0xE000 + v
        }
    }

    @inline(__always)
    static func append(_ v: UInt32, to out: inout [UInt8]) {
        switch v {
        case 0..<0x80:
            out.append(UInt8(v))
        case 0x80..<0x800:
            out.append(UInt8(0xC0 | (v >> 6)))
            out.append(UInt8(0x80 | (v & 0x3F)))
        case 0x800..<0x10000:
            out.append(UInt8(0xE0 | (v >> 12)))
            out.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
            out.append(UInt8(0x80 | (v & 0x3F)))
        default:
            out.append(UInt8(0xF0 | (v >> 18)))
            out.append(UInt8(0x80 | ((v >> 12) & 0x3F)))
            out.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
            out.append(UInt8(0x80 | (v & 0x3F)))
        }
    }

    /// Whether a folded needle holds something to look for: a letter, a digit
    /// or a Han character, not only punctuation.
    public static func hasSubstance(_ needle: [UInt32]) -> Bool {
        needle.contains { v in
            guard let s = Unicode.Scalar(v) else { return false }
            let p = s.properties
            return p.isAlphabetic || p.numericType != nil
        }
    }
}
