import Testing
@testable import DubaoCore

/// Datelines in the forms real copies print them (issue 18, part 4).
@Suite struct DatelineFormTests: SmallPages {
    @Test(arguments: [
        ("【本报讯】（兰州日报社全媒体记者 马 岚）11月22日，新区新增规模以上工业企业25家。", ["马岚"], nil),
        ("【新华社重庆3月14日电】（记者 刘明、陈晓）全市春播进度过半，已播种450万亩。", ["刘明", "陈晓"], "重庆"),
    ] as [(String, [String], String?)])
    func aDatelineInLenticularBracketsCreditsItsPeople(_ lead: String, _ authors: [String], _ place: String?) {
        let a = parse("新区工业稳中有进\n\n　　\(lead)\n")
        #expect(a.count == 1)
        #expect(a.first?.authors == authors)
        #expect(a.first?.place == place)
        #expect(a.first?.kind == .news)
        // The dateline stays in the lead as printed.
        #expect(a.first?.paragraphs.first?.hasPrefix("【") == true)
    }

    @Test func aPapersOwnCreditInBracketsOpensAReportUnderItsTitle() {
        // No blank line parts paragraphs on this page; a plain title between
        // blank lines heads a report only where its lead shows it opens one.
        let page = """
        港口物流园扩建冷链仓库
        　　本报讯（记者 邵岚）18日，记者在物流园看到，满载集装箱的卡车排成长队。
        　　园区正在扩建一座冷链仓库。

        海水淡化厂开工建设

        　　【江城日报驻巴西特派记者 程宇 江城日报特约记者 齐越】当地时间18日，一座海水淡化厂正式动工。
        　　工厂将于2027年投入运营。

        打工度假签证申请费将上调

        　　【江城日报综合报道】移民局19日宣布，打工度假签证的申请费将上调。
        """
        let a = parse(page)
        #expect(a.map(\.headline) == ["港口物流园扩建冷链仓库", "海水淡化厂开工建设", "打工度假签证申请费将上调"])
        #expect(a.map(\.authors) == [["邵岚"], ["程宇", "齐越"], []])
        // Where a reporter is posted is no dateline's place.
        #expect(a.count == 3 && a[1].place == nil)
        #expect(a.count == 3 && a[1].paragraphs.first?.hasPrefix("【江城日报驻巴西特派记者 程宇") == true)
    }

    @Test func aRubricInBracketsIsNoCredit() {
        let a = parse("港口争抢绿色燃料生意\n\n　　【外媒观察】在三座港口之间，一场围绕绿色燃料加注业务的竞争正在升温。\n")
        #expect(a.count == 1)
        #expect(a.first?.authors == [])
    }

    @Test func aDatelineOnALineOfItsOwnOpensTheLeadUnderIt() {
        let page = """
        我县粮食总产创新高

        本报讯 （通讯员 李 建国）
          12月28日，县统计局公布今年全县农
        业生产统计结果，粮食总产达到2.86亿斤。
          今年，县里推广杂交水稻12万亩。
        """
        let a = PageParser.parse(text: page, name: "p3", source: "1990/12/1990-12-31-p3.txt")
        #expect(a.count == 1)
        #expect(a.first?.authors == ["李建国"])
        #expect(a.first?.date?.iso == "1990-12-28")
        #expect(a.first?.paragraphs.count == 2)
        #expect(a.first?.paragraphs.first?.hasPrefix("本报讯 （通讯员 李建国）12月28日") == true)
    }

    @Test(arguments: [("（记者 李 建国 王芳）", ["李建国", "王芳"]), ("（记者 李 建国、王 芳）", ["李建国", "王芳"]),
                      ("（记者 周 涛）", ["周涛"])] as [(String, [String])])
    func aSurnameSetApartIsOneNameWithWhatFollows(_ credit: String, _ names: [String]) {
        let a = parse("新区工业稳中有进\n\n　　本报讯\(credit)11月22日，新区新增规模以上工业企业25家。\n")
        #expect(a.first?.authors == names)
    }

