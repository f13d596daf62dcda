import Testing
@testable import DubaoCore

/// The rules by which a figure's kind and indicator are read from the words
/// around it, each on sentences written for it (not taken from any page).
@Suite struct FigureReadingRuleTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var paragraphs: [String]
        var text: String
        var kind: Figure.Kind? = nil
        var indicator: String? = nil
        var testDescription: String { "\(text) in \(paragraphs.joined())" }
    }

    static let kinds: [Case] = [
        // A rule's bound words state what is required.
        Case(paragraphs: ["3月2日，新规施行。每个社区每月开展义诊不少于3次，候诊时间不超过30分钟。"],
             text: "3次", kind: .target),
        Case(paragraphs: ["3月2日，新规施行。每个社区每月开展义诊不少于3次，候诊时间不超过30分钟。"],
             text: "不超过30分钟", kind: .target),
        // A clause set in the past or the present: its 要 is a need.
        Case(paragraphs: ["“过去买菜要走5里山路，现在村口就有超市，骑车只要10分钟。”"], text: "5里", kind: .actual),
        Case(paragraphs: ["“从前插秧要忙一个月，如今一台插秧机一天能插60亩。”"], text: "60亩", kind: .actual),
        // 今年， opens a plan unless the sentence goes on to measure it.
        Case(paragraphs: ["今年，全镇蓝莓种植面积扩大到1.5万亩，比去年增加2000亩。"], text: "1.5万亩", kind: .actual),
        Case(paragraphs: ["今年，全镇蓝莓种植面积扩大到1.5万亩，比去年增加2000亩。"], text: "2000亩", kind: .actual),
        Case(paragraphs: ["今年，该镇种植蓝莓1.5万亩，预计产鲜果2万吨。"], text: "1.5万亩", kind: .actual),
        Case(paragraphs: ["今年，全镇蓝莓种植面积稳定在1.5万亩以上。"], text: "1.5万亩以上", kind: .target),
        // 将再投入: the future, not the disposal 将.
        Case(paragraphs: ["区教育局表示，明年将再投入8000万元，新建幼儿园6所。"], text: "8000万元", kind: .target),
        // A source opener starts afresh: the frame of the sentence before does not carry.
        Case(paragraphs: ["大桥建成后，两岸通行时间将缩短一半。据了解，施工高峰期共有工人900余人。"],
             text: "900余人", kind: .actual),
        // 其中 breaks down the whole before it, and shares its kind.
        Case(paragraphs: ["今年，全县计划新建农村公路路段80个。截至目前，已开工路段31个，完成投资1.2亿元。其中，通村公路路段45个。"],
             text: "45个", kind: .target),
        Case(paragraphs: ["去年，全市共认定科技企业300家，明年计划再认定100家。其中，高新技术企业120家。"],
             text: "120家", kind: .actual),
        // The count of measures a document sets out is a fact of the document.
        Case(paragraphs: ["3月5日，市政府印发实施意见，从用地、融资等方面提出12条具体措施。"], text: "12条", kind: .actual),
    ]

    static let indicators: [Case] = [
        // Both ends of a comparison measure what stands before 由 or 从.
        Case(paragraphs: ["全县绿化覆盖率由2015年的21.4%提高到去年的35.2%。"], text: "21.4%", indicator: "绿化覆盖率"),
        Case(paragraphs: ["全县绿化覆盖率由2015年的21.4%提高到去年的35.2%。"], text: "35.2%", indicator: "绿化覆盖率"),
        Case(paragraphs: ["办证时间已由原来的7天缩短至2天。"], text: "7天", indicator: "办证时间"),
        Case(paragraphs: ["全镇托管机构由整治前的86家压减到19家。"], text: "86家", indicator: "托管机构"),
        Case(paragraphs: ["全镇托管机构由整治前的86家压减到19家。"], text: "19家", indicator: "托管机构"),
        Case(paragraphs: ["村里的合作社社员从最初的几户发展到如今的70多户。"], text: "70多户", indicator: "合作社社员"),
        // 从A到B用时: a span of time, no comparison.
        Case(paragraphs: ["大桥从开工到通车用时不到两年。"], text: "不到两年", indicator: "从开工到通车用时"),
        // What follows 给予 names the amount; a clause bound is no part of the name.
        Case(paragraphs: ["对新落户的研发机构给予一次性奖励100万元。"], text: "100万元", indicator: "一次性奖励"),
        Case(paragraphs: ["对返乡创业青年每人给予1万元补贴。"], text: "1万元", indicator: "每人补贴"),
        Case(paragraphs: ["每所社区食堂每天供餐不少于2次。"], text: "2次", indicator: "每天供餐"),
        // A bounded amount before a noun sets the class counted after it.
        Case(paragraphs: ["全区新开工项目86个，其中，投资5亿元以上项目14个。"], text: "14个", indicator: "投资5亿元以上项目"),
        Case(paragraphs: ["全区新开工项目86个，其中，投资5亿元以上项目14个。"], text: "5亿元以上", indicator: "投资"),
        Case(paragraphs: ["今年将新开工5000万元以上产业项目40个。"], text: "40个", indicator: "5000万元以上产业项目"),
        // 分别 gives the names before it in order.
        Case(paragraphs: ["五一假期，全县接待游客32.6万人次，实现旅游收入2.1亿元，分别增长18.2%和21.5%。"],
             text: "18.2%", indicator: "接待游客"),
        Case(paragraphs: ["五一假期，全县接待游客32.6万人次，实现旅游收入2.1亿元，分别增长18.2%和21.5%。"],
             text: "21.5%", indicator: "旅游收入"),
        // What a place has is named after 有.
        Case(paragraphs: ["村支书说，村里的合作社有社员260户。"], text: "260户", indicator: "社员"),
        // The unit an amount is given per names it with the thing given.
        Case(paragraphs: ["65岁以上老人每月可领取200元补贴。"], text: "200元", indicator: "每月补贴"),
        // A total belongs to the thing whose area was named, not to the area.
        Case(paragraphs: ["去年，全县玉米播种面积达到60万亩，总产量41万吨。"], text: "41万吨", indicator: "玉米总产量"),
    ]

    @Test(arguments: indicators)
    func readsTheIndicator(_ c: Case) throws {
        let found = FigureExtractor.figures(titles: [], paragraphs: c.paragraphs)
        let figure = try #require(found.first { $0.text == c.text }, "found \(found.map(\.text))")
        #expect(FigureGoldTests.bigramDice(figure.indicator, c.indicator) >= 0.5, "indicator \(figure.indicator ?? "nil")")
    }

    @Test(arguments: kinds)
    func readsTheKind(_ c: Case) throws {
        let found = FigureExtractor.figures(titles: [], paragraphs: c.paragraphs)
        let figure = try #require(found.first { $0.text == c.text }, "found \(found.map(\.text))")
        #expect(figure.kind == c.kind)
    }
}

@Suite struct PlaceNameNumeralTests {
    @Test(arguments: ["在八家子镇建成冷库", "三家村的村民", "十里铺社区"])
    func numeralsInPlaceNamesAreNoFigures(_ sentence: String) {
        #expect(FigureExtractor.figures(titles: [], paragraphs: [sentence]).isEmpty)
    }

    @Test func aCountBeforeAPlaceIsStillCounted() {
        let figures = FigureExtractor.figures(titles: [], paragraphs: ["全县建成8家村级服务站。"])
        #expect(figures.map(\.text) == ["8家"])
    }
}
