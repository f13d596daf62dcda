/// Works out the year of dates printed without one (`2月22日`) from what the
/// page says, and leaves it unknown where the page does not make it knowable.
struct YearResolver {
    /// The latest full date printed on the page (`2023年12月26日`).
    var latestFullDate: PartialDate?
    /// The issue's date (`IssueDate`: printed on the page, else in its
    /// path): the day the paper came out, which `昨天` and `今天` count
    /// from, and the year of every date printed without one.
    var publicationDate: PartialDate?
    /// The year the page calls the current one, from other evidence.
    var currentYear: Int?
    /// The current year came only from plans for a year (`2023年主要工作任务`).
    var onlyPlanned = false

    /// Years fixed by the national calendar of plans and congresses, as papers
    /// name them: `今年是全面贯彻党的二十大精神的开局之年` is 2023.
    static let anchors: [(phrase: String, year: Int)] = [
        ("二十大精神的开局之年", 2023), ("二十大精神开局之年", 2023),
        ("十四五”开局之年", 2021), ("十四五”规划开局之年", 2021), ("十四五”收官之年", 2025),
        ("十五五”开局之年", 2026), ("十五五”规划开局之年", 2026), ("十三五”收官之年", 2020),
    ]

    /// The anchors as scalars, once: they are looked for in every text of a page.
    static let anchorScalars = anchors.map { (phrase: Array($0.phrase.unicodeScalars), year: $0.year) }
    static let anchorEnding = Array("之年".unicodeScalars)

    /// The words of `TimeWords` that tell a year is aimed at, not the present.
    static let aimingWords = TimeWords.words(.aimsAtYearAfter)
    static let deadlineWords = TimeWords.words(.makesYearBeforeADeadline)
    static let planWords = TimeWords.words(.plansForYearBefore)

    /// The date a lead dated by the day alone (`6日，`) counts back from.
    var reference: PartialDate? { publicationDate ?? latestFullDate }

    init(texts: [[Unicode.Scalar]], issue: PartialDate?, documents: [PartialDate]) {
        publicationDate = issue
        var full = documents + (issue.map { [$0] } ?? [])
        var mentioned: [Int] = []
        var weighted: [(Int, Int)] = []
        var past = Set<Int>()
        var planned = Set<Int>()
        for t in texts {
            full += DateFinder.dates(in: t).map(\.date).filter { $0.year != nil }
            for (year, range) in DateFinder.years(in: t) {
                let before = Array(t[max(0, range.lowerBound - 2)..<range.lowerBound])
                let after = Array(t[range.upperBound..<min(t.count, range.upperBound + 6)])
                // `到2030年`, `预计2026年建成` are targets, not the present.
                let wider = Array(t[max(0, range.lowerBound - 4)..<range.lowerBound])
                if before.hasSuffix("到") || (before.hasSuffix("至") && !before.hasSuffix("截至")) { continue }
                if Self.aimingWords.contains(where: { wider.hasSuffix($0) }) { continue }
                if Self.deadlineWords.contains(where: { after.hasPrefix($0) }) && !after.hasPrefix("前三") { continue }
                mentioned.append(year)
                let soon = Array(t[range.upperBound..<min(t.count, range.upperBound + 8)])
                if after.hasPrefix("以来") { weighted.append((year, 1)) }
                else if Self.planWords.contains(where: { soon.contains($0) }) { weighted.append((year, 4)) }
                else { weighted.append((year, 2)) }
                if after.hasPrefix("以来") || after.hasPrefix("，") || after.hasPrefix(",") || after.hasPrefix("底")
                    || after.hasPrefix("全年") || after.hasPrefix("1") || after.hasPrefix("上半年") {
                    past.insert(year)
                } else if after.hasPrefix("主要") || after.hasPrefix("工作") || after.hasPrefix("目标") || after.hasPrefix("是") {
                    planned.insert(year)
                }
                // `今年` or `去年` beside a year names the current one.
                let near = Array(t[max(0, range.lowerBound - 6)..<min(t.count, range.upperBound + 6)])
                if near.contains("今年") { currentYear = currentYear ?? year }
                // `刚刚过去的2023年`: the year just ended.
                if Array(t[max(0, range.lowerBound - 4)..<range.lowerBound]).hasSuffix("过去的") { currentYear = currentYear ?? year + 1 }
                if near.contains("去年") && !near.contains("今年") { currentYear = currentYear ?? year + 1 }
            }
            // Every anchor ends in 之年: a text without it holds none.
            if currentYear == nil, t.contains(Self.anchorEnding) {
                for (phrase, year) in Self.anchorScalars where t.contains(phrase) {
                    if let r = t.range(of: phrase) {
                        let head = Array(t[max(0, r.lowerBound - 24)..<r.lowerBound])
                        if head.contains("过去的一年") || head.contains("去年") { currentYear = year + 1 }
                        else if head.contains("今年") { currentYear = year }
                    }
                }
            }
        }
        latestFullDate = full.max()
        // The year the page names most (ties: the later one) is its present;
        // a year with a plan for it (`2025年，全市计划`) counts more, a year
        // things have gone on since (`2022年以来`) less.
        var counts: [Int: Int] = [:]
        for (year, weight) in weighted { counts[year, default: 0] += weight }
        if currentYear == nil, let year = counts.max(by: { ($0.value, $0.key) < ($1.value, $1.key) })?.key {
            currentYear = year
            onlyPlanned = planned.contains(year) && !past.contains(year)
        }
    }

    /// The year of a date printed without one, or nil when unknowable.
    func year(for date: PartialDate) -> Int? {
        if let year = date.year { return year }
        if let full = publicationDate ?? latestFullDate, let y = full.year {
            // A date months after the latest full date belongs to the year before.
            return date.month > full.month + 2 ? y - 1 : y
        }
        guard let year = currentYear else { return nil }
        // A year-end meeting sets the next year's tasks.
        if onlyPlanned && date.month >= 11 { return year - 1 }
        return year
    }
}
