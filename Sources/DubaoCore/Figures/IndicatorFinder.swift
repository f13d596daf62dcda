/// Names what a figure measures: the shortest phrase around it in its clause
/// (spec: `indicator`, best effort).
///
/// Chinese news writes a quantity in three ways, and each puts the name in a
/// different place:
/// - subject, then figure: `新增高新技术企业100家以上` → the words before;
/// - measure word, then the thing counted: `建成4条标志性产业链产业研究院` →
///   the verb before and the noun after;
/// - figure as an attribute: `总投资40亿元的22个重点水利项目` → the noun
///   after `的`, then the words before (`重点水利项目总投资`).
struct IndicatorFinder {
    /// Words at the start of the text before a figure that frame it rather
    /// than name it.
    private static let leadingFrames = scalarWords([
        "、", "，", "“", "”", "—", "的", "分别", "比上年同期", "比去年同期", "比上年末", "比去年末", "比上年", "比去年", "较上年", "较去年", "实现", "力争", "确保", "争取", "力求", "预计", "其中", "同时", "并且", "并", "另外", "此外", "目前",
        "当前", "截至", "全市", "全县", "全区", "全省", "全国", "累计", "共计", "共", "已经", "已", "还", "再", "和",
        "及", "与", "今年", "去年", "年内", "将", "要", "同比", "环比",
    ])
    /// Words at the end of the text before a figure that join it to its name.
    private static let trailingLinks = scalarWords([
        "稳定在", "保持在", "控制在", "提高到", "提高至", "提升到", "提升至", "增长到", "增加到", "下降到", "缩短至",
        "缩短到", "降低到", "降至", "缩为", "增至", "达到", "突破", "超过", "增长", "增加", "提高", "提升", "下降",
        "上涨", "上升", "下滑", "回落", "增幅", "增速为",
        "减少", "降低", "缩短", "分别为", "分别", "总计", "合计", "共计", "累计", "实现", "一律", "达", "为", "在", "至",
        "到", "由", "共", "有", "是", "了", "再", "的", "不到", "不足", "至少", "不少于", "不超过", "不低于", "不高于",
        "最高", "最低", "最多", "给予", "将", "已", "可达", "可以", "就能", "只要", "只需", "可", "、", "“", "”",
        // 进度同比快0.2个百分点, 出口额同比增长27%: the comparison, not the name.
        "同比快", "同比慢", "同比高", "同比低", "同比多", "同比少", "同比", "环比",
        "《", "这", "那", "该", "此", "其", "比上年同期", "比去年同期", "比上年末", "比上年", "比去年", "较上年", "较去年",
    ])
    /// Verbs that end in a linking word and must keep it: 成为, 作为.
    private static let keptWhole = scalarWords(["成为", "作为", "认为", "行为", "因为", "较为", "来到", "得到", "受到", "用于"])
    /// Scalars that end the noun after a figure.
    private static let rightStops: Set<Unicode.Scalar> = [
        "的", "与", "及", "等", "（", "(", "、", "”", "“", "是", "都", "每", "在", "对", "从", "由", "将", "已",
        "了", "为", "被", "把", "向", "于", "也", "还", "就", "均", "各", "共",
    ]
    /// Scalars that end the noun after a figure once it has two scalars: they
    /// open the verb or adverb that follows it (`居民楼外立面焕然一新` stops
    /// nowhere, `茶园需要人接手` at 需, `学生正在` at 正).
    private static let laterRightStops: Set<Unicode.Scalar> = [
        "今", "需", "正", "又", "才", "陆", "挥", "纷", "焕", "迎", "参",
    ]
    /// Two-scalar nouns that begin with a stop scalar: 就业, 在线, 对外.
    private static let nounsOpeningWithStops = scalarWords(["就业", "在线", "在建", "对外", "共享", "共同", "为民", "于都"])

