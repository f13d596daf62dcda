import Testing
@testable import DubaoCore

/// Photo captions and their credits in the forms real copies print them
/// (issue 18, part 4).
@Suite struct CaptionFormTests: SmallPages {
    /// A report, then a caption with `credit` glued after its last sentence.
    static func reportAndCaption(credit: String) -> String {
        """
        秋粮喜获丰收

        　　本报讯（记者 高鹏）9月29日，全市秋粮播种面积达到512万亩，预计总产量达到286万吨。

        　　9月28日，冀州区一处家庭农场，农民驾驶收割机收获玉米。\(credit)
        """
    }

    @Test(arguments: ["本报记者 李明 摄", "　本报记者 李明 摄", "③2 李明 摄"])
    func aCreditGluedToTheCaptionsLastSentenceIsTheCaptions(_ credit: String) {
        let a = parse(Self.reportAndCaption(credit: credit))
        #expect(a.count == 2)
        #expect(a.last?.kind == .photo)
        #expect(a.last?.authors == ["李明"])
        #expect(a.last?.paragraphs == ["9月28日，冀州区一处家庭农场，农民驾驶收割机收获玉米。"])
    }

    @Test(arguments: ["图／冀州区融媒体中心提供", "图/冀州区农业农村局提供", "图：冀州区民政局"])
    func aPictureAnOrganisationGaveIsACaptionNamingNobody(_ credit: String) {
        let page = Self.reportAndCaption(credit: credit)
        let a = parse(page)
        #expect(a.count == 2)
        #expect(a.last?.kind == .photo)
        #expect(a.last?.authors == [])
        #expect(a.last?.paragraphs == ["9月28日，冀州区一处家庭农场，农民驾驶收割机收获玉米。"])
        // What a sentence says was provided stays the text's.
        let said = parse(page.replacingOccurrences(of: credit, with: "种子由农技站提供"))
        #expect(said.count == 1)
    }

    @Test func aReportGoesOnUnderItsIntertitleAfterACreditedPictureSetBetweenItsBlocks() {
        let page = """
        临空区前两月新签约项目总投资达312亿元

        　　3月17日，在临空经济区航空物流产业园一期工地，12台塔吊同时作业。
        　　今年1至2月，该区新签约项目27个，总投资312亿元。

        3月16日，航空物流产业园一期施工现场，工人正在绑扎钢筋。（本报记者 柯志刚 摄）

        “拿地即开工”压茬推进
        　　项目落地快不快，审批是第一道关口，企业从签约到开工平均用时缩短到28天。
        """
        let a = parse(page)
        #expect(a.count == 2)
        #expect(a.first?.paragraphs.contains("“拿地即开工”压茬推进") == true)
        #expect(a.last?.kind == .photo)
        #expect(a.last?.authors == ["柯志刚"])
        // A dated report after the picture is its own.
        let next = parse(page.replacingOccurrences(of: "　　项目落地快不快，", with: "　　本报讯（记者 周敏）3月17日，项目落地快不快，"))
        #expect(next.count == 3)
        #expect(next.last?.headline == "“拿地即开工”压茬推进")
    }

    @Test func creditsOverACoverStorysTitleLeaveItsIntertitlesToIt() {
        // `策划：…` / `本版撰文：…` stand over the title: the page still puts
        // its titles first, and a credited picture inside the story does not
        // end it.
        let page = """
        策划：陆青禾
        本版撰文：本报记者　孔令舟

        老码头的新生意
        ——江湾渡口改造一年记

                码头停航后空置了十多年，去年起改成了市集和展厅，周末每天有两千多人来逛。

                候船室里的书店

                老候船室改成的书店保留了售票窗口，店员说很多老人专门来这里拍照。

                9月9日，市民在由候船室改建的书店里阅读。　　本报记者　孔令舟　摄

                船工成了讲解员

                67岁的老船工每周三个下午给游客讲渡口的历史，已经讲了两百多场。
        """
        let a = parse(page)
        #expect(a.count == 2)
        #expect(a.first?.headline == "老码头的新生意")
        #expect(a.first?.paragraphs.contains("船工成了讲解员") == true)
        #expect(a.last?.kind == .photo)
    }

