import DubaoCore

/// Breaks a paragraph into lines of at most `width` display columns, by the
/// rules of Chinese print (spec section 4): no closing punctuation at a line
/// start, no opening punctuation at a line end, and a number with its unit or
/// a Latin word never split.
public struct LineBreaker: Sendable {
    public var width: Int
    public var ambiguous: DisplayWidth.Ambiguous

    public init(width: Int, ambiguous: DisplayWidth.Ambiguous = .single) {
        self.width = max(1, width)
        self.ambiguous = ambiguous
    }

    static let closing: Set<Unicode.Scalar> = Set("，。、；：？！）」』”’》〉】〕〗…‥·・,.;:?!)]}%％〞．".unicodeScalars)
    static let opening: Set<Unicode.Scalar> = Set("（「『“‘《〈【〔〖([{〝".unicodeScalars)
    static let dashes: Set<Unicode.Scalar> = Set("—―".unicodeScalars)
    /// Between the two ends of a range: `5%—6%`, `2～3个`, `两至三个`.
    static let rangeJoiners: Set<Unicode.Scalar> = Set("—―–-~～－至".unicodeScalars)
    static let unitChars: Set<Unicode.Scalar> = Set("万亿千百元人户个家项亩米吨条座所名次倍台辆套件公里平方立瓦%％".unicodeScalars)

    /// The lines of `text`, the first prefixed with `indent`.
    public func lines(_ text: String, indent: String = "") -> [String] {
        let scalars = Array(text.unicodeScalars)
        let ranges = breaks(scalars, firstIndent: DisplayWidth.of(indent, ambiguous: ambiguous))
        return ranges.enumerated().map { n, r in
            var line = String.UnicodeScalarView()
            if n == 0 { line.append(contentsOf: indent.unicodeScalars) }
            line.append(contentsOf: scalars[r])
            return String(line)
        }
    }

