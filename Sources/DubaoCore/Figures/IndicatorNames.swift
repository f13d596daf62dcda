import Foundation

/// One name per indicator across pages: papers print the same measure as
/// `GDP`, `地区生产总值`, `生产总值` or `全市经济总量`, `规上工业增加值` or
/// `规模以上工业增加值`; the figures view lines a chart up by this name.
/// The figure keeps its indicator as printed for display (spec: `indicator`);
/// the canonical name is derived from it.
///
/// The name is the printed one without the time and scope words before it
/// (`2024年`, `全市`, `一季度`) and the words after it that make it a rate or
/// an aim (`增速`, `目标`), `规上` written out, and a synonym of a common
/// economic indicator replaced by its statistical name. To add a synonym,
/// add it to `synonyms`.
public enum IndicatorNames {
    /// Statistical names and the ways papers print them.
    static let synonyms: [(name: String, printed: [String])] = [
        ("地区生产总值", ["生产总值", "GDP", "地区GDP", "经济总量", "国民生产总值"]),
        ("规模以上工业增加值", ["规模工业增加值", "工业增加值（规模以上）"]),
        ("一般公共预算收入", ["地方一般公共预算收入", "一般预算收入", "财政一般公共预算收入", "地方财政一般公共预算收入",
                         "一般公共财政预算收入", "地方一般预算收入"]),
        ("社会消费品零售总额", ["社会消费品零售额", "社零总额", "社消零总额", "社零额"]),
        ("固定资产投资", ["全社会固定资产投资", "固投", "固定资产投资额", "全社会固定资产投资额"]),
        ("外贸进出口总额", ["进出口总额", "外贸进出口", "货物进出口总额", "进出口总值", "外贸进出口总值", "货物贸易进出口总额",
                        "对外贸易进出口总额"]),
        ("城镇新增就业", ["新增城镇就业", "城镇新增就业人数", "新增城镇就业人数", "城镇新增就业人员"]),
        ("城镇调查失业率", ["城镇调查失业率", "调查失业率"]),
        ("居民人均可支配收入", ["全体居民人均可支配收入", "人均可支配收入"]),
        ("农村居民人均可支配收入", ["农民人均可支配收入", "农村常住居民人均可支配收入"]),
        ("城镇居民人均可支配收入", ["城镇常住居民人均可支配收入"]),
        ("实际使用外资", ["实际利用外资", "实际使用外资金额", "实际利用外资金额"]),
        ("研发投入强度", ["研发经费投入强度", "R&D经费投入强度", "研究与试验发展经费投入强度", "全社会研发投入强度",
                       "研究与试验发展（R&D）经费投入强度"]),
        ("单位地区生产总值能耗", ["单位GDP能耗", "单位生产总值能耗", "万元GDP能耗"]),
        ("居民消费价格", ["CPI", "居民消费价格指数", "居民消费价格总水平"]),
        ("粮食总产量", ["粮食产量"]),
        ("税收收入", ["税收"]),
    ]

    private static let table: [String: String] = {
        var map: [String: String] = [:]
        for (name, printed) in synonyms {
            map[name] = name
            for p in printed { map[p] = name }
        }
        return map
    }()

    /// Time and scope words that open a printed indicator, longest first.
    private static let leading = [
        "前三季度", "上半年", "下半年", "一季度", "二季度", "三季度", "四季度", "年底前", "全市", "全县", "全区", "全省",
        "全州", "全盟", "全国", "全镇", "全乡", "全旗", "全年", "今年", "去年", "上年", "当年", "年末", "年底", "年内", "同期",
        "本市", "我市", "我省", "我县", "我区", "该市", "该县", "该区", "累计", "其中",
    ]
    /// Words that close a printed indicator and make it a rate or an aim.
    private static let trailing = ["增速目标", "增长目标", "目标", "同比增速", "同比增长", "增速", "增幅", "增长率", "增长", "同比"]

    /// The canonical name of an indicator printed as `printed`.
    public static func canonical(_ printed: String) -> String {
        var s = printed.precomposedStringWithCompatibilityMapping.filter { !$0.isWhitespace }
        var changed = true
        while changed {
            changed = false
            if let year = leadingYear(s), year.count < s.count { s.removeFirst(year.count); changed = true }
            if let w = leading.first(where: { s.hasPrefix($0) && s.count > $0.count }) { s.removeFirst(w.count); changed = true }
            if let w = leadingMonths(s), w < s.count { s.removeFirst(w); changed = true }
        }
        // 完成年度目标 stays: what is left must still name a measure.
        if let w = trailing.first(where: { s.hasSuffix($0) && s.count > $0.count + 1 }),
           !["年度", "全年", "完成"].contains(where: { s.dropLast(w.count).hasSuffix($0) }) { s.removeLast(w.count) }
        if s.hasPrefix("规上") { s = "规模以上" + s.dropFirst(2) }
        return table[s] ?? s
    }

    /// `2024年` or `2024年度` at the start of `s`.
    private static func leadingYear(_ s: String) -> Substring? {
        let scalars = Array(s.unicodeScalars.prefix(6))
        guard scalars.count >= 5, scalars[0..<4].allSatisfy({ $0.properties.numericType == .decimal }),
              scalars[4] == "年" else { return nil }
        return s.prefix(scalars.count >= 6 && scalars[5] == "度" ? 6 : 5)
    }

    /// The length of `1—5月` or `1-11月` at the start of `s`, if printed there.
    private static func leadingMonths(_ s: String) -> Int? {
        var n = 0
        var sawDash = false
        for c in s {
            if c.isNumber { n += 1; continue }
            if (c == "—" || c == "-" || c == "～" || c == "~" || c == "至"), n > 0, !sawDash { sawDash = true; n += 1; continue }
            if c == "月", n > 0 { return n + 1 }
            return nil
        }
        return nil
    }
}
