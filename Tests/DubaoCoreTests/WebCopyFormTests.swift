import Testing
@testable import DubaoCore

/// A Taiwan paper's web copy and an evening paper's page (issue 18, rules
/// S21, A25): boxes of links and app calls are furniture, a picture's giver
/// credits it, a caption keeps its photographer's own characters.
@Suite struct WebCopyFormTests: SmallPages {
    static let liberty = """
    北市老公寓增設電梯 補助上限提高至450萬元
    2024-10-18 05:30

    〔記者黃郁婷／台北報導〕台北市都發局昨天宣布，老公寓增設電梯補助上限提高至450萬元。

    都發局昨說明老舊公寓增設電梯補助新制。（記者黃郁婷攝）

    都發局表示，申請案件逐年增加，今年已受理126案，其中41案已完工。家住大安區的陳姓住戶說，社區公寓去年估價，增設一部電梯要價約780萬元，扣除補助後每戶仍要分攤近50萬元，對退休長輩還是很大負擔。

    延伸閱讀
    ‧老屋加裝電梯卡關　住戶意見整合成最大難題
    ‧北市盤點人行道斜坡　打造無障礙生活圈

    不用抽 不用搶 現在用APP看新聞 保證天天中獎　點我下載APP　按我看活動辦法

    台中垃圾車改播AI語音　提醒分類
    2024-10-18 05:30

    〔記者張雅筑／台中報導〕台中市環保局昨天表示，垃圾車將改播AI語音，提醒市民做好分類。
    """

    @Test func aBoxOfLinksAndAnAppCallAreNoTitles() {
        let a = read(Self.liberty)
        let next = a.first { $0.authors == ["張雅筑"] }
        #expect(next?.titles == ["台中垃圾車改播AI語音 提醒分類"])
        #expect(next?.column == nil)
        #expect(!a.flatMap { $0.titles + $0.paragraphs }.contains { $0.contains("延伸閱讀") || $0.contains("APP") })
    }

    @Test func aCaptionsPhotographerKeepsThePagesCharacters() {
        let a = read(Self.liberty)
        #expect(a.contains { $0.kind == .photo && $0.authors == ["黃郁婷"] })
    }

    @Test func aPicturesGiverAfterTheCaptionCreditsIt() {
        let a = parse("""
        井盖塌陷成“陷阱”　热线反映后当天修复

        　　本报讯　7月21日晚，市民拨打新闻热线反映，小区南门口人行道上的一处井盖塌陷。当天中午，维修人员更换了破损井盖。

        ▲昨天中午，维修人员正在更换塌陷的井盖。　图片由历下区城市管理局提供

        城事速览
        ■经十路部分路段夜间施工请绕行
        　　记者从市交通部门获悉，7月24日起经十路部分路段夜间施工，请市民绕行。（记者 吴桐）
        """)
        let picture = a.first { $0.kind == .photo }
        #expect(picture?.paragraphs == ["昨天中午，维修人员正在更换塌陷的井盖。"])
        #expect(a.first?.paragraphs.count == 1)
    }

    /// A military paper's epaper page: its list of the page's titles (one
    /// quoting a sentence with a comma), its app and slogan, then a kicker
    /// closed by a dash over the main title, a paragraph a line.
    static let military = """
    中国军网 | 解放军报 | 往期回顾
    2024年11月20日 星期三
    第04版:军事·训练 PDF版下载
    本版标题
    “没想到，夜间抢修也能‘秒级’定位”
    新兵下连“第一课”搬上甲板
    解放军报客户端
    兵在掌上阅 亮剑弹指间

    冬季夜训中，某旅修理分队探索故障快速定位方法——
    “没想到，夜间抢修也能‘秒级’定位”

    ■本报特约记者 郑海川 通讯员 罗凯文

    11月15日深夜，戈壁滩上的气温降到零下14摄氏度，导调组突然下达情况。

    带队的连长没有急着分派人手，而是让技师打开一台加固平板电脑。

    新兵下连“第一课”搬上甲板

    ■刘晨阳、本报特约记者 马骁

    11月18日，某支队为今年新分配的126名新兵上了下连“第一课”。
    """

    @Test func thePagesTitleListItsAppAndSloganAreFurniture() {
        let a = parse(Self.military)
        #expect(a.count == 2)
        #expect(!a.flatMap(\.titles).contains { $0.contains("兵在掌上阅") || $0 == "本版标题" })
    }

