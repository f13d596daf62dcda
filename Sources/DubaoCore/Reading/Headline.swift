/// Chooses the headline among an article's title lines and reads a series
/// line (`——“三提三敢”系列评论之八`) as the article's column.
enum Headline {
    /// A subtitle line (副题): it opens with a dash (`——红岩乡兴修水利见闻`,
    /// `—`, `--`) and stands under its main title.
    static func isSubtitle(_ t: [Unicode.Scalar]) -> Bool {
        t.first == "—" || t.hasPrefix("--")
    }

    struct Result {
        var headline: String?
        var series: String?
    }

    /// `blankLines`: the page parts some of its text with blank lines, so
    /// two title lines with none between them belong together.
    static func choose(titles: [TitleLine], bodyWidth: Int?, blankLines: Bool = true) -> Result {
        guard !titles.isEmpty else { return Result() }
        for (k, t) in titles.enumerated() {
            if let (main, series) = splitSeries(t.text) {
                if !main.isEmpty { return Result(headline: TextCleanup.title(main), series: series) }
                // The series on a line of its own: the headline is the line above it.
                var rest = titles
                rest.remove(at: k)
                let head = choose(titles: k > 0 ? [titles[k - 1]] : rest, bodyWidth: bodyWidth, blankLines: blankLines)
                return Result(headline: head.headline, series: series)
            }
        }
        // A subtitle starting with a dash is never the headline; the line
        // right above it is (a kicker may stand above that).
        let isDash = { (t: TitleLine) in isSubtitle(t.text) }
        let lines = titles.filter { !isDash($0) }
        guard let first = lines.first else { return Result(headline: titles[0].string) }
        if lines.count == 1 { return Result(headline: mainBeforeJoinedSubtitle(first.text).map { TextCleanup.title($0) } ?? first.string) }
        // A kicker closed by a dash (`…把撂荒多年的河滩地变成了果园——`) leads on
        // to the title under it: never the headline, nor part of it (T16).
        if first.text.count > 2, first.text.hasSuffix(["—", "—"]) {
            return choose(titles: titles.filter { $0.number != first.number }, bodyWidth: bodyWidth, blankLines: blankLines)
        }
        if let dash = titles.firstIndex(where: isDash), dash > 0, !isDash(titles[dash - 1]) {
            // Kicker, main title (maybe over two lines), then the subtitle.
            let above = titles[..<dash].filter { !isDash($0) }
            if above.count >= 3 { return Result(headline: above.dropFirst().map(\.string).joined(separator: " ")) }
            // A main title broken over two lines, its second a stub no title
            // stands on alone (`县域民营企业融资难` / `如何破题`), is joined (T18).
            if above.count == 2, above[1].number == above[0].number + 1, above[1].text.count <= 5,
               above[0].text.count <= 12, !isCouplet(above[0].text), !leadsOn(above[0].text) {
                return Result(headline: above.map(\.string).joined(separator: " "))
            }
            return Result(headline: titles[dash - 1].string)
        }
        // Two lines letter-spaced alike under one that is not (`投资1.2亿元  惠及
        //居民5600余户` / `澄 南 区 今 年 改 造` / `老 旧 小 区 37 个`): the spread
        // type is the main title's, broken over two lines; the line above it
        // is the kicker (T19).
        if lines.count == 3, lines[2].number == lines[1].number + 1,
           !isSpread(lines[0].text), isSpread(lines[1].text), isSpread(lines[2].text) {
            return Result(headline: lines[1...].map(\.string).joined(separator: " "))
        }
        // Three lines printed together, no dash among them: a deck of kicker,
        // main title and subtitle, whose main title is the middle line, as
        // long as the kicker over it at least — unless a narrow column broke
        // one headline over them (the first line as wide as the column, or a
        // middle line shorter than the first: a phrase cut in two).
        if lines.count == 3, titles.count == 3, lines[1].number == lines[0].number + 1, lines[2].number == lines[1].number + 1,
           lines[1].text.count >= lines[0].text.count,
           !(bodyWidth.map { w in lines[0].width >= w - 2 } ?? false) {
            return Result(headline: lines[1].string)
        }
        if let width = bodyWidth {
            // Title lines printed one under another form runs; where one run
            // has several lines, runs are kicker and headline: the last is it.
            var runs: [[TitleLine]] = []
            for t in lines {
                if let last = runs.last?.last, t.number == last.number + 1 { runs[runs.count - 1].append(t) } else { runs.append([t]) }
            }
            if runs.count > 1, runs.contains(where: { $0.count > 1 }), let last = runs.last {
                return Result(headline: last.map(\.string).joined(separator: " "))
            }
            // A couplet of phrases over a plain line, or two long lines: a
            // kicker over the headline (a headline broken over two lines is
            // made of short ones).
            if lines.count == 2 {
                let (a, b) = (lines[0].text.unspread(), lines[1].text.unspread())
                if isCouplet(a) && !b.contains(where: Scalars.isSpace) { return Result(headline: lines[1].string) }
                if areKickerAndHeadlineByLength(a, b) { return Result(headline: lines[1].string) }
            }
            // In a narrow column a headline too long for one line is printed
            // on several; a line wider than the column is a kicker or subtitle.
            let fitting = lines.filter { $0.width <= width + 2 }
            if fitting.count == lines.count || fitting.isEmpty {
                return Result(headline: lines.prefix(3).map(\.string).joined(separator: " "))
            }
            return Result(headline: fitting.prefix(3).map(\.string).joined(separator: " "))
        }
        // Title lines in runs parted by blank lines, the last run of two
        // lines: a title over a two-line headline (`番禺沙湾…` / blank /
        // `银发当主力` / `服务暖人心`), joined.
        if blankLines, lines.count == 3, lines[2].number == lines[1].number + 1, lines[1].number > lines[0].number + 1,
           !isCouplet(lines[1].text), !isCouplet(lines[2].text) {
            return Result(headline: lines[1...].map(\.string).joined(separator: " "))
        }
        // Two lines printed one under the other, with no blank line between,
        // are one headline broken over two lines.
        // (A couplet is never the second half of a broken headline: under a
        // plain line it is the headline, the line above its kicker.)
        // Two lines each too long to be half of one are a kicker over the
        // headline (T9).
        if blankLines, lines.count == 2, lines[1].number == first.number + 1, !isCouplet(first.text),
           !isCouplet(lines[1].text.unspread()),
           !(first.text.last.map { "？！?!".unicodeScalars.contains($0) } ?? false) {
            if areKickerAndHeadlineByLength(first.text.unspread(), lines[1].text.unspread()) { return Result(headline: lines[1].string) }
            return Result(headline: lines.map(\.string).joined(separator: " "))
        }
        // Full-width lines: the first is the headline, unless it is much
        // longer than the next one, or a couplet of parallel phrases over a
        // plain statement (both are kickers above the main title).
        if first.text.count * 2 >= lines[1].text.count * 3 { return Result(headline: lines[1].string) }
        // One line a couplet of parallel phrases, the other a plain
        // statement: the first is the kicker (a slogan over the news, or
        // the event over its slogan).
        if isCouplet(first.text) != isCouplet(lines[1].text),
           !(isCouplet(first.text) && lines[1].text.contains(where: Scalars.isSpace)) {
            return Result(headline: lines[1].string)
        }
        return Result(headline: first.string)
    }

