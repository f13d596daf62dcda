/// A figure found in a block, before it is classified.
struct ScannedFigure {
    /// The printed expression, approximators included (`近100万立方米`).
    var span: Range<Int>
    /// The number and its unit alone, without bound words around them.
    var core: Range<Int>
    var value: Double
    var valueMax: Double?
    var unit: String
    var category: UnitCategory?
    var bound: Figure.Bound
    /// Inside a short quotation or a book title, where numbers are mostly
    /// names (`“六个新聊城”`); kept only if the article also prints it bare.
    var inNameQuote = false
}

/// Finds the quantities of one block of text (spec section 3): numbers with a
/// unit, percentages, ranges and products, with their bound words; and
/// passes over dates, years, ordinals, ranks, names and identifiers.
struct FigureScanner {
    let units = UnitTable.standard

    func scan(_ t: ScalarText) -> [ScannedFigure] {
        var out: [ScannedFigure] = []
        var quotes: [Range<Int>]? = nil
        var nextQuote = 0  // quotes are in text order and i only grows
        var i = 0
        let n = t.count
        while i < n {
            let s = t.scalars[i]
            let isPercentWords = s == "百" && t.has(Words.percentOf, at: i)
            guard isPercentWords || ChineseNumeral.startsNumber(s) else { i += 1; continue }
            if quotes == nil { quotes = TextSpans.nameQuotes(in: t) }
            while nextQuote < quotes!.count, quotes![nextQuote].upperBound <= i { nextQuote += 1 }
            let quoted = nextQuote < quotes!.count && quotes![nextQuote].contains(i)
            if isPercentWords {
                if var figure = percentInWords(t, at: i) {
                    figure.inNameQuote = quoted
                    out.append(figure); i = figure.core.upperBound
                } else { i += 3 }
                continue
            }
            guard let number = ChineseNumeral.read(t, at: i) else { i += 1; continue }
            if number.isMalformed { i = max(number.end, i + 1); continue }
            if var figure = figure(t, at: i, number) {
                figure.inNameQuote = quoted
                out.append(figure)
                i = figure.core.upperBound
            } else {
                i = max(number.end, i + 1)
            }
        }
        return out
    }

    // MARK: One figure