    @Test func aDashKickerOverTheTitleOnAPageOfALineAParagraphIsATitle() {
        let a = parse(Self.military)
        #expect(a.first?.titles == ["冬季夜训中，某旅修理分队探索故障快速定位方法——", "“没想到，夜间抢修也能‘秒级’定位”"])
        #expect(a.first?.headline == "“没想到，夜间抢修也能‘秒级’定位”")
        #expect(a.first?.authors == ["郑海川", "罗凯文"])
    }
}

/// A channel's list of cut leads (S41, S42): the read-more markers and the
/// ticker are the site's, each cut lead is an item of its own.
@Suite struct CutLeadListTests: SmallPages {
    static let channel = """
    首頁 | 要聞 | 社區 | 經濟
    滾動新聞:-市場大樓下月動工(2025-08-19 10:42:15)-社區診所延長開放(2025-08-19 10:40:02)-要聞(2025-08-19 00:05:11)
    首页 > 要聞
    要聞
    本報訊：市政府昨日宣布，中央市場大樓改建工程將於下月動工，預計兩年內完成，施工期間攤商遷往臨時市場營業，市府將減免臨時攤位租金。
    市場管理處表示，臨時市場設在河濱停車場，攤位約三百個，已完成抽籤的攤商可於本週內遷入，其餘攤商將另行通知辦... [詳細]
    2025-8-19 00:05
    本報訊：社區衛生中心昨日表示，自本月起各社區診所延長開放時間至晚上八時，方便上班族就醫。
    [詳細]
    2025-8-19 00:04
    Copyright © 2025 本報 版權所有
    """

    @Test func eachCutLeadIsAnItemOfItsOwnWithoutItsMarker() {
        let a = read(Self.channel)
        #expect(a.count == 2)
        #expect(a.first?.paragraphs.last?.hasSuffix("其餘攤商將另行通知辦") == true)
        #expect(a.last?.paragraphs == ["本報訊：社區衛生中心昨日表示，自本月起各社區診所延長開放時間至晚上八時，方便上班族就醫。"])
        let text = a.flatMap { $0.titles + $0.paragraphs }.joined()
        #expect(!text.contains("詳細"))
        #expect(!text.contains("滾動新聞"))
        #expect(a.allSatisfy { $0.titles.isEmpty })
    }

    @Test func aMarkerAtTheEndOfATextLineWithoutEllipsisIsAMarkerToo() {
        #expect(Furniture.beforeReadMore(Array("政府將增撥經費支持社區發展。【全文】".unicodeScalars)).map { String(String.UnicodeScalarView($0)) } == "政府將增撥經費支持社區發展。")
        #expect(Furniture.beforeReadMore(Array("详细>>".unicodeScalars)) == [])
        // Brackets that hold other words are text.
        #expect(Furniture.beforeReadMore(Array("會議通過了兩項決議【附件】".unicodeScalars)) == nil)
    }
}

/// A weekly's long feature as its site shows it (aa08): the paper's name
/// before each role, captions credited `（X/图）`, a heading with a comma,
/// and what the paywall leaves after the cut.
@Suite struct WeeklyFeatureCopyTests: SmallPages {
    static let feature = """
    县城青年夜校：下班后的第二张课表

    周末报记者 欧阳岚 周末报实习生 谭一诺
    2025-03-20 19:30:08

    一门课一学期收费不到100元，教的是短视频剪辑和电工入门。

    2025年3月4日晚，学员们在练习剪辑手机拍摄的素材。（受访者供图/图）

    晚上七点二十分，郑晓琳把电动车停在仓库门口，拎出一台旧笔记本电脑。

    一张课表，三百多个名额

    夜校是2023年秋天开起来的，第一学期只开了4门课。

    2025年3月6日晚，电工入门班的学员在练习接线。（周末报记者 欧阳岚/图）

    更现实的问题是场地。韩静说，学员晚上下课后怎么回家，也是一个需要想清楚的

    登录后获取更多权限

    立即登录

    网络编辑：罗一鸣 校对：陈可

    {{ isview_popup.firstLine }}{{ isview_popup.highlight }}
    """

