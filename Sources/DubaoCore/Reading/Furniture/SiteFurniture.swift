/// The furniture of a page copied from a digital edition's web site: its
/// menu line, its name, navigation and controls, the page slot, dates, the
/// source line of an article, the back-issue calendar and the copyright footer.
extension Furniture {
    /// (As scalars: a line's words are looked up without making Strings of them.)
    static let navigationWords = Set(PageWords.scalars(.navigation))
    static let navigationFirsts = PageWords.firsts(.navigation)
    static let labelledNavigation = PageWords.set(.labelledNavigation)
    static let editionEndings = PageWords.scalars(.editionEnding)
    static let copyrightWordScalars = PageWords.scalars(.copyright)
    static let copyrightFirsts = ScalarBitmap(PageWords.words(.copyright).compactMap(\.unicodeScalars.first))
    static let rightsNoticeScalars = PageWords.scalars(.rightsNotice)
    /// A registration number or a rights notice, which no article prints.
    static func hasRightsNotice(_ t: [Unicode.Scalar]) -> Bool {
        t.indices.contains { i in rightsNoticeScalars.contains { t.matches($0, at: i) } }
    }
    static let siteSeparators = ScalarClass("|｜")
    static let crumbSeparators = ScalarClass(">＞»›")
    static let navStrip = ScalarClass("【】[]［］+-＋－")
    static let navBrackets = ScalarClass("【】[]［］")

