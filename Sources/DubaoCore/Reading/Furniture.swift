/// Page furniture: editors' credits, page numbers and dated page headers.
enum Furniture {
    static let creditWords = ["责任编辑", "责编", "美术编辑", "美编", "校对", "组版", "版式设计", "值班编辑", "版面编辑", "本版编辑"]
    /// Section labels printed in a page's header.
    static let pageLabels: Set<String> = ["要闻", "综合", "国内", "国际", "经济", "社会", "体育", "文化", "评论", "理论",
                                          "副刊", "地方", "民生", "财经", "时政", "专题", "本地", "城事", "特刊", "专版",
                                          "新闻", "县域", "区县", "教育", "科技", "健康", "法治", "视觉", "图片",
                                          "区域", "社会新闻", "综合新闻", "国内新闻", "国际新闻", "本地新闻", "要闻版"]
    /// Words of a masthead footer: address, post code, hotline, price, licence.
    static let footerWords = ["邮政编码", "零售价", "本报地址", "新闻热线", "广告经营许可证", "国内统一连续出版物号",
                              "订阅电话", "发行热线", "印刷：", "社址"]
    /// The word lists as scalars, once: this runs on every line of a page.
    static let footerWordScalars = scalarWords(footerWords)
    static let creditWordScalars = scalarWords(creditWords)
    static let dashes = ScalarClass("-—－–")

    static func isFurniture(_ t: [Unicode.Scalar]) -> Bool {
        if t.count <= 120 && (hasFooterWord(t) || isImprint(t)) { return true }
        if t.count <= 80, PublicationLine.date(in: t) != nil { return true }
        if isSiteFurniture(t) { return true }
        // A page header with a weekday (`2 时 政 2023 年 11 月 23 日 星期四 责任编辑：…`,
        // set letter by letter): a date, and no sentence.
        if t.count <= 100, hasWeekdayWord(t), !t.contains(where: PublicationLine.sentenceMarks.contains),
           issueDate(in: t) != nil { return true }
        guard t.count <= 40 else { return false }
        if creditWordScalars.contains(where: { t.hasPrefix($0) }) { return true }
        if ColumnBanner.isEmptyLabel(t) { return true }
        if isBracketedEditingCredit(t) { return true }
        if t.count <= 8, summaryLabels.contains(t.filter { !Scalars.isSpace($0) && !navBrackets.contains($0) }.string) { return true }
        if t.count <= 4 && pageLabels.contains(t.filter { !Scalars.isSpace($0) }.string) { return true }
        // `第3版`, `A3`, `3`: page numbers.
        // `今日8版`, `本期共16版`: how many pages the issue has.
        if t.count <= 8, let ban = t.last, ban == "版", let first = t.firstIndex(where: { Scalars.digit($0) != nil }),
           ["今日", "本期", "今日共", "本期共", "共"].contains(Array(t[..<first]).string),
           t[first..<(t.count - 1)].allSatisfy({ Scalars.digit($0) != nil }) { return true }
        if t.count <= 9 {
            let s = t.filter { !Scalars.isSpace($0) && !dashes.contains($0) }
            var core = s
            if core.hasPrefix("第") { core.removeFirst() }
            if core.hasSuffix("版") { core.removeLast() }
            if let f = core.first, ("A"..."Z").contains(f) { core.removeFirst() }
            if !core.isEmpty && core.allSatisfy({ Scalars.digit($0) != nil }) { return true }
            // `第三版`: the number in Chinese numerals, as older pages print it.
            if s.first == "第", s.last == "版", !core.isEmpty, core.count <= 3,
               core.allSatisfy({ DateFinder.chineseDigits[$0] != nil || $0 == "十" }) { return true }
        }
        // `第3版　要闻`, `第5版　区域`: a page number with the page's label.
        // (Text without a space is one word at most: no split needed to tell.)
        if t.contains(where: Scalars.isSpace) {
            let words = t.split(whereSeparator: Scalars.isSpace)
            if words.count >= 2, words.count <= 4, words.allSatisfy({ isFurniture(Array($0)) }) { return true }
            if words.count == 2, isFurniture(Array(words[0])), words[0].last == "版", words[1].count <= 6,
               words[1].allSatisfy(Scalars.isCJK) { return true }
        }
        let weekday = hasWeekdayWord(t), week = t.contains("周" as Unicode.Scalar)
        guard weekday || week else { return false }
        if t.count <= 40, issueDate(in: t) != nil, weekday || week && t.count <= 20 { return true }
        return false
    }

