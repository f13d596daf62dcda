import Testing
@testable import DubaoCore

/// One rule of the parsing spec per test, on small pages written for it.
@Suite struct PageParserRuleTests: SmallPages {
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

/// Rules learnt from pages of other papers.
@Suite struct OtherPapersRuleTests: SmallPages {
    @Test func pageFurnitureIsNeitherTitleNorArticleButDatesThePage() {
        let a = parse("""
        2024年3月8日　星期五
        第4版
        要闻


        全省重大项目集中开工

        本报讯 记者 沈梦 通讯员 钱程 6日，全省重大项目集中开工。

        责任编辑：王晓峰　美术编辑：李楠

        本报地址：杭州市体育场路178号　邮政编码：310039　零售价：1.50元
        """)
        #expect(a.count == 1)
        #expect(a[0].titles == ["全省重大项目集中开工"])
        #expect(a[0].authors == ["沈梦", "钱程"])
        #expect(a[0].date == PartialDate(year: 2024, month: 3, day: 6))
    }

    @Test func plainBylineUnderTitleAndSubtitle() {
        let a = parse("""
        河南麦田春管正酣
        ——各地抢抓有利墒情
        本报记者 张文杰 刘晓燕

        　　本报郑州3月6日电　眼下，河南小麦陆续进入
        返青起身期。
        """)
        #expect(a.count == 1)
        #expect(a[0].titles == ["河南麦田春管正酣", "——各地抢抓有利墒情"])
        #expect(a[0].headline == "河南麦田春管正酣")
        #expect(a[0].subtitle == "——各地抢抓有利墒情")
        #expect(a[0].authors == ["张文杰", "刘晓燕"])
        #expect(a[0].place == "郑州")
        #expect(a[0].date?.month == 3 && a[0].date?.day == 6)
    }

    @Test func signatureAfterTheLastParagraphBelongsToThatArticle() {
        let a = parse("""
        营商环境没有最好

          营商环境就是生产力。全省上下要以刀刃向内的勇气推进改革，
        让云南成为投资兴业的热土。
                            本报评论员

        昆明新开3条航线

          本报讯（记者 李春华）3月10日，昆明新开3条国际航线。
        """)
        #expect(a.count == 2)
        #expect(a[0].kind == .opinion)
        #expect(a[0].authors.isEmpty)
        #expect(a[1].kind == .news)
        #expect(a[1].authors == ["李春华"])
    }

    @Test func photoCreditPrintedUnderTheCaption() {
        let a = parse("""
        全市春耕有序推进

        　　本报讯 3月6日，全市春耕有序推进，各地抓紧
        备耕。

        　　3月5日，农机手在检修播种机具。春耕临近，
        各地抓紧检修农机具。
        　　新华社记者 谢剑飞摄
        """)
        #expect(a.count == 2)
        #expect(a[1].kind == .photo)
        #expect(a[1].authors == ["谢剑飞"])
        #expect(a[1].paragraphs.count == 1)
    }

    @Test func continuedFromAnotherPageIsAnArticleOfItsOwn() {
        let a = parse("""
        重庆中欧班列开行912列

        　　本报重庆3月4日电　记者从重庆市获悉，中欧班列开行912列。

        小县城里的“大制造”

        　　（上接第1版）的订单已经排到了6月份。”企业负责人说。
        """)
        #expect(a.count == 2)
        #expect(a[1].titles == ["小县城里的“大制造”"])
        #expect(a[1].kind == .feature)
        #expect(a[1].paragraphs == ["的订单已经排到了6月份。”企业负责人说。"])
    }

    @Test func briefsColumnGivesItsNameToEveryBulletedItem() {
        let a = parse("""
        短　讯

        ●松北区新增3处社区老年食堂
        　　本报讯（记者 王楠）近日，松北区新建3处老年食堂。

        ●呼兰区启动春季农机具检修
        　　本报讯 3月1日起，呼兰区开展农机具检修。（周敏）

        冰雪运动进校园

        　　□本报记者 钱卫东
        　　2月29日，全市冰雪运动进校园活动启动。
        """)
        #expect(a.count == 3)
        #expect(a[0].column == "短讯" && a[1].column == "短讯")
        #expect(a[0].titles == ["松北区新增3处社区老年食堂"])
        #expect(a[1].authors == ["周敏"])
        #expect(a[1].paragraphs == ["本报讯 3月1日起，呼兰区开展农机具检修。"])
        #expect(a[2].column == nil)
    }

    /// B13: the items of a list a paragraph announces with a colon are that
    /// article's text, whatever their shape, even as the page's last lines.
    @Test func listUnderAColonIsTheArticlesText() {
        let page = """
        献血屋开放时间调整

        　　本报讯（记者 王明）记者从市中心血站获悉，自下月起，城区献血屋开放时间调整如下：
        　　泉城广场献血屋　8:00—11:30　15:00—21:00
        　　英雄山献血屋　9:00—17:00
        　　咨询电话：0531-86551238
        """
        let a = parse(page)
        #expect(a.count == 1)
        #expect(a.first?.paragraphs.count == 4)
        #expect(a.first?.paragraphs.last == "咨询电话：0531-86551238")
        #expect(a.first?.column == nil)
    }

