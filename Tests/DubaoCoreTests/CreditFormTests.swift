import Testing
@testable import DubaoCore

/// Credits and datelines met in round o (issue 18, rules A21, A22, A23,
/// S21): what a byline names and what it only says about the paper.
@Suite struct CreditFormTests: SmallPages {
    @Test func thePaperOrItsBrandBeforeTheReportersRoleIsNoName() {
        let a = parse("""
        荷花节开幕

        滨江晚报·滨江新闻 记者 孟凡宇 实习生 韩晓

        　　7月22日，湖畔荷花节开幕，园内三十余个品种的荷花竞相开放。

        口岸迎客

        　　滨都讯 记者 郑宇 发自东莞 6月6日，记者从市交通运输局获悉，新线路将于下月开通。
        """)
        #expect(a.first?.authors == ["孟凡宇", "韩晓"])
        #expect(a.last?.authors == ["郑宇"])
        // A name listed before the role is a name; a dateline before it is no brand.
        #expect(Byline.parse(Array("■刘晨曦、本报特约记者 马骁".unicodeScalars))?.names == ["刘晨曦", "马骁"])
        #expect(Byline.parse(Array("本报重庆3月4日电　记者从重庆市".unicodeScalars)) == nil)
    }

    @Test func theAuthorsNamesAloneUnderTheTitleAreItsByline() {
        let a = parse("""
        经济时评
        冷链下沉要算好“运营账”
        祝　伟
        　　县域冷链设施加快建设，是补齐农产品流通短板的重要一步。
        　　算好“运营账”，关键是找准需求。

        县域企业融资难
        怎样才能破题
        ——基于五个县的调查

        谷晓岚　孟庆川
        （作者单位：省社会科学院经济研究所）

          县域是民营经济最活跃的区域之一，也是融资难问题较为集中的地方。
        """)
        #expect(a.count == 2)
        #expect(a.first?.headline == "冷链下沉要算好“运营账”")
        #expect(a.first?.authors == ["祝伟"])
        #expect(a.last?.titles == ["县域企业融资难", "怎样才能破题", "——基于五个县的调查"])
        #expect(a.last?.authors == ["谷晓岚", "孟庆川"])
        #expect(a.last?.paragraphs.count == 1)
        // An office before a name is a signature's form, no names line.
        #expect(!Byline.isNamesLine(Array("州长　吴永康".unicodeScalars)))
        #expect(!Byline.isNamesLine(Array("春风十里　不如你".unicodeScalars)))
    }

    @Test func aLetterSpacedWordOverATitleListIsNoByline() {
        // `砺　兵` heading a picture set: no text under it.
        let a = parse("""
        砺　兵
        兵在掌上阅 亮剑弹指间

        　　11月17日，某旅官兵在高原开展夜间实弹射击训练。
        """)
        #expect(a.first?.authors == [])
    }

    @Test func theKindOfReportWhereTheTaiwanBylinesPlaceStandsIsNoPlace() {
        let a = read("""
        登革熱本土病例增至12例

        記者蘇怡安／即時報導

        　　衛生局今天公布，本土病例增至12例，前鎮區將擴大噴藥。
        """)
        #expect(a.first?.authors == ["蘇怡安"])
        #expect(a.first?.place == nil)
    }

    @Test func aWiresPlaceEndsWhereItsDateInChineseNumeralsBegins() {
        let d = Dateline.parse(Array("新华社长沙一九七三年四月十六日电 湖南各地农机修配厂积极支援春耕。".unicodeScalars))
        #expect(d?.place == "长沙")
        // A place may open with a numeral.
        #expect(Dateline.parse(Array("新华社十堰十四日电 当地开展义务植树。".unicodeScalars))?.place == "十堰")
    }

    @Test func aWebCopysContinueReadingBreakIsFurniture() {
        let a = read("""
        老公寓增設電梯

        　　台北市都發局今天公布補助方案，上限提高至450萬元。

        請繼續往下閱讀...

        　　都發局表示，申請案件逐年增加。
        """)
        #expect(a.first?.paragraphs.count == 2)
    }