    @Test(arguments: [
        ("本报石家庄3月11日讯 记者王立群、赵德明报道：连日来，冀中平原气温回升。", ["王立群", "赵德明"], "石家庄"),
        ("本报北京9月8日讯 新华社记者周晓梅、本报记者李强报道：全国秋粮收购开始。", ["周晓梅", "李强"], "北京"),
    ] as [(String, [String], String?)])
    func aCreditClosedByReportedAndAColonNamesItsPeople(_ lead: String, _ authors: [String], _ place: String?) {
        let a = parse("冀中平原春灌全面展开\n\n\(lead)\n")
        #expect(a.first?.authors == authors)
        #expect(a.first?.place == place)
        #expect(a.first?.kind == .news)
    }
}

/// Credit lines that name people who are no authors, or authors without roles.
@Suite struct CreditLineFormTests: SmallPages {
    @Test func aTitleSetFlushOverItsDatelineInAHardWrappedColumnIsItsTitle() {
        let page = """
        首批大飞机零部件出口
        本报讯　（记者　顾一琼）昨天，一批
        在临港新片区生产的民用飞机机身
        蒙皮组件装箱启运，发往欧洲客户，
        货值约4200万元。这是本地企业首
        次批量出口此类航空零部件。
        """
        let a = parse(page)
        #expect(a.first?.titles == ["首批大飞机零部件出口"])
        #expect(a.first?.authors == ["顾一琼"])
    }

    @Test func aBylineWithColonsAfterItsRolesNamesItsPeople() {
        let page = "岚溪县早稻收割进入扫尾阶段\n融媒记者：张　倩　通讯员：罗　明\n\n　　连日来，岚溪县各乡镇抢抓晴好天气收割早稻，全县已收割八成以上。\n"
        let a = parse(page)
        #expect(a.first?.titles == ["岚溪县早稻收割进入扫尾阶段"])
        #expect(a.first?.authors == ["张倩", "罗明"])
    }

    @Test func aBylineMarkedWithABullseyeIsNoTitleLine() {
        let page = "社区医院要接得住家门口的需求\n◎ 顾晓川\n\n　　社区医院是群众看病的第一站，服务能力跟不上，群众就只能往大医院跑。\n"
        let a = parse(page)
        #expect(a.first?.titles == ["社区医院要接得住家门口的需求"])
        #expect(a.first?.authors == ["顾晓川"])
    }

    @Test func aCartoonsRightSetCreditAndAReadersSignatureNameTheirAuthors() {
        let page = """
        “小切口”改出大便利

        　　窗口前，一位老人把厚厚一摞材料递给工作人员，工作人员笑着说只要一张身份证。
        　　　　　　　　　　　　漫画　邵小兵

        小区停车难何时能解

        　　我家住在老小区，每天晚上下班回来找车位都要转上好几圈，希望有关部门能想想办法。
        　　　　　　　　　　　　徐汇区读者　陈立新
        """
        let a = parse(page)
        #expect(a.count == 2)
        #expect(a.first?.authors == ["邵小兵"])
        #expect(a.first?.kind == .photo)
        #expect(a.last?.authors == ["陈立新"])
    }

    @Test func whoChecksTheCopyIsNoAuthor() {
        let page = "茶园面积发展到22.6万亩\n\n　　据了解，全县茶园面积已发展到22.6万亩，带动2.3万户茶农增收。(文/陈晓东 图/李文博 审/刘军)\n"
        #expect(parse(page).first?.authors == ["陈晓东", "李文博"])
    }

    @Test func aLineOfTheNamesTheLeadCreditsIsNoPartOfTheTitle() {
        let page = """
        今年我市再改造老旧小区46个
        王晓明 刘建 张雅琪

        　　本报讯 (见习记者 王晓明 特约通讯员 刘建 实习生 张雅琪) 昨日上午，记者从市住建局获悉，今年我市将改造46个老旧小区。
        """
        let a = parse(page)
        #expect(a.first?.titles == ["今年我市再改造老旧小区46个"])
        #expect(a.first?.headline == "今年我市再改造老旧小区46个")
        #expect(a.first?.authors == ["王晓明", "刘建", "张雅琪"])
    }

