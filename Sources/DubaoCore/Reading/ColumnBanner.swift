/// Column banners: the name of a column printed over the articles in it
/// (`三提三敢 大家谈`, `聚力攻坚突破看聊城`), which is not any article's title.
enum ColumnBanner {
    /// Words column names end in.
    static let endings = ["大家谈", "谈", "说", "论", "评", "观察", "时评", "短评", "快评", "视点", "视线",
                          "一线", "故事", "声音", "随笔", "札记", "手记", "笔记", "访谈", "面对面", "纵横", "漫谈", "专栏",
                          "短讯", "简讯", "快讯", "速递", "动态", "速览", "简报", "一句话新闻", "新闻眼", "手记", "札记",
                          "进行时", "在行动", "纪行", "巡礼", "走基层", "系列报道", "蹲点"]

    static let endingScalars = scalarWords(endings)

    /// Literary columns (副刊): a signed essay there is a feature, not commentary.
    static let literaryEndings = ["文苑", "副刊", "散文", "文艺", "书香", "风物", "乡愁", "诗歌", "文学"]

    /// Columns of commentary: what stands in them is opinion.
    static let commentaryEndings = ["手记", "札记", "随笔", "评论", "评论员", "时评", "短评", "快评", "点评", "热评", "锐评", "述评", "论", "谈", "说"]

    /// Names a page announces for its columns: `开设“聚力攻坚突破看聊城”专栏`.
    static func announced(in texts: [[Unicode.Scalar]]) -> Set<String> {
        var names = Set<String>()
        for t in texts {
            var i = 0
            while let close = t[i...].firstIndex(of: "”") {
                let after = Array(t[(close + 1)..<min(t.count, close + 4)])
                if after.hasPrefix("专栏") || after.hasPrefix("栏目") || after.hasPrefix("专题") || after.hasPrefix("系列") {
                    if let open = t[..<close].lastIndex(of: "“"), close - open <= 20 {
                        names.insert(key(Array(t[(open + 1)..<close])))
                    }
                }
                i = close + 1
            }
        }
        return names
    }

    /// Labels a page prints before a column's name (`专栏：田间笔谈`, as a
    /// by-date corpus keeps its pages).
    static let nameLabels = ["专栏", "栏目"]

    /// The column's name as a banner prints it: `短　讯` spread out over a
    /// column is `短讯`; a banner in quotes whole (`“新春走基层”`) is named
    /// without them; a label before it (`专栏：`) is no part of it.
    static func name(of banner: String) -> String {
        var text = Substring(banner)
        // `【光明时评】`: a rubric is named without its brackets.
        if text.hasPrefix("【"), text.hasSuffix("】"), text.count > 2 { text = text.dropFirst().dropLast() }
        for label in nameLabels where text.hasPrefix(label) {
            let rest = text.dropFirst(label.count)
            if rest.first == "：" || rest.first == ":" { text = rest.dropFirst().drop { $0 == " " } }
        }
        let parts = text.split(separator: " ")
        let name = parts.allSatisfy { $0.unicodeScalars.count == 1 } ? parts.joined() : String(text)
        let inner = name.dropFirst().dropLast()
        if name.hasPrefix("“"), name.hasSuffix("”"), !inner.isEmpty, !inner.contains("“"), !inner.contains("”") {
            return String(inner)
        }
        return name
    }

    /// `专栏:读者来信`, `栏目：田间笔谈`: a column named after its label, as a
    /// by-date corpus keeps its records; a banner whatever the name's words.
    static func isLabelledName(_ t: [Unicode.Scalar]) -> Bool {
        guard t.count <= 16 else { return false }
        return nameLabels.contains { label in
            let l = Array(label.unicodeScalars)
            guard t.hasPrefix(l), t.count > l.count + 1, t[l.count] == "：" || t[l.count] == ":" else { return false }
            let name = t[(l.count + 1)...].filter { !Scalars.isSpace($0) }
            return (2...12).contains(name.count) && !name.contains { Byline.sentencePunct.contains($0) }
        }
    }

    /// An empty label of a corpus's page record (`专栏：` with no name after
    /// it): furniture.
    static func isEmptyLabel(_ t: [Unicode.Scalar]) -> Bool {
        guard let last = t.last, last == "：" || last == ":", t.count <= 5 else { return false }
        return nameLabels.contains(Array(t.dropLast()).string)
    }

    static func key(_ t: [Unicode.Scalar]) -> String {
        t.filter { !Scalars.isSpace($0) }.string
    }

    /// Labels of boxes and sidebars: a banner wherever they stand.
    static let sidebarLabels: Set<String> = ["链接", "相关链接", "新闻链接", "背景链接", "相关新闻", "延伸阅读", "小贴士",
                                             "记者手记", "编辑手记", "编后", "编后语", "背景", "导读", "本期导读", "今日导读",
                                             // (A rubric over captions: each picture under it is in the column.)
                                             "图片新闻", "新闻图片", "图说新闻", "图片报道"]

