/// The dateline that opens a lead: `本报聊城讯`, `本报讯(记者 王培源)`,
/// `新华社北京3月5日电（记者 张三、李四）`. It stays in the lead as printed;
/// the place and the credited people are read from it.
struct Dateline: Hashable {
    var place: String?
    var credit: Byline?
    /// Scalars the dateline takes at the start of the paragraph.
    var length: Int

    /// Agencies whose datelines end in 电: `新华社北京3月5日电`.
    static let agencies = ["新华社", "中新社", "中国新闻社", "中央社", "人民网", "央视网", "新华网", "光明网",
                           "中新网", "国际在线", "央广网", "法制网", "环球网", "澎湃新闻", "本报"]
    /// The agencies as scalars, once: every line that may open an article is asked.
    static let agencyScalars = agencies.map { Array($0.unicodeScalars) }

    static func parse(_ spread: [Unicode.Scalar]) -> Dateline? {
        // A letter-spaced dateline (`本 报 长 春 4 月 8 日 讯`) is read closed up.
        let text = spread.unspreadOpening()
        // A reprint: `据新华社北京3月5日电`.
        if text.hasPrefix("据"), text.count > 4, var inner = parse(Array(text.dropFirst())) {
            inner.length += 1
            return inner
        }
        // `据肯尼亚《民族日报》网站3月12日报道，`, `【英国《金融时报》网站3月12日报道】题：…
        // （作者 彼得·霍尔）`: a report of another paper's, dated, as a paper of
        // translated news opens an item (A17).
        if let reprint = reprintedReport(text) { return reprint }
        // A dateline in brackets (`【本报讯】`, `【新华社重庆3月14日电】`,
        // `（中央社记者王思涵台北13日电）`), as flipbook, wire and Taiwan copies
        // print it: read without them.
        if let open = text.first, let closing = closingBracket(open),
           let close = text.prefix(60).firstIndex(of: closing), close >= 3 {
            // `【环球时报驻巴西特派记者 程宇 环球时报特约记者 齐越】`,
            // `【环球时报综合报道】`, `【XX日报报道 记者 王晓】`: the paper's
            // reporters or its report, in brackets of their own before the
            // lead (A17). Nobody's place: 驻巴西 is where they are posted.
            if open == "【", let credited = bracketedCredit(Array(text[1..<close])) {
                return Dateline(place: nil, credit: credited.names.isEmpty ? nil : credited, length: close + 1)
            }
            // `【欧华报记者林思远马德里报道】`: a paper's reporter, name and
            // place run together; the lead that names the place parts them.
            if open == "【", close < 30, let (byline, place) = gluedReporterAndPlace(Array(text[1..<close]), lead: text[(close + 1)...]) {
                return Dateline(place: place, credit: byline, length: close + 1)
            }
            // (The other forms close within 30 characters.)
            if close < 30 {
                // `〔记者林佩君／苗栗报导〕lead`: the reporter and the place, whole.
                if let (byline, place) = reportingByline(Array(text[1..<close])) {
                    return Dateline(place: place, credit: byline, length: close + 1)
                }
                // `（吉隆坡3日讯）`, `（新山3日讯）`: the place and the day, as
                // Malaysian and Singapore papers print them.
                if let place = placeAndDay(text[1..<close]) {
                    return Dateline(place: place, credit: nil, length: close + 1)
                }
                // `【泗水讯】`: the place alone before 讯, in brackets of its own.
                if open == "【", close >= 3, close <= 5, text[close - 1] == "讯",
                   text[1..<(close - 1)].allSatisfy({ Scalars.isCJK($0) && !Self.notPlaceBeforeXun.contains($0) }), text[1] != "本",
                   !Self.notPlaceBeforeXun.contains(text[close - 2]) {
                    return Dateline(place: Array(text[1..<(close - 1)]).string, credit: nil, length: close + 1)
                }
                if var d = parse(Array(text[1..<close]) + Array(text[(close + 1)...])) {
                    d.length += 2
                    return d
                }
            }
        }
        let t = text
        // `记者林怡君∕台北报导　国内一家…`: a Taiwan paper's credit naming
        // the place reported from, set before the lead on its line.
        if let taiwan = reportingCredit(t) { return taiwan }
        // `中国妇女报全媒体记者 赵颖 发自石家庄　10月14日，…`, `本报记者 石磊 发自宁川　…`:
        // the reporter, then where they file from.
        if let reported = reportedFrom(t) { return reported }
        // `本报综合报导`, `本报综合报道`: a report put together by the paper, from nowhere in particular.
        for compiled in compiledReports where t.hasPrefix(compiled) {
            return finish(t, after: compiled.count, place: nil)
        }
        // 本报…讯 / …报…讯: the place stands between 本报 and 讯.
        if t.hasPrefix("本报") || t.hasPrefix("本刊") {
            var i = 2
            while i < t.count && i <= 10 && Scalars.isCJK(t[i]) && t[i] != "讯" && t[i] != "电" { i += 1 }
            if i < t.count && t[i] == "讯" {
                let place = withoutChineseDay(Array(t[2..<i]))
                return finish(t, after: i + 1, place: place.isEmpty ? nil : place.string)
            }
            if i < t.count && (t[i] == "电" || Scalars.digit(t[i]) != nil) {
                return agencyDateline(t, agencyLength: 2)
            }
            return nil
        }
        for agency in agencyScalars where t.hasPrefix(agency) {
            let n = agency.count
            if let credited = reporterDateline(t, agencyLength: n) { return credited }
            return agencyDateline(t, agencyLength: n)
        }
        // A county media centre's: `寿阳讯（融媒记者 郭晓峰）`, `寿阳讯 ３月２８日`.
        if let xun = t.prefix(5).firstIndex(of: "讯"), (2...4).contains(xun), t[..<xun].allSatisfy(Scalars.isCJK),
           !Self.notPlaceBeforeXun.contains(t[xun - 1]),
           xun + 1 < t.count {
            let next = t[xun + 1]
            let d = finish(t, after: xun + 1, place: Array(t[..<xun]).string)
            if d.credit != nil || Scalars.isSpace(next) && DateFinder.dates(in: Array(t[(xun + 1)...].prefix(14))).first != nil {
                return d
            }
        }
        // Another paper's or agency's own: `大众日报济南讯`, `XX晚报讯`,
        // `科技日报福州3月15日电`: a name ending in 报/社/网, a place, maybe a date.
        guard let end = t.prefix(22).firstIndex(where: { $0 == "讯" || $0 == "电" }), end >= 3 else { return nil }
        let head = Array(t[0..<end])
        guard let nameEnd = head.lastIndex(where: { "报社网".unicodeScalars.contains($0) }), nameEnd >= 1,
              head[...nameEnd].allSatisfy(Scalars.isCJK) else { return nil }
        var i = nameEnd + 1
        var place: [Unicode.Scalar] = []
        while i < head.count, Scalars.isCJK(head[i]), place.count < 6 { place.append(head[i]); i += 1 }
        let date = Array(head[i...])
        guard date.isEmpty || (date.contains("日") && DateFinder.dates(in: date).first?.range == 0..<date.count) else { return nil }
        // A wire's 电 follows its date (`科技日报福州3月15日电`); without one it
        // is a word's (`记者从国网山东省电力公司了解到`).
        guard t[end] == "讯" || !date.isEmpty else { return nil }
        return finish(t, after: end + 1, place: place.isEmpty ? nil : place.string)
    }