    /// The furniture of a page saved from a digital edition's web site: its
    /// menu line, its name, the page slot, navigation, the source line of an
    /// article, the back-issue calendar and the copyright footer.
    static func isSiteFurniture(_ t: [Unicode.Scalar]) -> Bool {
        guard !t.isEmpty, t.count <= 100 else { return false }
        // One pass over the line for what the forms below need: this runs on
        // every line of every page.
        var siteSeparator = false, crumbs = 0, spaced = false, bracket = false, copyright = false, ban = false, nian = false
        var earlyColon = false, sentence = false
        let copyrightFirsts = Self.copyrightFirsts
        for i in t.indices {
            // On the scalars' values: a switch of integers, whatever the build.
            switch t[i].value {
            case 0x3002: sentence = true                                    // 。
            case 0x7C, 0xFF5C: siteSeparator = true                        // | ｜
            case 0x3E, 0xFF1E, 0xBB, 0x203A: crumbs += 1                   // > ＞ » ›
            case 0x7248: ban = true                                         // 版
            case 0x5E74: nian = true                                        // 年
            case 0xFF1A, 0x3A: earlyColon = earlyColon || i <= 8           // ： :
            case 0x3010, 0x3011, 0x5B, 0x5D, 0xFF3B, 0xFF3D: bracket = bracket || i > 0 // 【】[]［］
            case 0x20, 0x09, 0x3000, 0xA0, 0xFEFF: spaced = true
            default: break
            }
            // Where a copyright word may start (the table's first characters).
            if !copyright, copyrightFirsts.contains(t[i]) {
                copyright = copyrightWordScalars.contains { t.matches($0, at: i) }
            }
        }
        // A sentence is text, but for the site's own notice of its rights
        // (`…ICP备10012345号本网站所刊登的…均为…版权所有，未经协议授权，禁止…。`).
        if sentence { return copyright && hasRightsNotice(t) }
        if copyright { return true }
        if siteSeparator {
            // `网站首页 | 手机版 | 往期回顾`, `十堰晚报 | 数字报`.
            let parts = t.split(whereSeparator: siteSeparators.contains).map { Array($0).trimmed() }.filter { !$0.isEmpty }
            if parts.count >= 2, parts.allSatisfy({ $0.count <= 12 && !$0.contains(where: Scalars.clausePunct.contains) }) { return true }
        }
        if crumbs >= 2 {
            // `首页 > 2024年05月10日 > A03版：城事`.
            let parts = t.split(whereSeparator: crumbSeparators.contains)
            if parts.allSatisfy({ $0.count <= 20 && !$0.contains("，") }) { return true }
        }
        // `首页 > 菲国新闻`: one step down from the site's home.
        if crumbs == 1, let last = lastCrumb(t), case let home = Array(t[..<(t.count - last.count)]).trimmed().dropLast(),
           navigationWords.contains(Array(home).trimmed()), last.count <= 20,
           !last.contains(where: Scalars.clausePunct.contains) { return true }
        // A month of days on one line.
        if t.count > 60 { return spaced && Scalars.digit(t[0]) != nil && isCalendarLine(t, compact: t) }
        // `上一篇：城东菜市场完成改造`, `【字体：大 中 小】`, `分享到：`.
        if earlyColon, case let opening = t.drop(while: { navStrip.contains($0) || Scalars.isSpace($0) }),
           let colon = opening.prefix(6).firstIndex(where: { $0 == "：" || $0 == ":" }),
           labelledNavigation.contains(String(String.UnicodeScalarView(opening[..<colon]))) { return true }
        let first = t[0], last = t[t.count - 1]
        if !spaced && !bracket {
            // One word: the edition's name, a navigation word, a page slot.
            if t.count <= 18, editionEndingLasts.contains(last), editionEndings.contains(where: { t.hasSuffix($0) }) {
                return true
            }
            // (An ellipsis after it: `請繼續往下閱讀...`, `更多…`.)
            if t.count >= 2, t.count <= 10, navigationFirsts.contains(first),
               navigationWords.contains(t.filter { !navStrip.contains($0) && $0 != "." && $0 != "…" }) { return true }
            // `上一版下一版`, `上一篇下一篇`: controls a copy ran together.
            if t.count >= 6, t.count <= 12, navigationFirsts.contains(first), isGluedNavigation(t) { return true }
            if ban, t.count <= 16, isPageSlot(t), t.contains(where: { $0 == "：" || $0 == ":" || $0 == "(" || $0 == "（" }) { return true }
            if Scalars.digit(first) != nil, isWebDateWord(t) { return true }
            if first == "《" { return isSourceLine(t) }
            return (t.count == 7 || nian) && isCalendarLine(t, compact: t)
        }
        let compact = t.filter { !Scalars.isSpace($0) }
        if compact.count <= 18, editionEndings.contains(where: { compact.hasSuffix($0) }) { return true }
        // `湖  北  日  报`: the paper's name letter-spaced across the masthead.
        if compact.count * 2 <= t.count + 1, isPaperName(compact),
           t.split(whereSeparator: Scalars.isSpace).allSatisfy({ $0.count == 1 }) { return true }
        if isSourceLine(t) || isCalendarLine(t, compact: compact) { return true }
        // A line of navigation words, page slots, dates and labels. A control
        // is often printed with a sign beside its word (`放大+`, `默认○`,
        // `▲返回`, `下一版>>`): the word is what is left without its signs.
        let words = t.split(whereSeparator: { Scalars.isSpace($0) || navBrackets.contains($0) })
            .map { Array($0.filter { !navStrip.contains($0) }) }.filter { !$0.isEmpty }
        var navigation = false, dated = false, paper = false, slot = false
        for w in words {
            if navigationWords.contains(w) {
                if w.count > 1 { navigation = true }
            } else if let bare = Optional(w.filter { !isControlSign($0) }), bare.count < w.count, !bare.isEmpty,
                      navigationWords.contains(bare) {
                navigation = true
            } else if w.count > 3, w[0].value &- 0x30 < 10 || w[w.count - 1].value &- 0x30 < 10,
                      let bare = Optional(Self.withoutGluedArrowDigit(w)), bare.count < w.count,
                      navigationWords.contains(bare) {
                navigation = true
            } else if isPageSlot(w) {
                slot = true
            } else if w.count == 1, w[0].isASCII, Scalars.digit(w[0]) != nil {
                // `3 上一篇  下一篇4`: a symbol font's arrow kept as a digit, set
                // apart (the line is furniture only with a control's word).
                continue
            } else if bracket, isBracketedEditingCredit(["【"] + w + ["】"]) {
                // `【纠错】【责任编辑：苏航】`: who edited the copy, beside a control.
                continue
            } else if isDateWord(w) {
                dated = true
            } else if isPaperName(w) {
                paper = true
            } else if let d = DateFinder.dates(in: w).first, d.range.lowerBound == 0, d.date.year != nil,
                      d.range.upperBound < w.count, isPaperName(Array(w[d.range.upperBound...])) {
                // `1952年11月7日人民日报 第2版`: a corpus's header, the date
                // glued to the paper's name.
                dated = true
                paper = true
            } else if !(pageLabels.contains(w.string) || w.allSatisfy(isControlSign)) {
                return false
            }
        }
        // `1998年03月12日 人民日报 第2版`: a date bar or a page header.
        if dated && (paper || slot) { return true }
        return navigation || words.contains(where: { isPageSlot($0) && $0.contains(where: { $0 == "：" || $0 == ":" || $0 == "(" || $0 == "（" }) })
            || words.allSatisfy(isWebDateWord)
    }

