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
        "力争", "确保", "争取", "力求", "预计", "其中", "同时", "并且", "并", "另外", "此外", "目前", "当前",
        "截至", "全市", "全县", "全区", "全省", "全国", "累计", "共计", "共", "已经", "已", "还", "再", "和", "及", "与",
        "今年", "去年", "年内", "将", "要", "新",
    ])
    /// Words at the end of the text before a figure that join it to its name.
    private static let trailingLinks = scalarWords([
        "稳定在", "保持在", "控制在", "提高到", "提高至", "提升到", "提升至", "增长到", "增加到", "下降到", "缩短至",
        "缩短到", "降低到", "降至", "缩为", "增至", "达到", "突破", "超过", "增长", "增加", "提高", "提升", "下降",
        "减少", "降低", "缩短", "分别为", "分别", "总计", "合计", "共计", "累计", "实现", "达", "为", "在", "至", "到",
        "约", "近", "超", "逾", "共", "有", "是", "了", "再", "的", "不到", "不足", "至少", "将", "已", "可",
    ])
    /// Words that end the noun after a figure.
    private static let nounStops: Set<Unicode.Scalar> = ["的", "和", "与", "及", "等", "（", "(", "、", "”", "“"]

    /// The indicator of the figure whose core is `core`, in `clause`; `previous`
    /// is the span of the figure before it in the same clause, if any.
    static func indicator(in t: ScalarText, core: Range<Int>, span: Range<Int>, clause: Range<Int>,
                          previousEnd: Int?, nextStart: Int?, category: UnitCategory?) -> String {
        let leftStart = max(clause.lowerBound, previousEnd ?? clause.lowerBound)
        var left = trimmed(t, leftStart..<span.lowerBound)
        let rightEnd = min(clause.upperBound, nextStart ?? clause.upperBound)
        var rightStart = span.upperBound
        let attributive = t[rightStart] == "的"
        if attributive { rightStart += 1 }
        // The noun after the figure, skipping a figure in between (1个50亿元以上的产业链项目).
        var right = rightStart..<rightStart
        if rightStart < rightEnd {
            var k = rightStart
            while k < rightEnd, k - rightStart < 14, !nounStops.contains(t.scalars[k]),
                  !TextSpans.isClauseEnd(t.scalars[k]) { k += 1 }
            right = rightStart..<k
        }
        let countsAThing = category == .count || category == .people || category == nil
        if attributive && !right.isEmpty {
            return t.string(right) + t.string(left)
        }
        if countsAThing && right.count >= 2 && t[right.lowerBound].map({ $0.isHan }) == true {
            // The verb just before the number, if the text before ends in one.
            if left.count > 2 { left = (left.upperBound - 2)..<left.upperBound }
            return t.string(left) + t.string(right)
        }
        if !left.isEmpty { return t.string(left) }
        return t.string(right)
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
        }
        changed = true
        while changed && lo < hi {
            changed = false
            for w in trailingLinks where hi - w.count >= lo && t.has(w, endingAt: hi) {
                hi -= w.count; changed = true; break
            }
        }
        return lo..<hi
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