    private func figure(_ t: ScalarText, at start: Int, _ a: NumberReading) -> ScannedFigure? {
        if isOrdinalOrIdentifier(t, before: start) || NumberedNames.covers(t, at: start) { return nil }
        var value = a.value
        var valueMax: Double? = nil
        var bound: Figure.Bound = a.approximateAbove ? .atLeast : .exact
        var j = a.end
        var last = a
        var percentAfterFirst = false
        if let p = t[j], p == "%" || p == "％" {
            percentAfterFirst = true
            j += 1
        }
        if let sep = t[j], Words.rangeSeparators.contains(sep) {
            // 2—3个, 5%—6%, 3至5万元: the lower end takes the scale of the upper.
            var k = j + 1
            if sep == "—" || sep == "-", let again = t[k], again == sep { k += 1 }
            if let s = t[k], ChineseNumeral.startsNumber(s), let b = ChineseNumeral.read(t, at: k),
               !b.isMalformed, !b.isLoneOne || !a.isArabic {
                var low = a.value
                if a.scale == 1 && b.scale > 1 { low *= b.scale }
                let percentOK = !percentAfterFirst || (t[b.end].map { $0 == "%" || $0 == "％" } ?? false)
                if low < b.value && percentOK && !(sep == "-" && (a.looksLikeYear || !a.isArabic)) {
                    value = low; valueMax = b.value
                    j = b.end; last = b
                    if b.approximateAbove { bound = .atLeast }
                    if percentAfterFirst { j += 1 }
                }
            }
        } else if !percentAfterFirst, let sep = t[j], Words.timesSigns.contains(sep),
                  let s = t[j + 1], ChineseNumeral.startsNumber(s), let b = ChineseNumeral.read(t, at: j + 1),
                  !b.isMalformed {
            // 2×66万千瓦: two units of 660,000 kW. (7×24小时 is a slogan: every
            // hour of the week; a product of durations is no quantity.)
            if let entry = units.match(t, at: b.end, afterArabic: b.isArabic), entry.category == .duration {
                return nil
            }
            value = a.value * b.value
            j = b.end; last = b
        }
        // 一批, 一条心: 一 is an article; 零部件, 零的突破: nothing counted.
        if (a.isLoneOne || (!a.isArabic && a.value == 0)) && valueMax == nil { return nil }
        var unit: String
        var category: UnitCategory?
        if percentAfterFirst && (valueMax == nil || t[j - 1] == "%" || t[j - 1] == "％") {
            unit = "%"; category = .percent
        } else if let entry = units.match(t, at: j, afterArabic: last.isArabic) ?? spacedUnit(t, at: &j, start: start, afterArabic: last.isArabic) {
            if !accepts(entry, t, at: j, first: a, last: last, start: start) { return nil }
            // 八家子镇, 三家村, 十里铺: a place named with a numeral counts nothing.
            if !a.isArabic, entry.printed.count == 1, let next = t[j + 1], Words.placeSuffixes.contains(next) { return nil }
            unit = entry.unit; category = entry.category
            j += entry.printed.count
            if entry.unit == "成" {
                // 六成, 三成以上: tenths of a whole, a share: 60 %, never 6 of a unit 成.
                value *= 10; valueMax = valueMax.map { $0 * 10 }
                unit = "%"; category = .percent
            }
            // 300元到800元, 5%至8%: a range with its unit printed twice.
            if valueMax == nil, let sep = t[j], Words.rangeSeparators.contains(sep), sep != "-",
               let s = t[j + 1], ChineseNumeral.startsNumber(s), let b = ChineseNumeral.read(t, at: j + 1),
               !b.isMalformed, !b.isLoneOne, b.value > value,
               let again = units.match(t, at: b.end, afterArabic: b.isArabic), again.unit == entry.unit {
                valueMax = b.value
                last = b
                j = b.end + again.printed.count
            }
            // 35微克/立方米, 3000元/吨: a rate, its unit compound.
            if let slash = t[j], slash == "/" || slash == "／",
               let per = units.match(t, at: j + 1, afterArabic: true), per.category != .percent {
                unit += "/" + per.unit
                j += 1 + per.printed.count
            }
            // 5天半, 3年半: and a half.
            if valueMax == nil, entry.category == .duration, t[j] == "半" {
                value += 0.5
                j += 1
            }
            // 1小时20分钟: one duration, in minutes.
            if unit == "小时", valueMax == nil, let s = t[j], ChineseNumeral.startsNumber(s),
               let m = ChineseNumeral.read(t, at: j), !m.isMalformed, m.value < 60,
               let minutes = units.match(t, at: m.end, afterArabic: m.isArabic), minutes.unit == "分钟" {
                value = value * 60 + m.value
                unit = "分钟"
                j = m.end + minutes.printed.count
            }
        } else if last.scale > 1 && !isDateOrTime(t, at: j) {
            // 186万: a number with a scale word but no unit; the unit comes from
            // what is measured (see IndicatorFinder.impliedUnit).
            unit = ""; category = nil
        } else {
            return nil
        }
        let core = start..<j
        var spanStart = start
        if let (prefixLength, prefixBound, included) = boundBefore(t, start) {
            if bound == .exact || prefixBound != .atLeast { bound = prefixBound }
            if included { spanStart = start - prefixLength }
        } else if let clauseBound = boundEarlierInClause(t, before: start) {
            bound = clauseBound
        }
        var spanEnd = j
        if let (length, suffixBound) = boundAfter(t, j, category: category) {
            bound = suffixBound
            spanEnd = j + length
        }
        return ScannedFigure(span: spanStart..<spanEnd, core: core, value: value, valueMax: valueMax,
                             unit: unit, category: category, bound: bound)
    }

    private func percentInWords(_ t: ScalarText, at start: Int) -> ScannedFigure? {
        let k = start + Words.percentOf.count
        if t[k] == "百" {
            // 百分之百.
            return ScannedFigure(span: start..<(k + 1), core: start..<(k + 1), value: 100, valueMax: nil,
                                 unit: "%", category: .percent, bound: .exact)
        }
        guard let s = t[k], ChineseNumeral.startsNumber(s), let r = ChineseNumeral.read(t, at: k),
              !r.isMalformed else { return nil }
        var bound: Figure.Bound = .exact
        var spanStart = start
        if let (prefixLength, prefixBound, included) = boundBefore(t, start) {
            bound = prefixBound
            if included { spanStart = start - prefixLength }
        }
        var spanEnd = r.end
        if let (length, suffixBound) = boundAfter(t, r.end, category: .percent) {
            bound = suffixBound; spanEnd += length
        }
        return ScannedFigure(span: spanStart..<spanEnd, core: start..<r.end, value: r.value, valueMax: nil,
                             unit: "%", category: .percent, bound: bound)
    }

    // MARK: What is not a figure

