/// The date of the issue a page belongs to (spec §2, `page_date`), in the
/// contract's order of trust:
/// 1. the date the page prints as its own: a masthead or date bar, a digital
///    edition's source line or publication line (the itemizer collects them
///    as it drops those lines as furniture);
/// 2. a full date in the file's path, as archives are kept
///    (`2024/02/22/01.txt`, `2024-02-22/03.txt`, `20240222_A03.txt`,
///    `rmrb-2024-02-22-4.txt`);
/// 3. else the latest date of its articles (decided by the caller).
///
/// The issue date also gives its year to the dates the page prints without
/// one; nothing here looks at another page or file.
enum IssueDate {
    /// Years a paper's issue can plausibly carry: older archives are kept
    /// too, but `1123` in a path is a number, not a year.
    static let plausibleYears = 1900...2099

    /// A date on one of the page's issue lines, and how far that line is
    /// trusted: what the paper printed on the page itself before what a web
    /// site says of its copy.
    struct Printed: Sendable {
        enum Source: Int, Comparable, Sendable {
            /// The page's slot in the edition with its date
            /// (`第1版:一版要闻 2022-05-28`): a site may print today's date in
            /// its own bar, but the slot's date is the page's.
            case slot
            /// A masthead, date bar or page header: the paper's own.
            case page
            /// An article's source line (`《X日报》（2024年04月23日 第02版）`).
            case sourceLine
            /// A site's publication line or facts line: when the copy went up.
            case site
            static func < (a: Source, b: Source) -> Bool { a.rawValue < b.rawValue }
        }
        var date: PartialDate
        var source: Source

        /// The date of a line of furniture, and what kind of line it is.
        init?(line t: [Unicode.Scalar]) {
            guard let date = Furniture.issueDate(in: t), date.year != nil else {
                // `日期:11-08`: the issue's day without its year, as a reader
                // host prints it beside the page's slot.
                guard let day = IssueDate.monthDayField(t) else { return nil }
                self.date = day
                source = .slot
                return
            }
            self.date = date
            if PublicationLine.date(in: t) != nil || Furniture.articleMeta(t) != nil { source = .site }
            else if Furniture.isSourceLine(t) { source = .sourceLine }
            else if t.split(whereSeparator: Scalars.isSpace).contains(where: { Furniture.isPageSlot(Array($0)) }) { source = .slot }
            else { source = .page }
        }
    }

    /// The date the page prints as its own: from the most trusted kind of
    /// issue line it has, the date printed most often (a masthead's date is
    /// repeated by the source line under each article); on a tie, the latest
    /// (a web copy of articles published on different days is as new as its
    /// newest).
    static func printed(_ found: [Printed]) -> PartialDate? {
        let full = found.filter { $0.date.year != nil }
        guard let trusted = full.map(\.source).min() else { return nil }
        let dates = full.filter { $0.source == trusted }.map(\.date)
        var best: PartialDate?
        var bestCount = 0
        for d in dates {
            let n = dates.reduce(0) { $0 + ($1 == d ? 1 : 0) }
            if n > bestCount || n == bestCount && best.map({ d > $0 }) == true { best = d; bestCount = n }
        }
        return best
    }

    /// The issue's date from what the page prints and the file's path: the
    /// printed date, unless the page also prints the issue's day without a
    /// year (`日期:11-08`) and that day is not the printed date's — then the
    /// full date is a host's or a site's (its today), and the path's date,
    /// where it is that day, is the issue's.
    static func resolve(_ found: [Printed], path: String) -> PartialDate? {
        let inPath = inPath(path)
        guard let printed = printed(found) else { return inPath }
        let days = found.filter { $0.date.year == nil }.map(\.date)
        guard let day = days.first, !days.contains(where: { $0.month == printed.month && $0.day == printed.day }) else {
            return printed
        }
        if let inPath, inPath.month == day.month, inPath.day == day.day { return inPath }
        return printed
    }

