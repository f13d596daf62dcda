/// Character classes the parser works with, on Unicode scalars.
enum Scalars {
    static func isCJK(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x2FFFF, 0x3007: return true
        default: return false
        }
    }

    /// CJK ideographs and full-width punctuation: the characters between which
    /// spaces are layout noise.
    static func isWide(_ s: Unicode.Scalar) -> Bool {
        if isCJK(s) { return true }
        switch s.value {
        case 0x3000...0x303F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x2018, 0x2019, 0x201C, 0x201D,
             0x2014, 0x2026, 0x00B7, 0x2022, 0x25A0, 0x25A1:
            return true
        default:
            return false
        }
    }

    /// `①` to `⑳`: a picture's or an item's number.
    static func isCircledNumber(_ s: Unicode.Scalar) -> Bool { (0x2460...0x2473).contains(s.value) }

    static func isSpace(_ s: Unicode.Scalar) -> Bool {
        s == " " || s == "\t" || s == "\u{3000}" || s == "\u{A0}" || s == "\u{FEFF}"
    }

    /// A slash as copies print it: half-width, full-width, the division and
    /// fraction slashes (`记者林怡君∕台北报导`, `文/摄`).
    static func isSlash(_ s: Unicode.Scalar) -> Bool {
        // (`╱`, U+2571, as Taiwan's and overseas papers set a byline's slash.)
        s == "/" || s == "／" || s == "\u{2215}" || s == "\u{2044}" || s == "\u{2571}"
    }

    /// Sentence-final punctuation, full- and half-width.
    static let sentenceEnd = ScalarClass("。！？!?…")
    /// What may follow a sentence end and still close the sentence.
    static let closers = ScalarClass("”’」』）)》〉】\"'")
    /// Clause punctuation: a line ending in one is mid-sentence.
    static let clausePunct = ScalarClass("，、；：,;:")

    /// Display width as a terminal would count it (CJK and full-width = 2).
    static func width(_ s: Unicode.Scalar) -> Int {
        // Every line is measured: ASCII and the common ideographs first.
        if s.value < 0x80 { return 1 }
        if s.value >= 0x4E00 && s.value <= 0x9FFF { return 2 }
        if isWide(s) { return 2 }
        if s.value >= 0x1100 && (0x2E80...0xA4CF).contains(s.value) { return 2 }
        return 1
    }

    static func width(_ scalars: some Sequence<Unicode.Scalar>) -> Int {
        scalars.reduce(0) { $0 + width($1) }
    }

    /// The scalars of a text. Decoding the UTF-8 by hand is several times
    /// faster than iterating `unicodeScalars` (the text is valid UTF-8: it
    /// is a String).
    static func of(_ text: String) -> [Unicode.Scalar] {
        var text = text
        return text.withUTF8 { bytes in
            // Sized exactly (a byte that is not a continuation byte starts a
            // scalar): Chinese text has a third as many scalars as bytes.
            // (Counted eight bytes at a time: a continuation byte has bit 7
            // set and bit 6 clear.)
            var continuations = 0, i = 0
            let raw = UnsafeRawBufferPointer(bytes)
            while i + 8 <= bytes.count {
                let w = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                continuations &+= (w & ~(w << 1) & 0x8080_8080_8080_8080).nonzeroBitCount
                i += 8
            }
            while i < bytes.count { if bytes[i] & 0xC0 == 0x80 { continuations += 1 }; i += 1 }
            let scalarCount = bytes.count - continuations
            // Written straight into the array's storage: no capacity check
            // per scalar. The bytes are a String's, valid UTF-8, so each
            // value decoded is a scalar and is stored as one unchecked.
            return [Unicode.Scalar](unsafeUninitializedCapacity: scalarCount) { out, initialized in
                var i = 0, k = 0
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
                    out[k] = unsafeBitCast(v, to: Unicode.Scalar.self)
                    k += 1
                }
                initialized = k
            }
        }
    }

    /// Arabic digit value of an ASCII or full-width digit.
    static func digit(_ s: Unicode.Scalar) -> Int? {
        switch s.value {
        case 0x30...0x39: return Int(s.value - 0x30)
        case 0xFF10...0xFF19: return Int(s.value - 0xFF10)
        default: return nil
        }
    }
}

