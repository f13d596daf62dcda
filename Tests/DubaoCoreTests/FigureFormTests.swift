import Testing
@testable import DubaoCore

/// Every form of figure the issue lists, in sentences of our own, and the
/// numbers that are not figures.
@Suite struct FigureFormTests {
    struct Form: CustomTestStringConvertible, Sendable {
        var sentence: String
        var text: String
        var value: Double
        var valueMax: Double? = nil
        var unit: String
        var bound: Figure.Bound = .exact
        var testDescription: String { sentence }
    }

    static let forms: [Form] = [
        Form(sentence: "全市完成固定资产投资5000亿元。", text: "5000亿元", value: 5e11, unit: "元"),
        Form(sentence: "服务业增加值增长8%以上。", text: "8%以上", value: 8, unit: "%", bound: .atLeast),
        Form(sentence: "城镇新增就业4.5万人。", text: "4.5万人", value: 45_000, unit: "人"),
        Form(sentence: "全年新增经营主体10万余户。", text: "10万余户", value: 100_000, unit: "户", bound: .atLeast),
        Form(sentence: "灌区内有农田500多万亩。", text: "500多万亩", value: 5_000_000, unit: "亩", bound: .atLeast),
        Form(sentence: "清淤土方量近100万立方米。", text: "近100万立方米", value: 1_000_000, unit: "立方米", bound: .about),
        Form(sentence: "每个县打造2—3个主导产业集群。", text: "2—3个", value: 2, valueMax: 3, unit: "个"),
        Form(sentence: "预计收入增长5%—6%。", text: "5%—6%", value: 5, valueMax: 6, unit: "%"),
        Form(sentence: "今年新建3至5个口袋公园。", text: "3至5个", value: 3, valueMax: 5, unit: "个"),
        Form(sentence: "单个项目投资3至5亿元。", text: "3至5亿元", value: 3e8, valueMax: 5e8, unit: "元"),
        Form(sentence: "实施十二项攻坚行动。", text: "十二项", value: 12, unit: "项"),
        Form(sentence: "共有一千二百名志愿者参加。", text: "一千二百名", value: 1200, unit: "名"),
        Form(sentence: "会议为期两天。", text: "两天", value: 2, unit: "天"),
        Form(sentence: "招募三百五十万名会员。", text: "三百五十万名", value: 3_500_000, unit: "名"),
        Form(sentence: "全市人口一百〇五万人。", text: "一百〇五万人", value: 1_050_000, unit: "人"),
        Form(sentence: "覆盖率提高百分之六。", text: "百分之六", value: 6, unit: "%"),
        Form(sentence: "利率下调百分之零点五。", text: "百分之零点五", value: 0.5, unit: "%"),
        Form(sentence: "失业率下降0.5个百分点。", text: "0.5个百分点", value: 0.5, unit: "百分点"),
        Form(sentence: "平均净息差收窄11个基点。", text: "11个基点", value: 11, unit: "基点"),
        Form(sentence: "农业损失初步估计达8.6亿比索。", text: "8.6亿比索", value: 860_000_000, unit: "比索"),
        Form(sentence: "每户每月可节省约84比索。", text: "约84比索", value: 84, unit: "比索", bound: .about),
        Form(sentence: "新建2×66万千瓦热电联产机组。", text: "2×66万千瓦", value: 1_320_000, unit: "千瓦"),
        Form(sentence: "装机容量１２万千瓦。", text: "１２万千瓦", value: 120_000, unit: "千瓦"),
        Form(sentence: "项目投资1,200万元。", text: "1,200万元", value: 12_000_000, unit: "元"),
        Form(sentence: "营业收入三点五亿元。", text: "三点五亿元", value: 350_000_000, unit: "元"),
        Form(sentence: "从开工到投产用时不到10个月。", text: "不到10个月", value: 10, unit: "个月", bound: .atMost),
        Form(sentence: "一律在24小时内完成审核。", text: "24小时内", value: 24, unit: "小时", bound: .atMost),
        Form(sentence: "现场观众约3000人。", text: "约3000人", value: 3000, unit: "人", bound: .about),
        Form(sentence: "签约企业超过200家。", text: "超过200家", value: 200, unit: "家", bound: .atLeast),
        Form(sentence: "力争总产值突破5000亿元。", text: "5000亿元", value: 5e11, unit: "元", bound: .atLeast),
        Form(sentence: "赤字率不超过3%。", text: "不超过3%", value: 3, unit: "%", bound: .atMost),
        Form(sentence: "带动1000个左右自然村。", text: "1000个左右", value: 1000, unit: "个", bound: .about),
        Form(sentence: "关停30万千瓦以下小煤电机组。", text: "30万千瓦以下", value: 300_000, unit: "千瓦", bound: .atMost),
        Form(sentence: "每个县至少引进1个产业链项目。", text: "1个", value: 1, unit: "个", bound: .atLeast),
        Form(sentence: "单个项目最高补助2000万元。", text: "2000万元", value: 20_000_000, unit: "元", bound: .atMost),
        Form(sentence: "技能津贴每月300元到800元。", text: "300元到800元", value: 300, valueMax: 800, unit: "元"),
        Form(sentence: "芯片算力达到256TOPS。", text: "256TOPS", value: 256, unit: "TOPS"),
        Form(sentence: "大会会期5天半。", text: "5天半", value: 5.5, unit: "天"),
        Form(sentence: "国产化率达到百分之百。", text: "百分之百", value: 100, unit: "%"),
        Form(sentence: "PM2.5年均浓度控制在35微克/立方米以内。", text: "35微克/立方米以内", value: 35, unit: "微克/立方米", bound: .atMost),
        Form(sentence: "流水线每小时可播种秧盘800盘。", text: "800盘", value: 800, unit: "盘"),
        Form(sentence: "组织十余名骨干宣讲员。", text: "十余名", value: 10, unit: "名", bound: .atLeast),
        Form(sentence: "粮食总产稳定在110亿斤以上。", text: "110亿斤以上", value: 1.1e10, unit: "斤", bound: .atLeast),
        Form(sentence: "服务半径缩短至1.5公里。", text: "1.5公里", value: 1.5, unit: "公里"),
        Form(sentence: "有效解决6大类问题。", text: "6大类", value: 6, unit: "大类"),
        Form(sentence: "受众累计达到3000人次。", text: "3000人次", value: 3000, unit: "人次"),
        Form(sentence: "发放补贴884.15万元。", text: "884.15万元", value: 8_841_500, unit: "元"),
        Form(sentence: "出口额达12亿美元。", text: "12亿美元", value: 1.2e9, unit: "美元"),
        Form(sentence: "单程飞行时间约1小时20分钟。", text: "约1小时20分钟", value: 80, unit: "分钟", bound: .about),
        Form(sentence: "每周执行国际客运航班386班。", text: "386班", value: 386, unit: "班"),
        Form(sentence: "到2030年老年人口将达到186万。", text: "186万", value: 1_860_000, unit: "人"),
    ]