    /// `第十八届`, `之八`, `十四届五次`, `G20`, `2023-12-26`, `8:30`.
    private func isOrdinalOrIdentifier(_ t: ScalarText, before start: Int) -> Bool {
        guard var prev = t[start - 1] else { return false }
        // 第 3 位 in a justified line: the space is layout.
        if Self.isJustificationSpace(prev), let p = t[start - 2], p.isHan { prev = p }
        if prev == "第" || prev == "之" || prev == "届" || prev == "初" || prev == "周" && t[start].map({ ChineseNumeral.arabicDigit($0) == nil }) == true { return true }
        if prev.isASCIILetter { return true }
        // 几十年, 数百个: no number, a guess at one.
        if prev == "几" || prev == "数" && ChineseNumeral.arabicDigit(t.scalars[start]) == nil { return true }
        // The second factor of a product passed over (7×24小时).
        if Words.timesSigns.contains(prev), let before = t[start - 2], ChineseNumeral.arabicDigit(before) != nil { return true }
        if prev == "-" || prev == "/" || prev == "." || prev == ":" || prev == "：" || prev == "#" || prev == "＃" {
            if let before = t[start - 2], ChineseNumeral.arabicDigit(before) != nil || prev == "#" || prev == "＃" { return true }
        }
        return false
    }

    static func isJustificationSpace(_ s: Unicode.Scalar) -> Bool { s == " " || s == "\u{3000}" }

    /// `首 批 937 个`, `4 1 2 人`: a line spread by justification puts one
    /// space between a number and its unit. A Chinese unit after one space
    /// counts when the number itself stands apart (a space before it too)
    /// or is spread digit by digit; `j` then moves past the space.
    private func spacedUnit(_ t: ScalarText, at j: inout Int, start: Int, afterArabic: Bool) -> UnitEntry? {
        guard let sp = t[j], Self.isJustificationSpace(sp), let first = t[j + 1], first.isHan,
              let before = t[start - 1], Self.isJustificationSpace(before) || ChineseNumeral.isSpreadDigits(t, start..<j) else { return nil }
        guard let entry = units.match(t, at: j + 1, afterArabic: afterArabic) else { return nil }
        j += 1
        return entry
    }

    /// Whether a unit printed after a number makes a quantity of it.
    private func accepts(_ entry: UnitEntry, _ t: ScalarText, at j: Int, first: NumberReading,
                         last: NumberReading, start: Int) -> Bool {
        let after = j + entry.printed.count
        if entry.unit == "年" {
            // 2023年 is a year, 三年 and 5年 are durations; 三年级 is a grade,
            // 80年代 a decade, 2023年度 a year again.
            if first.looksLikeYear || last.looksLikeYear { return false }
            if let next = t[after], Words.afterYearNotDuration.contains(next) { return false }
            if let next = t[after], ChineseNumeral.startsNumber(next) { return false }  // 23年12月
        }
        // 前两个月, 近三年来, 5年前, 三天后: a time the text refers to, not a quantity.
        if entry.category == .duration {
            if let prev = t[start - 1] {
                if prev == "前" { return false }
                if prev == "近", let next = t[after], next == "来" || next == "以" || next == "间" { return false }
            }
            if let next = t[after], next == "前" || next == "后" { return false }
        }
        // 八门城镇, 五台山, 三河村: a place named with a number.
        if !first.isArabic, !Words.unitsBeforePlaces.contains(entry.unit), let next = t[after],
           Words.placeEndings.contains(next) { return false }
        // 人大三次会议, 五次全会: a session, numbered.
        if entry.unit == "次", let next = t[after], next == "会" || next == "全" { return false }
        // 前3位, 后20位, 前10名: ranks.
        if entry.unit == "位" || entry.unit == "名", let prev = t[start - 1], prev == "前" || prev == "后" {
            return false
        }
        // Counting uses 两, not 二: 二次, 二级 are words.
        if !first.isArabic, first.value == 2, t[start] == "二", last.end - start == 1,
           entry.category == .count || entry.category == .duration { return false }
        // 三位一体; 两位数增长, 一位数, 三位数: the number of digits of a rate, no quantity.
        if entry.unit == "位", t.has(Words.oneBody, at: after) || t[after] == "数" { return false }
        return true
    }

    private func isDateOrTime(_ t: ScalarText, at j: Int) -> Bool {
        guard let s = t[j] else { return false }
        return s == "年" || s == "月" || s == "日" || s == "号" || s == "时"
    }

    // MARK: Bound words

    /// A bound word just before the number: its length, the bound, and whether
    /// it belongs to the printed expression (`近100万立方米`, `不到10个月`) or
    /// is the verb before it (`突破5000亿元`).
    private func boundBefore(_ t: ScalarText, _ start: Int) -> (Int, Figure.Bound, Bool)? {
        for (word, bound, included) in Words.boundPrefixes where t.has(word, endingAt: start) {
            let first = start - word.count
            if word == Words.about1 || word == Words.near1 || word == Words.over1 {
                // 节约, 签约, 制约; 最近, 附近; 赶超: words, not approximators.
                if let p = t[first - 1], Words.notApproximatorBefore.contains(p) { continue }
            }
            return (word.count, bound, included)
        }
        return nil
    }