    @Test func aMarkedPictureBetweenTitleAndAReportersLeadLeavesTheTitleToTheStory() {
        // A web edition's article view: title, date, the picture's caption
        // printed twice on one line, then the lead naming its reporter.
        let page = """
        區議員促同步加裝閉路電視及增巡邏
        大埔海濱單車徑擬加裝560支路燈

        2018-11-14
        ■大埔海濱單車徑近白石角一段晚間漆黑一片。■大埔海濱單車徑近白石角一段晚間漆黑一片。

        香港文匯報訊（記者 鄧穎欣）大埔海濱單車徑晚間照明不足的問題困擾區內居民多年，署方昨日建議分兩期加裝路燈。

        文件顯示，首期工程涵蓋約4.1公里路段，將加裝約310支路燈。
        """
        let a = read(page)
        #expect(a.count == 2)
        let story = a.first { $0.kind != .photo }
        #expect(story?.headline == "大埔海濱單車徑擬加裝560支路燈")
        #expect(story?.authors == ["鄧穎欣"])
        let picture = a.first { $0.kind == .photo }
        #expect(picture?.titles == [])
        #expect(picture?.paragraphs == ["大埔海濱單車徑近白石角一段晚間漆黑一片。"])
        // Printed twice with its credit once: kept once, with the credit.
        let credited = read(page.replacingOccurrences(of: "一片。■", with: "一片。香港文匯報記者 梁子朗 攝■"))
        #expect(credited.first { $0.kind == .photo }?.authors == ["梁子朗"])
        #expect(credited.first { $0.kind == .photo }?.paragraphs == ["大埔海濱單車徑近白石角一段晚間漆黑一片。"])
        #expect(credited.first { $0.kind != .photo }?.headline == "大埔海濱單車徑擬加裝560支路燈")
        // Over a lead that names nobody, a titled picture stays titled (T13).
        let untitledLead = read(page.replacingOccurrences(of: "（記者 鄧穎欣）", with: ""))
        #expect(untitledLead.count == 2)
        #expect(untitledLead.first?.headline == "大埔海濱單車徑擬加裝560支路燈")
        #expect(untitledLead.last?.titles == [])
    }

    @Test func aRubricOverPicturesIsTheirColumnNotTheFirstOnesTitle() {
        let a = parse("""
        图片新闻

        　　4月7日，游客在阆溪县金凤村的油菜花田间拍照游玩。
        通讯员　蒲晓川　摄

        　　4月3日，荥川县龙泉村的果农在李子园里为果树疏花。
        　　　　　　　　　　　　　　　　　　　　李明远　摄
        """)
        #expect(a.count == 2)
        #expect(a.allSatisfy { $0.kind == .photo && $0.titles.isEmpty && $0.column == "图片新闻" })
        #expect(a.map(\.authors) == [["蒲晓川"], ["李明远"]])
    }

    @Test func theMarkOpeningACreditedCaptionIsOrnament() {
        let page = """
        秋粮喜获丰收

        　　本报讯（记者 高鹏）9月29日，全市秋粮播种面积达到512万亩，预计总产量达到286万吨。

        ■农民在冀州区一处家庭农场驾驶收割机收获玉米。　记者 何家豪摄
        """
        let a = parse(page)
        #expect(a.last?.paragraphs == ["农民在冀州区一处家庭农场驾驶收割机收获玉米。"])
        #expect(a.last?.authors == ["何家豪"])
    }

    @Test func oneCreditUnderAPictureSetsNumberedCaptionsSignsTheSet() {
        let page = """
        老弄堂里的“小修小补”

        　　早上七点多，68岁的修车师傅老沈支起了遮阳伞。“有了这些小摊，弄堂里的烟火气又回来了。”本报记者 顾佳 周明浩


        郊区小麦开镰收割

        　　①昨天，廊下镇的麦田里，收割机正在抢收小麦。
        　　②农机手在田头为收割机加油检修。
        本报记者 杨帆 摄
        """
        let a = parse(page)
        #expect(a.count == 2)
        // Reporters glued after the last sentence close the story.
        #expect(a.first?.authors == ["顾佳", "周明浩"])
        #expect(a.first?.paragraphs.count == 1)
        #expect(a.last?.headline == "郊区小麦开镰收割")
        #expect(a.last?.kind == .photo)
        #expect(a.last?.authors == ["杨帆"])
        #expect(a.last?.paragraphs.count == 2)
    }

