/// Tells a target (what is aimed at, planned, required, projected) from an
/// actual (what happened or is the case), and a change from a level.
///
/// The nearest cue word before the figure in its sentence decides; a figure
/// whose sentence has none takes the leaning of its paragraph, then of its
/// article (a work plan's list of tasks is all targets, a year-end report all
/// actuals).
struct FigureClassifier {
    struct Cue {
        let word: [Unicode.Scalar]
        let kind: Figure.Kind
        /// Scalars that, just before the word, make it part of another word.
        let notAfter: Set<Unicode.Scalar>
        /// Scalars that, just after the word, make it part of another word.
        let notBefore: Set<Unicode.Scalar>
        /// How far before a figure the cue still speaks for it, if limited:
        /// 原来的20分钟 is the old value, not every figure after it.
        var reach: Int? = nil
    }

    /// The cues: the words of `TimeWords` that tell a figure's kind.
    static let cues: [Cue] = TimeWords.entries.compactMap { e in
        e.figure.map { Cue(word: Array(e.word.unicodeScalars), kind: $0, notAfter: Set(e.notAfter.unicodeScalars),
                           notBefore: Set(e.notBefore.unicodeScalars), reach: e.reach) }
    }

    /// Weak cues count for the paragraph and article leaning only, not as the
    /// nearest cue of a figure: they say what kind of text this is.
    static let weakWords = Set(TimeWords.words(.weak))

    /// Strong cues that set the time of a whole sentence (`去年，…被采纳实施1.9万条`):
    /// they overrule a weak cue in the figure's clause.
    private static let frames = scalarWords(TimeWords.words(.frame))

    /// Cue lists by the value of their last scalar (all cues end in the Basic
    /// Multilingual Plane): one array load per position instead of a hash.
    private static let cueSlots: [UInt8] = {
        var slots = [UInt8](repeating: 0, count: 0x10000)
        for (n, group) in cueGroups.enumerated() { slots[Int(group[0].0.word.last!.value)] = UInt8(n + 1) }
        return slots
    }()

    private static let cueGroups: [[(Cue, Bool)]] = {
        var map: [UInt32: [(Cue, Bool)]] = [:]
        for c in cues {
            let weak = weakWords.contains(String(String.UnicodeScalarView(c.word)))
            map[c.word.last!.value, default: []].append((c, weak))
        }
        return map.keys.sorted().map { key in map[key]!.sorted { $0.0.word.count > $1.0.word.count } }
    }()

    /// The cue ending just before `end`, if any.
    static func cue(in t: ScalarText, endingAt end: Int) -> (Cue, weak: Bool)? {
        guard end >= 1, end <= t.count else { return nil }
        let v = t.scalars[end - 1].value
        guard v < 0x10000 else { return nil }
        let slot = Int(cueSlots[Int(v)])
        guard slot > 0 else { return nil }
        for (c, weak) in cueGroups[slot - 1] where t.has(c.word, endingAt: end) {
            let start = end - c.word.count
            if let p = t[start - 1], c.notAfter.contains(p) { continue }
            if let n = t[end], c.notBefore.contains(n) { continue }
            if c.word == jiang && isDisposal(t, after: end) { continue }
            return (c, weak)
        }
        return nil
    }

    private static let jiang = Array("将".unicodeScalars)
    private static let targetNouns = scalarWords(["目标", "任务"])
    private static let thisYear = Array("今年，".unicodeScalars)
    private static let thisYearHalfWidth = Array("今年,".unicodeScalars)
    private static let afterCues = scalarWords(["任务", "目标", "了"])

