/// Reads a number as Chinese print writes it: Arabic digits (half- or
/// full-width, with decimals and thousands separators), Chinese numerals
/// (`十二`, `一千二百`, `两`, `三点五`), and scale words after either
/// (`4.5万`, `303.14亿`, `三千五百万`), with the `多`/`余` that may stand
/// between a number and its scale (`500多万`, `10万余`).
struct NumberReading {
    var value: Double
    /// Index just past the number and its scale words.
    var end: Int
    /// `多` or `余` was read: the number is a lower bound.
    var approximateAbove = false
    /// The product of the scale words read (`万` 1e4, `亿` 1e8, `万亿` 1e12).
    var scale: Double = 1
    var isArabic: Bool
    /// Arabic digits before any decimal point (4 for `2023`).
    var integerDigits = 0
    var hasFraction = false
    /// Digits after the decimal point (2 for `884.15`).
    var fractionDigits = 0
    /// Exactly `一`: in prose nearly always an article (`一批`, `一条心`), not a count.
    var isLoneOne = false
    /// A run of digits that is no quantity: `十四五`, `二〇二三`, `一二三`.
    var isMalformed = false

    /// A four-digit Arabic whole number that reads as a year (`2023`).
    var looksLikeYear: Bool {
        isArabic && integerDigits == 4 && !hasFraction && scale == 1 && value >= 1000 && value <= 2199
    }
}

enum ChineseNumeral {
    static func arabicDigit(_ s: Unicode.Scalar) -> Int? {
        switch s.value {
        case 0x30...0x39: return Int(s.value - 0x30)
        case 0xFF10...0xFF19: return Int(s.value - 0xFF10)
        default: return nil
        }
    }

    static func chineseDigit(_ s: Unicode.Scalar) -> Int? {
        switch s {
        case "〇", "零": return 0
        case "一", "壹": return 1
        case "二", "两", "贰": return 2
        case "三", "叁": return 3
        case "四", "肆": return 4
        case "五", "伍": return 5
        case "六", "陆": return 6
        case "七", "柒": return 7
        case "八", "捌": return 8
        case "九", "玖": return 9
        default: return nil
        }
    }

    /// Where a number can start: an Arabic digit, a Chinese digit or `十`.
    /// The scanner asks this of every character: characters of the Basic
    /// Multilingual Plane are looked up in a table made once.
    static func startsNumber(_ s: Unicode.Scalar) -> Bool {
        s.value < 0x10000 ? numberStarts[Int(s.value)] : isNumberStart(s)
    }

    private static func isNumberStart(_ s: Unicode.Scalar) -> Bool {
        arabicDigit(s) != nil || chineseDigit(s) != nil || s == "十" || s == "拾"
    }

    private static let numberStarts: [Bool] = (0..<0x10000).map { v in
        Unicode.Scalar(UInt32(v)).map(isNumberStart) ?? false
    }

    /// `千` and `百` begin units as well as scale words: `千瓦` is a unit, `百分点` too.
    private static let unitsStartingWithScale = scalarWords(["千瓦", "千米", "千克", "千伏", "千帕", "千卡", "百分点", "百分比"])

    private static func startsUnit(_ t: ScalarText, _ i: Int) -> Bool {
        unitsStartingWithScale.contains { t.has($0, at: i) }
    }

    /// Whether `r` holds digits spread one by one with single spaces (`4 1 2`).
    static func isSpreadDigits(_ t: ScalarText, _ r: Range<Int>) -> Bool {
        r.count >= 3 && r.contains { t.scalars[$0] == " " || t.scalars[$0] == "\u{3000}" }
    }

    static func read(_ t: ScalarText, at start: Int) -> NumberReading? {
        guard let first = t[start] else { return nil }
        var reading: NumberReading
        if arabicDigit(first) != nil { reading = readArabic(t, at: start) }
        else if chineseDigit(first) != nil || first == "十" || first == "拾" { reading = readChinese(t, at: start) }
        else { return nil }
        if reading.hasFraction {
            // 312.4亿 is 31240000000, not 31239999999.999996: round to the
            // precision printed.
            var places = reading.fractionDigits
            var scale = reading.scale
            while scale >= 10 && places > 0 { scale /= 10; places -= 1 }
            var p = 1.0
            for _ in 0..<places { p *= 10 }
            reading.value = (reading.value * p).rounded() / p
        }
        return reading
    }

    // MARK: Arabic

    private static func readArabic(_ t: ScalarText, at start: Int) -> NumberReading {
        var j = start
        var integer = 0.0
        var digits = 0
        while let s = t[j], let d = arabicDigit(s) {
            integer = integer * 10 + Double(d); digits += 1; j += 1
            // `4 1 2`: digits spread one by one by justification are one number.
            if let sp = t[j], sp == " " || sp == "\u{3000}", let n = t[j + 1], arabicDigit(n) != nil,
               t[j - 2].map({ arabicDigit($0) == nil && $0 != "." && $0 != "．" }) ?? true,
               t[j + 2].map({ arabicDigit($0) == nil && $0 != "." && $0 != "．" && $0 != "%" }) ?? true {
                j += 1
                continue
            }
            // A thousands separator: `,` or `，` followed by exactly three digits.
            if let sep = t[j], sep == "," || sep == "，", digits <= 3 || digits % 3 == 0,
               let a = t[j + 1], arabicDigit(a) != nil, let b = t[j + 2], arabicDigit(b) != nil,
               let c = t[j + 3], arabicDigit(c) != nil, t[j + 4].map({ arabicDigit($0) == nil }) ?? true {
                j += 1
            }
        }
        var reading = NumberReading(value: integer, end: j, isArabic: true, integerDigits: digits)
        if let dot = t[j], dot == "." || dot == "．", let f = t[j + 1], arabicDigit(f) != nil {
            var fraction = 0.0, place = 0.1
            j += 1
            while let s = t[j], let d = arabicDigit(s) {
                fraction += Double(d) * place; place /= 10; j += 1
                reading.fractionDigits += 1
            }
            reading.value += fraction
            reading.hasFraction = true
        }
        reading.end = j
        readScale(t, into: &reading, allowHundreds: true)
        return reading
    }