    @Test func aPictureInsideAWebCopysTextIsItsOwnAndTheArticleGoesOn() {
        let page = """
        全省今年计划播种粮食1530万亩以上
        　　新华社杭州3月17日电（记者 王旭、顾小立）今年浙江计划播种粮食面积1530万亩以上。
        　　3月16日，农民在黄岩区的田间驾驶插秧机作业。新华社记者 徐昱 摄
        　　目前，全省已落实早稻种植面积140万亩，集中育秧中心累计达到860个。
        """
        let a = parse(page)
        #expect(a.count == 2)
        #expect(a.first?.headline == "全省今年计划播种粮食1530万亩以上")
        #expect(a.first?.paragraphs.count == 2)
        #expect(a.first?.paragraphs.last?.hasPrefix("目前") == true)
        #expect(a.last?.kind == .photo)
        #expect(a.last?.authors == ["徐昱"])
    }

    @Test(arguments: ["　　", ""])
    func aPictureSetApartBetweenTwoParagraphsIsItsOwnAndTheArticleGoesOn(_ indent: String) {
        // Blank lines around the picture; paragraphs indented or not.
        let page = """
        全省今年计划播种粮食1530万亩以上

        \(indent)新华社杭州3月17日电（记者 王旭、顾小立）今年浙江计划播种粮食面积1530万亩以上。

        3月16日，农民在黄岩区的田间驾驶插秧机作业。　新华社记者 徐昱 摄

        \(indent)目前，全省已落实早稻种植面积140万亩，集中育秧中心累计达到860个，秧苗长势良好。

        \(indent)省农业农村厅负责人说，今年将继续加大对种粮大户的补贴力度。
        """
        let a = parse(page)
        #expect(a.count == 2)
        #expect(a.first?.headline == "全省今年计划播种粮食1530万亩以上")
        #expect(a.first?.paragraphs.count == 3)
        #expect(a.last?.kind == .photo)
        #expect(a.last?.authors == ["徐昱"])
    }

    @Test func captionsInARowAreEachTheirOwn() {
        let page = """
        3月16日，农民在黄岩区的田间驾驶插秧机作业。　新华社记者 徐昱 摄

        3月15日，温岭市一处育秧工厂里，工人在查看秧苗长势。　新华社记者 黄宗治 摄
        """
        let a = parse(page)
        #expect(a.count == 2)
        #expect(a.allSatisfy { $0.kind == .photo })
    }

    @Test(arguments: ["广州日报全媒体记者莫凯文摄", "本报记者 莫凯文 摄"])
    func aPictureUnderAStorysTitleIsItsOwnAndTheTitleIsTheStorys(_ credit: String) {
        let page = """
        荔湾骑楼街“微改造”完工 老街坊回来了

        　　修缮后的恩宁路骑楼街吸引不少市民游客打卡。\(credit)

        　　11月7日，记者走访荔湾区恩宁路看到，经过一年多的“微改造”，骑楼街的外立面焕然一新，街坊们陆续搬了回来。

        　　据介绍，此次改造共修缮骑楼建筑126栋。
        """
        let a = parse(page)
        #expect(a.count == 2)
        #expect(a.first?.kind == .photo)
        #expect(a.first?.authors == ["莫凯文"])
        #expect(a.first?.titles == [])
        #expect(a.last?.headline == "荔湾骑楼街“微改造”完工 老街坊回来了")
        #expect(a.last?.paragraphs.count == 2)
    }