    /// The nearest strong cue in the sentences before `sentenceStart` in the
    /// same block: a frame set earlier (`去年，…。…`) still holds.
    static func kindFromEarlierSentences(_ t: ScalarText, sentenceStart: Int) -> Figure.Kind? {
        // The first sentence of a block has none before it (and looking for
        // one would read the whole sentence again for every figure in it).
        guard sentenceStart > 0 else { return nil }
        // 据了解，… / 据统计，…: a new piece of information, not the frame before.
        var s = sentenceStart
        while let c = t[s], c.properties.isWhitespace { s += 1 }
        if t[s] == "据", sourceOpeners.contains(where: { t.has($0, at: s) }) { return nil }
        // Only the sentence just before: a frame further back has mostly moved on.
        let previous = TextSpans.sentence(in: t, around: max(0, sentenceStart - 1))
        var end = sentenceStart
        while end > previous.lowerBound {
            if deadline(in: t, endingAt: end) { return .target }
            if let (c, weak) = cue(in: t, endingAt: end), !weak, c.reach == nil { return governedKind(c, in: t, cueEnd: end) }
            end -= 1
        }
        return nil
    }
    /// Openers that cite a source: 据了解, 据介绍, 据悉, 据统计.
    private static let sourceOpeners = scalarWords(["据了解", "据介绍", "据悉", "据统计", "据调查", "据测算", "据初步统计"])
    private static let disposalEnds: Set<Unicode.Scalar> = ["为", "到", "至", "成", "入"]
    /// What follows a future 将 at once: 将对, 将在, 将于, 将会, 将把.
    private static let futureFollowers: Set<Unicode.Scalar> = ["对", "在", "于", "会", "把", "要", "可", "能", "有", "继", "进", "重", "全", "持", "加", "新", "由", "从", "再"]

    /// 将 as 把 (`将87项事项下沉到网格`, `将今年确定为`): it moves an object
    /// somewhere, says nothing of the future. Future 将 is followed by its
    /// verb at once (`将达到`, `将新建`); the disposal 将 has its object first
    /// and 为/到/至/成/入 further on in the clause.
    static func isDisposal(_ t: ScalarText, after end: Int) -> Bool {
        if let next = t[end], futureFollowers.contains(next) { return false }
        // 将推动, 将建设: a verb at once is the future.
        if taskVerbs.contains(where: { t.has($0, at: end) }) { return false }
        var k = end + 2
        while k < t.count, k - end < 24 {
            let s = t.scalars[k]
            if TextSpans.isClauseEnd(s) { return false }
            if disposalEnds.contains(s) { return true }
            k += 1
        }
        return false
    }

    /// 到2030年 / 至2025年: a deadline ahead, so a target.
    static func deadline(in t: ScalarText, endingAt end: Int) -> Bool {
        var yearEnd = end
        // 到2025年底, 到2030年末, 到2027年前.
        if let last = t[end - 1], last == "底" || last == "末" || last == "前" { yearEnd -= 1 }
        guard t[yearEnd - 1] == "年" else { return false }
        var k = yearEnd - 2, digits = 0
        while let s = t[k], ChineseNumeral.arabicDigit(s) != nil { digits += 1; k -= 1 }
        guard digits == 4, let p = t[k] else { return false }
        // 截至2023年底 is a date passed, not a deadline.
        return p == "到" || (p == "至" && t[k - 1] != "截")
    }

    /// Counts of strong target and actual cues in a block.
    static func leaning(of t: ScalarText) -> (target: Int, actual: Int) {
        var target = 0, actual = 0
        var end = 1
        while end <= t.count {
            if let (c, weak) = cue(in: t, endingAt: end) {
                if !weak { if c.kind == .target { target += 1 } else { actual += 1 } }
            } else if deadline(in: t, endingAt: end) {
                target += 1
            }
            end += 1
        }
        return (target, actual)
    }