    @Test(arguments: forms)
    func readsTheForm(_ form: Form) throws {
        let found = FigureExtractor.figures(titles: [], paragraphs: [form.sentence])
        let figure = try #require(found.first { $0.text == form.text }, "found \(found.map(\.text))")
        #expect(abs(figure.value - form.value) <= 1e-6 * max(1, form.value))
        #expect(figure.valueMax.map { abs($0 - (form.valueMax ?? .nan)) <= 1e-6 * max(1, $0) } ?? (form.valueMax == nil))
        #expect(figure.unit == form.unit)
        #expect(figure.bound == form.bound)
        #expect(found.count == 1, "only one figure in «\(form.sentence)», found \(found.map(\.text))")
    }

    /// Dates, years, ordinals, ranks, names, slogans, identifiers, page references, idioms.
    static let notFigures: [String] = [
        "2023年12月26日，聊城召开新闻发布会。",
        "二〇二三年十二月，全市召开会议。",
        "聊城市第十八届人民代表大会第三次会议开幕。",
        "市委十四届五次全体会议暨市委经济工作会议召开。",
        "当事人可通过交管12123App处理轻微事故。",
        "当事人可通过“交管12123”App处理轻微事故。",
        "确保供水服务热线“3280212”畅通，也可拨打3280212咨询。",
        "打造一批特色优势企业，全市一盘棋，上下一条心。",
        "2024年是实施“十四五”规划的关键一年，也是十四五规划的攻坚之年。",
        "2023年1—11月，全市一季度实现“开门红”。",
        "2月19日上午9时30分，大会在24日闭幕。",
        "详细报道见8版。",
        "在环境空气质量综合指数退出全省后3位上实现突破，居全市第1位。",
        "——“三提三敢”系列评论之八",
        "作为第二批试点城市之一。",
        "全面贯彻党的二十大精神。",
        "为“六个新聊城”建设积蓄强大动能，构建“1+N+X”体系。",
        "深入践行市委“6293”工作思路。",
        "推动汽车零部件产业实现零的突破。",
        "开展二次开发，建设5G基站。",
        "推进一二三产融合发展，让美德新风吹进千家万户。",
        "市民可前往3号窗口办理，详见《2024年一季度“开门红”的若干措施》。",
        "电话0635-8888888，时间2023-12-26。",
        "提供7×24小时服务，PM2.5浓度持续下降，3D打印走进课堂。",
        "十四届全国人大二次会议开幕，前两个月运行平稳。",
        "一是加快三四线城市建设，二是做好“3·15”宣传。",
        "严格落实中央八项规定精神，增强四个意识，县四套班子领导参加。",
        "靠的是几十年如一日的坚持，转化率已由5年前的水平大幅提高。",
        "他三番五次上门，活动形式五花八门，做到三天两头有人问。",
        "出席省十四届人大三次会议的代表分组审议报告。",
        "在八门城镇的育秧工厂里，三次产业结构持续优化。",
    ]