    /// The inside of a bracketed credit that opens a lead: a paper's or an
    /// agency's report (`环球时报综合报道`, `XX日报报道`: its name ends in 报,
    /// 社, 网 or 台, then 报道), maybe with its reporters after it, or the
    /// reporters alone (`环球时报驻巴西特派记者 程宇 环球时报特约记者 齐越`).
    /// A byline with no names for a report of nobody's; nil for another
    /// bracket (a rubric `外媒观察`, a date, a wire's place and day).
    static func bracketedCredit(_ inner: [Unicode.Scalar]) -> Byline? {
        let tokens = inner.split(whereSeparator: Scalars.isSpace).map(Array.init)
        guard let first = tokens.first, !first.isEmpty else { return nil }
        var rest = tokens[...]
        if first.count > 2, first[first.count - 2] == "报", first.last == "道" || first.last == "导" {
            var org = Array(first.dropLast(2))
            if org.hasSuffix(compiledWord) { org.removeLast(compiledWord.count) }
            guard org.count >= 2, let last = org.last, Byline.organisationEndings.contains(last),
                  Byline.isAffiliation(org[...]) else { return nil }
            rest = rest.dropFirst()
            if rest.isEmpty { return Byline() }
        }
        let credit = Array(rest.joined(separator: [" "]))
        guard credit.range(of: Byline.journalistScalars) != nil,
              let byline = Byline.parseDatelineCredit(credit), byline.roles.contains(.journalist) else { return nil }
        return byline
    }
    static let compiledWord = Array("综合".unicodeScalars)

