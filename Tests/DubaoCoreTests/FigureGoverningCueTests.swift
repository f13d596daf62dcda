import Foundation
import Testing
@testable import DubaoCore

/// Issue 9, parts 4–6, on sentences of our own: what is a figure, which cue
/// governs a figure (target or result), and the name of what it measures.
@Suite struct FigureGoverningCueTests {
    static func figures(_ paragraphs: String...) -> [Figure] {
        FigureExtractor.figures(titles: [], paragraphs: paragraphs)
    }

    // MARK: Figures, not figures

    @Test(arguments: ["今年以来，全市出口保持两位数增长。", "全县财政收入增幅连续三年保持一位数。",
                      "全年有5家企业营业收入增长三位数。"])
    func countsOfDigitsAreNoFigures(_ sentence: String) {
        #expect(!Self.figures(sentence).contains { $0.unit == "位" }, "\(Self.figures(sentence).map(\.text))")
    }

    struct Tenth: Sendable, CustomTestStringConvertible {
        var sentence: String, text: String, value: Double, bound: Figure.Bound
        var testDescription: String { sentence }
    }

    @Test(arguments: [
        Tenth(sentence: "民营企业贡献了全区税收的六成。", text: "六成", value: 60, bound: .exact),
        Tenth(sentence: "返乡创业者中超过三成是大学生。", text: "超过三成", value: 30, bound: .atLeast),
        Tenth(sentence: "秋粮收获进度已达八成以上。", text: "八成以上", value: 80, bound: .atLeast),
        Tenth(sentence: "小微企业占比不到两成。", text: "不到两成", value: 20, bound: .atMost),
    ])
    func tenthsAreSharesOfAWhole(_ c: Tenth) throws {
        let f = try #require(Self.figures(c.sentence).first { $0.text == c.text })
        #expect(f.value == c.value)
        #expect(f.unit == "%")
        #expect(f.bound == c.bound)
    }

    struct Spread: Sendable, CustomTestStringConvertible {
        var sentence: String, text: String, value: Double, unit: String
        var testDescription: String { sentence }
    }

    @Test(arguments: [
        Spread(sentence: "首 批 528 套 保障房 交付使用。", text: "528 套", value: 528, unit: "套"),
        Spread(sentence: "当天就有 3 6 5 名 群众前来办事。", text: "3 6 5 名", value: 365, unit: "名"),
        Spread(sentence: "全镇共有 1 2 个 村完成改造。", text: "1 2 个", value: 12, unit: "个"),
    ])
    func figuresSpreadByJustificationAreFound(_ c: Spread) throws {
        let f = try #require(Self.figures(c.sentence).first { $0.text == c.text }, "\(Self.figures(c.sentence).map(\.text))")
        #expect(f.value == c.value)
        #expect(f.unit == c.unit)
    }

    @Test func spacedOrdinalsAndYearsStayNoFigures() {
        #expect(Self.figures("该县排名第 3 位。").isEmpty)
        #expect(Self.figures("2024 年 是关键一年。").isEmpty)
    }

    // MARK: Target or result

    struct Kind: Sendable, CustomTestStringConvertible {
        var paragraphs: [String], text: String, kind: Figure.Kind
        var testDescription: String { paragraphs.joined() + " → " + text }
        init(_ p: String..., text: String, _ kind: Figure.Kind) { paragraphs = p; self.text = text; self.kind = kind }
    }