    @Test func aTitledPictureFollowedByAnotherReportKeepsItsTitle() {
        let page = """
        春风送岗到身边

        　　3月16日，求职者在招聘会现场咨询岗位信息。本报记者 符传明 摄

        　　本报海口3月16日讯（记者 陈蔚林）今天，全市春季招聘会在会展中心举行，三百多家企业提供岗位一万余个。
        """
        let a = parse(page)
        #expect(a.first?.headline == "春风送岗到身边")
        #expect(a.first?.kind == .photo)
    }

    @Test func aCaptionCreditedToAPictureAgencyBetweenParagraphsIsAPictureOfItsOwn() {
        let page = """
        物流园区迎来亚洲货运商
        ●本报驻匈牙利特约记者 邵岚
        　　18日，记者在布达佩斯东南郊的一座物流园区看到，满载集装箱的卡车排成长队等待进场。
        　　园区正在扩建一座面积约3万平方米的冷链仓库，预计明年春季投入使用。
        布达佩斯郊外一座物流园区内的集装箱堆场 视觉中国
        　　运价与时效成关键
        　　匈牙利交通与投资部的数据显示，经匈牙利过境的中欧班列达到2100列左右。
        """
        let a = parse(page)
        #expect(a.count == 2)
        #expect(a.first?.paragraphs.count == 4)
        #expect(a.first?.paragraphs.contains("运价与时效成关键") == true)
        #expect(a.last?.kind == .photo)
        #expect(a.last?.authors == [])
        #expect(a.last?.paragraphs == ["布达佩斯郊外一座物流园区内的集装箱堆场"])
    }

    @Test func aCaptionClosedByTheOfficeThatGaveThePictureNamesNoOne() {
        let page = """
        义顺第二座综合诊疗所明年动工

        报道：黄慧敏

        卫生部星期四(5月16日)宣布，义顺第二座综合诊疗所将于明年动工。

        诊疗所预计2027年落成，可服务约23万名居民。

        义顺第二座综合诊疗所的设计构想图。(卫生部提供)
        """
        let a = parse(page)
        #expect(a.count == 2)
        #expect(a.first?.authors == ["黄慧敏"])
        #expect(a.last?.kind == .photo)
        #expect(a.last?.authors == [])
        #expect(a.last?.paragraphs == ["义顺第二座综合诊疗所的设计构想图。"])
    }

    @Test func aPictureUnderTheTitleAndBylineIsItsOwnAndAGluedSourceCreditClosesACaption() {
        let page = """
        在县城职校找到人生的“第二条跑道”

        江青报·江青网记者 陆知行 实习生 苏晓芃\t来源：江城青年报\t（2025年11月19日  04版）

        　　11月8日清晨，职校畜牧兽医专业的学生在养殖棚里给肉牛添加饲料。江青报·江青网记者 陆知行/摄
        　　凌晨4点，仁岭县职业技术学校后山的养殖棚亮起了灯。19岁的罗小川套上胶鞋，拎着手电筒挨个查看牛栏。
        　　3年前，这里还是一片荒坡。
        　　11月9日，罗小川（左）在村民家中为刚出生的牛犊检查身体。受访者供图
        　　跑道的尽头
        　　今年6月，学校畜牧兽医专业第一届毕业生走出校门，九成以上留在本省就业。
        　　（应受访者要求，文中罗小川为化名）

        全国职业院校学生创意大赛决赛落幕

        　　本报北京11月18日电（记者 樊一鸣）第三届全国职业院校学生创意大赛决赛落幕。
        """
        let a = parse(page)
        #expect(a.count == 4)
        guard a.count == 4 else { return }
        #expect(a[0].kind == .photo && a[0].authors == ["陆知行"] && a[0].titles == [])
        #expect(a[1].titles == ["在县城职校找到人生的“第二条跑道”"])
        #expect(a[1].authors == ["陆知行", "苏晓芃"])
        // The note in brackets is the feature's last paragraph, no title.
        #expect(a[1].paragraphs.last == "（应受访者要求，文中罗小川为化名）")
        #expect(a[1].paragraphs.contains("跑道的尽头"))
        #expect(a[2].kind == .photo && a[2].authors == [])
        #expect(a[3].titles == ["全国职业院校学生创意大赛决赛落幕"])
    }
}
