/// Dates and times as a web site prints them.
extension Furniture {
    /// `2024-04-23`, `2024/4/23`, `09:31:27`: a web site's date or time.
    static func isWebDateWord(_ w: [Unicode.Scalar]) -> Bool {
        if w.count >= 8, w.count <= 10, w.allSatisfy({ Scalars.digit($0) != nil || $0 == "-" || $0 == "/" }), isoDate(in: w) != nil {
            return true
        }
        return w.count >= 4 && w.count <= 8 && w.contains(":") && w.allSatisfy { Scalars.digit($0) != nil || $0 == ":" }
    }

    /// `2024-05-06`, `2024/5/6`, `2024.05.06`: a date as a web site prints it.
    static func isoDate(in t: [Unicode.Scalar]) -> PartialDate? {
        func number(_ from: Int, _ count: ClosedRange<Int>) -> (Int, Int)? {
            var j = from, n = 0
            while j < t.count, let d = Scalars.digit(t[j]), j - from < count.upperBound { n = n * 10 + d; j += 1 }
            return count.contains(j - from) ? (n, j) : nil
        }
        var i = 0
        while i + 8 <= t.count {
            if (i == 0 || Scalars.digit(t[i - 1]) == nil), let (year, a) = number(i, 4...4), a < t.count, t[a] == "-" || t[a] == "/" || t[a] == ".",
               let (month, b) = number(a + 1, 1...2), b < t.count, t[b] == t[a], let (day, c) = number(b + 1, 1...2),
               c == t.count || Scalars.digit(t[c]) == nil, (1900...2100).contains(year), (1...12).contains(month), (1...31).contains(day) {
                return PartialDate(year: year, month: month, day: day)
            }
            i += 1
        }
        return nil
    }
}