    /// The last part of a breadcrumb (`首页 > 菲国新闻`: `菲国新闻`), nil for a
    /// line without the crumbs' separator. The section's heading under the
    /// breadcrumb repeats it.
    static func lastCrumb(_ t: [Unicode.Scalar]) -> [Unicode.Scalar]? {
        guard let k = t.lastIndex(where: crumbSeparators.contains) else { return nil }
        let last = Array(t[(k + 1)...]).trimmed()
        return last.isEmpty ? nil : last
    }

    /// Controls a copy ran together (`上一版下一版`): the line is navigation
    /// words end to end, each of two characters or more.
    static func isGluedNavigation(_ t: [Unicode.Scalar]) -> Bool {
        var i = 0
        outer: while i < t.count {
            for n in stride(from: min(6, t.count - i), through: 2, by: -1) where navigationWords.contains(Array(t[i..<(i + n)])) {
                i += n
                continue outer
            }
            return false
        }
        return true
    }
    static let editionEndingLasts = ScalarClass(String(String.UnicodeScalarView(PageWords.words(.editionEnding).compactMap(\.unicodeScalars.last))))

    /// A sign printed beside a control's word: a shape, an arrow, a plus or
    /// a minus (`○`, `▲`, `>>`, `+`). Letters, digits, Han characters and
    /// the marks of a date (`-`, `/`, `.`, `:`) are no signs.
    static func isControlSign(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x2B, 0x3C, 0x3E, 0x7C, 0x7E, 0xFF0B, 0xFF0D, 0xFF1C, 0xFF1E, 0xAB, 0xBB, 0x2039, 0x203A: return true
        case 0x2190...0x21FF, 0x2500...0x27BF, 0x2B00...0x2BFF: return true  // arrows, boxes, shapes, dingbats
        default: return false
        }
    }


    /// A control's word with the digit a symbol font drew its arrow with
    /// (`3上一版`, `下一版4`: Webdings' 3 and 4 are left and right
    /// triangles, and a copy of the page keeps the digit): the word alone.
    static func withoutGluedArrowDigit(_ w: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var bare = w[...]
        if let first = bare.first, first.isASCII, Scalars.digit(first) != nil, let second = bare.dropFirst().first,
           Scalars.isCJK(second) { bare = bare.dropFirst() }
        if let last = bare.last, last.isASCII, Scalars.digit(last) != nil, let before = bare.dropLast().last,
           Scalars.isCJK(before) { bare = bare.dropLast() }
        return Array(bare)
    }

    static let englishWeekdays: Set<String> = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun", "Monday", "Tuesday",
                                                "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

    /// `江城日报`, `江城晚报社`: a paper's name, beside the page slot in a
    /// site's navigation (`江城日报 - 第01版：要闻`).
    static func isPaperName(_ w: [Unicode.Scalar]) -> Bool {
        w.count >= 3 && w.count <= 8 && w.allSatisfy(Scalars.isCJK) && (w.hasSuffix("报") || w.hasSuffix("报社"))
    }

    /// `2024年04月23日`, `星期二`, `2024-04-23`: a word of a date line.
    static func isDateWord(_ w: [Unicode.Scalar]) -> Bool {
        if w.count <= 3, w.hasPrefix("星期") || w.hasPrefix("周") { return true }
        // `Wed`, `Wednesday`: the day of the week as an English-speaking site prints it.
        if let f = w.first, ("A"..."Z").contains(f), englishWeekdays.contains(w.string) { return true }
        if isWebDateWord(w) { return true }
        guard w.count >= 6, w.count <= 12, let d = DateFinder.dates(in: w).first else { return false }
        return d.range == 0..<w.count
    }
}
