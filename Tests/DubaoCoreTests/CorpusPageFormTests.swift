import Testing
@testable import DubaoCore

/// Pages as by-date corpora and wiki dumps keep them (issue 18): a record's
/// path and fields around the articles, a title joined to its subtitle by a
/// hyphen, one sentence a line.
@Suite struct CorpusPageFormTests: SmallPages {
    static let page = """
    年月日:1988:19880614:19880614-y-prc-江城日报-合并

    目录

    江城日报>19880614

    抢修防洪堤 护住万亩田-某团帮助沿江三县加固险工险段

    作者:周建华
    版面:头版

    本报讯 周建华报道：6月10日，某团帮助沿江三县加固防洪大堤的任务提前完成。
    这次共加固险工险段一百四十七处，可保护沿江十一万亩农田安全度汛。

    今年四月，团党委在调查中得知，沿江三县有多处堤段年久失修。
    团党委决定，抽调一千二百名官兵支援地方；
    官兵们自带给养，吃住在堤上。

    当地县委负责同志说，群众再也不用年年提心吊胆过汛期了。
    """

    @Test func theRecordsPathAndFieldsAreNoPartOfTheArticle() {
        let a = parse(Self.page)
        #expect(a.count == 1)
        #expect(a.first?.titles == ["抢修防洪堤 护住万亩田-某团帮助沿江三县加固险工险段"])
        #expect(a.first?.authors == ["周建华"])
        #expect(a.first?.paragraphs.first?.hasPrefix("本报讯") == true)
    }

    @Test func aSubtitleJoinedByAHyphenIsNoPartOfTheHeadline() {
        #expect(parse(Self.page).first?.headline == "抢修防洪堤 护住万亩田")
        // A hyphen inside a name or a figure parts no title.
        let named = Self.page.replacingOccurrences(of: "抢修防洪堤 护住万亩田-某团帮助沿江三县加固险工险段", with: "京沪高铁G20-次列车今起加开")
        #expect(parse(named).first?.headline == "京沪高铁G20-次列车今起加开")
    }

    @Test func sentencesALineMakeOneParagraphWhereBlankLinesPartParagraphs() {
        let a = parse(Self.page)
        #expect(a.first?.paragraphs.count == 3)
        #expect(a.first?.paragraphs[1] == "今年四月，团党委在调查中得知，沿江三县有多处堤段年久失修。团党委决定，抽调一千二百名官兵支援地方；官兵们自带给养，吃住在堤上。")
    }

    @Test func aParagraphALineStaysWhereBlankLinesPartOnlyArticles() {
        let page = """
        抢修防洪堤 护住万亩田

        本报讯 6月10日，某团帮助沿江三县加固防洪大堤的任务提前完成。
        这次共加固险工险段一百四十七处，可保护沿江十一万亩农田安全度汛。

        西北某师农副业生产见成效

        本报讯 西北某师大力发展农副业生产，今年上半年收入三百四十六万元。
        这个师地处戈壁边缘，过去蔬菜主要靠从外地调运。
        """
        let a = parse(page)
        #expect(a.count == 2)
        #expect(a.allSatisfy { $0.paragraphs.count == 2 })
    }

    @Test func aDayFileKeepingEachRecordOnOneLineReadsAsItsArticles() {
        let page = """
        1987-09-16

        第 2 版

        1. 团中央召开青年科技工作会议 提出培养十万名青年技术骨干

        2. 要给青年人压担子

        3. 营口青年职工自学成才蔚然成风

        第2版(要闻)专栏: 团中央召开青年科技工作会议 提出培养十万名青年技术骨干 本报北京9月15日电 记者王振宇报道:共青团中央今天在京召开全国青年科技工作会议。 会议介绍,去年以来,各地团组织共举办青年技术培训班一万二千多期。 孙德明

        第2版(要闻)专栏:短评 要给青年人压担子 青年人有朝气、有闯劲,思想活跃,接受新事物快。 当然,压担子不是撒手不管。

        第2版(要闻)专栏: 营口青年职工自学成才蔚然成风 本报讯 营口市青年职工中自学成才蔚然成风。(附图片) 营口造纸厂青年工人在业余学校学习计算机操作。 本报记者 周永年摄
        """
        let a = PageParser.parse(text: page, name: "p", source: "1987/1987-09-16/p.txt")
        #expect(a.map(\.headline) == ["团中央召开青年科技工作会议 提出培养十万名青年技术骨干", "要给青年人压担子", "营口青年职工自学成才蔚然成风", nil])
        #expect(a.first?.paragraphs.count == 2)
        #expect(a.first?.place == "北京")
        // The bare name after the last sentence signs the record.
        #expect(a.first?.authors.contains("孙德明") == true)
        #expect(a.first?.paragraphs.last?.hasSuffix("孙德明") == false)
        #expect(a[1].column == "短评")
        #expect(a[1].paragraphs == ["青年人有朝气、有闯劲,思想活跃,接受新事物快。", "当然,压担子不是撒手不管。"])
        #expect(a[2].paragraphs.map { $0.filter { !$0.isWhitespace } } == ["本报讯营口市青年职工中自学成才蔚然成风。"])
        #expect(a[3].kind == .photo)
        #expect(a[3].authors == ["周永年"])
    }