    /// B13 where the page sets no indent: the list ends at the blank line,
    /// and the next title opens the next article.
    @Test func unindentedListEndsAtTheBlankLine() {
        let page = """
        停水通知

        因管网改造，本周六全天以下小区停水，请居民提前储水：
        东关小区　8:00—18:00
        西城花园　9:00—17:00

        公园新增健身步道

        本报讯　城东公园近日新增一条三公里健身步道，沿途设有休息座椅和饮水点，市民可免费使用。
        """
        let a = parse(page)
        #expect(a.map(\.headline) == ["停水通知", "公园新增健身步道"])
        #expect(a.first?.paragraphs == ["因管网改造，本周六全天以下小区停水，请居民提前储水：", "东关小区 8:00—18:00", "西城花园 9:00—17:00"])
    }
}

/// A business daily's epaper (aa04, K20, S14): a byline that says where it
/// reports from is a report's dateline; a data box's source line may carry
/// who drew it.
@Suite struct BusinessDailyTests: SmallPages {
    @Test func aBylineReportingFromAPlaceMakesANewsReport() {
        let a = parse("""
        区域银行一季度净息差继续收窄

        本报记者 顾晓岚 杨振川 北京报道

        今年以来，区域银行的息差压力有增无减，多家银行负责人表示，负债成本下降的速度跟不上资产收益率的下行。
        """)
        #expect(a.first?.kind == .news)
        #expect(a.first?.place == "北京")
    }

    @Test func theDataBoxIsSignedByWhoDrewIt() {
        let a = parse("""
        数说区域银行

        ▲1.61%　12家上市区域银行一季度平均净息差
        ▲2.38万亿元　一季度末存款余额合计
        数据来源：各行2024年一季度报告　制图：许　蓓
        """)
        #expect(a.first?.authors == ["许蓓"])
        #expect(a.first?.paragraphs.count == 2)
    }
}

/// A county paper's notices page as PDF text (ab05, S46): each notice ends
/// with who issued it and the date, flush; the next notice's title opens
/// the next piece, and a number a wrap broke keeps its end.
@Suite struct NoticesPageTests: SmallPages {
    static let page = """
    注销公告
    　　柘溪县鑫源建材有限公司经股东
    会决议，拟向登记机关申请注销登
    记。请债权人自本公告见报之日起
    45日内向本公司清算组申报债权。
    　　特此公告。
    　　联系人：刘先生　电话：1390
    7452286
    柘溪县鑫源建材有限公司清算组
    2025年3月14日

    减资公告
    　　柘溪县恒丰物流有限公司经股东
    会决议，拟将注册资本由人民币800
    万元减少至人民币200万元。
    　　特此公告。
    柘溪县恒丰物流有限公司
    2025年3月14日

    拍卖公告
    　　受柘溪县人民法院委托，本公司
    定于2025年3月28日公开拍卖临街商
    铺一间，参考价58万元。
    湘沅拍卖有限公司
    2025年3月14日
    """

    @Test func eachNoticeIsAPieceOfItsOwn() {
        let a = parse(Self.page)
        #expect(a.map(\.headline) == ["注销公告", "减资公告", "拍卖公告"])
        #expect(a.first?.paragraphs.last?.hasSuffix("电话：13907452286") == true)
        #expect(a.allSatisfy { !$0.paragraphs.joined().contains("有限公司清算组") && !$0.paragraphs.joined().contains("2025年3月14日") })
    }
}

/// B13 under a longer announcing line (ab04): `未来三天具体预报：` is no
/// letter's salutation; the forecast rows under it are the report's text.
@Suite struct ForecastRowsTests: SmallPages {
    @Test func forecastRowsStayWithTheirReport() {
        let a = parse("""
        冷空气今夜到访

        本报讯（记者 孔令娴）记者昨天从市气象台获悉，受冷空气影响，我市气温将明显下降。

        未来三天具体预报：
        今天　多云转阴，夜里有小雨　8℃～17℃　东北风3～4级
        明天　小雨转多云　5℃～11℃　北风4～5级，阵风7级

        城区4条线路本周分时段停电检修

        本报讯（记者 孔令娴）记者昨天从供电公司获悉，本周城区4条线路将分时段停电检修。
        """)
        #expect(a.map(\.headline) == ["冷空气今夜到访", "城区4条线路本周分时段停电检修"])
        #expect(a.first?.paragraphs.count == 4)
        #expect(a.first?.paragraphs.last?.hasPrefix("明天") == true)
    }
}
