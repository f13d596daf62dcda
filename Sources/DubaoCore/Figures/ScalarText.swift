/// A block of text as an array of Unicode scalars, with the small lookups the
/// figure finder needs. Scanning scalars (not `Character`s) keeps the hot loop
/// cheap: every position is one array access.
struct ScalarText {
    let scalars: [Unicode.Scalar]

    init(_ text: String) {
        var text = text
        // Decoding the UTF-8 by hand is several times faster than iterating
        // `unicodeScalars` (the text is valid UTF-8: it is a String).
        scalars = text.withUTF8 { bytes in
            var out: [Unicode.Scalar] = []
            out.reserveCapacity(bytes.count)
            var i = 0
            let n = bytes.count
            while i < n {
                let b0 = UInt32(bytes[i])
                var v: UInt32
                if b0 < 0x80 { v = b0; i += 1 }
                else if b0 < 0xE0 { v = (b0 & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F); i += 2 }
                else if b0 < 0xF0 {
                    v = (b0 & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F); i += 3
                } else {
                    v = (b0 & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12 | UInt32(bytes[i + 2] & 0x3F) << 6
                        | UInt32(bytes[i + 3] & 0x3F); i += 4
                }
                out.append(Unicode.Scalar(v) ?? "\u{FFFD}")
            }
            return out
        }
    }

    init(scalars: [Unicode.Scalar]) { self.scalars = scalars }

    var count: Int { scalars.count }

    subscript(i: Int) -> Unicode.Scalar? { i >= 0 && i < scalars.count ? scalars[i] : nil }

    /// Whether `word` is printed starting at `i`.
    func has(_ word: [Unicode.Scalar], at i: Int) -> Bool {
        guard i >= 0, i + word.count <= scalars.count else { return false }
        for k in 0..<word.count where scalars[i + k] != word[k] { return false }
        return true
    }

    /// Whether `word` is printed ending just before `end`.
    func has(_ word: [Unicode.Scalar], endingAt end: Int) -> Bool {
        has(word, at: end - word.count)
    }

    func string(_ range: Range<Int>) -> String {
        let lo = max(0, range.lowerBound), hi = min(scalars.count, range.upperBound)
        guard lo < hi else { return "" }
        var bytes: [UInt8] = []
        bytes.reserveCapacity((hi - lo) * 3)
        for k in lo..<hi { UTF8.encode(scalars[k]) { bytes.append($0) } }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `range` without white space at either end.
    func trimmingSpaces(_ range: Range<Int>) -> Range<Int> {
        var lo = range.lowerBound, hi = range.upperBound
        while lo < hi, scalars[lo].properties.isWhitespace { lo += 1 }
        while hi > lo, scalars[hi - 1].properties.isWhitespace { hi -= 1 }
        return lo..<hi
    }
}

extension Unicode.Scalar {
    var isASCIILetter: Bool { (value >= 0x41 && value <= 0x5A) || (value >= 0x61 && value <= 0x7A) }
    /// CJK ideographs (the basic block and extension A).
    var isHan: Bool { (value >= 0x4E00 && value <= 0x9FFF) || (value >= 0x3400 && value <= 0x4DBF) }
}

/// A word list as scalars, built once.
func scalarWords(_ words: [String]) -> [[Unicode.Scalar]] { words.map { Array($0.unicodeScalars) } }