    static let kinds: [Kind] = [
        // A plan word speaks for its own part of the sentence only.
        Kind("新馆计划于明年5月开馆；去年接待读者21.6万人次，同比增长9%。", text: "21.6万人次", .actual),
        Kind("新馆计划于明年5月开馆；去年接待读者21.6万人次，同比增长9%。", text: "9%", .actual),
        Kind("园区计划今年引进企业30家；一季度签约落地企业7家。", text: "30家", .target),
        // ...unless it frames the parts after it.
        Kind("三年行动的目标是：新增绿地120公顷；新建口袋公园45个。", text: "45个", .target),
        Kind("一是稳外贸，力争出口增长5%；二是扩内需，开展促消费活动200场以上。", text: "200场以上", .target),
        // A figure measured against a target is a result; the target it names is a target.
        Kind("一季度粮食收购量比年初确定的8%目标高2.3个百分点。", text: "2.3个百分点", .actual),
        Kind("一季度粮食收购量比年初确定的8%目标高2.3个百分点。", text: "8%", .target),
        Kind("全年植树造林完成年度目标的108%。", text: "108%", .actual),
        Kind("全区完成固定资产投资86亿元，超年度计划4.5个百分点。", text: "4.5个百分点", .actual),
        Kind("截至6月底，已完成年度计划的52%。", text: "52%", .actual),
        Kind("全年粮食产量增长4.2%，高于年度目标1.2个百分点。", text: "1.2个百分点", .actual),
        Kind("去年定下的目标是新增就业8000人，实际新增9100人，比预期目标多出1100人。", text: "1100人", .actual),
        Kind("去年定下的目标是新增就业8000人，实际新增9100人，比预期目标多出1100人。", text: "8000人", .target),
        // A compared target in the sentence before frames nothing after it.
        Kind("全县生产总值增长6.3%，高于年度目标0.8个百分点。接待游客860万人次。", text: "860万人次", .actual),
        // What a report or meeting sets for the year is a target.
        Kind("报告提出，今年全县生产总值增长6%左右。", text: "6%左右", .target),
        Kind("会议明确，2026年全区城镇新增就业达到3.2万人以上。", text: "3.2万人以上", .target),
        Kind("会议指出，2025年全区城镇新增就业3.1万人。", text: "3.1万人", .actual),
        Kind("● 3.2万人以上：城镇新增就业目标", text: "3.2万人以上", .target),
        // A past year's plan is a target, what it became a result.
        Kind("2024年计划改造老旧小区60个，实际完成68个。", text: "60个", .target),
        Kind("2024年计划改造老旧小区60个，实际完成68个。", text: "68个", .actual),
        Kind("去年确定的12%增长目标顺利实现。", text: "12%", .target),
        // The year's list of projects is its plan.
        Kind("今年全县县级重点项目236个，总投资1180亿元。", text: "236个", .target),
        Kind("今年全县县级重点项目236个，总投资1180亿元。", text: "1180亿元", .target),
        Kind("今年全县县级重点项目236个，目前已开工98个。", text: "236个", .target),
        Kind("今年全县县级重点项目236个，目前已开工98个。", text: "98个", .actual),
        Kind("今年，全县共安排重点项目236个。", text: "236个", .actual),
        Kind("今年,全县确定实施重点项目236个,总投资超过900亿元。", text: "超过900亿元", .target),
        // A purpose clause is no plan: what is done for it is done.
        Kind("为确保夏粮颗粒归仓，全县每天投入收割机3200台。", text: "3200台", .actual),
        // What a measure grants is what it is to give.
        Kind("对新认定的示范农场，一次性给予30万元奖励。", text: "30万元", .target),
        Kind("购买新能源汽车的，最高可获得8000元补贴。", text: "8000元", .target),
        Kind("去年，全县累计发放种粮补贴1.2亿元。", text: "1.2亿元", .actual),
    ]

    @Test(arguments: kinds)
    func theGoverningCueDecides(_ c: Kind) throws {
        let found = FigureExtractor.figures(titles: [], paragraphs: c.paragraphs)
        let f = try #require(found.first { $0.text == c.text }, "found \(found.map(\.text))")
        #expect(f.kind == c.kind, "\(f.text): \(String(describing: f.kind))")
    }

    // MARK: Indicators

    struct Named: Sendable, CustomTestStringConvertible {
        var paragraphs: [String], text: String, indicator: String
        var testDescription: String { paragraphs.joined() + " → " + text }
        init(_ p: String..., text: String, _ indicator: String) { paragraphs = p; self.text = text; self.indicator = indicator }
    }

