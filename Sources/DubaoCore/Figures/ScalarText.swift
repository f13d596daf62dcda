/// A block of text as an array of Unicode scalars, with the small lookups the
/// figure finder needs. Scanning scalars (not `Character`s) keeps the hot loop
/// cheap: every position is one array access.
struct ScalarText {
    let scalars: [Unicode.Scalar]

    init(_ text: String) {
        scalars = Scalars.of(text)
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
        // Written straight into the string's storage, sized exactly.
        var length = 0
        for k in lo..<hi { length += UTF8.width(scalars[k]) }
        return String(unsafeUninitializedCapacity: length) { buffer in
            var n = 0
            for k in lo..<hi { UTF8.encode(scalars[k]) { buffer[n] = $0; n += 1 } }
            return n
        }
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
