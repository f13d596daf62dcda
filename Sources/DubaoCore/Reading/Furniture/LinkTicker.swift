/// `滚动新闻:-王彬街中秋灯会下月开幕(2025-08-19 10:42:15)-…`: a site's
/// ticker of its latest links, each stamped with the time it went up.
extension Furniture {
    /// Two or more dates with their times of day, and no sentence: links
    /// with their stamps. A report gives a time of day once, in words
    /// around it.
    static func isLinkTicker(_ t: [Unicode.Scalar]) -> Bool {
        guard t.count >= 30 else { return false }
        var stamps = 0
        var i = 4
        // (One pass: a stamp is looked for only where a dash follows four digits.)
        while i + 8 < t.count {
            if t[i] == "-", (1...4).allSatisfy({ Scalars.digit(t[i - $0]) != nil }), let end = stampEnd(t, dateDash: i) {
                stamps += 1
                if stamps == 2 { return !t.contains(where: { $0 == "。" || $0 == "，" }) }
                i = end
            } else {
                i += 1
            }
        }
        return false
    }

    /// `2025-08-19 10:42`: past the year's dash, a month, a day, a space and
    /// a time of hours and minutes. Returns where the stamp ends.
    private static func stampEnd(_ t: [Unicode.Scalar], dateDash: Int) -> Int? {
        var j = dateDash + 1
        func digits(_ range: ClosedRange<Int>) -> Bool {
            let from = j
            while j < t.count, Scalars.digit(t[j]) != nil, j - from < range.upperBound { j += 1 }
            return range.contains(j - from)
        }
        guard digits(1...2), j < t.count, t[j] == "-" else { return nil }
        j += 1
        guard digits(1...2), j < t.count, Scalars.isSpace(t[j]) else { return nil }
        while j < t.count, Scalars.isSpace(t[j]) { j += 1 }
        guard digits(1...2), j < t.count, t[j] == ":" || t[j] == "：" else { return nil }
        j += 1
        guard digits(2...2) else { return nil }
        return j
    }
}