    /// The kind the figure's clause and sentence give, or nil when they give no cue.
    /// The clause decides first (a cue before the figure, even a weak one such
    /// as 实施; then a strong one after it: 抓好九个方面重点任务), then the
    /// nearest strong cue before the figure in its sentence.
    static func kindFromContext(_ t: ScalarText, figure: Range<Int>, clause: Range<Int>,
                                sentence: Range<Int>) -> Figure.Kind? {
        // 每天课后服务不少于2小时, 作业时间不超过60分钟: the words of a rule
        // or an agreement, what is required rather than what was measured.
        if requirementBounds.contains(where: { t.has($0, at: figure.lowerBound) || t.has($0, endingAt: figure.lowerBound) }) {
            return .target
        }
        // 增长5.5%左右的预期目标, 部署了十个方面重点任务: the figure describes a
        // target or a task, whatever the verb before it.
        var k = figure.upperBound
        while k < min(clause.upperBound, figure.upperBound + 8) {
            // Through `cue`, so that 目标企业 (the companies aimed at) is no target.
            if let (c, _) = cue(in: t, endingAt: k + 2), targetNouns.contains(c.word) { return .target }
            k += 1
        }
        // ● 1200万人以上：城镇新增就业目标: a plan's bullet names its target after the colon.
        if clause.upperBound == figure.upperBound, let colon = t[figure.upperBound], colon == "：" || colon == ":" {
            let after = TextSpans.clause(in: t, around: (figure.upperBound + 1)..<(figure.upperBound + 1))
            var k = after.lowerBound
            while k < min(after.upperBound, after.lowerBound + 24) {
                if let (c, _) = cue(in: t, endingAt: k + 2), targetNouns.contains(c.word) { return .target }
                k += 1
            }
        }
        var end = figure.lowerBound
        var weakInClause: Figure.Kind? = nil
        // 以前进城要走3公里, 现在一天就能作业800亩: a clause set in the past or the
        // present tells what was or is; its 要 is a need, not a plan.
        let framedAsFact = opensWithFactFrame(t, clause)
        while end > clause.lowerBound {
            if deadline(in: t, endingAt: end) { return .target }
            if let (c, weak) = cue(in: t, endingAt: end) {
                if let reach = c.reach, figure.lowerBound - end > reach { end -= 1; continue }
                if framedAsFact && c.word == yao { end -= 1; continue }
                if !weak { return governedKind(c, in: t, cueEnd: end) }
                if weakInClause == nil { weakInClause = c.kind }
            }
            end -= 1
        }
        // After the figure only nouns that it describes (抓好九个方面重点任务)
        // and a completed action (建成5座，完成了) speak for it.
        end = figure.upperBound + 1
        while end <= clause.upperBound {
            if let (c, _) = cue(in: t, endingAt: end), afterCues.contains(c.word) { return c.kind }
            end += 1
        }
        if framedAsFact { return .actual }
        // 对…给予每亩200元补助, 最高可获得1.5万元补贴: what a measure provides
        // is what it is to give, unless the sentence reports it as done.
        if providesAmount(t, figure: figure, clause: clause), !framedInSentence(t, before: clause.lowerBound, sentence: sentence) {
            return .target
        }
        if let weakInClause {
            // 提出10项具体措施: the count of the measures a document sets out
            // is a fact of the document, not an aim.
            if countsProvisions(t, after: figure.upperBound, clauseEnd: clause.upperBound) { return .actual }
            var k = clause.lowerBound
            while k > sentence.lowerBound {
                if frames.contains(where: { t.has($0, endingAt: k) }) { return .actual }
                k -= 1
            }
            return weakInClause
        }
        end = clause.lowerBound
        // A plan word is the verb of its own part of the sentence: past a
        // semicolon (项目计划于今年9月完工；1—5月完成投资12.3亿元) it no longer
        // speaks, unless it frames what follows (`目标是：`, `到2025年，`).
        var crossedPart = false
        // 一是…，力争…；二是…；三是…: numbered items are parts of one list, one frame.
        let enumerated = opensWithEnumerator(t, partOf: clause.lowerBound, sentence: sentence)
        while end > sentence.lowerBound {
            if let s = t[end - 1], s == "；" || s == ";", !enumerated { crossedPart = true }
            if deadline(in: t, endingAt: end) {
                if !crossedPart || framesParts(t, at: end - 1, sentence: sentence) { return .target }
            } else if let (c, weak) = cue(in: t, endingAt: end), !weak, c.reach == nil {
                let kind = governedKind(c, in: t, cueEnd: end)
                if kind == .actual || !crossedPart || framesParts(t, at: end - 1, sentence: sentence) { return kind }
            }
            end -= 1
        }
        // 报告提出，今年… / 会议明确，2025年…: what a report or a meeting sets
        // out for a year is its target, without 力争 or 确保.
        if opensWithSettingFrame(t, sentence) { return .target }
        // 今年全市省级重点项目412个，总投资…: the year's list of projects is its plan.
        // (目前已开工58个 after it is a result of its own clause, not a measure of the list.)
        if t.has(thisYearBare, at: sentence.lowerBound), firstClauseNamesProjects(t, sentence) { return .target }
        // 今年，粮食播种面积稳定在9000万亩以上: this year's figures, stated
        // without a verb of the past, are what the year is to bring.
        // But a sentence that goes on to measure it (比去年增加, 目前已) or to
        // project something else from it (预计产油菜籽…) states what is the case.
        if t.has(thisYear, at: sentence.lowerBound) || t.has(thisYearHalfWidth, at: sentence.lowerBound) {
            return laterCueSaysMeasured(t, from: sentence.lowerBound + thisYear.count, to: sentence.upperBound) ? .actual : .target
        }
        // 2月21日，1022辆客车出口: a dated sentence without cues reports an event.
        return opensWithDate(t, sentence) ? .actual : nil
    }