    /// Left parts that lean on the name of the figure before: `总投资金额303.14亿元`
    /// after `签约24个项目`.
    private static let dependentStarts = scalarWords(["总", "计划", "同比", "环比", "占", "其中", "人均", "比", "较", "增速", "增幅"])
    /// Periods that, alone before a figure, lean on the name given before:
    /// `确保全年增长7%` after `一季度规上工业增加值增长10%`.
    private static let periods = scalarWords([
        "前三季度", "上半年", "下半年", "一季度", "二季度", "三季度", "四季度", "全年", "当年", "今年", "去年", "上年",
        "明年", "年内", "年底", "年末", "同期", "当月", "本月", "全月",
    ])
    /// Verbs that, alone before a figure, lean on the thing named before:
    /// `计划改造老旧小区120个，目前已开工85个`.
    private static let bareVerbs = scalarWords(["开工", "完成", "竣工", "建成", "开通", "签约", "投产", "实现", "新增", "达标"])
    /// Adverbs inside the text before a figure: what stands before them is
    /// its subject (`哈尔滨累计接待游客` → `接待游客`).
    /// 对新认定的企业给予一次性奖励: what follows 给予 names the amount.
    private static let innerFrames = scalarWords(["累计", "共计", "已经", "已", "预计", "力争", "确保", "争取", "将", "给予"])
    /// Words that open a verb phrase, not a noun, after a figure (`10多种扩展到2700多种`).
    private static let verbStarts = scalarWords([
        "扩展到", "扩大到", "缩短至", "缩短到", "压缩至", "压缩到", "增长", "增加到", "提高到", "提升到", "下降", "减少",
        "降低", "达到", "到", "至", "为", "用于", "以上", "以下", "左右",
    ])
    private static let etc: Unicode.Scalar = "等"
    private static let you: Unicode.Scalar = "有"
    /// Scalars that make 有 part of another word: 有效, 有序, 有关.
    private static let notAfterYou: Set<Unicode.Scalar> = ["效", "序", "力", "关", "机", "限", "色", "线", "望", "利", "助", "益", "所", "些", "的", "着", "了", "名", "偿"]
    private static let thresholdSuffixes = scalarWords(["以上", "以下"])
    /// Nouns of an amount of money: 投资, 资金, 金额.
    private static let amountNouns = scalarWords(["投资", "资金", "金额", "投入", "额"])
    private static let leftLimit = 12, rightLimit = 10

    struct Found {
        var text: String
        /// Named by the words before the figure alone.
        var fromLeft: Bool
        /// How those words lean on the name of the figure before, if they do.
        var dependent: Dependence
    }

    enum Dependence {
        case none
        /// A period alone (`全年`): the name before, in this period.
        case period
        /// A part, share or verb of something named before (`总投资`, `占比`, `开工`).
        case owner
        /// Progress toward a plan (`完成全年目标`), of the measure named before
        /// when that name is short enough to read with it.
        case share
    }

    /// Whether `range` is made of `words` only.
    private static func isOnly(_ words: [[Unicode.Scalar]], _ t: ScalarText, _ range: Range<Int>) -> Bool {
        guard !range.isEmpty else { return false }
        var k = range.lowerBound
        outer: while k < range.upperBound {
            for w in words where k + w.count <= range.upperBound && t.has(w, at: k) { k += w.count; continue outer }
            return false
        }
        return true
    }