    /// A day page as a by-date corpus of an old paper keeps it: the date
    /// glued to the paper's name over the page, a record's slot and column
    /// label over each article, a paragraph a line.
    static let dayPage = """
    1952年11月7日江城日报 第2版

    第2版()
    专栏:

    开展增产节约竞赛
    江城第二纱厂提前完成全年计划
    棉纱质量显著提高　成本降低百分之四点二
    【新华社江城六日电】江城第二纱厂职工开展增产节约竞赛，已经提前五十六天完成了全年生产计划。
    目前，全厂职工正在讨论明年的生产计划。


    第2版()
    专栏:读者来信

    应当重视农具修配工作
    编辑同志：
    我们村今年秋耕时，有不少新式步犁坏了没处修。
    我建议供销社在各区设立农具修配站，多准备一些常用零件。
    江城县东亭村　刘振华


    第2版()
    专栏:

    西固至永登公路修通
    【新华社兰州五日电】西固至永登的公路已经全线修通。
    """

    @Test func theDayPagesHeaderIsNoTitleAndTheDecksMiddleLineIsTheHeadline() {
        let a = parse(Self.dayPage)
        #expect(a.count == 3)
        #expect(a.first?.titles == ["开展增产节约竞赛", "江城第二纱厂提前完成全年计划", "棉纱质量显著提高 成本降低百分之四点二"])
        #expect(a.first?.headline == "江城第二纱厂提前完成全年计划")
    }

    @Test func aLabelledColumnNamesItAndALettersSalutationAndPlaceSignatureAreItsOwn() {
        let a = parse(Self.dayPage)
        #expect(a.count == 3)
        guard a.count == 3 else { return }
        #expect(a[1].column == "读者来信")
        #expect(a[1].titles == ["应当重视农具修配工作"])
        #expect(a[1].paragraphs.first == "编辑同志：")
        #expect(a[1].paragraphs.count == 3)
        #expect(a[1].authors == ["刘振华"])
        #expect(a[1].kind == .opinion)
        #expect(a[2].titles == ["西固至永登公路修通"])
    }

    /// A foreign-news paper's page as a by-date corpus keeps it: items
    /// numbered in print order, a paragraph a line, and where one item has
    /// several paragraphs, the copy ran them together parted by spaces.
    static let numberedItems = """
    2024-03-15

    第 3 版

    1. 江城提高干旱农场补助标准

    【法新社巴黎3月13日电】法国农业部13日宣布,将提高受干旱影响农场的补助标准。      法国农业部官员说,去年夏季全国有1.8万多家农场申请了干旱援助。

    2. 智利1月铜产量同比下降3.2%

    智利国家铜业委员会13日公布,该国1月铜产量为41.6万吨,同比下降3.2%。(路透社)

    3. 肯尼亚将为基苏木港扩建工程招标

    据肯尼亚《民族日报》网站3月12日报道,肯尼亚港务局12日宣布,将于下月启动基苏木港扩建工程的招标。(编译/孙晓岚)

    4. 【外媒观察】欧洲港口争抢绿色船用燃料生意

    【英国《金融时报》网站3月12日报道】题:欧洲港口竞逐绿色船用燃料加注业务(作者 彼得·霍尔)      在鹿特丹和汉堡之间,一场围绕绿色燃料加注业务的竞争正在升温。      不过,分析人士提醒,绿色燃料的价格目前仍是传统燃料的2至3倍。
    """