    private static let yao = Array("要".unicodeScalars)
    private static let thisYearBare = Array("今年".unicodeScalars)
    private static let projectWord = Array("项目".unicodeScalars)
    /// Verbs by which a report or a meeting sets out what is to be done.
    private static let settingVerbs = scalarWords(["提出", "明确", "确定", "要求", "部署", "强调"])
    /// Words by which a figure is measured against a target: 比目标高, 超年度计划.
    private static let comparedAfter: Set<Unicode.Scalar> = ["高", "低", "快", "慢", "多", "少"]
    private static let comparedBefore = scalarWords(["完成", "超额", "超", "占", "达到", "达"])
    private static let planNouns = scalarWords(["目标", "计划", "年度计划", "任务"])

    /// The kind a cue gives the figure it governs. A target noun that the
    /// figure is measured against (`比年初确定的6%目标高1.2个百分点`,
    /// `完成年度目标的117%`, `超年度计划7.2个百分点`) gives a result.
    static func governedKind(_ c: Cue, in t: ScalarText, cueEnd: Int) -> Figure.Kind {
        guard c.kind == .target, planNouns.contains(c.word) else { return c.kind }
        let start = cueEnd - c.word.count
        // 目标高1.2个百分点, 目标低0.4个百分点: the gap to the target.
        // (目标多出1500人, 目标高出0.5个百分点: the same with 出.)
        if let next = t[cueEnd], comparedAfter.contains(next) {
            let at = t[cueEnd + 1] == "出" ? cueEnd + 2 : cueEnd + 1
            if t[at].map({ ChineseNumeral.startsNumber($0) }) == true { return .actual }
        }
        // 超年度计划7.2个百分点, 高于年度目标0.8个百分点: beyond the plan, by the figure printed at once.
        if let s = t[cueEnd], ChineseNumeral.arabicDigit(s) != nil,
           (0...2).contains(where: { q in surpassWords.contains(where: { t.has($0, endingAt: start - q) }) }) { return .actual }
        // 完成年度目标的117%, 占计划的60%: the share of the target reached.
        guard t[cueEnd] == "的" else { return c.kind }
        var k = start
        while k > max(0, start - 6) {
            if let s = t[k - 1], TextSpans.isClauseEnd(s) { break }
            if comparedBefore.contains(where: { t.has($0, endingAt: k) }) { return .actual }
            k -= 1
        }
        return c.kind
    }
    private static let surpassWords = scalarWords(["超", "超出", "超过", "高于", "低于", "超额完成"])

    /// Whether the cue or deadline at `i` frames the parts of its sentence
    /// after it: its clause ends with a colon (`目标是：`), or it is a short
    /// opening clause (`到2025年，`, `力争今年，`).
    private static func framesParts(_ t: ScalarText, at i: Int, sentence: Range<Int>) -> Bool {
        let clause = TextSpans.clause(in: t, around: i..<(i + 1))
        guard let mark = t[clause.upperBound] else { return false }
        if mark == "：" || mark == ":" { return true }
        return (mark == "，" || mark == ",") && clause.lowerBound <= sentence.lowerBound + 1 && clause.count <= 12
    }

    private static let grantWords = scalarWords(["补助", "补贴", "奖励", "奖补", "资助"])
    private static let grantVerbs = scalarWords(["给予", "可获得", "可享受", "可领取"])