    static let names: [Named] = [
        // Whole words: a long name is not cut inside a word, a year before it is no part of it.
        Named("全市数字经济核心产业增加值达到520亿元。", text: "520亿元", "数字经济核心产业增加值"),
        Named("新增国家级专精特新中小企业17家。", text: "17家", "新增国家级专精特新中小企业"),
        Named("2025年全市地区生产总值达到3120亿元。", text: "3120亿元", "地区生产总值"),
        Named("年末金融机构人民币各项存款余额6120亿元。", text: "6120亿元", "金融机构人民币各项存款余额"),
        // What is compared stands before 比; the gap to a target measures the same.
        Named("增速比年初确定的7%目标低0.6个百分点。", text: "7%", "增速"),
        Named("规上工业增加值增长9%，增速比年初确定的7%目标高2个百分点。", text: "2个百分点", "规上工业增加值增速"),
        Named("营业收入增长11.2%，增速比上年提高2.1个百分点。", text: "2.1个百分点", "营业收入增速"),
        Named("春播进度同比快1.5个百分点。", text: "1.5个百分点", "春播进度"),
        Named("改造后公交票价只要1元。", text: "1元", "改造后公交票价"),
        Named("一季度全市GDP同比增长6.1%，比全年预期目标高0.6个百分点。", text: "0.6个百分点", "一季度全市GDP"),
        // A bullet names its figure after the colon.
        Named("● 3.5万人以上：城镇新增就业目标", text: "3.5万人以上", "城镇新增就业"),
        // The service a duration is of, not the hotline printed before it.
        Named("开通服务热线“6602315”，提供24小时咨询服务。", text: "24小时", "提供咨询服务"),
        Named("全区16个镇（街道）卫生院已开设专家门诊。", text: "16个", "镇（街道）卫生院"),
        Named("林场今年计划完成植树造林8000亩。", text: "8000亩", "完成植树造林"),
        // How a figure is counted, and the share of a plan reached, lean on the name before.
        Named("全县实现地区生产总值286亿元，按可比价格计算增长5.9%。", text: "5.9%", "地区生产总值"),
        Named("截至6月底，已新增省级专精特新企业18家，完成全年目标的60%。", text: "60%", "新增省级专精特新企业完成全年目标"),
        // The time that opens a name is no part of it; a quotation cut in two is not shown.
        Named("到2027年全县高新技术企业数量达到300家以上。", text: "300家以上", "全县高新技术企业数量"),
        Named("6月20日前完成夏播面积480万亩。", text: "480万亩", "完成夏播面积"),
        Named("“山城夜游”项目接待游客3.6万人次。", text: "3.6万人次", "山城夜游项目接待游客"),
        // A pair named in one word gives its members in order.
        Named("城乡居民人均可支配收入分别增长5.2%和6.8%。", text: "5.2%", "城镇居民人均可支配收入"),
        Named("城乡居民人均可支配收入分别增长5.2%和6.8%。", text: "6.8%", "农村居民人均可支配收入"),
        // A lead over a wider area is of the measure before.
        Named("出口额同比增长12.4%，高于全省3.1个百分点。", text: "3.1个百分点", "出口额"),
        Named("税收收入增长8.2%，高于全国平均水平2个百分点。", text: "2个百分点", "税收收入"),
        // The size of an aim is of what stands before it, not of the word 目标.
        Named("城镇新增就业4.5万人目标提前完成。", text: "4.5万人", "城镇新增就业"),
        // A figure that opens its line is named by the whole line after it.
        Named("1486.3亿元前5个月全市进出口总额", text: "1486.3亿元", "前5个月全市进出口总额"),
    ]

    @Test(arguments: names)
    func indicatorsAreWholeNames(_ c: Named) throws {
        let found = FigureExtractor.figures(titles: [], paragraphs: c.paragraphs)
        let f = try #require(found.first { $0.text == c.text }, "found \(found.map(\.text))")
        #expect(f.indicator == c.indicator)
    }

    // MARK: One name per indicator

    @Test(arguments: [
        ("GDP", "地区生产总值"), ("地区生产总值", "地区生产总值"), ("生产总值", "地区生产总值"),
        ("2024年全市地区生产总值", "地区生产总值"), ("全市经济总量", "地区生产总值"), ("地区生产总值增速", "地区生产总值"),
        ("规上工业增加值", "规模以上工业增加值"), ("一季度规上工业增加值", "规模以上工业增加值"),
        ("规模以上工业增加值增速目标", "规模以上工业增加值"), ("规上服务业企业营业收入", "规模以上服务业企业营业收入"),
        ("地方一般公共预算收入", "一般公共预算收入"), ("全社会固定资产投资", "固定资产投资"),
        ("新增城镇就业", "城镇新增就业"), ("1—5月外贸进出口总额", "外贸进出口总额"), ("进出口总额", "外贸进出口总额"),
        ("R&D经费投入强度", "研发投入强度"), ("单位GDP能耗", "单位地区生产总值能耗"),
        // Not every name holding a synonym is that indicator.
        ("数字经济核心产业增加值占GDP比重", "数字经济核心产业增加值占GDP比重"), ("新增高标准农田", "新增高标准农田"),
    ])
    func oneCanonicalNamePerIndicator(_ printed: String, _ name: String) {
        #expect(IndicatorNames.canonical(printed) == name)
    }

    @Test func theFigureKeepsItsIndicatorAsPrintedAndExportsTheCanonicalName() throws {
        let f = try #require(Self.figures("今年规上工业增加值增长8%。").first)
        #expect(f.indicator == "规上工业增加值")
        #expect(f.canonicalIndicator == "规模以上工业增加值")
        let json = String(decoding: try JSONEncoder().encode(f), as: UTF8.self)
        #expect(json.contains("\"indicator_canonical\":\"规模以上工业增加值\""))
        let back = try JSONDecoder().decode(Figure.self, from: Data(json.utf8))
        #expect(back == f)
    }
}