    /// The indicator of the figure printed at `span` in `clause`. `previousEnd`
    /// is the end of the figure before it in the clause; `next` the span of the
    /// figure after it.
    static func indicator(in t: ScalarText, span: Range<Int>, clause: Range<Int>,
                          previousEnd: Int?, next: Range<Int>?, category: UnitCategory?,
                          sameUnitBefore: Bool) -> Found {
        let rawLeft = max(clause.lowerBound, previousEnd ?? clause.lowerBound)..<span.lowerBound
        // 森林覆盖率由2019年的12.1%提高到14.3%: both values measure what
        // stands before 由; the second leans on the first.
        if let subject = Comparison.subject(t, left: rawLeft, figure: span, clauseEnd: clause.upperBound) {
            var left = trimmed(t, subject)
            if let cut = lastInnerFrameEnd(t, left) { left = trimmed(t, cut..<left.upperBound) }
            if !left.isEmpty {
                return Found(text: t.string(capped(t, left)), fromLeft: true, dependent: .none)
            }
        }
        if previousEnd != nil, Comparison.isLevelReached(t, rawLeft) {
            return Found(text: "", fromLeft: true, dependent: .owner)
        }
        var left = trimmed(t, rawLeft)
        if let cut = lastInnerFrameEnd(t, left) { left = trimmed(t, cut..<left.upperBound) }
        // 6.5%左右：地区生产总值增速目标: a bullet names its figure after the colon.
        if left.allSatisfy({ !t.scalars[$0].isHan }), let named = namedAfterColon(t, figureEnd: span.upperBound) {
            return Found(text: named, fromLeft: false, dependent: .none)
        }
        // 目标低0.4个百分点 after 增速比年初确定的6%: the gap measures what the target did.
        // 比年初确定的7%目标 after 规上工业增加值增长8.2%: the same measure's target.
        // (A gap in 个百分点 is a rate's; 比预期目标多出1500人 keeps its own words.)
        if !left.isEmpty, category == .percent && isGapToTarget(t, left) || (t[left.lowerBound] == "比" && t[span.lowerBound - 1] == "的") {
            return Found(text: "", fromLeft: true, dependent: .owner)
        }
        // 高于全省3.1个百分点 after 同比增长12.4%: the lead over a wider area is
        // of the measure before.
        if !left.isEmpty, category == .percent, isLeadOverArea(t, left) {
            return Found(text: "", fromLeft: true, dependent: .owner)
        }
        // 按可比价格计算增长6.4% after 地区生产总值812.6亿元: how it is counted, not what.
        if !left.isEmpty, t[left.lowerBound] == "按", t.has(jisuan, endingAt: left.upperBound) {
            return Found(text: "", fromLeft: true, dependent: .owner)
        }
        // 完成全年目标的56% after 新增…企业14家: the share of that measure's aim reached.
        if isShareOfPlan(t, left) {
            return Found(text: t.string(left), fromLeft: true, dependent: .share)
        }
        // 增速比年初确定的6%: what is compared stands before 比.
        if t[span.lowerBound - 1] == "的", let cut = comparisonBase(t, left) { left = trimmed(t, left.lowerBound..<cut) }
        // 获得A、B等省级以上荣誉10余项: what follows 等 names the count.
        if let k = (left.lowerBound..<left.upperBound).last(where: { t.scalars[$0] == etc }), k + 1 < left.upperBound {
            left = trimmed(t, (k + 1)..<left.upperBound)
        }
        var dependent = Dependence.none
        if isOnly(periods, t, left) { dependent = .period }
        else if sameUnitBefore && isOnly(bareVerbs, t, left) { dependent = .owner }
        else if dependentStarts.contains(where: { t.has($0, at: left.lowerBound) }) { dependent = .owner }
        let cappedLeft = capped(t, left)

        let clauseEnd = min(clause.upperBound, next.map { clause.contains($0.lowerBound) ? $0.lowerBound : clause.upperBound } ?? clause.upperBound)
        var rightStart = span.upperBound
        let attributive = t[rightStart] == "的"
        var rightEnd = clauseEnd
        if attributive {
            rightStart += 1
            // 总投资40亿元的22个重点水利项目: the noun is past the next figure.
            if let next, next.lowerBound == rightStart {
                rightStart = next.upperBound
                rightEnd = clause.upperBound
            }
        }
        var k = rightStart
        if let open = t[k], open == "“" || open == "《" || open == "‘" {
            // 三百多个“技能加油站”: the thing counted is quoted.
            k += 1; rightStart = k
            while k < rightEnd, k - rightStart < rightLimit, t.scalars[k] != "”", t.scalars[k] != "》",
                  t.scalars[k] != "’" { k += 1 }
        } else {
            // A figure that opens its clause (a data box's `1486.3亿元 前5个月全市进出口总额`)
            // is named by all that follows it, up to a long name.
            let limit = left.isEmpty ? longLimit : rightLimit
            while k < rightEnd, k - rightStart < limit, !TextSpans.isClauseEnd(t.scalars[k]) {
                let s = t.scalars[k]
                // 19个镇（街道）卫生院: a short bracket inside the noun.
                if (s == "（" || s == "("), k > rightStart,
                   let close = (k + 1..<min(rightEnd, k + 8)).first(where: { t.scalars[$0] == "）" || t.scalars[$0] == ")" }),
                   close + 1 < rightEnd, t.scalars[close + 1].isHan {
                    k = close + 1
                    continue
                }
                let stops = rightStops.contains(s) || (k - rightStart >= 2 && laterRightStops.contains(s))
                if stops && !nounsOpeningWithStops.contains(where: { t.has($0, at: k) }) { break }
                k += 1
            }
        }
        let right = rightStart..<max(rightStart, k)

        if attributive && !right.isEmpty {
            return Found(text: t.string(right) + t.string(cappedLeft), fromLeft: false, dependent: .none)
        }
        // 投资10亿元以上项目: a bounded amount before a noun sets a class of
        // things; it measures what is named before it (投资), not the things.
        let classBound = category == .money && thresholdSuffixes.contains { t.has($0, endingAt: span.upperBound) }
            && amountNouns.contains { t.has($0, endingAt: left.upperBound) }
        let namesAThing = category != .percent && category != .duration && category != .ratio && category != .age
            && !classBound
        // 城镇新增就业4.5万人目标: the figure is the size of the aim; what it
        // measures stands before it.
        let aimAfter = goalWords.contains { t.has($0, at: right.lowerBound) }
        if namesAThing, right.count >= 2, t[right.lowerBound].map({ $0.isHan }) == true, !aimAfter,
           !verbStarts.contains(where: { t.has($0, at: right.lowerBound) }) {
            // 建成4条标志性产业链产业研究院: the verb before, the thing counted after;
            // 强校扩优、强镇筑基三项行动: the list before is what is counted.
            var verb = left
            let lastBefore = rawLeft.isEmpty ? nil : t[rawLeft.upperBound - 1]
            if let per = perUnit(t, left) {
                // 每餐可享受3元补贴: the unit it is given per names it with the thing.
                verb = per
            } else if lastBefore == "的" || lastBefore == etc {
                // 中学的30名管理人员: a possessor; 济南至东阿等5条高速: examples.
                verb = left.upperBound..<left.upperBound
            } else if !(left.lowerBound..<left.upperBound).contains(where: { t.scalars[$0] == "、" }) {
                verb = max(left.lowerBound, left.upperBound - 2)..<left.upperBound
            } else {
                verb = max(left.lowerBound, left.upperBound - 12)..<left.upperBound
            }
            return Found(text: t.string(verb) + t.string(right), fromLeft: false, dependent: .none)
        }
        // 提供24小时咨询服务: a duration of the service named after it.
        if category == .duration, left.count <= 2, right.count >= 2, t[right.lowerBound].map({ $0.isHan }) == true,
           !verbStarts.contains(where: { t.has($0, at: right.lowerBound) }) {
            return Found(text: t.string(left) + t.string(right), fromLeft: false, dependent: .none)
        }
        if !left.isEmpty { return Found(text: t.string(cappedLeft), fromLeft: true, dependent: dependent) }
        // Nothing names it here (分别增长15%和18%): the name given before holds.
        if right.count < 2 || t[right.lowerBound].map({ !$0.isHan }) == true {
            return Found(text: "", fromLeft: true, dependent: .owner)
        }
        return Found(text: t.string(right), fromLeft: false, dependent: .none)
    }