    /// Whether the money figure at `figure` is what a measure grants: a grant
    /// noun after it (`200元补助`) or a granting verb before it in its clause.
    private static func providesAmount(_ t: ScalarText, figure: Range<Int>, clause: Range<Int>) -> Bool {
        guard t.has(yuan, endingAt: figure.upperBound) || t.has(yuan, endingAt: figure.upperBound - 2) else { return false }
        var k = figure.upperBound
        while k < t.count, !t.scalars[k].isHan { k += 1 }
        if t[k] == "的" { k += 1 }
        if grantWords.contains(where: { t.has($0, at: k) || t.has($0, endingAt: figure.lowerBound) }) { return true }
        var end = figure.lowerBound
        while end > max(clause.lowerBound, figure.lowerBound - 8) {
            if grantVerbs.contains(where: { t.has($0, endingAt: end) }) { return true }
            end -= 1
        }
        return false
    }
    private static let yuan = Array("元".unicodeScalars)

    /// Whether a strong frame of the past stands in the sentence before `start`.
    private static func framedInSentence(_ t: ScalarText, before start: Int, sentence: Range<Int>) -> Bool {
        var k = start
        while k > sentence.lowerBound {
            if frames.contains(where: { t.has($0, endingAt: k) }) { return true }
            if let (c, weak) = cue(in: t, endingAt: k), !weak, c.kind == .actual { return true }
            k -= 1
        }
        return false
    }

    /// Whether the semicolon part holding `i` opens with `二是`, `三是`.
    private static func opensWithEnumerator(_ t: ScalarText, partOf i: Int, sentence: Range<Int>) -> Bool {
        var k = i
        while k > sentence.lowerBound, t.scalars[k - 1] != "；", t.scalars[k - 1] != ";" { k -= 1 }
        while k < sentence.upperBound, t.scalars[k].properties.isWhitespace { k += 1 }
        guard let d = t[k], ChineseNumeral.chineseDigit(d) != nil || d == "十" else { return false }
        return t[k + 1] == "是"
    }

    /// `报告提出，`, `会议明确，`, `全会要求：` at the start of a sentence.
    static func opensWithSettingFrame(_ t: ScalarText, _ sentence: Range<Int>) -> Bool {
        var k = sentence.lowerBound
        while k < sentence.upperBound, t.scalars[k].properties.isWhitespace { k += 1 }
        let start = k
        while k < min(sentence.upperBound, start + 10), t.scalars[k].isHan { k += 1 }
        guard let mark = t[k], mark == "，" || mark == "：" || mark == "," || mark == ":", k - start >= 3 else { return false }
        return settingVerbs.contains { t.has($0, endingAt: k) }
    }

    /// Whether the first clause of the sentence counts projects (`今年全市省级重点项目412个`).
    private static func firstClauseNamesProjects(_ t: ScalarText, _ sentence: Range<Int>) -> Bool {
        var k = sentence.lowerBound
        while k < sentence.upperBound, !TextSpans.isClauseEnd(t.scalars[k]) {
            if t.has(projectWord, at: k) { return true }
            k += 1
        }
        return false
    }
    /// Bound words that state a rule: 不少于2次, 不超过60分钟, 不低于70%.
    private static let requirementBounds = scalarWords(["不少于", "不超过", "不低于", "不高于", "不多于"])
    /// Words that set a clause in the past or present: 以前, 现在.
    private static let factFrames = scalarWords(["以前", "以往", "从前", "过去", "原来", "现在", "如今"])
    /// Cues later in a sentence that show its earlier figures are known:
    /// a comparison with a past figure, a state reached, or a projection set
    /// against them.
    private static let measuredLater = scalarWords(["比去年", "比上年", "较去年", "较上年", "同比", "目前", "已", "预计"])

    /// The items a document or meeting sets out: 措施, 举措, 建议, 意见.
    private static let provisions = scalarWords(["措施", "举措", "建议", "意见", "政策"])

    /// Whether the figure ending at `end` counts provisions (`10项具体措施`).
    private static func countsProvisions(_ t: ScalarText, after end: Int, clauseEnd: Int) -> Bool {
        (end..<min(clauseEnd, end + 3)).contains { k in provisions.contains { t.has($0, at: k) } }
    }