/// A small set of scalars, tested without hashing (it is asked about every
/// character of every page).
/// A set of scalars of the Basic Multilingual Plane as a bitmap (8 KB):
/// one load and a shift a test, for classes asked of every scalar of a page.
struct ScalarBitmap: Sendable {
    private var words = [UInt64](repeating: 0, count: 1024)

    init(_ members: some Sequence<Unicode.Scalar>) {
        for s in members where s.value < 0x10000 { words[Int(s.value >> 6)] |= 1 << (s.value & 63) }
    }

    init(where test: (Unicode.Scalar) -> Bool) {
        for v in 0..<0x10000 {
            if let s = Unicode.Scalar(UInt32(v)), test(s) { words[v >> 6] |= 1 << UInt64(v & 63) }
        }
    }

    func contains(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return v < 0x10000 && words[Int(v >> 6)] & (1 << (v & 63)) != 0
    }
}

struct ScalarClass: Sendable {
    private let members: [UInt32]
    /// Bit `v % 64` set for each member `v`: one test turns most characters
    /// away before the members are looked at.
    private let filter: UInt64
    init(_ text: String) {
        members = text.unicodeScalars.map(\.value).sorted()
        filter = members.reduce(0) { $0 | 1 << ($1 & 63) }
    }
    func contains(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        guard filter & 1 << (v & 63) != 0 else { return false }
        for m in members where m >= v { return m == v }
        return false
    }
}

extension Array where Element == Unicode.Scalar {
    /// The text of these scalars. Built from UTF-8 in one pass: appending
    /// to a String.UnicodeScalarView one scalar at a time is many times slower.
    var string: String {
        // Written straight into the string's storage, sized exactly (a short
        // name then fits in the string itself, with no allocation).
        var length = 0
        for s in self { length += UTF8.width(s) }
        return String(unsafeUninitializedCapacity: length) { buffer in
            var n = 0
            for s in self {
                UTF8.encode(s) { buffer[n] = $0; n += 1 }
            }
            return n
        }
    }

    /// Whether the text ends a sentence: `。！？…` possibly followed by closers.
    var endsSentence: Bool { endsSentence(before: count) }

    /// Whether the text up to `end` ends a sentence (no copy of it made).
    func endsSentence(before end: Int) -> Bool {
        var i = end - 1
        while i >= 0 && (Scalars.closers.contains(self[i]) || Scalars.isSpace(self[i])) { i -= 1 }
        return i >= 0 && Scalars.sentenceEnd.contains(self[i])
    }

    /// Text printed letter-spaced (`本 报 记 者  王 芳  孙 磊`): single spaces
    /// between characters go, wider gaps become one space. Other text is
    /// returned as it is.
    func unspread() -> [Unicode.Scalar] {
        var singles = 0, chars = 0
        var i = 0
        while i < count {
            if !Scalars.isSpace(self[i]) {
                chars += 1
                if i + 2 < count, self[i + 1] == " ", !Scalars.isSpace(self[i + 2]) { singles += 1 }
            }
            i += 1
        }
        guard chars >= 4, singles * 10 >= (chars - 1) * 6 else { return self }
        var out: [Unicode.Scalar] = []
        i = 0
        while i < count {
            if Scalars.isSpace(self[i]) {
                var j = i
                while j < count && Scalars.isSpace(self[j]) { j += 1 }
                if j - i >= 2 || self[i] == "\u{3000}", !out.isEmpty, j < count { out.append(" ") }
                i = j
                continue
            }
            out.append(self[i])
            i += 1
        }
        return out
    }