    /// `left` cut to at most `leftLimit` scalars at a word boundary where one
    /// is near: after 的, 、, a quotation mark or a frame word, so that no name
    /// loses its first characters (`数字经济核心产业增加值`, not `字经济…`).
    /// Without a boundary a name of up to `longLimit` stays whole.
    static func capped(_ t: ScalarText, _ left: Range<Int>) -> Range<Int> {
        guard left.count > longLimit else { return left }
        var best: Int? = nil
        for p in (left.lowerBound + 1)..<(left.upperBound - 1) {
            let prev = t.scalars[p - 1]
            let boundary = boundaryScalars.contains(prev) || innerFrames.contains { t.has($0, endingAt: p) }
                || scopeWords.contains { t.has($0, endingAt: p) }
            guard boundary else { continue }
            if left.upperBound - p <= longLimit { if left.upperBound - p >= 6 { best = p }; break }
        }
        if let best { return trimmed(t, best..<left.upperBound) }
        return (left.upperBound - longLimit)..<left.upperBound
    }
    private static let longLimit = 16
    private static let boundaryScalars: Set<Unicode.Scalar> = ["的", "，", "从", "对", "把", "向", "在"]
    private static let scopeWords = scalarWords(["全市", "全县", "全区", "全省", "全州", "全国", "全镇", "全乡", "该市", "该县", "该区"])

    /// The text after a bullet's colon (`8%以上：规模以上工业增加值增速目标`),
    /// without the word 目标 or 任务 that makes it a target.
    private static func namedAfterColon(_ t: ScalarText, figureEnd: Int) -> String? {
        guard let colon = t[figureEnd], colon == "：" || colon == ":" else { return nil }
        var hi = figureEnd + 1
        while hi < t.count, !TextSpans.isClauseEnd(t.scalars[hi]), hi - figureEnd <= 20 { hi += 1 }
        var r = trimmed(t, (figureEnd + 1)..<hi)
        for w in goalWords where r.count > w.count && t.has(w, endingAt: r.upperBound) { r = r.lowerBound..<(r.upperBound - w.count) }
        return r.count >= 2 ? t.string(r) : nil
    }
    private static let goalWords = scalarWords(["目标", "任务"])