    @Test func aTitleOfTwoWordsIsStillATitle() {
        // Words that are no credited names stay in the title.
        let page = "春风化雨 润物无声\n王晓明\n\n　　本报讯（记者 王晓明）昨日，全市中小学开展主题班会120余场。\n"
        #expect(parse(page).first?.titles.first == "春风化雨 润物无声")
    }
}

/// Lines of a feature that look like titles and are not (issue 18).
@Suite struct FeatureLineFormTests: SmallPages {
    @Test func theSpeakerUnderAQuoteIsTextAndAPlanningCreditIsFurniture() {
        let page = """
        银发志愿者撑起村居服务半边天

        　　本报讯（记者 何婷）在沙湾镇，有一支平均年龄超过65岁的志愿服务队，队员们每周三上门为独居老人测量血压。

        　　“我们还走得动，能帮一个是一个。”

        　　陈秀英·沙湾镇紫坭村

        　　系列报道策划:秦立群、肖嘉明　本篇统筹:夏文彬

        地铁十一号线全线开通

        　　本报讯（记者 林晓彤）11月7日，地铁十一号线全线开通初期运营，全线共设车站32座。
        """
        let a = parse(page)
        #expect(a.map(\.titles) == [["银发志愿者撑起村居服务半边天"], ["地铁十一号线全线开通"]])
        #expect(a.first?.paragraphs.last == "陈秀英·沙湾镇紫坭村")
        #expect(a.first?.authors == ["何婷"])
    }
}

/// Pieces run together on a by-date corpus page (issue 18).
@Suite struct SignedPieceTests: SmallPages {
    @Test func aTitledPieceSignedByAnotherAfterACreditedReportIsItsOwn() {
        let page = """
        全总部署职工技术协作活动

        新华社北京5月11日电 （记者林红）全国总工会日前发出通知，要求各级工会广泛开展职工技术协作活动。

        通知说，去年全国各级工会共组织技术协作项目三万二千多项。

        纺织女工夜校开课

        沙市第三棉纺织厂为青年女工开办的业余文化技术夜校本月初开课，首期有一百八十名女工报名。（吴建国）
        """
        let a = parse(page)
        #expect(a.map(\.headline) == ["全总部署职工技术协作活动", "纺织女工夜校开课"])
        #expect(a.map(\.authors) == [["林红"], ["吴建国"]])
    }

    @Test func anIntertitleOfAReportSignedByItsOwnReporterStaysInIt() {
        let page = """
        全总部署职工技术协作活动

        新华社北京5月11日电 （记者林红）全国总工会日前发出通知，要求各级工会广泛开展职工技术协作活动。

        协作项目遍地开花

        去年全国各级工会共组织技术协作项目三万二千多项，为企业增加经济效益八亿多元。（林红）
        """
        #expect(parse(page).count == 1)
    }
}

/// Leads dated by the day the reporter learnt the news (issue 18).
@Suite struct ReportingDayTests {
    @Test func theReportersYesterdayInTheLeadsSecondSentenceDatesANewsReport() {
        let page = """
        地铁一码通行覆盖全市所有线路

        今后乘坐本市轨道交通，乘客只需打开手机应用中的同一个乘车码，即可在全部线路间换乘。记者昨日从市交通委获悉，新系统已完成调试。
        """
        let a = PageParser.parse(text: page, name: "p", source: "2022/03/09/p.txt")
        #expect(a.first?.date?.iso == "2022-03-08")
        #expect(a.first?.kind == .news)
    }