    /// The first characters of the footer words: one pass over a line finds
    /// where one may start, instead of a pass per word.
    static let footerFirsts = ScalarClass(String(String.UnicodeScalarView(footerWordScalars.compactMap(\.first))))

    static func hasFooterWord(_ t: [Unicode.Scalar]) -> Bool {
        for i in t.indices where footerFirsts.contains(t[i]) {
            if footerWordScalars.contains(where: { t.matches($0, at: i) }) { return true }
        }
        return false
    }

    /// `（编辑：张雅婷）1130513`: the wire's editor of a story, in brackets
    /// after its text, maybe with the wire's date code: no text, no credit of
    /// the article's.
    static func isBracketedEditingCredit(_ t: [Unicode.Scalar]) -> Bool {
        guard let open = t.first, open == "（" || open == "(",
              let close = t.firstIndex(where: { $0 == "）" || $0 == ")" }), close > 3,
              t[(close + 1)...].allSatisfy({ Scalars.digit($0) != nil || Scalars.isSpace($0) }),
              t.count - close <= 10 else { return false }
        let inner = Array(t[1..<close])
        guard let colon = inner.firstIndex(where: { $0 == "：" || $0 == ":" }) else { return false }
        let value = inner[(colon + 1)...]
        return editingKeys.contains(Array(inner[..<colon]).string) && (2...12).contains(value.count)
            && !value.contains(where: Scalars.clausePunct.contains)
    }

    /// The label of a summary box printed under a feature's title
    /// (`阅读提示`, `【核心提示】`): furniture; the summary under it is text.
    static let summaryLabels: Set<String> = ["阅读提示", "核心提示", "内容提要", "内容摘要", "提要", "本文提要"]

    /// `来源：娄底新闻网　　娄底日报讯 记者 刘洋报道：8月8日，…`: a site's
    /// source field glued before an article's dateline. The dateline and
    /// what follows, or nil when the line is of another kind.
    static func afterSourceField(_ t: [Unicode.Scalar]) -> [Unicode.Scalar]? {
        guard t.count > 8, let colon = t.prefix(6).firstIndex(where: { $0 == "：" || $0 == ":" }),
              sourceKeys.contains(Array(t[..<colon]).string) else { return nil }
        // The value is one short name; a gap parts it from the lead.
        var i = colon + 1
        while i < t.count, Scalars.isSpace(t[i]) { i += 1 }
        var j = i
        while j < t.count, !Scalars.isSpace(t[j]) { j += 1 }
        guard j - i >= 2, j - i <= 20, !t[i..<j].contains(where: Scalars.clausePunct.contains) else { return nil }
        while j < t.count, Scalars.isSpace(t[j]) { j += 1 }
        let rest = Array(t[j...])
        guard !rest.isEmpty, Dateline.parse(rest) != nil else { return nil }
        return rest
    }

    /// `星期`: one pass over the scalars (every line of a page is asked).
    static func hasWeekdayWord(_ t: [Unicode.Scalar]) -> Bool {
        var i = 0
        while i + 1 < t.count {
            if t[i] == "星" && t[i + 1] == "期" { return true }
            i += 1
        }
        return false
    }

    /// A full date in a page header.
    static func date(in t: [Unicode.Scalar]) -> PartialDate? {
        DateFinder.dates(in: t).first { $0.date.year != nil }?.date
    }

    /// The issue's date on a line of furniture: a publication line's, a
    /// web date (`2024-04-23`, `2020.09.30`) or a printed one (`2024年4月23日`,
    /// also set letter by letter: `2023 年 11 月 23 日`).
    static func issueDate(in t: [Unicode.Scalar]) -> PartialDate? {
        if let d = PublicationLine.date(in: t) ?? isoDate(in: t) ?? date(in: t) { return d }
        guard t.contains(where: Scalars.isSpace) else { return nil }
        return date(in: t.filter { !Scalars.isSpace($0) })
    }

    // MARK: pages copied from a paper's digital-edition web site