    private static let jisuan = Array("计算".unicodeScalars)
    private static let planSpans = scalarWords(["全年", "年度", "年初", ""])
    private static let planEnds = scalarWords(["目标任务", "目标", "计划", "预算", "任务"])
    private static let wancheng = Array("完成".unicodeScalars)

    /// `完成全年目标`, `完成年度计划`, `完成年初预算`: progress toward a plan.
    private static func isShareOfPlan(_ t: ScalarText, _ left: Range<Int>) -> Bool {
        guard t.has(wancheng, at: left.lowerBound) else { return false }
        let k = left.lowerBound + wancheng.count
        for span in planSpans where t.has(span, at: k) {
            if planEnds.contains(where: { $0.count == left.upperBound - k - span.count && t.has($0, at: k + span.count) }) { return true }
        }
        return false
    }

    /// `目标高`, `计划低`: the gap of a figure to the target named before it.
    private static func isGapToTarget(_ t: ScalarText, _ left: Range<Int>) -> Bool {
        guard left.count >= 3, left.count <= 8 else { return false }
        // (高于年度目标0.8个百分点 keeps its own words: the excess over the plan.)
        var end = left.upperBound
        if t[end - 1] == "出" { end -= 1 }
        guard let last = t[end - 1], gapWords.contains(last),
              let noun = planNouns.first(where: { t.has($0, endingAt: end - 1) }) else { return false }
        let before = left.lowerBound..<(end - 1 - noun.count)
        // 目标低…, 比全年预期目标高…: nothing else but the base of the comparison.
        return before.isEmpty || (t[before.lowerBound] == "比" && before.count <= 8)
    }
    private static let gapWords: Set<Unicode.Scalar> = ["高", "低", "快", "慢", "多", "少"]

    /// `高于全省`, `低于全国平均水平`, `快于全市`: a comparison with a wider area, nothing else.
    private static func isLeadOverArea(_ t: ScalarText, _ left: Range<Int>) -> Bool {
        guard let lead = leadWords.first(where: { t.has($0, at: left.lowerBound) }) else { return false }
        let rest = (left.lowerBound + lead.count)..<left.upperBound
        guard let area = scopeWords.first(where: { t.has($0, at: rest.lowerBound) }) else { return false }
        let tail = (rest.lowerBound + area.count)..<rest.upperBound
        return tail.isEmpty || averageWords.contains { $0.count == tail.count && t.has($0, at: tail.lowerBound) }
    }
    private static let leadWords = scalarWords(["高于", "低于", "快于", "慢于", "领先"])
    private static let averageWords = scalarWords(["平均", "平均水平", "均值"])
    private static let planNouns = scalarWords(["目标", "计划", "年度计划", "预期"])

    /// Where the base of a comparison starts in `left` (`增速比年初确定的`), if
    /// what is compared stands before it. 占比, 同比, 比重, 比例 are no comparisons.
    private static func comparisonBase(_ t: ScalarText, _ left: Range<Int>) -> Int? {
        guard left.count >= 4 else { return nil }
        for p in (left.lowerBound + 2)..<(left.upperBound - 1) where t.scalars[p] == "比" {
            if let prev = t[p - 1], "占同环对相好无类".unicodeScalars.contains(prev) { continue }
            if let next = t[p + 1], "重例率赛分较".unicodeScalars.contains(next) { continue }
            return p
        }
        return nil
    }

    /// Measures that name an aspect of a thing, not the thing: 面积, 产量.
    private static let aspects = ["播种面积", "种植面积", "面积", "产量", "产值", "规模"]

    /// The owner in `previous` (the name of the figure before) of a part
    /// named `part`: `青稞播种面积` owns `总产量` as `青稞`, since a total output
    /// belongs to the crop, not to its area.
    static func owner(named previous: String, for part: String) -> String {
        guard part.hasPrefix("总") else { return previous }
        for a in aspects where previous.hasSuffix(a) && previous.count > a.count { return String(previous.dropLast(a.count)) }
        return previous
    }

