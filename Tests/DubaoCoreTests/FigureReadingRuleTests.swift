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

    @Test(arguments: kinds)
    func readsTheKind(_ c: Case) throws {
        let found = FigureExtractor.figures(titles: [], paragraphs: c.paragraphs)
        let figure = try #require(found.first { $0.text == c.text }, "found \(found.map(\.text))")
        #expect(figure.kind == c.kind)
    }
}