    /// `日期:11-08`, `日期：11月8日`: a field of the issue's day, no year.
    static func monthDayField(_ t: [Unicode.Scalar]) -> PartialDate? {
        guard t.count <= 16, let colon = t.prefix(5).firstIndex(where: { $0 == "：" || $0 == ":" }),
              dayFieldKeys.contains(Array(t[..<colon]).string) else { return nil }
        let value = Array(t[(colon + 1)...]).trimmed()
        if let found = DateFinder.dates(in: value).first, found.range == 0..<value.count, found.date.year == nil {
            return found.date
        }
        let parts = value.split(whereSeparator: { $0 == "-" || $0 == "/" || $0 == "." })
        guard parts.count == 2, parts.allSatisfy({ (1...2).contains($0.count) && $0.allSatisfy { Scalars.digit($0) != nil } }) else { return nil }
        let m = parts[0].reduce(0) { $0 * 10 + Scalars.digit($1)! }, d = parts[1].reduce(0) { $0 * 10 + Scalars.digit($1)! }
        guard (1...12).contains(m), (1...31).contains(d) else { return nil }
        return PartialDate(year: nil, month: m, day: d)
    }

    static let dayFieldKeys: Set<String> = ["日期", "出版日期", "刊期", "期次"]

    /// The last full date written in a file's path, or nil. Eight digits
    /// (`20240222`) count only where no other digit or letter touches them;
    /// a year, a month and a day separated by `/ - _ .` where no digit
    /// touches them. The file's own name is the most precise, so the last
    /// date of the path wins.
    static func inPath(_ path: String) -> PartialDate? {
        let s = Array(path.utf8)
        var found: PartialDate?
        var i = 0
        while i < s.count {
            guard isDigit(s[i]), i == 0 || !isDigit(s[i - 1]) else { i += 1; continue }
            if let (date, end) = separated(s, at: i) ?? eightDigits(s, at: i) {
                found = date
                i = end
            } else {
                i += 1
            }
        }
        return found
    }

    private static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
    private static func isLetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }
    private static func isSeparator(_ b: UInt8) -> Bool { b == 0x2F || b == 0x2D || b == 0x5F || b == 0x2E }

    /// Digits from `i` (at most `max`): their value and where they end.
    private static func number(_ s: [UInt8], at i: Int, max: Int) -> (value: Int, end: Int)? {
        var j = i, v = 0
        while j < s.count, isDigit(s[j]), j - i < max { v = v * 10 + Int(s[j] - 0x30); j += 1 }
        guard j > i, j == s.count || !isDigit(s[j]) else { return nil }
        return (v, j)
    }

    /// `2024-02-22`, `2024/02/22`, `2024_2_22`, `2024.02.22`.
    private static func separated(_ s: [UInt8], at i: Int) -> (PartialDate, Int)? {
        guard let y = number(s, at: i, max: 4), y.end - i == 4, y.end < s.count, isSeparator(s[y.end]),
              let m = number(s, at: y.end + 1, max: 2), m.end < s.count, isSeparator(s[m.end]),
              let d = number(s, at: m.end + 1, max: 2) else { return nil }
        return valid(y.value, m.value, d.value).map { ($0, d.end) }
    }

    /// `20240222`, standing alone.
    private static func eightDigits(_ s: [UInt8], at i: Int) -> (PartialDate, Int)? {
        guard i == 0 || !isLetter(s[i - 1]), let n = number(s, at: i, max: 8), n.end - i == 8,
              n.end == s.count || !isLetter(s[n.end]) else { return nil }
        let v = n.value
        return valid(v / 10000, v / 100 % 100, v % 100).map { ($0, n.end) }
    }

    private static func valid(_ y: Int, _ m: Int, _ d: Int) -> PartialDate? {
        guard plausibleYears.contains(y), (1...12).contains(m), d >= 1, d <= PartialDate.days(inMonth: m, year: y) else { return nil }
        return PartialDate(year: y, month: m, day: d)
    }
}