    /// `导读`, `今日导读`, `本期导读`, `导　读`: the label of a box of teasers.
    static func isTeaserBoxLabel(_ t: [Unicode.Scalar]) -> Bool {
        guard t.count <= 8 else { return false }
        let name = TextCleanup.titleScalars(t).filter { !Scalars.isSpace($0) }
        return name.count <= 6 && name.hasSuffix("导读") && name.allSatisfy(Scalars.isCJK)
    }

    /// `【图片新闻】荷塘月色引客来`: a column's rubric in brackets set before
    /// the title on its line. The rubric and the title, or nil.
    static func rubricBeforeTitle(_ t: [Unicode.Scalar]) -> (rubric: [Unicode.Scalar], title: [Unicode.Scalar])? {
        guard t.first == "【", let close = t.prefix(10).firstIndex(of: "】"), (3...7).contains(close),
              t[1..<close].allSatisfy(Scalars.isCJK) else { return nil }
        let title = Array(t[(close + 1)...]).trimmed()
        guard title.count >= 4, TitleShape.isTitleLike(title), Dateline.parse(t) == nil else { return nil }
        return (Array(t[...close]), title)
    }

    /// `“周末中文班”开进侨乡老祠堂(侨乡新貌)`: a column's name in round
    /// brackets after the title on its line, as a national paper's site
    /// prints it. The title and the column's name, or nil: the name is three to eight Han
    /// characters — not a picture's or an appendix's note (`(组图)`,
    /// `(附全文)`), nor a signer's name (`（王骁）`).
    static func titleBeforeRubric(_ t: [Unicode.Scalar]) -> (title: [Unicode.Scalar], column: String)? {
        guard t.count >= 9, let last = t.last, last == ")" || last == "）",
              let open = t.lastIndex(where: { $0 == "(" || $0 == "（" }), t.count - open - 2 >= 3, t.count - open - 2 <= 8 else { return nil }
        let name = Array(t[(open + 1)..<(t.count - 1)])
        guard name.allSatisfy(Scalars.isCJK), name.first != "附", name.last != "图", name.count >= 4 || !Byline.isName(name),
              // (Nor where someone works or a wire's note: `（国网恩施供电公司）`, `（十一日专电）`.)
              let end = name.last, !Self.affiliationLasts.contains(end),
              // (Nor a jump: `…国际竞争力的（下转第六版）`.)
              TextCleanup.removeMarkers(t) == nil else { return nil }
        let title = Array(t[..<open]).trimmed()
        guard title.count >= 4, !title.endsSentence, title.last.map({ !Scalars.clausePunct.contains($0) && $0 != "、" }) == true,
              TitleShape.isTitleLike(title), Byline.parse(title) == nil else { return nil }
        return (title, name.string)
    }

    static let affiliationLasts = ScalarClass("司院局委部站台社电讯网厂校所处队办")

    /// `【光明时评】`: a short name in brackets alone on its line.
    static func isBracketedRubric(_ t: [Unicode.Scalar]) -> Bool {
        guard t.count >= 4, t.count <= 10, t.first == "【", t.last == "】" else { return false }
        return t.dropFirst().dropLast().allSatisfy(Scalars.isCJK)
    }

    /// Whether a title line in a group of several is a column banner.
    static func isBanner(_ t: TitleLine, announced: Set<String>, inGroupOf count: Int) -> Bool {
        if count >= 2, isBracketedRubric(t.text) { return true }
        if isLabelledName(t.text) { return true }
        let name = key(TextCleanup.titleScalars(t.text))
        if announced.contains(key(t.text)) || announced.contains(name) || sidebarLabels.contains(name) || isTeaserBoxLabel(t.text) {
            return true
        }
        let compact = t.text.filter { !Scalars.isSpace($0) }
        guard count >= 2, compact.count <= 10 else { return false }
        return endingScalars.contains { compact.hasSuffix($0) }
    }

    /// A short line over a much longer title (`学思践悟` over
    /// `在守正创新中彰显理论力量`): a column's name, not a kicker.
    static let quoteMarks = ScalarClass("“”‘’「」")

    static func isShortBanner(_ t: TitleLine, over next: TitleLine) -> Bool {
        // A subtitle (`——红岩乡兴修水利见闻`) follows its main title: the
        // short line over it is that title (`冬闲变冬忙`).
        if Headline.isSubtitle(next.text) { return false }
        // (`金秋看“三农”`: a name may quote a word; the quotes are no part of its length.)
        let compact = TextCleanup.titleScalars(t.text).filter { !Scalars.isSpace($0) && !quoteMarks.contains($0) }
        let nextCount = TextCleanup.titleScalars(next.text).filter { !Scalars.isSpace($0) }.count
        return compact.count >= 2 && compact.count <= 5 && nextCount >= compact.count + 3
            && compact.allSatisfy(Scalars.isCJK)
    }
}
