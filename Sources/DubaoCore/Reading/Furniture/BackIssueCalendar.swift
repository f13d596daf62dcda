/// A digital edition's calendar of back issues: its month, weekday names, rows of days.
extension Furniture {
    static let weekdayNames = ScalarClass("日一二三四五六天")
    static let calendarArrows = ScalarClass("<>＜＞«»‹›《》")

    /// A back-issue calendar: its month (`2024年04月`, `<< 2024年6月 >>`),
    /// the weekday names and rows of day numbers.
    static func isCalendarLine(_ t: [Unicode.Scalar], compact: [Unicode.Scalar]) -> Bool {
        // Rows of days: consecutive numbers of a month (a week, or the month
        // on one line).
        if let f = t.first, Scalars.digit(f) != nil, t.contains(where: Scalars.isSpace) {
            let words = t.split(whereSeparator: Scalars.isSpace)
            guard words.count >= 2, words.count <= 7 || words.count >= 10 && words.count <= 31 else { return false }
            var previous: Int?
            var days = true
            for w in words {
                guard w.count <= 2, w.allSatisfy({ Scalars.digit($0) != nil }) else { days = false; break }
                let n = w.reduce(0) { $0 * 10 + (Scalars.digit($1) ?? 0) }
                // (A row may open with the last days of the month before.)
                if !(1...31).contains(n) || (previous.map { n != $0 + 1 && !(n == 1 && $0 >= 28) } ?? false) { days = false; break }
                previous = n
            }
            if days { return true }
        }
        guard compact.count <= 24 else { return false }
        // The weekday names: 日一二三四五六 in some order, each once.
        if compact.count == 7, compact.allSatisfy(weekdayNames.contains), Set(compact).count == 7 { return true }
        // The month: a year and a month, nothing else.
        guard compact.count >= 7, compact.contains("年") else { return false }
        let month = compact.filter { !calendarArrows.contains($0) }
        guard let nian = month.firstIndex(of: "年"), nian == 4, month.last == "月",
              month[..<nian].allSatisfy({ Scalars.digit($0) != nil }) else { return false }
        let m = month[(nian + 1)..<(month.count - 1)]
        return (1...2).contains(m.count) && m.allSatisfy { Scalars.digit($0) != nil }
    }
}