    /// Whether `clause` opens with a word of the past or present (`以前进城要走3公里`).
    static func opensWithFactFrame(_ t: ScalarText, _ clause: Range<Int>) -> Bool {
        var k = clause.lowerBound
        while k < clause.upperBound, t.scalars[k].properties.isWhitespace || t.scalars[k] == "“" { k += 1 }
        return factFrames.contains { t.has($0, at: k) }
    }

    /// Whether a cue between `from` and `to` shows the figures before it are known.
    private static func laterCueSaysMeasured(_ t: ScalarText, from: Int, to: Int) -> Bool {
        var k = from
        while k < to {
            if measuredLater.contains(where: { t.has($0, at: k) }) { return true }
            k += 1
        }
        return false
    }

    private static let periodScalars: Set<Unicode.Scalar> = ["月", "年", "季", "度", "前", "上", "下", "半", "—", "-", "至", "份", "个", "两", "一", "二", "三", "四", "日"]

    /// Whether the sentence opens with a date or a period gone by: `2月21日，`,
    /// `24日，`, `一季度，`, `1—2月，`, `前两个月，`.
    static func opensWithDate(_ t: ScalarText, _ sentence: Range<Int>) -> Bool {
        var k = sentence.lowerBound
        while k < t.count, t.scalars[k].properties.isWhitespace { k += 1 }
        let start = k
        var sawPeriod = false
        while k < t.count, k - start <= 8 {
            let s = t.scalars[k]
            if s == "，" || s == "," { return sawPeriod && k > start }
            if s == "日" || s == "月" || s == "季" || s == "半" { sawPeriod = true }
            if ChineseNumeral.arabicDigit(s) == nil && !periodScalars.contains(s) { return false }
            k += 1
        }
        return false
    }

    // MARK: Articles

    /// An article is a plan when target cues outnumber actual ones three to
    /// one (five to one in a dated news report, which mostly reports what
    /// happened); otherwise what it reports happened.
    static func articleLeaning(_ c: (target: Int, actual: Int), datedNews: Bool) -> Figure.Kind {
        if datedNews { return c.target >= 8 && c.target >= 5 * c.actual ? .target : .actual }
        return c.target >= 4 && c.target >= 3 * c.actual ? .target : .actual
    }

    /// A lead that opens with a dateline or a date: `本报台山讯`, `新华社广州3月4日电`, `3月7日，`.
    static func opensAsDatedNews(_ t: ScalarText) -> Bool {
        let head = min(t.count, 24)
        for i in 0..<head {
            let s = t.scalars[i]
            if s == "讯" || s == "电" { return true }
            if s == "日", i > 0, i < 12, let p = t[i - 1], ChineseNumeral.arabicDigit(p) != nil { return true }
        }
        return false
    }

    /// The leaning of the whole article, computed once and only if needed.
    struct ArticleLeaning {
        let texts: [ScalarText]
        private var cached: Figure.Kind? = nil

        init(texts: [ScalarText]) { self.texts = texts }

        var kind: Figure.Kind {
            mutating get {
                if let cached { return cached }
                var target = 0, actual = 0
                for text in texts {
                    let c = FigureClassifier.leaning(of: text)
                    target += c.target; actual += c.actual
                }
                let lead = texts.first { !$0.scalars.isEmpty && $0.count > 30 }
                let k = articleLeaning((target, actual), datedNews: lead.map(opensAsDatedNews) ?? false)
                cached = k
                return k
            }
        }
    }

    // MARK: Sections

    /// The kind each paragraph's section sets: an intertitle such as
    /// `过去一年` or `今年主要预期目标` frames the paragraphs under it.
    static func sectionKinds(paragraphs: ArraySlice<ScalarText>) -> [Figure.Kind?] {
        var out: [Figure.Kind?] = []
        out.reserveCapacity(paragraphs.count)
        var current: Figure.Kind? = nil
        for t in paragraphs {
            if isIntertitle(t) {
                let c = leaning(of: t)
                current = c.target > c.actual ? .target : c.actual > c.target ? .actual : nil
            }
            out.append(current)
        }
        return out
    }

