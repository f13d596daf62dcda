import Testing
@testable import DubaoCore

/// One rule of the parsing spec per test, on small pages written for it.
@Suite struct PageParserRuleTests {
    func parse(_ text: String) -> [Article] {
        PageParser.parse(text: text, name: "t", source: "t.txt")
    }

    @Test func titleAfterItsBodyBelongsToThatBody() {
        let page = """
          □记者 王明 报道
          本报成都讯 3月5日，全市春季植树活动在龙泉山举行，
        共栽植苗木2万株。

        全市春季植树活动举行

          □记者 李华 报道
          本报成都讯 3月6日，全市首批“智慧菜场”开门营
        业，市民可扫码查询菜价。

        首批“智慧菜场”开门营业
        """
        let a = parse(page)
        #expect(a.count == 2)
        #expect(a[0].headline == "全市春季植树活动举行")
        #expect(a[1].headline == "首批“智慧菜场”开门营业")
        #expect(a[0].authors == ["王明"])
        #expect(a[0].place == "成都")
    }

    @Test func twoTitlesBetweenTwoBodiesAreGivenByContent() {
        let page = """
          □ 本报记者 周涛
          春耕时节，县里的农机合作社早早检修了拖拉机和播种机，
        合作社理事长说，今年的春耕备耕比往年都早。农机合作社
        还为周边农户提供代耕服务，农户都说方便。

          □ 本报记者 吴敏
          走进县图书馆，阅览室里座无虚席。图书馆延长了开放时间，
        周末还开设亲子阅读课堂，吸引了很多家长和孩子。阅读课堂
        每周都有新内容。

        农机合作社春耕备耕早

        县图书馆阅读课堂受欢迎
        """
        let a = parse(page)
        #expect(a.count == 2)
        #expect(a[0].titles == ["农机合作社春耕备耕早"])
        #expect(a[1].titles == ["县图书馆阅读课堂受欢迎"])
    }

    @Test func sentenceBrokenByBlankLinesIsOneParagraph() {
        let page = """
        全市召开经济工作会议

        12月20日，全市经济工作会议召开。会议强调要聚焦高质量发展，也是聚



        力攻坚突破的目标所向。
        """
        let a = parse(page)
        #expect(a.count == 1)
        #expect(a[0].paragraphs == ["12月20日，全市经济工作会议召开。会议强调要聚焦高质量发展，也是聚力攻坚突破的目标所向。"])
    }

    @Test func bylineSplitOverTwoLinesCreditsEveryone() {
        let page = """
          □记 者 孙 明
           通讯员 马小红 报道
          本报临沂讯 2月20日下午，黄河水进入干渠，为春灌
        提前蓄水。

        黄河水进干渠 春灌有保障
        """
        let a = parse(page)
        #expect(a.count == 1)
        #expect(a[0].authors == ["孙明", "马小红"])
        #expect(a[0].place == "临沂")
        #expect(a[0].paragraphs.first?.hasPrefix("本报临沂讯 2月20日下午") == true)
    }

    @Test func continuationMarkerIsRemovedAndRecorded() {
        let page = """
        把蓝图变为施工图

        ■ 本报评论员

        今年是关键之年，全市上下要锚定目标，通过明察暗访、群众评议等方式, (下转8版)
        """
        let a = parse(page)
        #expect(a.count == 1)
        #expect(a[0].continues == "8版")
        #expect(a[0].kind == .opinion)
        #expect(a[0].authors.isEmpty)
        #expect(a[0].paragraphs.last?.contains("下转") == false)
    }

    @Test func headlineFollowedOnlyByAPageReferenceIsATeaser() {
        let page = """
        省委召开常委会议 研究部署春耕生产工作

        详细报道见2版

        全市安全生产工作会议召开

        本报讯（记者 赵峰）2月23日下午，全市安全生产工作会议召开。
        """
        let a = parse(page)
        #expect(a.count == 2)
        #expect(a[0].kind == .teaser)
        #expect(a[0].headline == "省委召开常委会议 研究部署春耕生产工作")
        #expect(a[0].continues == nil)
        #expect(a[1].kind == .news)
        #expect(a[1].authors == ["赵峰"])
        #expect(a[1].place == nil)
    }

    @Test func photoCaptionHasNoTitleAndCreditsThePhotographer() {
        let page = """
        全市春季运动会开幕

        本报讯 3月2日，全市春季运动会开幕，2000余名运动员参赛。

        3月1日，从高空俯瞰湿地公园，碧水蓝天构成一幅生态画卷。 ■ 田丰
        """
        let a = parse(page)
        #expect(a.count == 2)
        #expect(a[1].kind == .photo)
        #expect(a[1].headline == nil)
        #expect(a[1].authors == ["田丰"])
        #expect(a[1].paragraphs == ["3月1日，从高空俯瞰湿地公园，碧水蓝天构成一幅生态画卷。"])
        #expect(a[1].displayTitle.hasPrefix("3月1日"))
    }

    @Test func justificationSpacesInsideBodyTextAreRemoved() {
        let page = """
        “内”“外”双向发力

        “内”“外”双向发 力 ， “ 硬 ” “ 软 ” 均 衡 用 力。国潮 DJ 表演精彩。
        """
        let a = parse(page)
        #expect(a[0].paragraphs == ["“内”“外”双向发力，“硬”“软”均衡用力。国潮 DJ 表演精彩。"])
    }