    /// `据X网站3月12日报道，…` or `【X网站3月12日报道】…`: where a translated
    /// item comes from, and a day; after the brackets, `题：…（作者 X）` names
    /// the piece's author. Nil for a lead of another form.
    static func reprintedReport(_ t: [Unicode.Scalar]) -> Dateline? {
        guard let first = t.first, first == "据" || first == "【",
              let bao = t.prefix(40).indices.first(where: { k in k >= 4 && t[k - 1] == "报" && t[k] == "道" }),
              t[bao - 2] == "日", bao + 1 < t.count else { return nil }
        let source = Array(t[1..<(bao - 1)])
        guard DateFinder.dates(in: source + ["日"]).contains(where: { $0.date.day != nil }) else { return nil }
        if first == "据" {
            guard "，,：:".unicodeScalars.contains(t[bao + 1]) else { return nil }
            return Dateline(place: nil, credit: nil, length: bao + 2)
        }
        guard t[bao + 1] == "】" else { return nil }
        var length = bao + 2
        var credit: Byline?
        // `题：…（作者 彼得·霍尔）`: the original's title and author.
        if length + 2 < t.count, t[length] == "题", t[length + 1] == "：" || t[length + 1] == ":",
           let open = t[length...].prefix(90).firstIndex(where: { $0 == "（" || $0 == "(" }),
           Array(t[(open + 1)...].prefix(2)) == authorWord,
           let close = t[open...].prefix(40).firstIndex(where: { $0 == "）" || $0 == ")" }) {
            let names = Byline.tokenize(Array(t[(open + 3)..<close]))
            if !names.isEmpty, names.allSatisfy(Byline.isName) {
                credit = Byline(names: names.map(\.string))
                length = close + 1
            }
        }
        return Dateline(place: nil, credit: credit, length: length)
    }
    static let authorWord = Array("作者".unicodeScalars)

    static let compiledReports = [Array("本报综合报导".unicodeScalars), Array("本报综合报道".unicodeScalars)]

    /// `中央社记者王思涵台北13日电`: the reporter between the agency and the
    /// place, as Taiwan's wire prints it. Name and place run together; a
    /// name has three characters where five or more stand before the date,
    /// else two (`李明台北`).
    static func reporterDateline(_ t: [Unicode.Scalar], agencyLength n: Int) -> Dateline? {
        let role = Array("记者".unicodeScalars)
        guard t.count > n + 2, Array(t[n..<(n + 2)]) == role else { return nil }
        var i = n + 2
        while i < t.count, i < n + 12, Scalars.isCJK(t[i]), Scalars.digit(t[i]) == nil, t[i] != "电" { i += 1 }
        let run = Array(t[(n + 2)..<i])
        guard run.count >= 4, var d = agencyDateline(t, agencyLength: i) else { return nil }
        let nameLength = run.count >= 5 ? 3 : 2
        d.place = Array(run[nameLength...]).string
        var credit = d.credit ?? Byline()
        credit.roles.insert(.journalist)
        credit.names.insert(Array(run[..<nameLength]).string, at: 0)
        d.credit = credit
        return d
    }