    /// `至少引进1个`, `最高补助2000万元`: a bound word a little earlier in the
    /// clause. (`最高保障额度可达230万元` names the maximum itself: exact.)
    private func boundEarlierInClause(_ t: ScalarText, before start: Int) -> Figure.Bound? {
        var k = start
        while k > 1, start - k <= 8, !TextSpans.isClauseEnd(t.scalars[k - 1]) {
            for (word, bound, reach) in Words.clauseBounds where start - k <= reach && t.has(word, endingAt: k) {
                return bound
            }
            k -= 1
        }
        return nil
    }

    private func boundAfter(_ t: ScalarText, _ j: Int, category: UnitCategory?) -> (Int, Figure.Bound)? {
        for (word, bound) in Words.boundSuffixes where t.has(word, at: j) {
            return (word.count, bound)
        }
        if category == .duration || category == .length, let s = t[j] {
            if s == "内" { return (1, .atMost) }
            if s == "多" || s == "余" { return (1, .atLeast) }
        }
        return nil
    }
}

/// The words the scanner looks for, as scalars, built once.
enum Words {
    static let percentOf = Array("百分之".unicodeScalars)
    /// What ends a place name: 子, 村, 镇, 铺 (`八家子`, `三家村`, `十里铺`).
    static let placeSuffixes: Set<Unicode.Scalar> = Set("子村镇乡屯沟营庄铺堡湾峪坡".unicodeScalars)
    /// Bound words that may stand a few words before the number.
    /// The last number is how many scalars may stand between the word and the number.
    static let clauseBounds: [([Unicode.Scalar], Figure.Bound, Int)] = ([
        ("至少", .atLeast, 8), ("最少", .atLeast, 2), ("最低", .atLeast, 2), ("最高", .atMost, 2), ("最多", .atMost, 2),
    ] as [(String, Figure.Bound, Int)]).map { (Array($0.0.unicodeScalars), $0.1, $0.2) }
    static let oneBody = Array("一体".unicodeScalars)
    static let about1 = Array("约".unicodeScalars)
    static let near1 = Array("近".unicodeScalars)
    static let over1 = Array("超".unicodeScalars)
    /// Measure words that do count places (三个村, 两座城); after others a
    /// place ending makes a name (八门城镇).
    static let unitsBeforePlaces: Set<String> = ["个", "座", "处", "家", "所", "片"]
    static let placeEndings: Set<Unicode.Scalar> = ["城", "镇", "村", "乡", "庄", "屯", "铺", "营", "寨", "山", "河", "桥", "街", "路", "县", "区"]
    static let rangeSeparators: Set<Unicode.Scalar> = ["—", "–", "―", "-", "～", "~", "〜", "至", "到"]
    static let timesSigns: Set<Unicode.Scalar> = ["×", "✕", "*", "＊"]
    static let afterYearNotDuration: Set<Unicode.Scalar> = ["级", "代", "度", "底", "初", "末", "终", "份"]
    static let notApproximatorBefore: Set<Unicode.Scalar> = ["节", "签", "制", "预", "履", "合", "条", "公", "邀", "特", "相",
                                                            "最", "附", "将", "赶", "接"]
    /// Longest first, so 不超过 wins over 超过 and 超.
    static let boundPrefixes: [([Unicode.Scalar], Figure.Bound, Bool)] = ([
        ("不超过", .atMost, true), ("不少于", .atLeast, false), ("不低于", .atLeast, false),
        ("不到", .atMost, true), ("不足", .atMost, true), ("少于", .atMost, false), ("低于", .atMost, false),
        ("至少", .atLeast, false), ("突破", .atLeast, false), ("迈上", .atLeast, false), ("站上", .atLeast, false),
        ("跨上", .atLeast, false), ("迈过", .atLeast, false), ("超过", .atLeast, true), ("多于", .atLeast, false),
        ("高于", .atLeast, false), ("大约", .about, true), ("将近", .about, true), ("接近", .about, false),
        ("逾", .atLeast, true), ("超", .atLeast, true), ("约", .about, true), ("近", .about, true),
    ] as [(String, Figure.Bound, Bool)]).map { (Array($0.0.unicodeScalars), $0.1, $0.2) }
    static let boundSuffixes: [([Unicode.Scalar], Figure.Bound)] = ([
        ("以上", .atLeast), ("以下", .atMost), ("左右", .about), ("上下", .about), ("以内", .atMost),
        ("之内", .atMost), ("有余", .atLeast),
    ] as [(String, Figure.Bound)]).map { (Array($0.0.unicodeScalars), $0.1) }
}