    @Test func intertitlesStayInsideTheirArticle() {
        let page = """
        聊城将聚焦10个方面重点发力

        12月27日，市人民代表大会开幕，报告部署了明年的工作。

        聚焦扩量提质 坚定不移优化产业体系

        坚持深耕实体经济，推动经济实现质的有效提升。

        聚焦创新驱动 坚定不移塑强发展动能

        坚持创新在全局中的核心地位。
        """
        let a = parse(page)
        #expect(a.count == 1)
        #expect(a[0].paragraphs.count == 5)
        #expect(a[0].paragraphs[1] == "聚焦扩量提质 坚定不移优化产业体系")
    }

    @Test func wireDatelineGivesPlaceAndAuthors() {
        let page = """
        全国春播粮食面积稳定

        新华社北京3月5日电（记者 张三、李四）记者5日从农业农村部获悉，春耕进展顺利。
        """
        let a = parse(page)
        #expect(a[0].place == "北京")
        #expect(a[0].authors == ["张三", "李四"])
        #expect(a[0].kind == .news)
    }

    @Test func closingCreditIsKeptOutOfTheBody() {
        let page = """
        开年第一会 吹响奋进号角

        2月19日，全市高质量发展动员大会召开。会议部署了全年工作。

        （大众日报记者 胡磊 薛良成）
        """
        let a = parse(page)
        #expect(a[0].authors == ["胡磊", "薛良成"])
        #expect(a[0].paragraphs == ["2月19日，全市高质量发展动员大会召开。会议部署了全年工作。"])
    }

    @Test func signedCommentaryUnderAnOfficialsNameIsOpinion() {
        let page = """
        实干谱写高质量发展新篇章

        莘县县委书记 孙奇宏

        新征程承载新梦想，新起点孕育新希望。我们将拿出“拼”的精神。
        """
        let a = parse(page)
        #expect(a[0].kind == .opinion)
        #expect(a[0].authors == ["孙奇宏"])
    }

    @Test func yearComesFromAFullDateElsewhereOnThePage() {
        let page = """
        全市招商工作会议召开

        本报讯 2月23日上午，全市招商工作会议召开，部署2023年12月26日以来的工作。
        """
        #expect(parse(page)[0].date == PartialDate(year: 2023, month: 2, day: 23))
    }

    @Test func yearComesFromTheCurrentYearNamedBesideIt() {
        let page = """
        全市春耕生产会议召开

        本报讯 3月8日，全市春耕生产会议召开。今年是2024年的关键之年，全市将抓好春耕。
        """
        #expect(parse(page)[0].date == PartialDate(year: 2024, month: 3, day: 8))
    }

    @Test func unknowableYearIsReportedUnknown() {
        let page = """
        全市春耕生产会议召开

        本报讯 3月8日，全市春耕生产会议召开，会议部署春耕生产工作。
        """
        let a = parse(page)
        #expect(a[0].date == PartialDate(year: nil, month: 3, day: 8))
        #expect(a[0].date?.iso == "--03-08")
        #expect(a[0].pageDate?.iso == "--03-08")
    }

    @Test func dateRecalledBeforeTheEventIsSkipped() {
        let page = """
        全市动员大会召开

        继2月18日全省大会之后，2月19日，全市召开动员大会。2024年全市将聚力攻坚。
        """
        #expect(parse(page)[0].date == PartialDate(year: 2024, month: 2, day: 19))
    }

    @Test func idsFollowReadingOrderAndSectionsFallBackToKind() {
        let a = PageParser.parse(text: """
        全市春季运动会开幕

        本报讯 3月2日，全市春季运动会开幕。

        把蓝图变为施工图

        ■ 本报评论员

        今年是关键之年，全市上下要锚定目标。
        """, name: "page", source: "dir/page.txt")
        #expect(a.map(\.id) == ["page#1", "page#2"])
        #expect(a.map(\.section) == ["消息", "评论"])
        #expect(a.allSatisfy { $0.source == "dir/page.txt" })
    }
}

@Suite struct ArticleTitleTests {
    @Test func kickerAndSubtitleAroundTheHeadline() {
        var a = Article(id: "p#1", source: "p.txt")
        a.titles = ["提标提速提能力 敢闯敢干敢争先", "协同发力 推进到底 ——“三提三敢”系列评论之八"]
        a.headline = "协同发力 推进到底"
        #expect(a.kicker == "提标提速提能力 敢闯敢干敢争先")
        #expect(a.subtitle == nil)
        a.titles = ["聊城开年“第一会”有啥看头？", "十二项提升行动绘就聊城奋进路线图"]
        a.headline = "聊城开年“第一会”有啥看头？"
        #expect(a.kicker == nil)
        #expect(a.subtitle == "十二项提升行动绘就聊城奋进路线图")
        a.titles = ["高铁沿线知名企业", "聊城行24个项目签约"]
        a.headline = "高铁沿线知名企业 聊城行24个项目签约"
        #expect(a.kicker == nil && a.subtitle == nil)
    }

    @Test func displayTitleOfAnUntitledArticleIsItsFirstClause() {
        var a = Article(id: "p#1", source: "p.txt")
        a.paragraphs = ["2月19日，聊城组织召开全市高质量发展“聚力攻坚突破年”动员大会，正式吹响了在高质量发展道路上勇毅前行的号角。"]
        #expect(a.displayTitle == "2月19日，聊城组织召开全市高质量发展“聚力攻坚突破年”动员大会")
        a.paragraphs = ["元宵节当天，喜乐会开演。"]
        #expect(a.displayTitle == "元宵节当天，喜乐会开演")
    }
}