    /// Words of a digital edition's navigation: `上一版 下一版`, `放大+ 缩小- 默认`,
    /// `【打印】 【关闭】`, `往期回顾`. A line made of these (with page slots,
    /// dates and section labels) is the site's, not the paper's.
    static let navigationWords: Set<String> = [
        "上一版", "下一版", "上一篇", "下一篇", "上一期", "下一期", "前一期", "后一期", "上一版面", "下一版面",
        "放大", "缩小", "默认", "字号", "大", "中", "小", "版面导航", "标题导航", "本版标题导航", "版面目录", "本版目录",
        "返回目录", "返回", "返回首页", "返回顶部", "回到顶部", "首页", "网站首页", "打印", "打印本页", "打印此文",
        "关闭", "关闭窗口", "收藏", "分享", "分享到", "往期回顾", "往期", "朗读", "复制链接", "我要纠错", "文章导航",
        "PDF", "PDF版", "PDF下载", "下载PDF", "版面概览", "当前版", "返回本版", "扫一扫", "扫码阅读", "手机看报",
        "上一月", "下一月", "查看PDF", "本版PDF", "前一版", "后一版", "前一篇", "后一篇", "通版", "默认字号",
        "设为首页", "加入收藏", "PDF版下载", "版面PDF", "大字", "小字", "标准",
    ]
    static let navigationFirsts = ScalarClass(String(Set(navigationWords.compactMap(\.first))))
    /// Navigation that names what it leads to: `上一篇：…`, `字号：大 中 小`.
    static let labelledNavigation: Set<String> = ["上一篇", "下一篇", "上一期", "下一期", "上一版", "下一版", "字号", "字体",
                                                  "分享到", "分享", "当前位置", "您的位置", "所在位置", "当前版", "当前版面"]
    /// What a digital edition calls itself: `张掖日报数字报`, `…电子版`.
    static let editionEndings = scalarWords(["数字报", "电子报", "数字报刊", "电子报刊", "电子版", "数字版", "数字报纸",
                                             "数字报刊平台", "电子报平台", "数字报平台"])
    /// The site's footer: `Copyright © 2024 …`, `版权所有`, `…ICP备…号`.
    static let copyrightWordScalars = scalarWords(["Copyright", "copyright", "COPYRIGHT", "©", "版权所有", "ICP备", "ICP证",
                                                   "公网安备", "未经授权", "建立镜像", "技术支持：", "备案号", "不良信息举报"])
    /// A registration number or a rights notice, which no article prints.
    static func hasRightsNotice(_ t: [Unicode.Scalar]) -> Bool {
        t.indices.contains { i in rightsNoticeScalars.contains { t.matches($0, at: i) } }
    }
    static let rightsNoticeScalars = scalarWords(["ICP备", "ICP证", "公网安备", "Copyright", "COPYRIGHT", "©", "未经协议授权",
                                                  "未经书面授权", "不得转载", "禁止下载"])
    static let siteSeparators = ScalarClass("|｜")
    static let crumbSeparators = ScalarClass(">＞»›")
    static let navStrip = ScalarClass("【】[]［］+-＋－")
    static let navBrackets = ScalarClass("【】[]［］")
    static let weekdayNames = ScalarClass("日一二三四五六天")
    static let calendarArrows = ScalarClass("<>＜＞«»‹›《》")

    /// Who publishes the paper or the site, as its imprint prints it:
    /// `主办：宿迁日报社　地址：…　邮编：223800`. Fields `label：value` apart,
    /// one of them the publisher's (主办 or 主管, the label alone: an
    /// event's `主办单位：` is text) and no sentence among them.
    static func isImprint(_ t: [Unicode.Scalar]) -> Bool {
        // Most lines name no publisher: a look for 主 before a colon first.
        guard t.count >= 6,
              t.indices.dropLast(2).contains(where: { t[$0] == "主" && (t[$0 + 2] == "：" || t[$0 + 2] == ":") }),
              !t.contains("。") else { return false }
        let fields = t.split(whereSeparator: Scalars.isSpace)
        guard fields.count >= 2 else { return false }
        var publisher = false
        for field in fields {
            guard let colon = field.firstIndex(where: { $0 == "：" || $0 == ":" }), colon > field.startIndex,
                  colon < field.endIndex - 1 else { return false }
            let label = String(String.UnicodeScalarView(field[field.startIndex..<colon]))
            guard imprintLabels.contains(label) else { return false }
            publisher = publisher || label == "主办" || label == "主管"
        }
        return publisher
    }