    @Test func aTitleOverALeadOpeningWithTheReportersDayHeadsANewReport() {
        let page = """
        老城区背街小巷完成改造

        　　本报讯（记者 顾小川）记者从区住建委获悉，今年老城区共改造背街小巷36条，路面、管线和照明一并更新。
        　　改造后的小巷里，不少居民在门前摆上了花草。

        河东区今冬供暖准备就绪

        　　记者昨天从河东区城管委获悉，全区供暖季各项准备已经就绪，供热管网改造已完成12公里。
        """
        let a = PageParser.parse(text: page, name: "p", source: "2023/10/26/p.txt")
        #expect(a.map(\.headline) == ["老城区背街小巷完成改造", "河东区今冬供暖准备就绪"])
        #expect(a.last?.date?.iso == "2023-10-25")
    }

    @Test func anIntertitleOverAnUndatedParagraphStaysInItsReport() {
        let page = """
        老城区背街小巷完成改造

        　　本报讯（记者 顾小川）记者从区住建委获悉，今年老城区共改造背街小巷36条，路面、管线和照明一并更新。

        小巷换了新模样

        　　改造后的小巷里，不少居民在门前摆上了花草，记者在现场看到，路灯也换成了新的。
        """
        #expect(PageParser.parse(text: page, name: "p", source: "2023/10/26/p.txt").count == 1)
    }

    @Test func aBulletedSummaryUnderAnIntertitleStaysInItsReportWhileABulletOpeningAGroupHeadsAnItem() {
        let page = """
        老城区背街小巷完成改造

        　　本报讯（记者 顾小川）记者从区住建委获悉，今年老城区共改造背街小巷36条，路面、管线和照明一并更新。

        小巷换了新模样

        ■ 全区今年改造背街小巷36条、更新路灯420盏
        　　改造后的小巷里，不少居民在门前摆上了花草，记者在现场看到，路灯也换成了新的。
        """
        let a = PageParser.parse(text: page, name: "p", source: "2023/10/26/p.txt")
        #expect(a.count == 1)
        #expect(a.first?.paragraphs.contains("全区今年改造背街小巷36条、更新路灯420盏") == true)
        let boxed = page.replacingOccurrences(of: "小巷换了新模样\n\n", with: "")
            .replacingOccurrences(of: "■ 全区今年改造背街小巷36条、更新路灯420盏", with: "■ 记者手记")
        #expect(PageParser.parse(text: boxed, name: "p", source: "2023/10/26/p.txt").count == 2)
    }

    @Test func yesterdayBeforeADateAheadDatesTheLeadByYesterday() {
        let page = """
        河东区今冬供暖准备就绪

        　　本报讯 记者昨天从河东区城管委获悉，全区供热面积将于11月15日正式供暖。
        """
        let a = PageParser.parse(text: page, name: "p", source: "2023/10/26/p.txt")
        #expect(a.first?.date?.iso == "2023-10-25")
    }
}

/// Decks of three lines (issue 18, part 3).
@Suite struct ThreeLineDeckTests: SmallPages {
    @Test func aTitleOverATwoLineHeadlineSetApartByABlankLineGivesTheTwoLinesJoined() {
        let page = """
        番禺沙湾银发志愿者撑起村居服务半边天

        银发当主力
        服务暖人心

        　　本报讯（记者 何婷）在沙湾镇，有一支平均年龄超过65岁的志愿服务队，每周上门为独居老人测量血压。
        """
        #expect(parse(page).first?.headline == "银发当主力 服务暖人心")
    }

    @Test func aDeckOfKickerMainAndSubtitleWithoutDashesHasTheMiddleLineAsHeadline() {
        let page = """
        首季经济持续复苏
        入境旅客近九百万人次
        酒店入住率升至八成以上

        　　本报讯（记者 何嘉欣）统计部门昨日公布，今年首季入境旅客共八百九十六万人次，按年增长两成。
        """
        let a = parse(page)
        #expect(a.first?.titles.count == 3)
        #expect(a.first?.headline == "入境旅客近九百万人次")
    }