    /// The letter-spaced opening of a text closed up (`本 报 长 春 4 月 8 日
    /// 讯 （ 记 者  孙磊 ）8日，…` → `本报长春4月8日讯（记者 孙磊）8日，…`).
    func unspreadOpening() -> [Unicode.Scalar] {
        var end = 0
        var spread = 0
        var i = 0
        while i + 1 < count {
            guard !Scalars.isSpace(self[i]) else { i += 1; continue }
            if Scalars.isSpace(self[i + 1]) { spread += 1; end = i + 1; i += 1; continue }
            // Two characters side by side: the spread text ends here, unless
            // only a character or two run on (a name closed up by a wrap).
            var j = i + 1
            while j < count && !Scalars.isSpace(self[j]) && j - i < 4 { j += 1 }
            if j < count, Scalars.isSpace(self[j]), j - i < 4 { end = j; i = j; continue }
            break
        }
        guard spread >= 4 else { return self }
        return Array(self[..<end]).unspread() + self[end...].drop(while: Scalars.isSpace)
    }

    /// The index after the last character that is not a space.
    var trimmedEnd: Int {
        var b = count
        while b > 0 && Scalars.isSpace(self[b - 1]) { b -= 1 }
        return b
    }

    /// The last index in `from..<end` where `predicate` holds: a search of
    /// the end of a text only, however long the text.
    func lastIndex(from start: Int, before end: Int, where predicate: (Unicode.Scalar) -> Bool) -> Int? {
        var i = end - 1
        while i >= Swift.max(0, start) {
            if predicate(self[i]) { return i }
            i -= 1
        }
        return nil
    }

    func trimmed() -> [Unicode.Scalar] {
        var a = startIndex, b = endIndex
        while a < b && Scalars.isSpace(self[a]) { a += 1 }
        while b > a && Scalars.isSpace(self[b - 1]) { b -= 1 }
        // Most text has nothing to trim: no copy then.
        if a == startIndex && b == endIndex { return self }
        return Array(self[a..<b])
    }

    // These compare in place: they run on every line of every page.

    func contains(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first else { return true }
        var i = 0
        while i < count {
            if self[i] == first && matches(text, at: i) { return true }
            i += 1
        }
        return false
    }

    func matches(_ text: String, at start: Int) -> Bool {
        var i = start
        for s in text.unicodeScalars {
            if i >= count || self[i] != s { return false }
            i += 1
        }
        return true
    }

    func hasPrefix(_ text: String) -> Bool { matches(text, at: 0) }

    func hasSuffix(_ text: String) -> Bool {
        // Compared from the end: counting the text's scalars first walks it twice.
        var i = count
        for s in text.unicodeScalars.reversed() {
            i -= 1
            if i < 0 || self[i] != s { return false }
        }
        return true
    }

    // The same for words made scalars once (static word lists): no UTF-8
    // decoding of a String per position.

    func contains(_ word: [Unicode.Scalar]) -> Bool {
        guard let first = word.first else { return true }
        var i = 0
        while i < count {
            if self[i] == first && matches(word, at: i) { return true }
            i += 1
        }
        return false
    }

    func matches(_ word: [Unicode.Scalar], at start: Int) -> Bool {
        guard start >= 0, start + word.count <= count else { return false }
        var k = 0
        while k < word.count {
            if self[start + k] != word[k] { return false }
            k += 1
        }
        return true
    }

    func hasPrefix(_ word: [Unicode.Scalar]) -> Bool { matches(word, at: 0) }

    func hasSuffix(_ word: [Unicode.Scalar]) -> Bool {
        word.count <= count && matches(word, at: count - word.count)
    }

    func range(of needle: [Unicode.Scalar], from start: Int = 0) -> Range<Int>? {
        guard !needle.isEmpty, count >= needle.count else { return nil }
        var i = Swift.max(0, start)
        while i + needle.count <= count {
            if self[i] == needle[0] {
                var j = 1
                while j < needle.count && self[i + j] == needle[j] { j += 1 }
                if j == needle.count { return i..<(i + needle.count) }
            }
            i += 1
        }
        return nil
    }

    func countOf(_ set: ScalarClass) -> Int {
        reduce(0) { set.contains($1) ? $0 + 1 : $0 }
    }
}