    /// `新华社北京3月5日电（记者 张三）`: the place runs up to the date or 电.
    /// What ends a word for a kind of news before 讯 (`简讯`, `快讯`, `通讯`,
    /// `资讯`, `喜讯`, `专讯`) or a paper's, an agency's or a site's name: no place.
    static let notPlaceBeforeXun = ScalarClass("简快短通资喜捷电新报社网专")

    static func agencyDateline(_ t: [Unicode.Scalar], agencyLength: Int) -> Dateline? {
        var i = agencyLength
        var place: [Unicode.Scalar] = []
        while i < t.count && i < agencyLength + 8 && Scalars.isCJK(t[i]) && t[i] != "电" && !Self.opensChineseDate(t, at: i) {
            place.append(t[i]); i += 1
        }
        place = withoutChineseDay(place)
        // The date: digits, 月, digits, 日 (Arabic or Chinese numerals); then
        // 电 (a wire's) or 讯 (`本报杭州3月7日讯`).
        var j = i
        while j < t.count && j < i + 12 && t[j] != "电" && t[j] != "讯" && t[j] != "，" && t[j] != "," { j += 1 }
        guard j < t.count, t[j] == "电" || t[j] == "讯" else { return nil }
        if j > i && !Array(t[i..<j]).contains("日") { return nil }
        return finish(t, after: j + 1, place: place.isEmpty ? nil : place.string)
    }

    /// `记者 赵颖 发自石家庄`, then a gap and the lead: a credit naming its
    /// reporters, 发自 and the place (two to six Han characters). Nil for a
    /// line of another form.
    static func reportedFrom(_ t: [Unicode.Scalar]) -> Dateline? {
        guard t.count > 10, let fa = Array(t.prefix(40)).range(of: filedFrom)?.lowerBound, fa >= 3,
              Scalars.isSpace(t[fa - 1]) || t[fa - 1] == "）" || t[fa - 1] == ")",
              var credit = Byline.parse(Array(t[..<fa]).trimmed()), !credit.names.isEmpty else { return nil }
        var end = fa + filedFrom.count
        let start = fa + filedFrom.count
        while end < t.count, Scalars.isCJK(t[end]), end - start < 6 { end += 1 }
        let place = Array(t[start..<end])
        guard (2...6).contains(place.count), end < t.count, Scalars.isSpace(t[end]) else { return nil }
        credit.reports = true
        return Dateline(place: place.string, credit: credit, length: end)
    }
    static let filedFrom = Array("发自".unicodeScalars)

    /// `一九七三年四月十六日`, `四月十六日` at `i`: a run of Chinese numerals
    /// closed by 年, 月 or 日 (a place may open with a numeral: `十堰`, `六盘水`).
    static func opensChineseDate(_ t: [Unicode.Scalar], at i: Int) -> Bool {
        var k = i
        while k < t.count, DateFinder.chineseDigits[t[k]] != nil || t[k] == "十" { k += 1 }
        return k > i && k < t.count && (t[k] == "年" || t[k] == "月" || t[k] == "日")
    }

    /// `新华社北京十四日电`, `本报嘉定三日讯`: a day in Chinese numerals
    /// closes the place; the place is what stands before it.
    static func withoutChineseDay(_ place: [Unicode.Scalar]) -> [Unicode.Scalar] {
        guard place.last == "日" else { return place }
        var k = place.count - 1
        while k > 0, DateFinder.chineseDigits[place[k - 1]] != nil || place[k - 1] == "十" || place[k - 1] == "月" { k -= 1 }
        return k < place.count - 1 && k >= 2 ? Array(place[..<k]) : place
    }