    @Test(arguments: notFigures)
    func findsNoFigureIn(_ sentence: String) {
        let found = FigureExtractor.figures(titles: [], paragraphs: [sentence])
        #expect(found.isEmpty, "found \(found.map(\.text))")
    }

    /// Values are as printed, not as binary floating point leaves them.
    @Test func decimalsWithScaleWordsAreExact() {
        let found = FigureExtractor.figures(titles: [], paragraphs: ["第一产业增加值312.4亿元，居民消费价格上涨0.3%，补贴884.15万元。"])
        #expect(found.map(\.value) == [31_240_000_000, 0.3, 8_841_500])
    }

    @Test func aNameInQuotesCountsWhenTheArticlePrintsTheCountBare() {
        let found = FigureExtractor.figures(titles: ["十二项提升行动绘就路线图"],
                                            paragraphs: ["市委将在今年实施“十二项提升行动”。"])
        #expect(found.map(\.place) == [.title, .body])
        #expect(found.allSatisfy { $0.value == 12 && $0.unit == "项" })
    }

    @Test func figuresCarryTheirPlaceBlockOffsetAndSentence() throws {
        let found = FigureExtractor.figures(
            titles: ["去年新增经营主体10万余户"],
            paragraphs: ["本报讯 2月22日，记者获悉。", "全市新增经营主体103077户，同比增长6.57%。设置驿站1500个。"])
        #expect(found.map(\.text) == ["10万余户", "103077户", "6.57%", "1500个"])
        let title = found[0]
        #expect(title.place == .title && title.block == 0 && title.offset == 8 && title.length == 5)
        let body = found[1]
        #expect(body.place == .body && body.block == 1 && body.offset == 8 && body.length == 7)
        #expect(body.sentence == "全市新增经营主体103077户，同比增长6.57%。")
        #expect(found[3].sentence == "设置驿站1500个。")
    }
}