    @Test func theFeatureKeepsItsTextAndItsPeople() {
        let a = parse(Self.feature)
        let feature = a.first { $0.headline == "县城青年夜校：下班后的第二张课表" }
        #expect(feature?.authors == ["欧阳岚", "谭一诺"])
        #expect(feature?.paragraphs.contains("一张课表，三百多个名额") == true)
        #expect(feature?.paragraphs.last == "更现实的问题是场地。韩静说，学员晚上下课后怎么回家，也是一个需要想清楚的")
    }

    @Test func captionsCreditedWithASlashArePictures() {
        let photos = parse(Self.feature).filter { $0.kind == .photo }
        #expect(photos.map(\.paragraphs) == [["2025年3月4日晚，学员们在练习剪辑手机拍摄的素材。"], ["2025年3月6日晚，电工入门班的学员在练习接线。"]])
        #expect(photos.last?.authors == ["欧阳岚"])
    }
}

/// A newspaper's article reprinted on a county government's site (aa02,
/// S43): the title set under the breadcrumb, the facts split over lines,
/// the reprint's source note, the scan prompt and the related list are the
/// site's; only the article and its box are read.
@Suite struct GovernmentReprintTests: SmallPages {
    static let reprint = """
    欢迎访问青溪县人民政府门户网站！
    首页 | 政务公开 | 政务服务 | 互动交流 |
    当前位置: 首页>新闻中心>青溪要闻
    竹编工坊开到家门口 村民就近就业

    发布时间:

    2024-09-12 08:46

    信息来源:

    丰阳日报

    分享到:

    　　本报青溪讯（记者 黎晓岚）9月10日，青溪县下湾村的竹编工坊里，三十多名村民正在编织收纳篮。
    　　县里对新建工坊给予补助，目前全县已建成工坊86家。
    　　（原载《丰阳日报》2024年9月12日第3版）

    扫一扫在手机打开当前页

    相关新闻
    · 青溪县启动秋季农业生产行动　2024-09-05
    · 我县举办竹产业发展大会　2024-08-28
    """

    @Test func onlyTheArticleIsRead() {
        let a = parse(Self.reprint)
        #expect(a.count == 1)
        #expect(a.first?.titles == ["竹编工坊开到家门口 村民就近就业"])
        #expect(a.first?.paragraphs.count == 2)
        #expect(a.first?.authors == ["黎晓岚"])
    }
}

/// A city paper's article as its WeChat account posts it (aa01, S44, A35):
/// the post's header, controls, topic tag and cover credit are the
/// account's; labels set off by a bar read as labels.
@Suite struct AccountPostTests: SmallPages {
    static let post = """
    今起通车！南湖快速路串起老城和高铁新城
    原创 衢阳日报 衢阳日报 2025年04月09日 07:00 浙江
    听全文
    收录于合集
    #衢阳城事 286个

    点击蓝字关注我们

    图片来源：衢阳发布

    文丨衢阳日报全媒体记者 方一鸣 通讯员 吴佳琪

    记者昨天从市交通运输局获悉，南湖快速路于今天上午10时正式通车。

    通车后，从老城区到高铁站的车程将缩短到12分钟左右。

    相关新闻

    高铁新城至机场快速通道年内开工

    近日，记者从市发改委了解到，高铁新城至机场快速通道工程已完成初步设计批复。

    （衢阳日报全媒体记者 徐可馨）

    来源丨衢阳日报
    编辑丨周雨桐
    审核丨陈立新

    阅读原文
    """

    @Test func thePostIsReadAsItsArticles() {
        let a = parse(Self.post)
        #expect(a.map(\.headline) == ["今起通车！南湖快速路串起老城和高铁新城", "高铁新城至机场快速通道年内开工"])
        #expect(a.first?.authors == ["方一鸣", "吴佳琪"])
        #expect(a.first?.paragraphs.count == 2)
        #expect(a.last?.column == "相关新闻")
        #expect(a.last?.kind == .news)
        #expect(a.last?.paragraphs.count == 1)
    }

    @Test func aKickersBarIsNoLabel() {
        #expect(Furniture.labelBarAsColon(Array("重磅丨全市新增学位5200个".unicodeScalars)) == nil)
        #expect(Furniture.labelBarAsColon(Array("编辑丨周雨桐".unicodeScalars)).map { String(String.UnicodeScalarView($0)) } == "编辑：周雨桐")
    }
}