    @Test func aSloganOfThreeCharacterPhrasesOverAPlainLineIsItsKicker() {
        let page = """
        稳投资　扩内需
        前7个月全区新开工亿元以上项目86个

        本报记者 乔小峰

        　　本报讯 8月2日，记者从区发展改革委获悉，1—7月，全区新开工亿元以上项目86个。
        """
        let a = parse(page)
        #expect(a.first?.titles == ["稳投资 扩内需", "前7个月全区新开工亿元以上项目86个"])
        #expect(a.first?.headline == "前7个月全区新开工亿元以上项目86个")
    }
}

/// Datelines of older and Hong Kong pages (issue 18).
@Suite struct DatelineNumeralFormTests: SmallPages {
    static let header = "1953年8月15日　星期六\n\n"

    @Test func aCompanysNameWith电IsNoDateline() {
        let page = Self.header + "全省用电负荷创新高\n\n　　本报讯（记者 刘畅）气象部门预计高温还将持续。\n　　记者从国网山东省电力公司了解到，16日全省用电负荷达到9860万千瓦。\n"
        let a = parse(page)
        #expect(a.count == 1)
        #expect(a.first?.place == nil)
        #expect(Dateline.parse(Array("记者从国网山东省电力公司了解到，16日全省用电负荷创新高。".unicodeScalars)) == nil)
        #expect(Dateline.parse(Array("科技日报福州3月15日电　福建今年将新建5G基站2万个。".unicodeScalars))?.place == "福州")
    }

    @Test(arguments: [("【新华社北京十四日电】", "北京", "1953-08-14"), ("本报嘉定十三日电　", "嘉定", "1953-08-13"),
                      ("新华社上海14日电　", "上海", "1953-08-14"), ("新华社成都五日电 ", "成都", "1953-08-05"),
                      ("本报嘉定三日讯　", "嘉定", "1953-08-03")])
    func aDatelinesDayAloneDatesTheLeadAndIsNoPartOfThePlace(_ dateline: String, _ place: String, _ date: String) {
        let page = Self.header + "郊区秋熟作物长势良好\n\n\(dateline)郊区各区今年秋熟作物长势良好，各互助组普遍订立了增产计划。\n"
        let a = parse(page)
        #expect(a.first?.place == place)
        #expect(a.first?.date?.iso == date)
    }

    @Test func aOneNumeralDayInTheLeadIsACountNotADate() {
        let page = Self.header + "郊区秋熟作物长势良好\n\n本报讯　郊区各区连续三日抢收，秋熟作物已收获七成。\n"
        #expect(parse(page).first?.date == nil)
    }

    @Test func aReportsKindBefore讯IsNoPlaceAndYesterdaysDayInBracketsDatesIt() {
        let page = Self.header + "港府推出新一轮资助计划\n\n【明报专讯】港府昨(14日)宣布，将于下月起推出新一轮资助计划，预计受惠家庭约一万户。\n"
        let a = parse(page)
        #expect(a.first?.place == nil)
        #expect(a.first?.date?.iso == "1953-08-14")
    }

    @Test func aPictureFromTheArchivesNamesNobody() {
        let page = Self.header + "郊区秋熟作物长势良好\n\n　　本报讯　郊区各区今年秋熟作物长势良好。\n\n　　农民在田间查看稻谷长势。（资料图片）\n"
        let a = parse(page)
        #expect(a.last?.kind == .photo)
        #expect(a.allSatisfy { $0.authors.isEmpty })
    }
}


/// Blank lines as the page's own punctuation (issue 18, S33).
@Suite struct WideGapTests {
    static let twoArticlesPartedWide = """
    城西菜场完成改造

    　　本报讯（记者 陆青）城西菜场改造完成，昨天重新开业。
    　　摊位由原来的120个增加到160个。


    “小修小补”回来了

    　　早上七点多，老弄堂口的修车摊又支了起来。
    　　街道在辖区设了12个便民服务点。
    """

    @Test func aTitleAfterTheWideGapThePagePartsArticlesByHeadsAnArticle() {
        let a = PageParser.parse(text: Self.twoArticlesPartedWide, name: "p", source: "2022/05/28/p.txt")
        #expect(a.map(\.headline) == ["城西菜场完成改造", "“小修小补”回来了"])
    }