    /// `吉隆坡3日讯`, `槟城十二日电`: a place of two to six Han characters,
    /// a day, 日 and 讯 or 电, nothing else. The place, or nil.
    static func placeAndDay(_ t: ArraySlice<Unicode.Scalar>) -> String? {
        guard t.count >= 5, let last = t.last, last == "讯" || last == "电", t[t.endIndex - 2] == "日" else { return nil }
        let head = Array(t.dropLast(2))
        guard let (day, start) = DateFinder.number(before: head.count, in: head, maxDigits: 2), (1...31).contains(day),
              (2...6).contains(start), head[..<start].allSatisfy(Scalars.isCJK),
              !agencyScalars.contains(where: { head.hasPrefix($0) }), !head.hasPrefix("本报") else { return nil }
        return Array(head[..<start]).string
    }

    /// Words of the kind of a report that stand before 讯 where a place
    /// would (`明报专讯`, `本报快讯`): no place.
    static let reportKinds: Set<String> = ["专", "快", "简", "特", "短", "综合", "专电", "特稿"]

    /// `甘南记者站`: a bureau of the paper; the place is what comes before it.
    static func placeName(_ place: String?) -> String? {
        guard var p = place, !reportKinds.contains(p) else { return nil }
        for suffix in ["记者站", "分社", "站"] where p.hasSuffix(suffix) && p.count > suffix.count + 1 {
            p.removeLast(suffix.count)
            break
        }
        return p
    }

    /// `记者林怡君∕台北报导　lead`: a byline closed by the place and 报导 (or
    /// 报道), then a gap and the lead. Nil for a line of another form.
    static func reportingCredit(_ t: [Unicode.Scalar]) -> Dateline? {
        guard t.count > 12, t.hasPrefix(reporterWord) else { return nil }
        let window = t.prefix(24)
        guard let end = window.indices.first(where: { k in
            k >= 6 && t[k - 1] == "报" && (t[k] == "导" || t[k] == "道") && k + 1 < t.count && Scalars.isSpace(t[k + 1])
        }) else { return nil }
        guard let (byline, place) = reportingByline(Array(t[...end])) else { return nil }
        return Dateline(place: place, credit: byline, length: end + 1)
    }

    /// `记者林怡君∕台北报导`: the reporter and the place reported from.
    static func reportingByline(_ credit: [Unicode.Scalar]) -> (Byline, String)? {
        guard credit.hasPrefix(reporterWord), let (rest, place) = Byline.reportingPlace(credit),
              var byline = Byline.parse(rest) else { return nil }
        byline.reports = true
        return (byline, place)
    }

    /// `欧华报记者林思远马德里报道`: a paper's name, 记者, then the reporter's
    /// name and the place run together, closed by 报道 (or 报导). A name is
    /// two or three characters (four after a surname of two); where the
    /// rest of a cut is named again in the lead (`…马德里华商会…`), that cut
    /// parts name and place; a name alone (`星岛记者黎颖欣报道`) has none.
    /// Nil where the lead names no such place: the cut would be a guess.
    static func gluedReporterAndPlace(_ inner: [Unicode.Scalar], lead: ArraySlice<Unicode.Scalar>) -> (Byline, String?)? {
        guard inner.count >= 8, inner.allSatisfy(Scalars.isCJK), inner.last == "道" || inner.last == "导",
              inner[inner.count - 2] == "报", let mark = inner.range(of: reporterWord),
              Byline.isAffiliation(inner[..<mark.lowerBound]) || mark.lowerBound == 0 else { return nil }
        let glued = Array(inner[mark.upperBound..<(inner.count - 2)])
        // Shorter names first: the longer place wins (`王磊巴塞罗那`, not
        // `王磊巴` and `塞罗那`, which the lead's `巴塞罗那` also holds).
        let lengths = Byline.opensWithCompoundSurname(glued) ? [3, 4] : [2, 3]
        let reporter = { (k: Int) -> Byline in
            var byline = Byline()
            byline.names = [Array(glued[..<k]).string]
            byline.roles = [.journalist]
            byline.reports = true
            return byline
        }
        // `星岛记者黎颖欣报道`: the name alone, no place.
        if glued.count >= 2, glued.count <= lengths[1] { return (reporter(glued.count), nil) }
        let window = Array(lead.prefix(120))
        for k in lengths where glued.count - k >= 2 {
            let place = Array(glued[k...])
            guard window.range(of: place) != nil else { continue }
            return (reporter(k), place.string)
        }
        return nil
    }