    /// The lines of `scalars` as ranges into it. The first line has
    /// `firstIndent` columns less room. Spaces at the start of a continuation
    /// line are left out. Always at least one (possibly empty) range.
    public func breaks(_ scalars: [Unicode.Scalar], firstIndent: Int = 0) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var start = 0
        var used = firstIndent
        var lineIsEmpty = true
        for unit in Self.units(scalars) {
            var w = 0
            for i in unit { w += DisplayWidth.of(scalars[i], ambiguous: ambiguous) }
            if lineIsEmpty && !out.isEmpty && Self.isSpace(scalars, unit) {
                start = unit.upperBound   // no space at the start of a continuation line
                continue
            }
            if used + w > width && !lineIsEmpty {
                var end = unit.lowerBound
                while end > start + 1 && scalars[end - 1] == " " { end -= 1 }   // no space at a line end
                out.append(start..<end)
                start = unit.lowerBound
                used = 0
                lineIsEmpty = true
                if Self.isSpace(scalars, unit) { start = unit.upperBound; continue }
            }
            if used + w > width {
                // A unit longer than a whole line (a URL, a long number at a
                // tiny width) is cut by columns.
                for i in unit {
                    let sw = DisplayWidth.of(scalars[i], ambiguous: ambiguous)
                    if used + sw > width && i > start {
                        // Closing punctuation takes the character before it along.
                        var cut = i
                        while cut > start + 1 && Self.closing.contains(scalars[cut]) { cut -= 1 }
                        out.append(start..<cut)
                        start = cut
                        used = 0
                        for k in cut..<i { used += DisplayWidth.of(scalars[k], ambiguous: ambiguous) }
                    }
                    used += sw
                }
                lineIsEmpty = false
                continue
            }
            used += w
            lineIsEmpty = false
        }
        if start < scalars.count || out.isEmpty { out.append(start..<scalars.count) }
        return out
    }

    static func isSpace(_ s: [Unicode.Scalar], _ r: Range<Int>) -> Bool {
        r.allSatisfy { s[$0] == " " }
    }

    /// Splits text into unbreakable units: opening punctuation clings to what
    /// follows, closing punctuation to what precedes, runs of digits and Latin
    /// letters stay whole, a number keeps its decimal point, its unit and a
    /// range its two ends (`5000亿元`, `５６．８亿元`, `.56`, `5%—6%`, `2—3个`,
    /// `九个`), and a dash (`——`) is never cut in two.
    static func units(_ s: [Unicode.Scalar]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        out.reserveCapacity(s.count)
        var i = 0
        let n = s.count
        while i < n {
            var j = i
            while j < n && opening.contains(s[j]) { j += 1 }
            if j < n {
                if let end = numberEnd(s, from: j) {
                    j = end
                } else if isWordish(s[j]) {
                    // A Latin word (GDP, G20).
                    while j < n {
                        if isWordish(s[j]) { j += 1; continue }
                        if j + 1 < n && isWordish(s[j + 1]) && isDigit(s[j - 1])
                            && (decimalPoints.contains(s[j]) || s[j] == ",") {
                            j += 1
                            continue
                        }
                        break
                    }
                    if isDigit(s[j - 1]) { j = unitEnd(s, from: j, arabic: true) }
                } else if dashes.contains(s[j]) {
                    while j < n && dashes.contains(s[j]) { j += 1 }
                } else {
                    j += 1
                }
            }
            // Closing punctuation, but not the point that starts a number (`.56`).
            while j < n && closing.contains(s[j])
                && !(decimalPoints.contains(s[j]) && j + 1 < n && isDigit(s[j + 1])) { j += 1 }
            let end = max(j, i + 1)
            out.append(i..<end)
            i = end
        }
        return out
    }

    static let decimalPoints: Set<Unicode.Scalar> = [".", "．"]
    static let signs: Set<Unicode.Scalar> = ["-", "－", "+", "＋"]
    static let chineseNumerals: Set<Unicode.Scalar> = Set("〇零一二三四五六七八九十百千万亿两".unicodeScalars)
    /// What may stand between an Arabic number and its unit: `5000亿元`, `3千万人`.
    static let scales: Set<Unicode.Scalar> = Set("万亿千百".unicodeScalars)
    /// Units of dates the figures' table leaves out.
    static let dateUnits: Set<Unicode.Scalar> = Set("月日号".unicodeScalars)

    /// The end of the number that starts at `i` with its unit and, for a
    /// range, its other end; nil when no number starts there, or only Chinese
    /// numerals with neither a unit nor a range (`十分`, `万一` stay apart).
    static func numberEnd(_ s: [Unicode.Scalar], from i: Int) -> Int? {
        guard let (first, arabic) = figure(s, from: i) else { return nil }
        var j = unitEnd(s, from: first, arabic: arabic)
        var whole = arabic || j > first
        while j + 1 < s.count && rangeJoiners.contains(s[j]), let (e, a) = figure(s, from: j + 1) {
            j = unitEnd(s, from: e, arabic: a)
            whole = true
        }
        return whole ? j : nil
    }

    /// The end of the bare number at `i`: Arabic digits (half or full width)
    /// with their decimal points and thousands commas and the letters run into
    /// them (`5G`), a leading point (`.56`) or sign (`-2.4`); or a run of
    /// Chinese numerals. Whether it is Arabic.
    static func figure(_ s: [Unicode.Scalar], from i: Int) -> (Int, Bool)? {
        let n = s.count
        var j = i
        func digit(_ k: Int) -> Bool { k < n && isDigit(s[k]) }
        func pointedDigit(_ k: Int) -> Bool { k < n && (isDigit(s[k]) || (decimalPoints.contains(s[k]) && digit(k + 1))) }
        if j < n && signs.contains(s[j]) && pointedDigit(j + 1) && !(j > 0 && isWordish(s[j - 1])) { j += 1 }
        if j < n && decimalPoints.contains(s[j]) && digit(j + 1) { j += 1 }
        if digit(j) {
            while j < n {
                if isWordish(s[j]) { j += 1; continue }
                if isDigit(s[j - 1]) && (decimalPoints.contains(s[j]) || s[j] == ",") && digit(j + 1) {
                    j += 1
                    continue
                }
                break
            }
            return (j, true)
        }
        guard j == i, j < n, chineseNumerals.contains(s[j]) else { return nil }
        while j < n && chineseNumerals.contains(s[j]) { j += 1 }
        return (j, false)
    }

    /// Past the unit at `i` of a number: a scale after Arabic digits, then the
    /// longest unit of the figures' table (`亿元`, `个百分点`, `%`), a date's
    /// unit, or else up to four unit characters (`公里`).
    static func unitEnd(_ s: [Unicode.Scalar], from i: Int, arabic: Bool) -> Int {
        let n = s.count
        var j = i
        if arabic { while j < n && j - i < 2 && scales.contains(s[j]) { j += 1 } }
        guard j < n else { return j }
        let table = UnitTable.standard.unitLength(s, at: j, afterArabic: arabic)
        if table > 0 { return j + table }
        if dateUnits.contains(s[j]) { return j + 1 }
        while j < n && j - i < 4 && unitChars.contains(s[j]) { j += 1 }
        return j
    }

    @inline(__always)
    static func isDigit(_ c: Unicode.Scalar) -> Bool {
        ("0"..."9").contains(c) || (0xFF10...0xFF19).contains(c.value)
    }

    @inline(__always)
    static func isWordish(_ c: Unicode.Scalar) -> Bool {
        (c.isASCII && (("a"..."z").contains(c) || ("A"..."Z").contains(c) || ("0"..."9").contains(c))) ||
            (0xFF10...0xFF19).contains(c.value) || (0xFF21...0xFF3A).contains(c.value) || (0xFF41...0xFF5A).contains(c.value)
    }
}