    /// A metropolitan paper's article view: facts line, lead, the credits of
    /// who wrote it and who took the pictures, then the rest of the text
    /// under indented intertitles.
    static let creditsAfterLead = """
    碧道二期新增慢行步道7.6公里
    石凹河上游“水岸客厅”本周末开放

    来源:滨海都市报     2024年06月07日        版次:SA05    作者:林嘉怡

    　　6月6日，光明区石凹河上游碧道二期工程通过竣工验收，将于本周六起向市民开放。

    　　采写：滨都记者 林嘉怡 实习生 邱子航
    　　摄影：滨都记者 黄振宇

    　　滨都记者当天在碧道二期楼岗段看到，工人正在为最后一段栈道安装护栏。

    　　沿河串起3个社区公园

    　　与一期相比，二期碧道更注重“把河还给居民”，周边3个社区的居民步行5分钟即可到达河边。

    观澜新开3条“微巴”线路

    来源:滨海都市报     2024年06月07日        版次:SA05    作者:陈思源

    　　6月6日，龙华区观澜街道3条“微巴”线路正式开通，首月票价统一为2元。
    """

    @Test func creditsAfterTheLeadAreTheArticlesOwn() {
        let a = parse(Self.creditsAfterLead)
        #expect(a.count == 2)
        #expect(a.first?.headline == "石凹河上游“水岸客厅”本周末开放")
        #expect(a.first?.authors == ["林嘉怡", "邱子航", "黄振宇"])
        #expect(a.first?.paragraphs.count == 4)
        // Who wrote it is credited too: a report with its pictures, not a picture.
        #expect(a.first?.kind == .news)
        #expect(Byline.parse(Array("采写：滨都记者 林嘉怡 实习生 邱子航".unicodeScalars))?.names == ["林嘉怡", "邱子航"])
    }

    @Test func anIndentedIntertitleOnAPageOfFlushTitlesIsAParagraph() {
        let a = parse(Self.creditsAfterLead)
        #expect(a.first?.paragraphs.contains("沿河串起3个社区公园") == true)
        #expect(a.first?.titles.contains("沿河串起3个社区公园") == false)
    }

    /// An economic daily's page: a report, its picture's caption credited to
    /// a photographer and an agency, a data box signed by who drew it.
    static let captionAndDataBox = """
    全国冷链物流加速向县域下沉

    　　本报北京5月16日讯（记者顾川）物流行业协会16日发布的数据显示，1—4月全国冷链物流总额达2.16万亿元。
    　　冷链网络加快向县域延伸，是今年以来的一大亮点。

    　　5月15日，工人正在冷库中分拣蔬菜。　王　晨摄（中经视觉）

    数说冷链物流
    ■2.16万亿元
    　1—4月全国冷链物流总额，同比增长6.2%
    ■7.4万辆
    　4月末全国冷藏车保有量，同比增加9100辆
    数据来源：物流行业协会
    制图：沈　玥

    西部陆海新通道冷链班列加密开行——
    钦州港冻品进出口跑出“加速度”
    本报记者　韦嘉宁　通讯员　卢思远

    　　初夏时节，钦州港自动化集装箱码头上，一台台冷藏集装箱被吊装上海铁联运班列。
    """

    @Test func aCaptionCreditedToAPhotographerAndAnAgencyIsAPicture() {
        let a = parse(Self.captionAndDataBox)
        #expect(a.first?.paragraphs.count == 2)
        let picture = a.first { $0.kind == .photo }
        #expect(picture?.authors == ["王晨"])
        #expect(picture?.paragraphs == ["5月15日，工人正在冷库中分拣蔬菜。"])
    }

    @Test func aDataBoxKeepsItsBulletsItsSourceGoesAndWhoDrewItSignsIt() {
        let a = parse(Self.captionAndDataBox)
        let box = a.first { $0.headline == "数说冷链物流" }
        #expect(box?.paragraphs == ["2.16万亿元 1—4月全国冷链物流总额，同比增长6.2%", "7.4万辆 4月末全国冷藏车保有量，同比增加9100辆"])
        #expect(box?.authors == ["沈玥"])
        #expect(!a.flatMap(\.paragraphs).contains { $0.contains("数据来源") })
        #expect(a.last?.headline == "钦州港冻品进出口跑出“加速度”")
        #expect(a.last?.authors == ["韦嘉宁", "卢思远"])
    }

