/// Makes the article record from a draft.
enum ArticleAssembly {
    static func article(from d: ArticleDraft, id: String, source: String, years: YearResolver,
                        blankLines: Bool = true) -> Article? {
        let paragraphText = d.paragraphs.map(\.text).filter { !$0.isEmpty }
        let paragraphs = paragraphText.map(\.string)
        guard !paragraphs.isEmpty || !d.titles.isEmpty else { return nil }
        let authors = authors(of: d)
        // `王晓明 刘建 张雅琪` under a title, the people the lead's credit
        // names: a credit line without role words, no part of the title.
        var titles = d.titles.sorted { $0.number < $1.number }.filter { !Self.namesOnly($0.text, among: authors) }
        // `点　评` alone over a signed piece, or letter-spaced as a rubric's box
        // sets it: a few characters in a column's word name the column, no
        // title (K23).
        var banners = d.banners
        if titles.count == 1, banners.isEmpty, case let label = titles[0], label.text.filter({ !Scalars.isSpace($0) }).count <= 5,
           d.closing != nil || Headline.isSpread(label.text),
           // (Its own words tell, as they would in a group of titles.)
           ColumnBanner.isBanner(label, announced: [], inGroupOf: 2) {
            banners = [label]
            titles = []
        }
        // `“周末中文班”开进侨乡老祠堂(侨乡新貌)`: the column's name after a title
        // is the column, no part of the title (K22).
        var rubricAfterTitle: String?
        for k in titles.indices {
            guard let (title, column) = ColumnBanner.titleBeforeRubric(titles[k].text) else { continue }
            titles[k].text = title
            if rubricAfterTitle == nil { rubricAfterTitle = column }
        }
        let head = Headline.choose(titles: titles, bodyWidth: Headline.bodyWidth(d.paragraphs), blankLines: blankLines)
        let lead = d.paragraphs.enumerated().first { !d.intertitles.contains($0.offset) }?.element
        let leadText = lead?.text ?? []
        var article = Article(id: id, source: source)
        article.titles = titles.map(\.string)
        article.headline = head.headline
        article.paragraphs = paragraphs
        // The figures from the paragraphs' scalars, as held here.
        article.figures = FigureExtractor.figures(titles: article.titles, paragraphScalars: paragraphText)
        article.kind = ArticleKindRules.kind(of: d, firstParagraph: leadText, hasSeries: head.series != nil)
        article.column = head.series ?? banners.first.map { ColumnBanner.name(of: $0.string) } ?? rubricAfterTitle
        article.place = lead?.dateline?.place ?? d.bylines.lazy.compactMap(\.place).first
        // A piece under its own commentary rubric (`点　评`) is commentary, as
        // one in a commentary column is (`applyBanners`).
        if let column = article.column, banners.first != nil, article.kind == .feature || article.kind == .news && article.place == nil,
           ColumnBanner.commentaryEndings.contains(where: { column.hasSuffix($0) }) {
            article.kind = .opinion
        }
        article.continues = d.paragraphs.compactMap(\.continues).last
        article.authors = authors
        if article.kind != .teaser {
            // The lead's first time is its event's: `记者昨天从…获悉，…将于11月15日
            // 正式供暖` reports what was learnt yesterday, not the date ahead.
            let issue = years.publicationDate
            // The day a dateline carries is the lead's: a wire's `今天` is
            // its dateline's day (`（中央社记者林柏翰台北19日电）…今天宣布`).
            let datelineSpan = lead?.dateline.map { Array(leadText.prefix($0.length)) } ?? []
            if let date = leadDate(datelineSpan) {
                article.date = PartialDate(year: years.year(for: date), month: date.month, day: date.day)
            } else if let day = leadDay(datelineSpan), let reference = years.reference {
                article.date = reference.sameOrPrevious(day: day)
            } else if let issue, relativeDayComesFirst(leadText), let offset = relativeDay(leadText, issue: issue) {
                article.date = issue.adding(days: offset)
            } else if let (date, at) = leadDateAndPlace(leadText),
                      !(years.reference != nil && leadDay(Array(leadText.prefix(at))) != nil) {
                article.date = PartialDate(year: years.year(for: date), month: date.month, day: date.day)
            } else if let day = leadDay(leadText), let reference = years.reference {
                // (`移民局19日宣布，自今年10月1日起…`: the day before a calendar
                // date is the event's, the date ahead what it announced.)
                article.date = reference.sameOrPrevious(day: day)
            } else if let issue = years.publicationDate, let offset = relativeDay(leadText, issue: issue) {
                article.date = issue.adding(days: offset)
            }
        }
        return article
    }

