/// What a unit measures; decides which numbers it may follow and how a
/// figure without a printed unit is read.
enum UnitCategory: Sendable {
    case money, people, count, area, volume, weight, energy, length, duration, percent, ratio, age
}

/// One way of printing a unit: `亿元` is scale `亿` and unit `元`, `个百分点`
/// is unit `百分点`, `万千瓦` is scale `万` and unit `千瓦`.
struct UnitEntry: Sendable {
    let printed: [Unicode.Scalar]
    /// The unit as recorded in a figure.
    let unit: String
    let category: UnitCategory
    /// Only after Arabic digits: `3方` is a volume, `三方` is the parties to a deal.
    let arabicOnly: Bool
}

/// The units a figure may carry, matched longest first. To add a unit, add a
/// line to `standard`.
public struct UnitTable: Sendable {
    private let byFirstScalar: [Unicode.Scalar: [UnitEntry]]

    init(_ entries: [(String, String, UnitCategory, Bool)]) {
        var map: [Unicode.Scalar: [UnitEntry]] = [:]
        for (printed, unit, category, arabicOnly) in entries {
            let scalars = Array(printed.unicodeScalars)
            map[scalars[0], default: []].append(
                UnitEntry(printed: scalars, unit: unit, category: category, arabicOnly: arabicOnly))
        }
        for key in map.keys { map[key]!.sort { $0.printed.count > $1.printed.count } }
        byFirstScalar = map
    }

    /// The longest unit printed at `i`.
    func match(_ t: ScalarText, at i: Int, afterArabic: Bool) -> UnitEntry? {
        guard let first = t[i], let candidates = byFirstScalar[first] else { return nil }
        for entry in candidates where t.has(entry.printed, at: i) {
            if entry.arabicOnly && !afterArabic { continue }
            // Latin units must end at a word boundary: `5km` yes, `5G` no, `3ms` no.
            if entry.printed[0].isASCIILetter, let next = t[i + entry.printed.count], next.isASCIILetter { continue }
            return entry
        }
        return nil
    }

    /// How many scalars the longest unit printed at `i` of `scalars` takes
    /// (0 when none): for the reader's line breaking, which keeps a number
    /// with its unit.
    public func unitLength(_ scalars: [Unicode.Scalar], at i: Int, afterArabic: Bool) -> Int {
        match(ScalarText(scalars: scalars), at: i, afterArabic: afterArabic)?.printed.count ?? 0
    }

    public static let standard: UnitTable = {
        var rows: [(String, String, UnitCategory, Bool)] = []
        func add(_ unit: String, _ category: UnitCategory, printed: [String] = [], arabicOnly: Bool = false) {
            for p in [unit] + printed { rows.append((p, unit, category, arabicOnly)) }
        }
        // Money.
        add("元", .money, printed: ["块钱", "元人民币"])
        for currency in ["美元", "欧元", "港元", "港币", "日元", "英镑", "卢布", "韩元", "澳元",
                         // The currencies of the papers of Southeast Asia and Taiwan.
                         "比索", "泰铢", "铢", "新元", "令吉", "卢比", "印尼盾", "新台币", "澳门元"] { add(currency, .money) }
        // People and households.
        add("人", .people, printed: ["个人"]); add("人次", .people); add("名", .people); add("位", .people)
        add("户", .people); add("户次", .people); add("家庭", .people); add("个家庭", .people)
        // Counts with measure words.
        for w in ["个", "家", "项", "条", "件", "座", "所", "处", "台", "套", "辆", "架", "艘", "头", "只",
                  "匹", "棵", "株", "场", "次", "起", "宗", "例", "篇", "部", "本", "册", "张", "份", "幅",
                  "间", "栋", "幢", "趟", "列", "轮", "支", "队", "组", "对", "种", "类", "门", "段",
                  "根", "批", "片", "款", "颗", "枚", "盏", "笔", "帧", "首", "层", "床",
                  "大类", "部分", "部门", "家次", "车次", "架次", "班次", "批次", "项次", "人份", "块", "台套", "场次",
                  "列次", "件次", "航次", "艘次", "趟次", "台次", "班列", "辆次", "粒", "羽", "尾", "剂", "箱", "头只",
                  "盘", "瓶", "罐", "袋", "包", "盒", "桶", "杯", "碗", "束", "捆", "筐"] {
            add(w, .count)
        }
        // Measure words that after a Chinese numeral mostly make a word: 三口之家, 两对, 三单制.
        for w in ["口", "眼", "对", "单", "集", "期", "班"] { add(w, .count, arabicOnly: true) }
        add("标准箱", .count); add("标箱", .count); add("TEU", .count)
        // Areas.
        for w in ["亩", "公顷", "平方米", "平方公里", "平方千米", "平米", "平方", "㎡", "km²", "m²"] { add(w, .area) }
        // Volumes.
        add("立方米", .volume, printed: ["m³"]); rows.append(("方", "立方米", .volume, true)); add("升", .volume); add("毫升", .volume)
        // Weights.
        for w in ["吨", "千克", "公斤", "斤", "克", "毫克", "微克", "kg", "t"] { add(w, .weight) }
        // Energy and power.
        for w in ["千瓦", "瓦", "兆瓦", "吉瓦", "千瓦时", "兆瓦时", "千伏", "伏", "kW", "MW", "GW", "kWh"] {
            add(w, .energy)
        }
        add("度", .energy, arabicOnly: true)  // 两度夺冠 is twice, 30度 a reading
        // Lengths.
        for w in ["公里", "千米", "米", "厘米", "毫米", "延米", "km"] { add(w, .length) }
        add("里", .length, arabicOnly: true)
        add("m", .length, arabicOnly: true)
        // Durations (年 is checked by the scanner: 2023年 is a year, 三年 a duration).
        for w in ["年", "个月", "天", "小时", "个小时", "分钟", "秒", "周", "个星期", "星期", "个工作日", "工作日", "昼夜"] {
            add(w, .duration)
        }
        // Shares and rates.
        rows.append(("%", "%", .percent, false)); rows.append(("％", "%", .percent, false))
        rows.append(("‰", "‰", .percent, false))
        add("百分点", .percent, printed: ["个百分点"])
        // A rate's move in hundredths of a point (`收窄11个基点`).
        add("基点", .percent, printed: ["个基点"])
        add("倍", .ratio); add("成", .ratio)
        add("岁", .age, printed: ["周岁"])
        // Latin units of science and technology news: 500TB, 256TOPS, 60W, 410.5Mbps.
        for w in ["TB", "GB", "MB", "PB", "KB", "EB"] { add(w, .count) }
        for w in ["TOPS", "FLOPS", "Mbps", "Gbps", "kbps", "Kbps", "Hz", "kHz", "MHz", "GHz", "mAh", "Wh", "W", "kV", "V"] {
            add(w, .energy)
        }
        for w in ["nm", "μm", "mm", "cm", "km/h"] { add(w, .length) }
        for w in ["℃", "°C"] { add(w, .ratio) }
        for w in ["L", "mL", "ml"] { add(w, .volume) }
        return UnitTable(rows.map { ($0.0, $0.1, $0.2, $0.3) })
    }()
}