    @Test func aKickerClosedByADashIsATitle() {
        let a = parse("""
        第一篇报道的标题在这里

        　　这是第一篇报道的正文，写得很长很长，一直写到这里结束。

        西部陆海新通道冷链班列加密开行——
        钦州港冻品进出口跑出“加速度”
        本报记者　韦嘉宁　通讯员　卢思远

        　　初夏时节，钦州港自动化集装箱码头上，一台台冷藏集装箱被吊装上海铁联运班列。
        """)
        #expect(a.last?.titles == ["西部陆海新通道冷链班列加密开行——", "钦州港冻品进出口跑出“加速度”"])
        #expect(a.last?.headline == "钦州港冻品进出口跑出“加速度”")
    }

    /// A science paper's epaper page: the list of its titles beside the
    /// page's picture and that picture's credit, a caption whose credit
    /// stands alone under it, then the next story.
    static let scienceEpaper = """
    2025年03月12日 星期三
    第03版：综合新闻
    新型纳米涂层让光伏板“自清洁”
    钠离子电池储能电站在皖北并网
    本报记者 许 诺摄

        新型纳米涂层让光伏板“自清洁”

        本报合肥3月11日电 （记者许诺 实习生汪若琳）记者11日从材料研究院获悉，该院团队研制出一种复合涂层，涂覆后的光伏玻璃透光率超过97%。

        3月10日，科研人员在实验室检测涂层样品的透光性能。

        本报记者 许 诺摄

        钠离子电池储能电站在皖北并网

        本报记者 戴 晴 实习生 孔令轩

        3月10日，一座钠离子电池储能电站在安徽北部并网发电。
    """

    @Test func aPictureCreditAloneUnderItsCaptionSignsTheCaptionNotTheNextStory() {
        let a = parse(Self.scienceEpaper)
        #expect(a.last?.authors == ["戴晴", "孔令轩"])
        let picture = a.first { $0.kind == .photo }
        #expect(picture?.paragraphs == ["3月10日，科研人员在实验室检测涂层样品的透光性能。"])
        #expect(picture?.authors == ["许诺"])
    }

    @Test func aCommentSignedInBracketsAfterItsLabelNamesItsAuthor() {
        let a = parse("""
        钠离子电池储能电站并网

        　　本报讯（记者 戴晴）3月10日，一座钠离子电池储能电站在安徽北部并网发电。

        专家点评

        　　钠离子电池在低温性能和安全性上有独特优势，适合在北方地区推广。

        （点评专家：江淮理工大学储能研究院教授 严启明）

        港口建成5G智慧调度系统

        　　本报讯（记者 罗一鸣）3月11日，青屿港5G智慧调度系统投入使用。
        """)
        #expect(a.last?.titles == ["港口建成5G智慧调度系统"])
        #expect(a.contains { $0.authors == ["严启明"] })
        #expect(Byline.parseClosing(Array("（点评专家：江淮理工大学储能研究院教授 严启明）".unicodeScalars))?.names == ["严启明"])
    }

    @Test func aGroupOfCorrespondentsCreditedTogetherIsNoTitle() {
        let b = Byline.parse(Array("湘东农机修配厂工人通讯组　本报通讯员".unicodeScalars))
        #expect(b != nil)
        #expect(b?.names == [])
        // A group named alone, with no role, in a title's place is no byline.
        #expect(Byline.parse(Array("农机修配厂工人通讯组成立".unicodeScalars)) == nil)
    }

    @Test func aSitesNoticeAboutTheBrowserIsFurniture() {
        let a = parse("""
        砺　兵

        图①：某支队特战队员进行高楼攀登训练。

        庞立新、钱宇航摄影报道

        您的IE浏览器版本太低，请升级至IE8及以上版本或安装webkit内核浏览器。
        """)
        #expect(!a.flatMap(\.paragraphs).contains { $0.contains("浏览器") })
        #expect(!Furniture.isBrowserNotice(Array("市民可用手机浏览器扫码查询公交到站时间。".unicodeScalars)))
    }