    @Test func numberedItemsOverTheirDatelinesAreTitledArticlesTheNumberLeftOut() {
        let a = parse(Self.numberedItems)
        #expect(a.map(\.headline) == ["江城提高干旱农场补助标准", "智利1月铜产量同比下降3.2%", "肯尼亚将为基苏木港扩建工程招标",
                                       "欧洲港口争抢绿色船用燃料生意"])
        #expect(a.last?.column == "外媒观察")
        // A report's numbered headings over its own text stay its text.
        let report = parse("全市推进老旧小区改造\n\n　　本报讯 今年全市计划改造老旧小区46个。\n\n1. 加强组织领导\n\n各区成立工作专班，倒排工期。\n\n2. 强化资金保障\n\n市财政安排专项资金3.2亿元。\n")
        #expect(report.count == 1)
    }

    @Test func paragraphsRunTogetherOnOneLineArePartedAtTheirWideGaps() {
        let a = parse(Self.numberedItems)
        #expect(a.first?.paragraphs.count == 2)
        #expect(a.first?.paragraphs.last == "法国农业部官员说,去年夏季全国有1.8万多家农场申请了干旱援助。")
        #expect(a.last?.paragraphs.last?.hasPrefix("不过,分析人士提醒") == true)
    }

    @Test func aTranslatedItemsSourceAgencyAndTranslatorAreToldApart() {
        let a = parse(Self.numberedItems)
        #expect(a.count == 4)
        guard a.count == 4 else { return }
        // `(路透社)`: where the item came from, no one's name; it is dated by its lead's day.
        #expect(a[1].authors == [])
        #expect(a[1].date?.iso == "2024-03-13")
        // `(编译/X)`: who translated it.
        #expect(a[2].authors == ["孙晓岚"])
        #expect(a[2].date?.iso == "2024-03-12")
        // `【…网站3月12日报道】题:…(作者 X)`: the original's author.
        #expect(a[3].authors == ["彼得·霍尔"])
        #expect(a[3].place == nil)
    }
}

/// A 1994 day record of a by-date wiki corpus (aa07): decks of three parts
/// on one line, the archive's index tags, a column named for the paper's
/// commentator.
@Suite struct WikiDayRecordTests: SmallPages {
    static let day = """
    解放军报>19940817

    某工程团官兵奋战四十天-抢通滇西山区公路七十二公里-沿线五个乡镇群众告别出行难

    作者:刘振华
    版面:头版

    本报昆明8月16日电 刘振华报道：经过40天的连续奋战，驻滇某工程团官兵抢通了被山洪冲毁的公路。

    据统计，抢修中官兵共完成土石方18.6万立方米。
    RW:韩立新;
    军队先进个人

    守岛十八年的“土专家”-某守备团技师攻克装备保障难题四十余项

    作者:孙卫东
    版面:头版

    本报讯 孙卫东报道：在东海某岛执行守备任务的某守备团技师韩立新，扎根海岛18年。

    让更多的“土专家”在基层成长

    栏目:本报评论员
    版面:头版

    韩立新扎根海岛18年，攻克一个又一个装备保障难题。
    """

    @Test func theMainTitleOfADeckOfThreeIsTheHeadline() {
        let a = parse(Self.day)
        #expect(a.map(\.headline) == ["某工程团官兵奋战四十天", "守岛十八年的“土专家”", "让更多的“土专家”在基层成长"])
    }

    @Test func theArchivesTagsAreNoText() {
        let a = parse(Self.day)
        #expect(a.first?.paragraphs.last == "据统计，抢修中官兵共完成土石方18.6万立方米。")
    }

    @Test func aPieceUnderTheCommentatorsColumnIsCommentary() {
        let a = parse(Self.day)
        #expect(a.last?.column == "本报评论员")
        #expect(a.last?.kind == .opinion)
    }
}

/// A 2001 page as a by-date archive keeps it (ab08, S47, T16): each record
/// opens with the page's slot and its column's label; every line indented.
@Suite struct ArchiveRecordTests: SmallPages {
    static let page = """
    2001年9月26日人民日报 第5版

    第5版(各地传真)
    专栏:

      湘西北山区推行“一村一校”布局调整
    澧阳县六成村小用上标准化校舍
      本报长沙9月25日电记者龚晓岚报道:记者近日在湖南省澧阳县采访时看到,全县村小由原来的213所合并为126所。
      布局调整后,教师队伍也得到充实。


    第5版(各地传真)
    专栏:

      在黄河滩区的一个小村子里,一群七十岁上下的老人自发组织起来,把撂荒多年的河滩地变成了果园——
      老伙计们的“夕阳果园”
      郑秋明
      十二个老人一片滩
      秋分刚过,豫北长垣湾村外的河滩上,一排排苹果树挂满了果子。
      这片河滩地有210亩,过去年年被水淹,后来又没人愿意种。
    """