    /// A letter-spaced line (`澄 南 区 今 年 改 造`): set in the large type
    /// of a main title, which copies keep with its spaces.
    static func isSpread(_ t: [Unicode.Scalar]) -> Bool { t.unspread().count != t.count }

    /// `…开行——`, `…：`: a line closed as a kicker is, by a dash or a colon,
    /// leading on to the title under it.
    static func leadsOn(_ t: [Unicode.Scalar]) -> Bool { t.last == "—" || t.last == "：" || t.last == ":" }

    /// Two title lines each too long to be half of one broken headline
    /// (14 characters and 12 or more): a kicker over the headline (T9).
    static func areKickerAndHeadlineByLength(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Bool {
        let length = { (t: [Unicode.Scalar]) in t.filter { !Scalars.isSpace($0) }.count }
        return length(a) >= 14 && length(b) >= 12
    }

    /// `抢修防洪堤 护住万亩田-某舟桥团帮助沿江三县加固险工险段`: a by-date
    /// corpus keeps the main title and its subtitle on one line, parted by a
    /// hyphen; the main title is what stands before it. Both sides are
    /// phrases of Han characters (four or more), so `G20-峰会` or a range is
    /// no such line. A deck of three keeps two hyphens
    /// (`某工程团官兵奋战四十天-抢通…七十二公里-沿线五个乡镇…`), and a phrase
    /// may end or open with a quote (`守岛十八年的“土专家”-某守备团…`). Nil
    /// for a line of another form.
    static func mainBeforeJoinedSubtitle(_ t: [Unicode.Scalar]) -> [Unicode.Scalar]? {
        guard let hyphen = t.firstIndex(where: { $0 == "-" || $0 == "－" }), hyphen >= 4 else { return nil }
        var start = 0
        var parts = 0
        for end in t.indices.filter({ t[$0] == "-" || t[$0] == "－" }) + [t.count] {
            guard end - start >= 4, t[start..<end].filter(Scalars.isCJK).count >= 4 else { return nil }
            if end < t.count {
                guard end + 1 < t.count, phraseEnds.contains(t[end - 1]) || Scalars.isCJK(t[end - 1]),
                      phraseOpenings.contains(t[end + 1]) || Scalars.isCJK(t[end + 1]) else { return nil }
            }
            start = end + 1
            parts += 1
        }
        guard parts <= 3 else { return nil }
        return Array(t[..<hyphen]).trimmed()
    }
    static let phraseEnds = ScalarClass("”」』）》")
    static let phraseOpenings = ScalarClass("“「『（《")

    /// `协同发力 推进到底 ——“三提三敢”系列评论之八` → (`协同发力 推进到底`, `“三提三敢”系列评论`).
    static func splitSeries(_ t: [Unicode.Scalar]) -> ([Unicode.Scalar], String)? {
        guard let dash = t.range(of: ["—", "—"]) else { return nil }
        var series = Array(t[dash.upperBound...]).drop { $0 == "—" }.map { $0 }
        series = series.trimmed()
        guard series.contains("系列") || endsWithOrdinal(series) else { return nil }
        if let zhi = series.lastIndex(of: "之"), endsWithOrdinal(series) { series = Array(series[..<zhi]) }
        // `——港航发展系列评论①`: the circled number is the instalment.
        while let last = series.last, Scalars.isCircledNumber(last) { series.removeLast() }
        let main = Array(t[..<dash.lowerBound]).trimmed()
        return (main, TextCleanup.title(series))
    }

    /// `稳住农业基本盘 夯实发展压舱石`, `投入资金1.2亿元 新增蓄水能力860万立方米`:
    /// two or more phrases of four or more characters set apart by spaces
    /// (figures may stand in them); or of three characters each, parallel
    /// as slogans are (`稳投资　扩内需`, `强基础 补短板 促发展`).
    static func isCouplet(_ t: [Unicode.Scalar]) -> Bool {
        let parts = t.split(whereSeparator: Scalars.isSpace)
        if parts.count >= 2, parts.allSatisfy({ $0.count == 3 && $0.allSatisfy(Scalars.isCJK) }) { return true }
        return parts.count >= 2 && parts.allSatisfy { part in
            part.count >= 4 && part.allSatisfy { Scalars.isCJK($0) || coupletMarks.contains($0) || Scalars.digit($0) != nil }
                && part.filter(Scalars.isCJK).count * 2 >= part.count
        }
    }
    static let coupletMarks = ScalarClass("“”‘’.%％．")

    /// `…之八`, `…之12`.
    static func endsWithOrdinal(_ t: [Unicode.Scalar]) -> Bool {
        if let last = t.last, Scalars.isCircledNumber(last) { return true }
        guard let zhi = t.lastIndex(of: "之"), zhi + 1 < t.count else { return false }
        return t[(zhi + 1)...].allSatisfy { DateFinder.chineseDigits[$0] != nil || $0 == "十" || $0 == "百" || Scalars.digit($0) != nil }
    }

    /// The column width of hard-wrapped body text, or nil for text with a
    /// paragraph per line.
    static func bodyWidth(_ paragraphs: [BodyParagraph]) -> Int? {
        var widths: [Int] = []
        for p in paragraphs where p.lineWidths.count >= 3 {
            widths += p.lineWidths.dropLast()
        }
        guard widths.count >= 4 else { return nil }
        widths.sort()
        return widths[widths.count * 4 / 5]
    }
}