    /// Whether a line is nothing but names the article credits elsewhere.
    static func namesOnly(_ t: [Unicode.Scalar], among authors: [String]) -> Bool {
        guard !authors.isEmpty, t.count <= 30 else { return false }
        let names = t.split(whereSeparator: { Scalars.isSpace($0) || $0 == "、" }).map { Array($0).string }
        return !names.isEmpty && names.allSatisfy(authors.contains)
    }

    static func authors(of d: ArticleDraft) -> [String] {
        var names: [String] = []
        for b in d.bylines { names += b.names }
        if let credit = d.paragraphs.first?.dateline?.credit { names += credit.names }
        if let closing = d.closing { names += closing.names }
        for p in d.paragraphs { if let c = p.captionCredit { names += c.names } }
        var seen = Set<String>()
        return names.filter { seen.insert($0).inserted }
    }

    /// `昨天凌晨`, `今天上午`, `上周五`: a lead dated from the day the paper
    /// came out; the day's offset from it.
    static func relativeDay(_ t: [Unicode.Scalar], issue: PartialDate) -> Int? {
        let head = Array(t.prefix(40))
        let words = [("前天", -2), ("昨天", -1), ("昨日", -1), ("今天", 0), ("今日", 0)]
        for (word, offset) in words where head.contains(word) {
            return offset
        }
        // `…即可在全部线路间换乘。记者昨日从市交通委获悉`: when the reporter
        // learnt it, in the lead's second sentence.
        let wider = Array(t.prefix(90))
        for (word, offset) in words where wider.contains("记者" + word) {
            return offset
        }
        // 上周五 / 本周二: a weekday of last week or this one (Monday first).
        guard let today = issue.weekday else { return nil }
        let days: [Unicode.Scalar: Int] = ["一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "日": 7, "天": 7]
        for (prefix, weeksBack) in [("上周", 1), ("上星期", 1), ("本周", 0), ("这周", 0)] {
            guard let r = head.range(of: Array(prefix.unicodeScalars)), r.upperBound < head.count,
                  let day = days[head[r.upperBound]] else { continue }
            return (day - today) - 7 * weeksBack
        }
        return nil
    }

    /// `记者昨天从顺义区城管委获悉`, `记者9日从…了解到`, `日前，记者从…`: a
    /// lead opening with the reporter and when they learnt it, as a report
    /// opens when its dateline is gone.
    /// `港股昨日高开高走`, `金管局昨日公布`, `市政府今天宣布`: a lead opening with
    /// who acted and the day it did, yesterday or today, as a report's lead
    /// does (a paragraph of a running story names its day later, if at all).
    static func opensWithSubjectsDay(_ t: [Unicode.Scalar]) -> Bool {
        let head = Array(t.prefix(12))
        for word in subjectsDayWords {
            guard let at = head.range(of: word)?.lowerBound, (2...8).contains(at),
                  head[..<at].allSatisfy(Scalars.isCJK), at + word.count < head.count, Scalars.isCJK(head[at + word.count]) else { continue }
            return true
        }
        return false
    }
    static let subjectsDayWords = scalarWords(["昨日", "昨天", "今日", "今天", "前日", "前天"])

    static func opensWithReportersDay(_ t: [Unicode.Scalar]) -> Bool {
        var head = Array(t.drop(while: Scalars.isSpace).prefix(14))
        // `日前，记者…`, `近日，记者…`: the time set before the reporter.
        var timed = false
        if head.count > 3, head[2] == "，" || head[2] == ",", reportersDayWords.contains(where: { head.hasPrefix($0) }) {
            head.removeFirst(3)
            timed = true
        }
        guard head.hasPrefix(reporter) else { return false }
        let rest = Array(head.dropFirst(reporter.count))
        if timed { return rest.first == "从" || rest.first == "在" }
        if reportersDayWords.contains(where: { rest.hasPrefix($0) }) { return true }
        // `记者9日从…`: the day in figures.
        guard let day = rest.firstIndex(of: "日"), (1...2).contains(day),
              rest[..<day].allSatisfy({ Scalars.digit($0) != nil }), day + 1 < rest.count else { return false }
        return rest[day + 1] == "从" || rest[day + 1] == "在"
    }
    static let reporter = Array("记者".unicodeScalars)
    static let reportersDayWords = ["昨天", "昨日", "今天", "今日", "前天", "日前", "近日"].map { Array($0.unicodeScalars) }

    /// Whether the lead names yesterday or today (`昨天`, `今日`) before any
    /// calendar date, in its opening.
    static func relativeDayComesFirst(_ t: [Unicode.Scalar]) -> Bool {
        let head = Array(t.prefix(40))
        guard let word = relativeWords.compactMap({ head.range(of: $0)?.lowerBound }).min() else { return false }
        guard let date = DateFinder.dates(in: t).first else { return false }
        return word < date.range.lowerBound
    }
    static let relativeWords = ["前天", "昨天", "昨日", "今天", "今日"].map { Array($0.unicodeScalars) }

    /// `本报讯 记者 沈梦 6日，…`: a lead dated by the day alone, early on.
    static func leadDay(_ t: [Unicode.Scalar]) -> Int? {
        // `昨（十九）日`, `昨(8日)`: a day named beside yesterday or today
        // says what it is wherever the lead's first sentences put it.
        let wider = Array(t.prefix(90))
        for i in wider.indices.dropFirst(40) where wider[i] == "日" {
            if let day = bracketedDay(wider, before: i) { return day }
        }
        let head = Array(t.prefix(40))
        for i in head.indices where head[i] == "日" && i >= 1 {
            // `昨（13）日`, `今(14)日`: the day named beside yesterday or today.
            if let day = bracketedDay(head, before: i) { return day }
            var j = i - 1
            var value = 0, scale = 1
            while j >= 0, let d = Scalars.digit(head[j]), scale <= 10 {
                value += d * scale; scale *= 10; j -= 1
            }
            if scale == 1, let chinese = chineseDay(head, before: i) {
                let start = DateFinder.number(before: i, in: head, maxDigits: 2)?.start ?? i
                return firstDayOfList(head, before: start) ?? chinese
            }
            guard scale > 1, (1...31).contains(value) else { continue }
            if j >= 0, head[j] == "月" || head[j] == "年" || head[j] == "第" || beforeCountOfDays.contains(head[j]) { continue }
            if let first = firstDayOfList(head, before: j + 1), afterLeadDay.contains(i + 1 < head.count ? head[i + 1] : "，") {
                return first
            }
            // `昨(8日)`: the day in brackets whole, as Hong Kong's papers print it;
            // `周三(13日)`, beside its weekday, as Canada's Chinese papers do.
            if j >= 1, head[j] == "(" || head[j] == "（",
               relativeDayWords.contains(head[j - 1])
                || j >= 2 && Furniture.weekdayNames.contains(head[j - 1]) && (head[j - 2] == "周" || head[j - 2] == "期"),
               i + 1 < head.count, head[i + 1] == ")" || head[i + 1] == "）" { return value }
            let next = i + 1 < head.count ? head[i + 1] : "，"
            if afterLeadDay.contains(next) { return value }
        }
        return nil
    }

    /// `十六、十七日在…举行`, `16、17日`: days listed, the event began on
    /// the first; nil when no day stands before the list mark.
    static func firstDayOfList(_ head: [Unicode.Scalar], before start: Int) -> Int? {
        guard start >= 2, head[start - 1] == "、",
              let (value, first) = DateFinder.number(before: start - 1, in: head, maxDigits: 2), (1...31).contains(value) else { return nil }
        if first > 0, head[first - 1] == "、" || notBeforeChineseDay.contains(head[first - 1]) { return nil }
        return value
    }

    /// What follows a lead's day (`6日，`, `13日上午`, `19日宣布`, `13日公布`):
    /// a clause mark, a time of day, or the verb of the news, said or held.
    static let afterLeadDay = ScalarClass("，,上下中晚凌早傍起至从在举召电讯宣公发表称说通透披介指")
    /// What makes a day's number a count (`连续13日`, `每5日`, `近10日`).
    static let beforeCountOfDays = ScalarClass("续连每近逾约共满历超达")

    /// `十九日晚间`, `二十三日上午`: the day in Chinese numerals, as Taiwan's
    /// papers date a lead. Only numbers of two numerals or more (10 to 31):
    /// a one-numeral day (`三日`) is as often a count of days — but where
    /// it closes a dateline (`新华社成都五日电`, `本报嘉定三日讯`) it is a day.
    static func chineseDay(_ head: [Unicode.Scalar], before i: Int) -> Int? {
        let next = i + 1 < head.count ? head[i + 1] : "，"
        let closesDateline = next == "电" || next == "讯"
        guard let (value, start) = DateFinder.number(before: i, in: head, maxDigits: 2), i - start >= 2 || closesDateline,
              (closesDateline ? 1...31 : 10...31).contains(value), Scalars.digit(head[i - 1]) == nil else { return nil }
        if start > 0, notBeforeChineseDay.contains(head[start - 1]) { return nil }
        return afterLeadDay.contains(next) ? value : nil
    }

    /// What makes a Chinese-numeral day a count or an order: `第十九日`, `每十日`.
    static let notBeforeChineseDay = ScalarClass("月年第每前后近逾约共数几这那")
    /// Words a day's number is set beside in brackets: `昨（13）日`.
    static let relativeDayWords = ScalarClass("昨今前本")

    static func bracketedDay(_ head: [Unicode.Scalar], before i: Int) -> Int? {
        guard i >= 4, head[i - 1] == "）" || head[i - 1] == ")" else { return nil }
        var j = i - 2, value = 0, scale = 1
        while j >= 0, let d = Scalars.digit(head[j]), scale <= 10 { value += d * scale; scale *= 10; j -= 1 }
        // `昨（十五）日`, as Taiwan's papers print it.
        if scale == 1, let (n, start) = DateFinder.number(before: i - 1, in: head, maxDigits: 2), start < i - 1 {
            value = n
            scale = 10
            j = start - 1
        }
        guard scale > 1, (1...31).contains(value), j >= 1, head[j] == "（" || head[j] == "(",
              relativeDayWords.contains(head[j - 1]) else { return nil }
        return value
    }
    static let clauseMarks = ScalarClass("，。；,;")

    /// The date of the event the lead reports: its first date, unless that
    /// date is recalled before the event (`继2月18日…之后，2月19日，…`).
    static func leadDate(_ t: [Unicode.Scalar]) -> PartialDate? {
        leadDateAndPlace(t)?.date
    }

    /// The lead's event date and where it stands in the text.
    static func leadDateAndPlace(_ t: [Unicode.Scalar]) -> (date: PartialDate, at: Int)? {
        let found = DateFinder.dates(in: t)
        // `周一(13/5)`: the day and month after the weekday (D21).
        if found.isEmpty, let d = DateFinder.firstWeekdayDayMonth(in: t) { return (d.date, d.range.lowerBound) }
        for (k, f) in found.enumerated() {
            let clauseStart = t[..<f.range.lowerBound].lastIndex { clauseMarks.contains($0) } ?? -1
            let clause = Array(t[(clauseStart + 1)..<f.range.lowerBound])
            if k + 1 < found.count && (clause.contains("继") || clause.hasPrefix("自") || clause.hasPrefix("从")) { continue }
            return (f.date, f.range.lowerBound)
        }
        return nil
    }
}