    @Test func aMainTitleBrokenOverTwoLinesOverItsSubtitleIsOneHeadline() {
        func line(_ t: String, _ n: Int) -> TitleLine {
            let s = Array(t.unicodeScalars)
            return TitleLine(text: s, width: Scalars.width(s), number: n)
        }
        let deck = [line("县域民营企业融资难", 1), line("如何破题", 2), line("——基于冀南五个县的调查", 3)]
        #expect(Headline.choose(titles: deck, bodyWidth: nil).headline == "县域民营企业融资难 如何破题")
        // A couplet over a short main title is its kicker.
        let couplet = [line("透光率超97%　自清洁寿命超10年", 1), line("砺兵", 2), line("——某旅开展冬季训练", 3)]
        #expect(Headline.choose(titles: couplet, bodyWidth: nil).headline == "砺兵")
        // A kicker over the main title stays a kicker.
        let b = parse("""
        1—4月全国冷链物流总额同比增长6.2%
        冷链物流加速向县域下沉
        ——县域冷链设施覆盖率较上年末提高3.2个百分点

          本报北京5月16日讯（记者顾川）物流行业协会16日发布的数据显示，冷链物流总额同比增长6.2%。
        """)
        #expect(b.first?.headline == "冷链物流加速向县域下沉")
    }

    @Test func twoLettersSpacedLinesUnderAPlainKickerAreTheMainTitle() {
        let page = """
        投资1.2亿元  惠及居民5600余户
        澄 南 区 今 年 改 造
        老 旧 小 区 37 个

          本报讯 11月16日,记者从澄南区住建
        局获悉,今年全区列入改造计划的37个老
        旧小区已经全部完工,累计完成投资1.2亿
        元,惠及居民5600余户。
          据介绍,今年的改造以补短板为重点,共改
        造雨污管网42公里,新增停车位1380个。
        """
        let a = parse(page)
        #expect(a.first?.headline == "澄南区今年改造 老旧小区37个")
        #expect(a.first?.titles.count == 3)
        // Three lines set alike are one deck read by its other rules.
        let plain = parse(page.replacingOccurrences(of: "澄 南 区 今 年 改 造", with: "澄南区今年改造")
            .replacingOccurrences(of: "老 旧 小 区 37 个", with: "老旧小区37个"))
        #expect(plain.first?.headline != "澄南区今年改造 老旧小区37个")
    }

    @Test func aFourCharacterLineUnderATitleIsItsSecondHalfNotAName() {
        let a = parse("""
        县域企业融资难
        如何破题

        谷晓岚　孟庆川
        （作者单位：省社会科学院经济研究所）

        县域是民营经济最活跃的区域之一，也是融资难问题较为集中的地方。

        冷链下沉要算好运营账
        欧阳晴

        县域冷链设施加快建设，是补齐农产品流通短板的重要一步。
        """)
        #expect(a.first?.titles == ["县域企业融资难", "如何破题"])
        #expect(a.first?.authors == ["谷晓岚", "孟庆川"])
        // A name of four with a compound surname is still a name.
        #expect(a.last?.authors == ["欧阳晴"])
    }
}

@Suite struct InternCreditTests {
    @Test func thePapersInternIsACorrespondentNamedAfterTheRole() {
        let b = Byline.parse(Array("本报记者 欧阳岚 本报实习生 谭一诺".unicodeScalars))
        #expect(b?.names == ["欧阳岚", "谭一诺"])
    }
}

/// A school paper's corner (aa05, A36): a marked signature with the
/// writer's school and class before the name opens the essay.
@Suite struct SchoolPaperCreditTests: SmallPages {
    @Test func aMarkedSignatureWithTheWritersClassIsTheirs() {
        let b = Byline.parse(Array("□机械工程学院2022级　林知夏".unicodeScalars))
        #expect(b?.names == ["林知夏"])
        // Unmarked, the same words could be anything.
        #expect(Byline.parse(Array("机械工程学院2022级　林知夏".unicodeScalars)) == nil)
    }

