/// Finds calendar dates in text: `2023年12月26日`, `2月19日`, `十二月二十七日`.
enum DateFinder {
    struct Found {
        var date: PartialDate
        var range: Range<Int>
    }

    static let chineseDigits: [Unicode.Scalar: Int] = [
        "〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
        "六": 6, "七": 7, "八": 8, "九": 9,
    ]

    /// Reads a number of up to `maxDigits` digits ending just before `end`,
    /// going backwards: Arabic (`12`), or Chinese (`十二`, `二十七`).
    static func number(before end: Int, in t: [Unicode.Scalar], maxDigits: Int) -> (value: Int, start: Int)? {
        var i = end - 1
        var digits: [Int] = []
        while i >= 0, digits.count < maxDigits, let d = Scalars.digit(t[i]) {
            digits.insert(d, at: 0); i -= 1
        }
        if !digits.isEmpty {
            return (digits.reduce(0) { $0 * 10 + $1 }, i + 1)
        }
        // Chinese numerals for months and days: 十, 十二, 二十七, 三十一, 五.
        var j = end - 1
        var chars: [Unicode.Scalar] = []
        while j >= 0, chars.count < 3, chineseDigits[t[j]] != nil || t[j] == "十" {
            chars.insert(t[j], at: 0); j -= 1
        }
        guard !chars.isEmpty else { return nil }
        var value = 0
        if let ten = chars.firstIndex(of: "十") {
            let tens = ten == 0 ? 1 : (chineseDigits[chars[ten - 1]] ?? 0)
            let ones = ten + 1 < chars.count ? (chineseDigits[chars[ten + 1]] ?? 0) : 0
            value = tens * 10 + ones
            if ten > 1 { return nil }
        } else {
            guard chars.count == 1 else { return nil }
            value = chineseDigits[chars[0]] ?? 0
        }
        return (value, j + 1)
    }

    /// A year of four digits (Arabic or Chinese: `二〇二四`) ending before `end`;
    /// or a year of the Republic (`民国113年`, `中華民國113年`, as Taiwan's
    /// papers date their issues), 1911 plus its number.
    static func year(before end: Int, in t: [Unicode.Scalar]) -> (value: Int, start: Int)? {
        if let roc = republicYear(before: end, in: t) { return roc }
        guard end >= 4 else { return nil }
        var digits: [Int] = []
        for k in (end - 4)..<end {
            if let d = Scalars.digit(t[k]) { digits.append(d) }
            else if let d = chineseDigits[t[k]] { digits.append(d) }
            else { return nil }
        }
        if end - 5 >= 0, Scalars.digit(t[end - 5]) != nil { return nil }
        let v = digits.reduce(0) { $0 * 10 + $1 }
        return (1900...2099).contains(v) ? (v, end - 4) : nil
    }

    /// (In Chinese numerals too, as the Republic's own papers printed it:
    /// `中華民國二十五年`.)
    static func republicYear(before end: Int, in t: [Unicode.Scalar]) -> (value: Int, start: Int)? {
        guard end >= 3, let n = number(before: end, in: t, maxDigits: 3), n.value >= 1, n.start >= 2,
              t[n.start - 2] == "民", t[n.start - 1] == "国" || t[n.start - 1] == "國" else { return nil }
        return (1911 + n.value, n.start - 2)
    }

    static func dates(in t: [Unicode.Scalar]) -> [Found] {
        var found: [Found] = []
        var i = 0
        while i < t.count {
            guard t[i] == "月" else { i += 1; continue }
            // …M月D日
            guard let month = number(before: i, in: t, maxDigits: 2), (1...12).contains(month.value) else { i += 1; continue }
            var j = i + 1
            var dayDigits = 0
            var dayEnd = j
            while dayEnd < t.count, dayDigits < 3, Scalars.digit(t[dayEnd]) != nil || chineseDigits[t[dayEnd]] != nil || t[dayEnd] == "十" {
                dayEnd += 1; dayDigits += 1
            }
            guard dayEnd < t.count, dayEnd > j, t[dayEnd] == "日" || t[dayEnd] == "号",
                  let day = number(before: dayEnd, in: t, maxDigits: 2), day.start == j, (1...31).contains(day.value) else {
                i += 1
                continue
            }
            var start = month.start
            var year: Int?
            if start >= 1, t[start - 1] == "年", let y = self.year(before: start - 1, in: t) {
                year = y.value
                start = y.start
            }
            // A month directly after a number and 年 that is not a year is no date.
            found.append(Found(date: PartialDate(year: year, month: month.value, day: day.value),
                               range: start..<(dayEnd + 1)))
            j = dayEnd + 1
            i = j
        }
        return found
    }

    /// The first `周一(13/5)` of a text (looked for only where a lead has no
    /// other date: most text has none).
    static func firstWeekdayDayMonth(in t: [Unicode.Scalar]) -> Found? {
        for i in t.indices where t[i] == "(" || t[i] == "（" {
            if let d = weekdayDayMonth(in: t, open: i) { return d }
        }
        return nil
    }

    /// `周一(13/5)`, `星期六（11/5）`: a weekday and, in brackets, the day
    /// then the month, as the papers of Southeast Asia date their news.
    static func weekdayDayMonth(in t: [Unicode.Scalar], open: Int) -> Found? {
        guard open >= 2, t[open - 2] == "周" || t[open - 2] == "期",
              Furniture.weekdayNames.contains(t[open - 1]) else { return nil }
        var k = open + 1
        var day = 0, month = 0, digits = 0
        while k < t.count, let d = Scalars.digit(t[k]), digits < 2 { day = day * 10 + d; k += 1; digits += 1 }
        guard digits > 0, k < t.count, t[k] == "/" else { return nil }
        k += 1
        digits = 0
        while k < t.count, let d = Scalars.digit(t[k]), digits < 2 { month = month * 10 + d; k += 1; digits += 1 }
        guard digits > 0, k < t.count, t[k] == ")" || t[k] == "）", (1...31).contains(day), (1...12).contains(month) else { return nil }
        let start = t[open - 2] == "期" ? open - 3 : open - 2
        return Found(date: PartialDate(year: nil, month: month, day: day), range: max(0, start)..<(k + 1))
    }

    /// Four-digit years followed by 年: `2024年`, `二〇二四年`.
    static func years(in t: [Unicode.Scalar]) -> [(year: Int, range: Range<Int>)] {
        var out: [(Int, Range<Int>)] = []
        for i in t.indices where t[i] == "年" {
            if let y = year(before: i, in: t) { out.append((y.value, y.start..<(i + 1))) }
        }
        return out
    }
}