    /// The class a bounded amount sets for the count after it: `投资10亿元以上项目`
    /// for `12个` in `其中，投资10亿元以上项目12个`, or nil when more than a short
    /// noun stands between them.
    static func thresholdClass(in t: ScalarText, clause: Range<Int>, threshold: Range<Int>, figure: Range<Int>) -> String? {
        let between = threshold.upperBound..<figure.lowerBound
        guard (1...6).contains(between.count), between.allSatisfy({ t.scalars[$0].isHan }),
              !dependentStarts.contains(where: { t.has($0, at: between.lowerBound + (t[between.lowerBound] == "的" ? 1 : 0)) })
        else { return nil }
        let verb = trimmed(t, max(clause.lowerBound, threshold.lowerBound - 4)..<threshold.lowerBound)
        return t.string(verb) + t.string(threshold.lowerBound..<figure.lowerBound)
    }

    /// `每亩`, `每人`, `每月` near the end of `left`: what an amount is given per.
    private static func perUnit(_ t: ScalarText, _ left: Range<Int>) -> Range<Int>? {
        var k = left.upperBound - 2
        while k >= max(left.lowerBound, left.upperBound - 5) {
            if t.scalars[k] == mei, t.scalars[k + 1].isHan { return k..<(k + 2) }
            k -= 1
        }
        return nil
    }
    private static let mei: Unicode.Scalar = "每"
    private static let jihua = Array("计划".unicodeScalars)

    /// The end of the last adverb frame inside `range` (not at its start).
    private static func lastInnerFrameEnd(_ t: ScalarText, _ range: Range<Int>) -> Int? {
        var k = range.upperBound
        while k > range.lowerBound + 1 {
            for w in innerFrames where t.has(w, endingAt: k) && k - w.count > range.lowerBound {
                return k < range.upperBound ? k : nil
            }
            // 宁波港今年计划完成货物吞吐量: the plan's verb and object name the figure.
            if t.has(jihua, endingAt: k), k < range.upperBound, k - 2 > range.lowerBound,
               let n = t[k], n.isHan, !"投总内外书单生的资".unicodeScalars.contains(n),
               let b = t[k - 3], !"资度作动展的".unicodeScalars.contains(b) {
                return k
            }
            // 网格有住户420户: what a place has is named after 有.
            if t[k - 1] == you, k < range.upperBound, k - 1 > range.lowerBound, let n = t[k], !notAfterYou.contains(n) {
                return k
            }
            k -= 1
        }
        return nil
    }

    /// `range` without framing words at its start and linking words at its end.
    private static func trimmed(_ t: ScalarText, _ range: Range<Int>) -> Range<Int> {
        var lo = range.lowerBound, hi = range.upperBound
        var changed = true
        while changed && lo < hi {
            changed = false
            for w in leadingFrames where lo + w.count <= hi && t.has(w, at: lo) {
                lo += w.count; changed = true; break
            }
            // 2024年全市地区生产总值, 年末金融机构…: the time, not the name.
            if !changed, let end = yearEnd(t, at: lo), end < hi { lo = end; changed = true }
            if !changed, let w = leadingPeriods.first(where: { lo + $0.count < hi && t.has($0, at: lo) }) { lo += w.count; changed = true }
        }
        changed = true
        while changed && lo < hi {
            changed = false
            if keptWhole.contains(where: { hi - $0.count >= lo && t.has($0, endingAt: hi) }) { break }
            for w in trailingLinks where hi - w.count >= lo && t.has(w, endingAt: hi) {
                hi -= w.count; changed = true; break
            }
        }
        return lo..<hi
    }

    private static let leadingPeriods = scalarWords(["年底前", "年末", "年底", "年内", "全年", "上半年", "前三季度", "当年"])

    /// The end of a four-digit year `2024年` (or `2024年度`) printed at `i`.
    private static func yearEnd(_ t: ScalarText, at i: Int) -> Int? {
        var k = i
        while let s = t[k], ChineseNumeral.arabicDigit(s) != nil { k += 1 }
        guard k - i == 4, t[k] == "年" else { return nil }
        return t[k + 1] == "度" ? k + 2 : k + 1
    }

    private static let peopleWords = ["人口", "人数", "人员", "游客", "旅客", "就业", "职工", "学生", "居民", "人才", "劳动力", "人"]
    private static let moneyWords = ["元", "资金", "投资", "收入", "产值", "金额", "额", "收益", "利润", "税", "财政", "贷款",
                                     "存款", "销售", "营业", "消费", "生产总值", "增加值", "资产", "成本", "费"]

    /// The unit of a figure printed without one (`老年人口数量将达到186万`).
    static func impliedUnit(indicator: String) -> String {
        if peopleWords.contains(where: { indicator.contains($0) }) { return "人" }
        if moneyWords.contains(where: { indicator.contains($0) }) { return "元" }
        return ""
    }
}