    /// A short line without sentence punctuation heading a section.
    private static func isIntertitle(_ t: ScalarText) -> Bool {
        guard t.count >= 2, t.count <= 20 else { return false }
        return !t.scalars.contains { TextSpans.isSentenceEnd($0) || $0 == "，" || $0 == "；" }
    }

    // MARK: Work plans

    /// Verbs that open the tasks of a work plan (`实施制造业提质行动。`).
    private static let taskVerbs = scalarWords([
        "实施", "推进", "推动", "加快", "强化", "深化", "提升", "打造", "建设", "完善", "优化", "聚力", "聚焦", "突出",
        "筑牢", "狠抓", "全面", "扎实", "坚持", "培育", "培大", "构建", "开展", "落实", "抓好", "做好", "大力", "着力",
        "持续", "深入", "积极", "支持", "壮大", "加强", "拓展", "彰显", "织密", "夯实", "繁荣", "健全", "促进", "发展",
        "坚决", "全力", "加大", "用好", "守牢", "提高", "保障", "推行", "建立", "把", "牵紧", "塑强", "扩大",
    ])

    /// A paragraph of a work plan's list of tasks: it holds a short heading
    /// sentence led by a verb, without numbers or a past cue (`实施制造业提质
    /// 行动。`, `突出产业项目拉动。`) at its start, or two of them anywhere. Its
    /// figures are targets even where no sentence says 力争 or 将.
    static func isTaskList(_ t: ScalarText) -> Bool {
        var headings = 0
        var start = 0
        while start < t.count {
            var end = start
            while end < t.count, !isSentenceEnd(t.scalars[end]) { end += 1 }
            if isTaskHeading(t, start..<end) {
                if start == 0 { return true }
                headings += 1
                if headings >= 2 { return true }
            }
            start = end + 1
        }
        return false
    }

    private static func isTaskHeading(_ t: ScalarText, _ r: Range<Int>) -> Bool {
        // The verb may follow a short adverbial: 全方位优化教育体系, 多举措强化人才支撑.
        guard r.count >= 4, r.count <= 20, r.upperBound < t.count,
              (0...3).contains(where: { k in taskVerbs.contains { t.has($0, at: r.lowerBound + k) } }) else { return false }
        for i in r {
            let s = t.scalars[i]
            if ChineseNumeral.arabicDigit(s) != nil || s == "，" || s == "," { return false }
            if let (c, weak) = cue(in: t, endingAt: i + 1), !weak, c.kind == .actual { return false }
        }
        return true
    }

    private static func isSentenceEnd(_ s: Unicode.Scalar) -> Bool { s == "。" || s == "！" || s == "；" }

    // MARK: Change

    private static let increaseWords = scalarWords(["增长", "增加", "提高", "提升", "上升", "上涨", "增速", "增幅", "增", "扩大"])
    private static let decreaseWords = scalarWords(["下降", "减少", "降低", "缩短", "缩小", "压减", "压缩", "下滑", "回落", "减", "降"])
    private static let levelMarkers: Set<Unicode.Scalar> = ["到", "至", "为", "成"]

    /// `增长10%`, `再增加1个`, `下降5%`: a change; `提高到77.68%`, `缩短至5公里`:
    /// the level reached.
    static func change(_ t: ScalarText, figureStart: Int, clauseStart: Int) -> Figure.Change? {
        var end = figureStart
        // Skip bound words between the verb and the number: 增长超过10%.
        for _ in 0..<3 {
            guard let s = t[end - 1] else { break }
            if s == "了" || s == "超" || s == "约" || s == "近" || s == "逾" || s == "达" { end -= 1; continue }
            if t.has(Array("超过".unicodeScalars), endingAt: end) || t.has(Array("突破".unicodeScalars), endingAt: end) { end -= 2; continue }
            break
        }
        guard end > clauseStart, let last = t[end - 1], !levelMarkers.contains(last) else { return nil }
        for w in increaseWords where t.has(w, endingAt: end) { return .increase }
        for w in decreaseWords where t.has(w, endingAt: end) { return .decrease }
        return nil
    }
}