    @Test func eachRecordIsAPieceOfItsOwn() {
        let a = parse(Self.page)
        #expect(a.count == 2)
        #expect(a.last?.authors == ["郑秋明"])
        #expect(a.first?.paragraphs.last == "布局调整后,教师队伍也得到充实。")
    }

    @Test func aKickerClosedByADashIsNoPartOfTheHeadline() {
        let a = parse(Self.page)
        #expect(a.last?.headline == "老伙计们的“夕阳果园”")
        #expect(a.last?.titles.count == 2)
    }
}

/// A 1956 page as a by-date archive keeps it (ac05, S47, S53): slots whose
/// column label is empty (`第2版()`), a record signed in its middle, a
/// letter signed by its writers' names at the record's end.
@Suite struct RecordSignatureTests: SmallPages {
    static let page = """
    1956年7月19日人民日报 第2版

    第2版()
    专栏:

    及早准备秋收秋种
    山西湖北两省部署当前农村工作
    中共山西省委在七月上旬召开的地委书记会议上指出，当前农村工作的中心是抓紧秋田管理。
    会议要求各地农业生产合作社认真做好夏收分配的收尾工作。
    （贾文斌）
    中共湖北省委最近召开的扩大会议认为，今年全省早稻普遍丰收，必须抓紧时间把早稻收好。


    第2版()
    专栏:读者来信

    供销社应当及时收购社员的副业产品
    编辑同志：
    我们社今年春天发动社员利用农闲编织苇席、草帽，到六月底已经编成苇席二千三百多领。
    河北省安新县端村第二农业生产合作社
    李长顺 王秀兰 赵福堂
    孙玉亭 高凤鸣


    第2版()
    专栏:

    伏天要注意防止耕牛发病
    郑学勤
    伏天气候炎热，雨水又多，正是耕牛容易发病的季节。
    """

    @Test func aSignatureInsideARecordSignsItAndTheRecordGoesOn() {
        let a = parse(Self.page)
        #expect(a.count == 3)
        #expect(a.first?.authors == ["贾文斌"])
        #expect(a.first?.paragraphs.count == 3)
    }

    @Test func namesAtARecordsEndSignItAndHeadNothing() {
        let a = parse(Self.page)
        #expect(a[1].authors == ["李长顺", "王秀兰", "赵福堂", "孙玉亭", "高凤鸣"])
        #expect(!a[1].paragraphs.contains { $0.contains("合作社") && $0.count < 20 })
        #expect(a.last?.headline == "伏天要注意防止耕牛发病")
        #expect(a.last?.authors == ["郑学勤"])
    }
}

/// A 1964 page (ad02): an editor's note printed under a piece's title and
/// its byline, over its text; a `(附图片)` note closing a report.
@Suite struct EditorsNoteUnderTitleTests: SmallPages {
    static let page = """
    1964年4月9日人民日报 第2版

    第2版()
    专栏:

    一个生产队的账本
    中共澧阳县委通讯组 湖南日报记者
    编者按:石门生产队坚持民主理财,账目按月公布,社员心中有数。这个经验值得各地参考。
    石门生产队有四十二户人家,一百九十多人。过去队里的账目不清,社员们有意见。
    理财小组规定,队里的账目每月公布一次。


    第2版()
    专栏:

    南方各地早稻育秧进展顺利
    据新华社8日讯 广东、广西、福建等省区的人民公社,抓紧晴好天气浸种育秧。(附图片)
    """

    @Test func theNoteUnderATitleIsAnItemOfItsOwnAndTheTitleThePieces() {
        let a = parse(Self.page)
        #expect(a.count == 3)
        #expect(a[0].titles == [])
        #expect(a[0].kind == .notice)
        #expect(a[0].paragraphs.count == 1)
        #expect(a[1].headline == "一个生产队的账本")
        #expect(a[1].paragraphs.first?.hasPrefix("石门生产队有四十二户") == true)
    }

    @Test func aNoteThatAPictureGoesWithTheTextNamesNoOne() {
        let a = parse(Self.page)
        #expect(a.last?.authors == [])
        #expect(a.last?.paragraphs.last?.hasSuffix("浸种育秧。") == true)
    }
}
