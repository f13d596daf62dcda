import Testing
@testable import DubaoCore

/// Target or actual, increase or decrease, and what is measured.
@Suite struct FigureClassifierTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var paragraphs: [String]
        var text: String
        var kind: Figure.Kind
        var change: Figure.Change? = nil
        var indicator: String? = nil
        var testDescription: String { paragraphs.joined() }
    }

    static let cases: [Case] = [
        Case(paragraphs: ["力争一季度规上工业增加值增长10%以上。"], text: "10%以上", kind: .target,
             change: .increase, indicator: "一季度规上工业增加值"),
        Case(paragraphs: ["2023年，全市新增经营主体103077户，同比增长6.57%。"], text: "6.57%", kind: .actual,
             change: .increase, indicator: "新增经营主体"),
        Case(paragraphs: ["2023年，全市新增经营主体103077户，同比增长6.57%。"], text: "103077户", kind: .actual,
             indicator: "新增经营主体"),
        Case(paragraphs: ["去年，全县已建成桥梁5座。"], text: "5座", kind: .actual, indicator: "建成桥梁"),
        Case(paragraphs: ["据统计，到2030年，全市老年人口数量将达到186万。"], text: "186万", kind: .target,
             indicator: "老年人口数量"),
        Case(paragraphs: ["今年计划新建道路23条。"], text: "23条", kind: .target, indicator: "新建道路"),
        Case(paragraphs: ["推动涉企效能实现新跃升，全市设置企业驿站1500个，同比增长3%。"], text: "1500个", kind: .actual,
             indicator: "企业驿站"),
        Case(paragraphs: ["累计发放创业担保贷款14.58亿元。"], text: "14.58亿元", kind: .actual,
             indicator: "创业担保贷款"),
        Case(paragraphs: ["实施制造业提质行动。强化科技创新引领，建成4条标志性产业链产业研究院。"], text: "4条",
             kind: .target, indicator: "标志性产业链产业研究院"),
        Case(paragraphs: ["确保全年增长7%、力争突破10%。"], text: "10%", kind: .target, change: .increase),
        Case(paragraphs: ["勘查时间由30分钟缩短为5分钟，能耗下降12%。"], text: "12%", kind: .actual,
             change: .decrease, indicator: "能耗"),
        Case(paragraphs: ["具有大专以上学历的人员占比提高到77.68%。"], text: "77.68%", kind: .actual,
             indicator: "具有大专以上学历的人员占比"),
        Case(paragraphs: ["截至目前，全市共签约24个项目，总投资金额303.14亿元。"], text: "303.14亿元", kind: .actual,
             indicator: "签约项目总投资金额"),
        Case(paragraphs: ["突出水利项目拉动。建设总投资40亿元的22个重点水利项目。"], text: "40亿元", kind: .target,
             indicator: "重点水利项目建设总投资"),
        Case(paragraphs: ["今年将力争再完成改造项目20个，颗粒物排放量较去年下降10%。"], text: "10%", kind: .target,
             change: .decrease),
        Case(paragraphs: ["建成后港区原油年通过能力将由2000万吨提高到3500万吨。"], text: "2000万吨", kind: .actual),
        Case(paragraphs: ["建成后港区原油年通过能力将由2000万吨提高到3500万吨。"], text: "3500万吨", kind: .target),
        Case(paragraphs: ["截至4月5日，全市已完成整地面积312万亩，占年度计划的76%。"], text: "76%", kind: .actual),
        Case(paragraphs: ["围绕实现上述目标，报告部署了十个方面重点任务。"], text: "十个", kind: .target),
        Case(paragraphs: ["筛选了350余家重点目标企业。"], text: "350余家", kind: .actual),
        Case(paragraphs: ["到2025年底，全市将累计改造老旧小区3000个以上。"], text: "3000个以上", kind: .target),
        Case(paragraphs: ["一季度，全县新增星级农家乐3家。"], text: "3家", kind: .actual),
        // An intertitle frames the paragraphs under it.
        Case(paragraphs: ["过去一年", "全省地区生产总值达到5.06万亿元。", "今年主要预期目标", "城镇新增就业65万人以上。"],
             text: "5.06万亿元", kind: .actual),
        Case(paragraphs: ["过去一年", "全省地区生产总值达到5.06万亿元。", "今年主要预期目标", "城镇新增就业65万人以上。"],
             text: "65万人以上", kind: .target),
    ]

    @Test(arguments: cases)
    func classifies(_ c: Case) throws {
        let found = FigureExtractor.figures(titles: [], paragraphs: c.paragraphs)
        let figure = try #require(found.first { $0.text == c.text }, "found \(found.map(\.text))")
        #expect(figure.kind == c.kind)
        #expect(figure.change == c.change)
        // Best effort, scored as score.py scores it: bigram Dice of at least 0.5.
        if let indicator = c.indicator {
            #expect(FigureGoldTests.bigramDice(figure.indicator, indicator) >= 0.5, "indicator \(figure.indicator ?? "nil")")
        }
    }
}