    static let imprintLabels: Set<String> = ["主办", "主管", "承办", "协办", "出版", "地址", "社址", "邮编", "电话",
                                             "传真", "邮箱", "网址", "联系电话", "新闻热线", "投稿邮箱", "法律顾问"]

    /// The furniture of a page saved from a digital edition's web site: its
    /// menu line, its name, the page slot, navigation, the source line of an
    /// article, the back-issue calendar and the copyright footer.
    static func isSiteFurniture(_ t: [Unicode.Scalar]) -> Bool {
        guard !t.isEmpty, t.count <= 100 else { return false }
        // One pass over the line for what the forms below need: this runs on
        // every line of every page.
        var siteSeparator = false, crumbs = 0, spaced = false, bracket = false, copyright = false, ban = false, nian = false
        var earlyColon = false, sentence = false
        for i in t.indices {
            // On the scalars' values: a switch of integers, whatever the build.
            switch t[i].value {
            case 0x3002: sentence = true                                    // 。
            case 0x7C, 0xFF5C: siteSeparator = true                        // | ｜
            case 0x3E, 0xFF1E, 0xBB, 0x203A: crumbs += 1                   // > ＞ » ›
            case 0x7248: ban = true; copyright = copyright || t.matches(copyrightWordScalars[4], at: i) // 版
            case 0x5E74: nian = true                                        // 年
            case 0xFF1A, 0x3A: earlyColon = earlyColon || i <= 8           // ： :
            case 0x3010, 0x3011, 0x5B, 0x5D, 0xFF3B, 0xFF3D: bracket = bracket || i > 0 // 【】[]［］
            case 0x20, 0x09, 0x3000, 0xA0, 0xFEFF: spaced = true
            case 0x43, 0x63, 0xA9, 0x49, 0x516C, 0x672A, 0x5EFA, 0x6280, 0x5907, 0x4E0D: // C c © I 公 未 建 技 备 不
                copyright = copyright || copyrightWordScalars.contains { t.matches($0, at: i) }
            default: break
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
        // A month of days on one line.
        if t.count > 60 { return spaced && Scalars.digit(t[0]) != nil && isCalendarLine(t, compact: t) }
        // `上一篇：城东菜市场完成改造`, `【字体：大 中 小】`, `分享到：`.
        if earlyColon, case let opening = t.drop(while: { navStrip.contains($0) || Scalars.isSpace($0) }),
           let colon = opening.prefix(6).firstIndex(where: { $0 == "：" || $0 == ":" }),
           labelledNavigation.contains(String(String.UnicodeScalarView(opening[..<colon]))) { return true }
        let first = t[0], last = t[t.count - 1]
        if !spaced && !bracket {
            // One word: the edition's name, a navigation word, a page slot.
            if t.count <= 18, last == "报" || last == "版" || last == "台", editionEndings.contains(where: { t.hasSuffix($0) }) {
                return true
            }
            if t.count >= 2, t.count <= 8, navigationFirsts.contains(first),
               navigationWords.contains(t.filter { !navStrip.contains($0) }.string) { return true }
            if ban, t.count <= 16, isPageSlot(t), t.contains(where: { $0 == "：" || $0 == ":" || $0 == "(" || $0 == "（" }) { return true }
            if Scalars.digit(first) != nil, isWebDateWord(t) { return true }
            if first == "《" { return isSourceLine(t) }
            return (t.count == 7 || nian) && isCalendarLine(t, compact: t)
        }
        let compact = t.filter { !Scalars.isSpace($0) }
        if compact.count <= 18, editionEndings.contains(where: { compact.hasSuffix($0) }) { return true }
        if isSourceLine(t) || isCalendarLine(t, compact: compact) { return true }
        // A line of navigation words, page slots, dates and labels. A control
        // is often printed with a sign beside its word (`放大+`, `默认○`,
        // `▲返回`, `下一版>>`): the word is what is left without its signs.
        let words = t.split(whereSeparator: { Scalars.isSpace($0) || navBrackets.contains($0) })
            .map { Array($0.filter { !navStrip.contains($0) }) }.filter { !$0.isEmpty }
        var navigation = false, dated = false, paper = false, slot = false
        for w in words {
            if navigationWords.contains(w.string) {
                if w.count > 1 { navigation = true }
            } else if let bare = Optional(w.filter { !isControlSign($0) }), bare.count < w.count, !bare.isEmpty,
                      navigationWords.contains(bare.string) {
                navigation = true
            } else if isPageSlot(w) {
                slot = true
            } else if isDateWord(w) {
                dated = true
            } else if isPaperName(w) {
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

    /// `第002版：要闻`, `A03版：城事`, `03版`, `当前版：03版`: where the page stands
    /// in the edition.
    static func isPageSlot(_ w: [Unicode.Scalar]) -> Bool {
        guard w.contains("版") else { return false }
        var s = w[...]
        for prefix in ["当前版面：", "当前版：", "当前版面:", "当前版:", "版面："] where w.hasPrefix(prefix) {
            s = s.dropFirst(prefix.unicodeScalars.count)
            if s.isEmpty { return true }
            break
        }
        if s.first == "第" { s = s.dropFirst() }
        if let f = s.first, ("A"..."Z").contains(f) { s = s.dropFirst() }
        // `03版`, `第三版`, `第十二版`.
        var digits = s.prefix { Scalars.digit($0) != nil }
        if digits.isEmpty, w.first == "第" { digits = s.prefix { DateFinder.chineseDigits[$0] != nil || $0 == "十" } }
        guard !digits.isEmpty, digits.count <= 3 else { return false }
        s = s.dropFirst(digits.count)
        guard s.first == "版" else { return false }
        s = s.dropFirst()
        if s.isEmpty { return true }
        // `第1版：要闻`, `第1版(要闻)`.
        if let open = s.first, open == "（" || open == "(", let close = s.last, close == "）" || close == ")" {
            let label = s.dropFirst().dropLast()
            return !label.isEmpty && label.count <= 8 && label.allSatisfy { Scalars.isCJK($0) || $0 == "·" }
        }
        guard s.first == "：" || s.first == ":" else { return false }
        let label = s.dropFirst()
        return label.count <= 8 && label.allSatisfy { Scalars.isCJK($0) || $0 == "·" }
    }

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

    /// `2024-04-23`, `2024/4/23`, `09:31:27`: a web site's date or time.
    static func isWebDateWord(_ w: [Unicode.Scalar]) -> Bool {
        if w.count >= 8, w.count <= 10, w.allSatisfy({ Scalars.digit($0) != nil || $0 == "-" || $0 == "/" }), isoDate(in: w) != nil {
            return true
        }
        return w.count >= 4 && w.count <= 8 && w.contains(":") && w.allSatisfy { Scalars.digit($0) != nil || $0 == ":" }
    }

    /// `江城日报`, `江城晚报社`: a paper's name, beside the page slot in a
    /// site's navigation (`江城日报 - 第01版：要闻`).
    static func isPaperName(_ w: [Unicode.Scalar]) -> Bool {
        w.count >= 3 && w.count <= 8 && w.allSatisfy(Scalars.isCJK) && (w.hasSuffix("报") || w.hasSuffix("报社"))
    }

    /// `2024年04月23日`, `星期二`, `2024-04-23`: a word of a date line.
    static func isDateWord(_ w: [Unicode.Scalar]) -> Bool {
        if w.count <= 3, w.hasPrefix("星期") || w.hasPrefix("周") { return true }
        if isWebDateWord(w) { return true }
        guard w.count >= 6, w.count <= 12, let d = DateFinder.dates(in: w).first else { return false }
        return d.range == 0..<w.count
    }

    /// `《张掖日报》（2024年04月23日 第02版）`: the paper and page an article
    /// was copied from.
    static func isSourceLine(_ t: [Unicode.Scalar]) -> Bool {
        guard t.first == "《", let close = t.prefix(16).firstIndex(of: "》"), close >= 3, t.count <= 40 else { return false }
        var rest = Array(t[(close + 1)...]).trimmed()
        if let f = rest.first, f == "（" || f == "(", let l = rest.last, l == "）" || l == ")" {
            rest = Array(rest.dropFirst().dropLast())
        }
        guard !rest.isEmpty, !rest.contains(where: Scalars.clausePunct.contains) else { return false }
        let words = rest.split(whereSeparator: Scalars.isSpace).map(Array.init)
        return words.contains(where: isPageSlot) || (words.allSatisfy(isDateWord) && !words.isEmpty)
    }

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

    // MARK: the article list of a digital edition's page

    /// `版面导航` / `· 标题一` / `· 标题二`: a digital edition lists the page's
    /// headlines above it. Lines that repeat titles printed further down, two
    /// or more in a run, are that list: it goes, with its label and the
    /// entries of the same list that name no title (`· 图片新闻`).
    static func droppingContentsList(_ blocks: [Block]) -> [Block] {
        // The list stands above the page's first text: most pages have no
        // two title-like lines there, and need no more look.
        var above = 0
        outer: for block in blocks {
            for line in block.lines {
                if line.indented || line.text.contains(where: { $0 == "。" || $0 == "，" }) { break outer }
                if line.text.count >= 4 && line.text.count <= 120 { above += 1 }
            }
        }
        guard above >= 3 else { return blocks }
        var last: [String: Int] = [:]
        var keys: [[String?]] = []
        for block in blocks {
            var row: [String?] = []
            for (k, line) in block.lines.enumerated() {
                let key = listKey(line.text)
                if let key {
                    last[key] = line.number
                    // A title printed over two lines is one entry of the list.
                    if k > 0, let above = row[k - 1] { last[above + key] = line.number }
                }
                row.append(key)
            }
            keys.append(row)
        }
        // Entries cut short by the site (`全市工业用电量…`) name the title they begin.
        let cut = keys.joined().contains { $0?.hasSuffix("…") == true || $0?.hasSuffix("...") == true }
        let later = cut ? last.sorted { $0.key < $1.key } : []
        func repeated(_ key: String, after number: Int) -> Bool {
            if (last[key] ?? 0) > number { return true }
            guard cut else { return false }
            var stem = Substring(key)
            while let l = stem.last, l == "…" || l == "." { stem = stem.dropLast() }
            guard stem.count >= 6, stem.count < key.count else { return false }
            return later.contains { $0.value > number && $0.key.hasPrefix(stem) && $0.key.count > stem.count }
        }
        // The list set on one line, its titles parted by spaces.
        func listsTitlesOnOneLine(_ line: SourceLine) -> Bool {
            guard line.text.count <= 120, line.text.contains(where: Scalars.isSpace) else { return false }
            let parts = line.text.split(whereSeparator: Scalars.isSpace).map { Array($0) }
            return parts.count >= 2 && parts.allSatisfy { p in
                p.count >= 4 && listKey(p).map { repeated($0, after: line.number) } == true
            }
        }
        var out: [Block] = []
        var dropped = false
        for (b, block) in blocks.enumerated() {
            var lines = block.lines
            if lines.contains(where: listsTitlesOnOneLine) {
                lines.removeAll(where: listsTitlesOnOneLine)
                dropped = true
                if lines.isEmpty { continue }
            }
            let row = lines.count == block.lines.count ? keys[b] : lines.map { listKey($0.text) }
            let repeats = lines.indices.filter { k in
                row[k].map { repeated($0, after: lines[k].number) } ?? false
            }
            guard repeats.count >= 2, let first = repeats.first, let end = repeats.last,
                  (first...end).allSatisfy({ row[$0] != nil }) else {
                out.append(lines.count == block.lines.count ? block : Block(lines: lines))
                continue
            }
            var from = first, to = end
            if from > 0, row[from - 1] != nil, lines[from - 1].text.count <= 8 { from -= 1 }
            if let mark = lines[end].text.first, !Scalars.isCJK(mark), Scalars.digit(mark) == nil {
                while to + 1 < lines.count, row[to + 1] != nil, lines[to + 1].text.first == mark { to += 1 }
            }
            dropped = true
            let kept = Array(lines[..<from]) + Array(lines[(to + 1)...])
            if !kept.isEmpty { out.append(Block(lines: kept)) }
        }
        return dropped ? out : blocks
    }

    static let listMarks = ScalarClass("·•●○◆◇■□▲△★☆▶►-*")

    /// A short line as an entry of a list of titles: without its bullet or
    /// number, spaces taken out; nil for a line no list holds.
    static func listKey(_ t: [Unicode.Scalar]) -> String? {
        guard t.count >= 4, t.count <= 44, !t.contains("。") else { return nil }
        var s = t[...]
        while let f = s.first, listMarks.contains(f) || Scalars.isSpace(f) || Scalars.digit(f) != nil || f == "." || f == "、" {
            s = s.dropFirst()
        }
        let key = s.filter { !Scalars.isSpace($0) }
        return key.count >= 2 ? String(String.UnicodeScalarView(key)) : nil
    }

    // MARK: the article facts a digital edition prints under a title

    static let metaKeys = Set<String>(["作者", "来源", "稿件来源", "本文来源", "文章来源", "稿源", "发布时间", "发布日期",
                                       "时间", "日期", "字数", "浏览", "浏览次数", "阅读", "阅读数", "点击", "点击数", "版次", "版名"])
        .union(editingKeys)
    /// The site's editing chain (`编辑：X　二审：Y　三审：Z`): never text, even alone.
    static let editingKeys: Set<String> = ["编辑", "责任编辑", "责编", "美编", "校对", "审核", "审校", "编审", "初审", "复审",
                                           "终审", "一审", "二审", "三审", "监制", "制作", "出品人", "总监制"]
    static let sourceKeys: Set<String> = ["来源", "稿件来源", "本文来源", "文章来源", "稿源"]

    /// `作者：本报记者 杜娟　来源：江城日报　发布时间：2023-12-05`: the site's
    /// facts about an article (two or more, or the author alone). Returns
    /// the author's part (empty when none), or nil for a line of another kind.
    static func articleMeta(_ t: [Unicode.Scalar]) -> [Unicode.Scalar]? {
        // `2026-03-04 02:33:11 来源:中国新闻网 责任编辑:王宁`: a portal's facts
        // open with the time the copy went up.
        if let f = t.first, Scalars.digit(f) != nil, t.count <= 90 {
            var i = 0
            while i < t.count {
                var j = i
                while j < t.count, !Scalars.isSpace(t[j]) { j += 1 }
                guard isWebDateWord(Array(t[i..<j])) else { break }
                i = j
                while i < t.count, Scalars.isSpace(t[i]) { i += 1 }
            }
            if i > 0, i < t.count { return articleMeta(Array(t[i...])) }
        }
        guard t.count <= 90, !t.contains("。"), let colon = t.prefix(6).firstIndex(where: { $0 == "：" || $0 == ":" }),
              metaKeys.contains(Array(t[..<colon]).string) else { return nil }
        // The line's parts: `key：value`, keys at the start or after a gap.
        var parts: [(key: String, value: [Unicode.Scalar])] = []
        var i = 0
        while i < t.count {
            guard let c = t[i...].prefix(7).firstIndex(where: { $0 == "：" || $0 == ":" }) else { break }
            let key = Array(t[i..<c]).trimmed().string
            var j = c + 1
            var end = t.count
            // The value runs to the next gap followed by a key and a colon.
            while j < t.count {
                if Scalars.isSpace(t[j]) {
                    var k = j
                    while k < t.count && Scalars.isSpace(t[k]) { k += 1 }
                    if let c2 = t[k...].prefix(7).firstIndex(where: { $0 == "：" || $0 == ":" }),
                       metaKeys.contains(Array(t[k..<c2]).string) {
                        end = j
                        break
                    }
                    j = k
                } else {
                    j += 1
                }
            }
            parts.append((key, Array(t[(c + 1)..<end]).trimmed()))
            i = end
            while i < t.count && Scalars.isSpace(t[i]) { i += 1 }
        }
        guard parts.allSatisfy({ metaKeys.contains($0.key) }) else { return nil }
        let author = parts.first { $0.key == "作者" }?.value
        if parts.count == 1, author == nil {
            // Alone: an editing credit, or the outlet an item came from.
            let part = parts[0]
            guard editingKeys.contains(part.key)
                    || sourceKeys.contains(part.key) && part.value.count <= 30
                        && !part.value.contains(where: { Scalars.clausePunct.contains($0) }) else { return nil }
        }
        return author ?? []
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