    @Test func theEssayUnderItsBannerIsAPieceOfItsOwn() {
        let a = parse("""
        食堂“光盘行动”见实效

        　　本报讯（通讯员 邹敏）记者从后勤保障处获悉，三个学生食堂推
        行“小份菜”以来，餐厨垃圾日均产生量由1.1吨降至0.96吨，三个
        月累计减少约12吨。

        ◆5月18日，学校举行第三届校园开放日活动，来自市内6所中学的
        300余名高中生走进实验室，体验3D打印等项目。
        学生记者　方启航　摄影

        文　苑

        图书馆四楼的窗
        □机械工程学院2022级　林知夏

        　　图书馆四楼靠东的那扇窗，是我大一那年偶然发现的。那时我总在
        考试周抢不到座位，只好抱着书一层层往上找，推开了那扇门。

        主办：中共临江理工大学委员会　　国内统一刊号：CN43－0837/（G）
        """)
        #expect(a.map(\.headline) == ["食堂“光盘行动”见实效", nil, "图书馆四楼的窗"])
        #expect(a.last?.authors == ["林知夏"])
        #expect(a.last?.column == "文苑")
        #expect(a.last?.paragraphs.count == 1)
        #expect(a[1].paragraphs.first?.hasPrefix("5月18日") == true)
    }
}

/// A case analysis (ab01, A22): the authors' names alone under the title,
/// over the case's first bracketed subhead, are its byline.
@Suite struct CaseAnalysisCreditTests: SmallPages {
    @Test func namesOverTheFirstSubheadAreTheAuthors() {
        let a = parse("""
        特定关系人收取“技术服务费”如何定性

        杜明皓　孙可馨

        【基本案情】
        　　钱某，中共党员，某局原局长。2019年至2022年，钱某利用职务便利为某公司谋取利益。
        """)
        #expect(a.first?.headline == "特定关系人收取“技术服务费”如何定性")
        #expect(a.first?.authors == ["杜明皓", "孙可馨"])
        #expect(a.first?.paragraphs.first == "【基本案情】")
    }
}

/// A European Chinese paper's web copy and an OCR page (ab03, ab07): the
/// translator's credit closes a report; a column's rule read as `丨` alone
/// is no text.
@Suite struct TranslatorAndRuleTests: SmallPages {
    @Test func theTranslatorsCreditClosesTheReportBeforeTheNextTitle() {
        let a = parse("""
        西班牙家庭储蓄率升至十年新高

        据西班牙《国家报》3月13日报道，西班牙家庭储蓄率去年升至十年来最高水平。（编译：周慧）

        瓦伦西亚火祭节开幕 华人商户首次联合设摊

        本报讯 瓦伦西亚一年一度的火祭节13日开幕，当地华人商户首次联合设摊。
        """)
        #expect(a.map(\.headline) == ["西班牙家庭储蓄率升至十年新高", "瓦伦西亚火祭节开幕 华人商户首次联合设摊"])
        #expect(a.first?.authors == ["周慧"])
    }

    @Test func aColumnRuleReadAsAStrokeIsNoText() {
        #expect(Furniture.isFurniture(Array("丨".unicodeScalars)))
    }
}

/// A work report printed in full (ab06, A39): the speaker under its title
/// and occasion, in the same block, signs it.
@Suite struct WorkReportSpeakerTests: SmallPages {
    @Test func theSpeakerUnderTheOccasionIsTheAuthor() {
        let a = parse("""
        政　府　工　作　报　告
        ——2025年1月20日在自治区第十三届人民代表大会第四次会议上
        自治区主席　韩启明

        各位代表：
        　　现在，我代表自治区人民政府，
        向大会报告工作，请予审议，并请自
        治区政协委员和其他列席人员提出意
        见。
        　　过去一年，面对外部环境变化带
        来的不利影响，全区上下坚定信心，
        稳住了经济基本盘，各项事业取得新
        进展，人民生活持续改善。
        """)
        #expect(a.first?.authors == ["韩启明"])
        #expect(a.first?.paragraphs.first == "各位代表：")
        #expect(a.first?.kind == .opinion)
    }
}
