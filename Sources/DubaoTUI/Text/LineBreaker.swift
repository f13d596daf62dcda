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

    static let closing: Set<Unicode.Scalar> = Set("，。、；：？！）」』”’》〉】〕…·,.;:?!)]%％".unicodeScalars)
    static let opening: Set<Unicode.Scalar> = Set("（「『“‘《〈【〔([".unicodeScalars)

    /// The lines of `text`, the first prefixed with `indent`.
    public func lines(_ text: String, indent: String = "") -> [String] {
        let scalars = Array(text.unicodeScalars)
        let units = Self.units(scalars)
        var lines: [String] = []
        var line = String.UnicodeScalarView(indent.unicodeScalars)
        var used = DisplayWidth.of(indent, ambiguous: ambiguous)
        for unit in units {
            let piece = scalars[unit]
            let w = piece.reduce(0) { $0 + DisplayWidth.of($1, ambiguous: ambiguous) }
            if used + w > width && used > 0 && !(line.allSatisfy { $0 == " " || $0 == "　" }) {
                lines.append(String(line))
                line = String.UnicodeScalarView()
                used = 0
            }
            if w > width {
                // A unit longer than a line (a long URL) is cut by columns.
                for s in piece {
                    let sw = DisplayWidth.of(s, ambiguous: ambiguous)
                    if used + sw > width && used > 0 {
                        lines.append(String(line))
                        line = String.UnicodeScalarView()
                        used = 0
                    }
                    line.append(s)
                    used += sw
                }
                continue
            }
            line.append(contentsOf: piece)
            used += w
        }
        if !line.isEmpty || lines.isEmpty { lines.append(String(line)) }
        return lines
    }

    /// Splits text into unbreakable units: opening punctuation clings to what
    /// follows, closing punctuation to what precedes, runs of digits, Latin
    /// letters and their units stay whole.
    static func units(_ s: [Unicode.Scalar]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var i = 0
        while i < s.count {
            var j = i
            while j < s.count && opening.contains(s[j]) { j += 1 }
            if j < s.count {
                if isWordish(s[j]) {
                    while j < s.count && (isWordish(s[j]) || (s[j] == "." && j + 1 < s.count && isWordish(s[j + 1]))) { j += 1 }
                    // A number keeps its unit: the CJK characters right after it
                    // (亿元, 万人) up to two, and % signs.
                    if j > i, s[j - 1].properties.numericType != nil {
                        var k = 0
                        while j < s.count && k < 2 && isUnitChar(s[j]) { j += 1; k += 1 }
                    }
                } else {
                    j += 1
                }
            }
            while j < s.count && closing.contains(s[j]) { j += 1 }
            out.append(i..<max(j, i + 1))
            i = max(j, i + 1)
        }
        return out
    }

    static func isWordish(_ c: Unicode.Scalar) -> Bool {
        (c.isASCII && (c.properties.isAlphabetic || ("0"..."9").contains(c))) ||
            (0xFF10...0xFF19).contains(c.value) || (0xFF21...0xFF5A).contains(c.value)
    }

    static func isUnitChar(_ c: Unicode.Scalar) -> Bool {
        "万亿千百元人户个家项亩米吨条座所名次倍台辆套件公里平方立千瓦%％".unicodeScalars.contains(c)
    }
}