    /// The brackets a dateline is set in: `【本报讯】`, `（中央社…电）`,
    /// `〔记者X／苗栗报导〕`.
    static func closingBracket(_ open: Unicode.Scalar) -> Unicode.Scalar? {
        switch open {
        case "【": return "】"
        case "（": return "）"
        case "〔": return "〕"
        case "［": return "］"
        default: return nil
        }
    }

    static let reporterWord = Array("记者".unicodeScalars)

    /// Reads an optional credit after the dateline: in brackets
    /// (`（记者 王晨 通讯员 李婧）`) or bare (`记者 沈梦 通讯员 钱程 6日，…`).
    static func finish(_ t: [Unicode.Scalar], after start: Int, place: String?) -> Dateline {
        var i = start
        while i < t.count && Scalars.isSpace(t[i]) { i += 1 }
        var credit: Byline?
        var length = start
        var place = place
        if i < t.count, t[i] == "（" || t[i] == "(" {
            if let close = t[(i + 1)...].prefix(60).firstIndex(where: { $0 == "）" || $0 == ")" }) {
                let inner = Array(t[(i + 1)..<close])
                credit = Byline.parseDatelineCredit(inner)
                if credit != nil { length = close + 1 }
                // `（记者 王晓岚 深圳报道）`: the last word before 报道 is where
                // the report was filed from, when the lead names that place
                // (`深圳边检总站…`); a second reporter's name it does not.
                if let c = credit, c.names.count >= 2, let (rest, from) = Byline.reportingPlace(inner),
                   c.names.last == from, Array(t[(close + 1)...].prefix(120)).range(of: Array(from.unicodeScalars)) != nil,
                   var reporter = Byline.parseDatelineCredit(rest) {
                    reporter.reports = true
                    credit = reporter
                    if place == nil { place = from }
                }
            }
        } else if let (reported, end) = reportedCredit(t, from: i) {
            credit = reported
            length = end
        } else if i > start, let (bare, end) = bareCredit(t, from: i) {
            credit = bare
            length = end
        }
        return Dateline(place: placeName(place), credit: credit, length: length)
    }

    /// `记者王立群、赵德明报道：`, `新华社记者周晓梅、本报记者李强报道:`: a credit
    /// closed by 报道 and a colon, as older pages print it after the dateline.
    static func reportedCredit(_ t: [Unicode.Scalar], from start: Int) -> (Byline, Int)? {
        let window = t[start...].prefix(50)
        guard let bao = window.indices.first(where: { k in
            k + 2 < t.count && t[k] == "报" && t[k + 1] == "道" && (t[k + 2] == "：" || t[k + 2] == ":")
        }), bao > start else { return nil }
        let span = Array(t[start..<bao])
        guard !span.contains(where: { $0 == "，" || $0 == "。" || $0 == "," }),
              let credit = Byline.parseDatelineCredit(span), !credit.names.isEmpty else { return nil }
        return (credit, bao + 3)
    }

    /// Space-separated role words and names right after a dateline, up to
    /// the first word that is neither.
    static func bareCredit(_ t: [Unicode.Scalar], from start: Int) -> (Byline, Int)? {
        var b = Byline()
        var i = start
        var end = start
        var sawRole = false
        while i < t.count {
            var j = i
            while j < t.count && !Scalars.isSpace(t[j]) { j += 1 }
            guard j < t.count else { break }
            let word = Array(t[i..<j])
            let (roles, name, _) = Byline.splitRole(word)
            if !roles.isEmpty && name == nil {
                sawRole = true
                b.roles.formUnion(roles.compactMap { $0 })
            } else if sawRole, let name, roles.isEmpty, Byline.isName(name) {
                b.names.append(name.string)
            } else {
                break
            }
            end = j
            i = j
            while i < t.count && Scalars.isSpace(t[i]) { i += 1 }
        }
        return b.names.isEmpty ? nil : (b, end)
    }
}