    // MARK: Chinese

    private static func readChinese(_ t: ScalarText, at start: Int) -> NumberReading {
        var high = 0.0      // everything at 亿 level and above
        var wan = 0.0       // the 万 group
        var section = 0.0   // below 万
        var digit: Double? = nil
        var lastWasDigit = false, lastWasScale = false
        var malformed = false
        var j = start
        var consumed = 0
        var approximate = false
        loop: while let s = t[j] {
            if let d = chineseDigit(s) {
                if d == 0 {
                    // 零 fills a gap after a scale word (一千零五); after a digit it
                    // is a digit-by-digit year or code (二〇二三).
                    if lastWasDigit { malformed = true }
                    else if !lastWasScale && consumed > 0 { malformed = true }
                    if consumed == 0 { digit = 0 }
                    lastWasDigit = consumed == 0 || lastWasDigit
                    j += 1; consumed += 1
                    continue
                }
                if lastWasDigit { malformed = true }
                digit = Double(d); lastWasDigit = true; lastWasScale = false
            } else if s == "十" || s == "拾" {
                section += (digit ?? 1) * 10; digit = nil
                lastWasDigit = false; lastWasScale = true
            } else if (s == "百" || s == "佰" || s == "千" || s == "仟") && !startsUnit(t, j) {
                guard let d = digit else {
                    if consumed == 0 { return NumberReading(value: 0, end: j, isArabic: false, isMalformed: true) }
                    break loop
                }
                section += d * ((s == "百" || s == "佰") ? 100 : 1000); digit = nil
                lastWasDigit = false; lastWasScale = true
            } else if s == "万" || s == "萬" {
                let group = section + (digit ?? 0)
                if group == 0 { break loop }
                wan = group * 10_000; section = 0; digit = nil
                lastWasDigit = false; lastWasScale = true
            } else if s == "亿" {
                let group = wan + section + (digit ?? 0)
                if group == 0 && high == 0 { break loop }
                high = (high + group) * 100_000_000; wan = 0; section = 0; digit = nil
                lastWasDigit = false; lastWasScale = true
            } else if s == "点", wan == 0, high == 0, let next = t[j + 1], let _ = chineseDigit(next) {
                // 六点五: a decimal; the scale words after it apply to the whole.
                var fraction = 0.0, place = 0.1, places = 0
                j += 1
                while let f = t[j], let d = chineseDigit(f) {
                    fraction += Double(d) * place; place /= 10; j += 1; places += 1
                }
                var reading = NumberReading(value: section + (digit ?? 0) + fraction, end: j,
                                            isArabic: false, hasFraction: true, fractionDigits: places,
                                            isMalformed: malformed)
                readScale(t, into: &reading, allowHundreds: false)
                return reading
            } else if (s == "多" || s == "余") && !approximate && consumed > 0, let next = t[j + 1],
                      next == "万" || next == "亿" {
                // 三十多万: the bound word sits before the scale.
                approximate = true
                j += 1
                continue
            } else {
                break
            }
            j += 1; consumed += 1
        }
        let value = high + wan + section + (digit ?? 0)
        var reading = NumberReading(value: value, end: j, approximateAbove: approximate, isArabic: false,
                                    isMalformed: malformed)
        if high > 0 { reading.scale = 100_000_000 } else if wan > 0 { reading.scale = 10_000 }
        reading.isLoneOne = consumed == 1 && t[start] == "一"
        if j < t.count, !malformed {
            // A trailing 多/余 before a unit: 十余名, 二十多个.
            if let s = t[j], s == "多" || s == "余" {
                reading.approximateAbove = true
                reading.end = j + 1
            }
        }
        return reading
    }

    // MARK: Scale words after a number

    /// Applies `万`, `亿` (and after Arabic digits `千`, `百`) and the `多`/`余`
    /// that may stand before or after them.
    private static func readScale(_ t: ScalarText, into r: inout NumberReading, allowHundreds: Bool) {
        var j = r.end
        if let s = t[j], s == "多" || s == "余", let next = t[j + 1], isScale(next, t, j + 1, allowHundreds) {
            r.approximateAbove = true
            j += 1
        }
        var applied = false
        while let s = t[j], isScale(s, t, j, allowHundreds) {
            let factor: Double
            switch s {
            case "万", "萬": factor = 10_000
            case "亿": factor = 100_000_000
            case "千", "仟": factor = 1_000
            default: factor = 100
            }
            r.value *= factor; r.scale *= factor
            applied = true
            j += 1
        }
        if applied || !r.approximateAbove, let s = t[j], s == "多" || s == "余" {
            r.approximateAbove = true
            j += 1
        }
        r.end = j
    }

    private static func isScale(_ s: Unicode.Scalar, _ t: ScalarText, _ j: Int, _ allowHundreds: Bool) -> Bool {
        switch s {
        case "万", "萬", "亿": return true
        case "千", "百", "仟", "佰": return allowHundreds && !startsUnit(t, j)
        default: return false
        }
    }
}