    @Test func aPageThatLeavesWideGapsBetweenParagraphsTooKeepsItsIntertitles() {
        let page = """
        城西菜场完成改造

        　　本报讯（记者 陆青）城西菜场改造完成，昨天重新开业。


        　　摊位由原来的120个增加到160个。


        “小修小补”回来了

        　　早上七点多，老弄堂口的修车摊又支了起来。
        """
        #expect(PageParser.parse(text: page, name: "p", source: "2022/05/28/p.txt").count == 1)
    }

    @Test func anIntertitleAfterOneBlankLineStaysInItsArticle() {
        let page = Self.twoArticlesPartedWide.replacingOccurrences(of: "个。\n\n\n“小修", with: "个。\n\n“小修")
        #expect(PageParser.parse(text: page, name: "p", source: "2022/05/28/p.txt").count == 1)
    }
}

/// Malaysian and Singapore papers' forms (issue 18): the place and the day in
/// brackets, roles with colons on their own line, the text's jump.
@Suite struct MalaysianPageFormTests: SmallPages {
    static let page = """
    2024年5月4日(星期六)

    巴生谷水供改善计划
    第二阶段拨款2亿3000万令吉

    报道：林佩仪　摄影：曾伟杰

    （吉隆坡3日讯）雪州政府今日宣布，巴生谷水供改善计划第二阶段将于下月动工。
    州政府表示，工程预计在18个月内完成。
    （文转A6）
    """

    @Test func theReportersWithColonsAreTheBylineAndThePlaceAndDayInBracketsTheDateline() {
        let a = parse(Self.page)
        #expect(a.count == 1)
        #expect(a.first?.titles == ["巴生谷水供改善计划", "第二阶段拨款2亿3000万令吉"])
        #expect(a.first?.authors == ["林佩仪", "曾伟杰"])
        #expect(a.first?.place == "吉隆坡")
        #expect(a.first?.date?.iso == "2024-05-03")
    }

    @Test func theTextsJumpWithoutItsPageWordIsRecorded() {
        let a = parse(Self.page)
        #expect(a.first?.continues == "A6")
        #expect(a.first?.paragraphs.last == "州政府表示，工程预计在18个月内完成。")
        // So is a mainland page's, on its own line under unwrapped text.
        let mainland = parse(Self.page.replacingOccurrences(of: "（文转A6）", with: "（下转第6版）"))
        #expect(mainland.first?.continues == "6版")
    }
}

/// A reporter filing from a place (`记者 X 发自石家庄`), as some national
/// papers open a lead (issue 18).
@Suite struct FiledFromDatelineTests: SmallPages {
    @Test func theReporterAndThePlaceFiledFromOpenTheLeadAlsoWhereTheWrapCutsThePlace() {
        let page = """
        2025年10月15日　星期三

        河北巾帼家政培训年内将惠及两万人次

        　　江城晚报全媒体记者　赵　颖　发自石家
        庄　10月14日，河北省妇联在石家庄举办
        巾帼家政服务技能大赛总决赛，96名选手
        参加比赛。
        """
        let a = parse(page)
        #expect(a.count == 1)
        #expect(a.first?.authors == ["赵颖"])
        #expect(a.first?.place == "石家庄")
        #expect(a.first?.date?.iso == "2025-10-14")
        #expect(a.first?.paragraphs.first?.hasPrefix("江城晚报全媒体记者") == true)
    }

    @Test func aLeadsDayBeforeTheDateItAnnouncesIsTheEventsDay() {
        let page = """
        2024年06月20日　星期四

        打工度假签证申请费将上调

        　　【江城日报综合报道】新西兰移民局19日宣布，自今年10月1日起，打工度假签证的申请费将上调。
        """
        let a = parse(page)
        #expect(a.first?.date?.iso == "2024-06-19")
    }
}
