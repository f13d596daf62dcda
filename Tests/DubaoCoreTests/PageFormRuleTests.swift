import Testing
@testable import DubaoCore

/// The page forms of issue 9 (epaper web copies, credits and datelines,
/// boxes and banners), one rule per test, on small pages written for it.
@Suite struct PageFormRuleTests: SmallPages {
    // MARK: pages copied from a digital edition's web site

    @Test func siteMenuEditionNameAndPageSlotAreFurniture() {
        let page = """
        首页 | 本地 | 视频 | 电子报
        江城晚报电子版

        第A05版：民生　　上一版　下一版
        2023年11月02日　星期四

        老旧小区加装电梯提速

        　　本报讯（记者 杜娟）11月1日，记者从市住建局获悉，今年全市已为老旧小区加装电梯186部，惠及居民5200余户。
        """
        let a = parse(page)
        #expect(a.count == 1)
        #expect(a[0].titles == ["老旧小区加装电梯提速"])
        #expect(a[0].headline == "老旧小区加装电梯提速")
        #expect(a[0].authors == ["杜娟"])
        // The page slot's date line still gives the year.
        #expect(a[0].date == PartialDate(year: 2023, month: 11, day: 1))
    }

    @Test func theSitesImprintAndRightsNoticeAreNoText() {
        let page = """
        社区食堂开到家门口

        　　本报讯（记者 郑雯）5月8日，城南街道第三家社区食堂开业，每天可供应午餐400份。

        主办：江城日报社　　地址：江城市人民路1号　　邮编：430000
        浙ICP备12345678号　本网站所刊登的各种新闻、信息，均为本报版权所有，未经协议授权，禁止下载使用。
        """
        let a = parse(page)
        #expect(a.count == 1)
        #expect(a[0].paragraphs == ["本报讯（记者 郑雯）5月8日，城南街道第三家社区食堂开业，每天可供应午餐400份。"])
    }

    @Test func anEventsOrganiserAndAContactLineStayText() {
        #expect(!Furniture.isImprint(Array("主办单位：市文联　承办单位：市美术馆".unicodeScalars)))
        #expect(!Furniture.isImprint(Array("地址：人民路1号　电话：3280212".unicodeScalars)), "no publisher named")
        #expect(Furniture.isImprint(Array("主管：中共江城市委　主办：江城日报社".unicodeScalars)))
        // A sentence naming a right is text; the site's notice is not.
        #expect(!Furniture.isSiteFurniture(Array("他说，这部作品的版权所有人已经同意改编。".unicodeScalars)))
    }

    @Test func navigationBetweenArticlesIsNeitherTitleNorArticle() {
        let page = """
        放大+　缩小-　默认
        【字号 大 中 小】　【打印本页】　【关闭窗口】

        城东菜市场完成改造

        　　本报讯（记者 杜娟）10月30日，城东菜市场改造完工，新增摊位120个。

        上一篇　　下一篇
        【打印】　【关闭】

        江城马拉松周日开跑

        　　本报讯（记者 孙浩）10月31日，记者从市体育局获悉，江城马拉松将于11月5日开跑，参赛选手2万人。

        上一篇　　下一篇
        """
        let a = parse(page)
        #expect(a.count == 2)
        #expect(a.map(\.headline) == ["城东菜市场完成改造", "江城马拉松周日开跑"])
        #expect(a[1].titles == ["江城马拉松周日开跑"])
        #expect(a.allSatisfy { $0.paragraphs.count == 1 })
    }

    @Test func sourceLineCalendarAndCopyrightAreFurniture() {
        let page = """
        城东菜市场完成改造

        　　本报讯（记者 杜娟）10月30日，城东菜市场改造完工，新增摊位120个。

        《江城晚报》（2023年11月02日 第A05版）

        往期回顾
        << 2023年11月 >>
        一　二　三　四　五　六　日
        　　　1　2　3　4　5
        6　7　8　9　10　11　12
        27　28　29　30
        江城晚报社 版权所有　Copyright © 2023　鄂ICP备00000000号
        """
        let a = parse(page)
        #expect(a.count == 1)
        #expect(a[0].paragraphs == ["本报讯（记者 杜娟）10月30日，城东菜市场改造完工，新增摊位120个。"])
        #expect(a[0].column == nil)
        #expect(a[0].date == PartialDate(year: 2023, month: 10, day: 30))
    }

    @Test func articleListRepeatingThePageTitlesGoes() {
        let page = """
        本版导读
        · 全区新增绿地12万平方米
        · 城东菜市场完成改造
        · 图片新闻

        全区新增绿地12万平方米

        　　本报讯（记者 杜娟）10月30日，记者从区园林局获悉，今年全区新增绿地12万平方米。

        城东菜市场完成改造

        　　本报讯（记者 孙浩）10月29日，城东菜市场改造完工，新增摊位120个。
        """
        let a = parse(page)
        #expect(a.count == 2)
        #expect(a[0].titles == ["全区新增绿地12万平方米"])
        #expect(a[1].titles == ["城东菜市场完成改造"])
    }

    @Test func anArticleListMayCutATitleShortOrJoinItsTwoLines() {
        let page = """
        版面导航
        全市工业用电量增长…
        城东菜市场完成改造 新增摊位120个
        江城马拉松周日开跑

        全市工业用电量增长7.5%
        作者：杜娟
        　　本报讯 12月4日，记者从供电公司获悉，1至11月，全市工业用电量同比增长7.5%。

        城东菜市场完成改造
        新增摊位120个
        　　本报讯（记者 李想）12月3日，城东菜市场改造完工，新增摊位120个。

        江城马拉松周日开跑
        　　本报讯（记者 周强）12月2日，记者从市体育局获悉，江城马拉松将于12月10日开跑。
        """
        let a = parse(page)
        #expect(a.count == 3)
        #expect(a[0].titles == ["全市工业用电量增长7.5%"])
        #expect(a[0].authors == ["杜娟"])
        #expect(a[0].kind == .news)
        #expect(a[1].titles == ["城东菜市场完成改造", "新增摊位120个"])
        #expect(a[2].titles == ["江城马拉松周日开跑"])
    }

    @Test func oneTitleRepeatedIsNoArticleList() {
        // A title printed again over the rest of its article (上接) is no list.
        let page = """
        全区新增绿地12万平方米

        　　本报讯（记者 杜娟）10月30日，记者从区园林局获悉，今年全区新增绿地12万平方米。

        全区新增绿地12万平方米

        　　（上接第1版）城区绿化覆盖率达到42%，市民出门五分钟就能走进公园。
        """
        let a = parse(page)
        #expect(a.count == 2)
        #expect(a.allSatisfy { $0.titles == ["全区新增绿地12万平方米"] })
    }

    @Test func aContinuedPartsTitleWrappedAtTheColumnsWidthIsItsTitle() {
        // A PDF column wraps the repeated title like its text, and sets the
        // continuation marker right under it.
        let page = """
        2023年6月14日　星期三　　　　　　4

        老城区改造：从“一条街的翻
        新”走向“一片区的更新”
        （上接第一版）
        　　目前，全区已累计改造老旧小
        区42个，惠及居民1.6万户，加装
        电梯136部。
        　　今年，区里计划再改造老旧小
        区18个。

        江边步道向市民开放
        　　本报讯　（记者　顾小川）昨天，
        江边步道新一段向市民开放，全长
        约3.2公里。
        """
        let a = parse(page)
        #expect(a.count == 2)
        #expect(a.first?.titles == ["老城区改造：从“一条街的翻", "新”走向“一片区的更新”"])
        #expect(a.first?.paragraphs.first?.hasPrefix("目前，全区已累计改造") == true)
        // A sentence that ends over the marker is text, not a title.
        let text = page.replacingOccurrences(of: "老城区改造：从“一条街的翻\n新”走向“一片区的更新”\n",
                                             with: "上月，全区改造工作通过验收。\n")
        #expect(!parse(text).flatMap(\.titles).contains("上月，全区改造工作通过验收。"))
    }

    @Test func anArticleViewsFactsLineGivesTheAuthorAndTheRestIsTheSites() {
        let page = """
        当前位置：首页 > 2023年12月05日 > 第03版：经济
        【字体：大 中 小】　　分享到：
        全市工业用电量增长7.5%
        作者：本报记者 杜娟　　来源：江城日报　　发布时间：2023-12-05
        　　本报讯 12月4日，记者从供电公司获悉，1至11月，全市工业用电量同比增长7.5%。
        上一篇：城东菜市场完成改造
        下一篇：江城马拉松周日开跑

        城东菜市场完成改造
        作者：李想 王芳　　来源：江城日报
        　　城东菜市场改造完工，新增摊位120个，市民买菜更方便了。
        返回本版　返回首页
        技术支持：江城数字传媒有限公司
        """
        let a = parse(page)
        #expect(a.count == 2)
        #expect(a[0].titles == ["全市工业用电量增长7.5%"])
        #expect(a[0].authors == ["杜娟"])
        #expect(a[0].paragraphs.count == 1)
        #expect(a[1].titles == ["城东菜市场完成改造"])
        #expect(a[1].authors == ["李想", "王芳"])
        #expect(a[1].paragraphs == ["城东菜市场改造完工，新增摊位120个，市民买菜更方便了。"])
    }

    @Test func aWebCopysSiteNameAndFactsAreFurnitureAndItsDateGivesTheYear() {
        let page = """
        江城区融媒体中心
        首页 > 新闻中心 > 本地新闻
        江城春茶开采 茶企加工忙
        发布时间：2024-04-08 09:31:27　来源：江城区融媒体中心　浏览次数：2316
        　　本报讯（江城融媒记者 吴晓燕）4月7日，全区春茶开采，茶园面积达到14.8万亩。
        编辑：王丽　二审：陈思　三审：林涛
        """
        let a = parse(page)
        #expect(a.count == 1)
        #expect(a[0].titles == ["江城春茶开采 茶企加工忙"])
        #expect(a[0].authors == ["吴晓燕"])
        #expect(a[0].paragraphs.count == 1)
        #expect(a[0].date == PartialDate(year: 2024, month: 4, day: 7))
    }

    @Test func aNoticesTimeLineIsNoArticleFacts() {
        #expect(Furniture.articleMeta(Array("时间：2024年5月1日上午9时".unicodeScalars)) == nil)
        #expect(Furniture.articleMeta(Array("地点：市民中心　时间：5月1日".unicodeScalars)) == nil)
        #expect(Furniture.articleMeta(Array("来源：江城日报　发布时间：2023-12-05".unicodeScalars)) == [])
        #expect(Furniture.articleMeta(Array("作者：杜娟".unicodeScalars)).map { String(String.UnicodeScalarView($0)) } == "杜娟")
        #expect(Furniture.articleMeta(Array("编辑：王五　二审：赵六　三审：钱七".unicodeScalars)) == [])
        #expect(Furniture.articleMeta(Array("来源：江城日报".unicodeScalars)) == [])
        #expect(Furniture.articleMeta(Array("本文来源：《江城日报》 2024年04月23日 第02版".unicodeScalars)) == [])
        #expect(Furniture.articleMeta(Array("来源：市统计局，数据截至9月底".unicodeScalars)) == nil)
        #expect(Furniture.isFurniture(Array("今日8版".unicodeScalars)))
        #expect(Furniture.isFurniture(Array("本期共16版".unicodeScalars)))
    }

    // MARK: credits and datelines

    @Test func aPapersCommentatorIsNoAuthor() {
        let page = """
        让群众办事更省心
        ■ 江城日报评论员

        　　便民服务没有终点。各级各部门要把群众的小事当成自己的大事来办。

        把好事办到心坎上
        □本报特约评论员

        　　民生工作，一头连着政策，一头连着群众。要多问问群众满意不满意。

        办实事要久久为功
        新华社评论员

        　　办实事贵在坚持。要把一件件民生实事办好办实。
        """
        let a = parse(page)
        #expect(a.count == 3)
        #expect(a.allSatisfy { $0.authors.isEmpty })
        #expect(a.allSatisfy { $0.kind == .opinion })
        #expect(a.map(\.headline) == ["让群众办事更省心", "把好事办到心坎上", "办实事要久久为功"])
    }

    @Test func mediaGroupPrefixesInTheDatelineNameTheReporter() {
        let page = """
        湘西椪柑开园采摘

        　　本报吉首讯（新湖南-湘西日报记者 向明 通讯员 彭丽）11月6日，吉首市椪柑开园采摘，今年全市椪柑种植面积8.6万亩。

        永顺莓茶走俏市场

        　　本报讯（永顺融媒记者 田甜）11月5日，永顺县莓茶交易中心开市，当天成交莓茶36吨。

        龙山百合喜获丰收

        　　本报讯（龙山县融媒体中心记者 彭凯 通讯员 向东）11月4日，龙山县百合收获过半。
        """
        let a = parse(page)
        #expect(a.count == 3)
        #expect(a[0].authors == ["向明", "彭丽"])
        #expect(a[0].place == "吉首")
        #expect(a[1].authors == ["田甜"])
        #expect(a[2].authors == ["彭凯", "向东"])
        #expect(a.allSatisfy { $0.kind == .news })
    }

    @Test func aCaptionsClosingPhotoCreditMakesItAPhoto() {
        let page = """
        　　湖畔的银杏林进入最佳观赏期，市民纷纷前来拍照打卡。■ 张晓光 摄

        　　城北新区的一处建筑工地上，工人们正在浇筑楼板。（记者 王东 摄）
        """
        let a = parse(page)
        #expect(a.count == 2)
        #expect(a.allSatisfy { $0.kind == .photo && $0.headline == nil })
        #expect(a[0].authors == ["张晓光"])
        #expect(a[1].authors == ["王东"])
        #expect(a[0].paragraphs == ["湖畔的银杏林进入最佳观赏期，市民纷纷前来拍照打卡。"])
        #expect(a[1].paragraphs == ["城北新区的一处建筑工地上，工人们正在浇筑楼板。"])
    }

    @Test func aPhotographersCreditAfterTheLastSentenceNeedsNoMarker() {
        let page = """
        　　城北新区的一处建筑工地上，工人们正在浇筑楼板。　本报记者 王东 摄

        　　江城大桥夜景璀璨。　通讯员 刘洋 摄

        　　湖畔的银杏林进入最佳观赏期。
        ■ 张晓光 摄
        """
        let a = parse(page)
        #expect(a.count == 3)
        #expect(a.allSatisfy { $0.kind == .photo })
        #expect(a.map(\.authors) == [["王东"], ["刘洋"], ["张晓光"]])
        #expect(a[0].paragraphs == ["城北新区的一处建筑工地上，工人们正在浇筑楼板。"])
        // Without 摄 a name after the text is no photographer's.
        #expect(TextCleanup.trailingUnmarkedPhotoCredit(Array("江城大桥夜景璀璨。　记者 刘洋".unicodeScalars)) == nil)
    }

    @Test func aDatelineCreditKeepsTheSpacesBetweenItsParts() {
        let page = """
        全区新增绿地12万平方米

        　　本报讯（记者 杜娟 通讯员 李想）10月30日，记者从区园林局获悉，今年全区新增绿 地12万平方米。

        城东菜市场完成改造

        　　本报讯（记 者  梁 燕）10月29日，城东菜市场改造完工。
        """
        let a = parse(page)
        #expect(a.count == 2)
        #expect(a[0].paragraphs == ["本报讯（记者 杜娟 通讯员 李想）10月30日，记者从区园林局获悉，今年全区新增绿地12万平方米。"])
        // Spread letters close up; a stray space inside a name goes.
        #expect(a[1].paragraphs == ["本报讯（记者 梁燕）10月29日，城东菜市场改造完工。"])
        #expect(a[1].authors == ["梁燕"])
    }

    @Test func aBareDatelineCreditKeepsItsGapsToo() {
        let page = """
        全市春播进度过半

        　　本报讯 新甘肃-张掖日报记者 马立新 4月22日，全市春播进度过半。
        """
        let a = parse(page)
        #expect(a.count == 1)
        #expect(a[0].authors == ["马立新"])
        #expect(a[0].paragraphs == ["本报讯 新甘肃-张掖日报记者 马立新 4月22日，全市春播进度过半。"])
        #expect(a[0].date?.month == 4 && a[0].date?.day == 22)
    }

    // MARK: boxes and banners

    @Test func aTeaserBoxIsOneTeaserNotTitlesOfTheStoryUnderIt() {
        let page = """
        今日导读
        前三季度全市外贸进出口增长8.2%
        详见第三版
        江城新增5条公交线路
        详见第六版

        全市秋粮收购过半

        　　本报讯（记者 孙浩）10月30日，记者从市粮食局获悉，全市已收购秋粮32万吨。
        """
        let a = parse(page)
        #expect(a.count == 2)
        #expect(a[0].kind == .teaser)
        #expect(a[0].column == "今日导读")
        #expect(a[0].titles.isEmpty)
        #expect(a[0].paragraphs == ["前三季度全市外贸进出口增长8.2%", "详见第三版", "江城新增5条公交线路", "详见第六版"])
        #expect(a[1].titles == ["全市秋粮收购过半"])
        #expect(a[1].kind == .news)
        #expect(a[1].column == nil)
    }

    @Test func anyLabelEndingIn导读NamesItsBox() {
        let page = """
        要闻导读
        ▲ 全市前三季度GDP增长6.3%（A3版）
        ▲ 米易枇杷错季上市（A5版）

        全市秋粮收购过半

        　　本报讯（记者 孙浩）10月30日，记者从市粮食局获悉，全市已收购秋粮32万吨。
        """
        let a = parse(page)
        #expect(a.count == 2)
        #expect(a[0].kind == .teaser && a[0].column == "要闻导读" && a[0].titles.isEmpty)
        #expect(a[0].paragraphs == ["全市前三季度GDP增长6.3%（A3版）", "米易枇杷错季上市（A5版）"])
        #expect(a[1].column == nil)
    }

    @Test func aTeaserBoxRightUnderTheMastheadIsNoPartOfIt() {
        let page = """
        江城日报
        2023年11月8日　星期三
        今日8版
        今日导读
        全市外贸进出口增长8.2%
        前三季度，全市外贸进出口总额完成860亿元。
        详见第三版
        江城新增5条公交线路
        详见第六版

        全市秋粮收购过半

        　　本报讯（记者 孙浩）11月7日，记者从市粮食局获悉，全市已收购秋粮32万吨。
        """
        let a = parse(page)
        #expect(a.count == 2)
        #expect(a[0].kind == .teaser && a[0].column == "今日导读")
        #expect(a[0].paragraphs.count == 5)
        #expect(a[1].date == PartialDate(year: 2023, month: 11, day: 7))
    }

    @Test func aTeaserBoxLabelStandingAloneHeadsTheLinesUnderIt() {
        let page = """
        导　读

        江城新增5条公交线路
        详见第六版
        城东菜市场完成改造
        详见第二版

        全市秋粮收购过半

        　　本报讯（记者 孙浩）10月30日，记者从市粮食局获悉，全市已收购秋粮32万吨。
        """
        let a = parse(page)
        #expect(a.count == 2)
        #expect(a[0].kind == .teaser)
        #expect(a[0].column == "导读")
        #expect(a[0].paragraphs.count == 4)
        #expect(a[1].headline == "全市秋粮收购过半")
    }

    @Test func aTeaserBoxOfBulletedPageReferencesIsOneTeaser() {
        let page = """
        全市秋粮收购过半

        　　本报讯（记者 孙浩）10月30日，记者从市粮食局获悉，全市已收购秋粮32万吨。

        本期导读

        ▶ 前三季度全市外贸增长8.2%（3版）
        ▶ 江城新增5条公交线路（6版）
        """
        let a = parse(page)
        #expect(a.count == 2)
        #expect(a[1].kind == .teaser)
        #expect(a[1].column == "本期导读")
        #expect(a[1].paragraphs == ["前三季度全市外贸增长8.2%（3版）", "江城新增5条公交线路（6版）"])
    }

    @Test func aTeaserBoxHeadsOnlyItselfAndItsLinesMayEndInThePointer() {
        let page = """
        今日导读
        全市新增市场主体3.6万户　详见第三版
        神农城夜市首周客流超10万人次　→5版

        守护好群众的“菜篮子”

        　　菜价连着民生。要多措并举稳产保供，让群众的“菜篮子”拎得稳。
        ■ 江城日报评论员
        """
        let a = parse(page)
        #expect(a.count == 2)
        #expect(a[0].kind == .teaser && a[0].column == "今日导读")
        #expect(a[0].paragraphs.count == 2)
        #expect(a[1].kind == .opinion)
        #expect(a[1].column == nil)
        #expect(a[1].authors.isEmpty)
    }

    @Test func navigationInBracketsWithoutSpacesIsFurniture() {
        for line in ["【打印本页】【关闭窗口】", "【返回目录】", "[打印] [关闭]", "【字体：大 中 小】"] {
            #expect(Furniture.isFurniture(Array(line.unicodeScalars)), "\(line)")
        }
        #expect(!Furniture.isFurniture(Array("【法官说法】".unicodeScalars)))
        #expect(!Furniture.isFurniture(Array("【编者按】".unicodeScalars)))
    }

    @Test func aDataBoxInAHardWrappedPageKeepsItsBulletsApart() {
        let page = """
        　　本报讯（记者 杜娟）10月20日，记者从市统计局获
        悉，前三季度全市经济运行稳中向好，主要指标增速高
        于全省平均水平，工业投资增长较快。

        一组数据看江城经济
        ■ 2860.5亿元　地区生产总值
        ■ 28.6万人　城镇新增就业
        ■ 176家　新增规模以上工业企业

        　　清晨的城北公园里，市民正在晨练。■ 田凯 摄
        """
        let a = parse(page)
        #expect(a.count == 3)
        #expect(a[1].headline == "一组数据看江城经济")
        #expect(a[1].paragraphs.count == 3)
        #expect(a[2].kind == .photo)
        #expect(a[2].authors == ["田凯"])
        #expect(a[0].paragraphs.count == 1)
    }

    @Test func aDataBoxIsOneArticleItsBulletsParagraphs() {
        let page = """
        全市经济运行稳中向好

        　　本报讯（记者 杜娟）10月20日，记者从市统计局获悉，前三季度全市经济运行稳中向好。

        数读前三季度江城经济
        ● 2860.5亿元
        地区生产总值，同比增长5.6%
        ● 7.2%　规模以上工业增加值增速
        ● 1032亿元
        社会消费品零售总额
        （数据来源：江城市统计局）

        城东菜市场完成改造

        　　本报讯（记者 孙浩）10月29日，城东菜市场改造完工。
        """
        let a = parse(page)
        #expect(a.count == 3)
        #expect(a[1].headline == "数读前三季度江城经济")
        #expect(a[1].titles == ["数读前三季度江城经济"])
        #expect(a[1].kind == .feature)
        #expect(a[1].authors.isEmpty)
        #expect(a[1].paragraphs.count == 3)
        #expect(a[1].paragraphs[0].hasPrefix("2860.5亿元"))
        #expect(!a[1].paragraphs.joined().contains("●"))
        #expect(!a[1].paragraphs.joined().contains("数据来源"))
        #expect(a[0].paragraphs.count == 1)
        #expect(a[2].headline == "城东菜市场完成改造")
    }

    @Test func aBriefsBulletOpeningWithADateIsNoDataBullet() {
        #expect(TitleShape.dataBullet(Array("●5月起　全市公交实行新票价。".unicodeScalars)) == nil)
        #expect(TitleShape.dataBullet(Array("● 2024年　全市实现……".unicodeScalars)) == nil)
        #expect(TitleShape.dataBullet(Array("● 98.2%　城镇污水处理率".unicodeScalars)) != nil)
        #expect(TitleShape.dataBullet(Array("●12.6万人".unicodeScalars)) != nil)
        #expect(TitleShape.dataBullet(Array("● 6.5%左右：地区生产总值增长目标".unicodeScalars)) != nil)
    }

    @Test func aBannerOverAnEditorsNoteHeadsTheArticlesUnderIt() {
        let page = """
        山水间的致富经
        编者按　产业兴则乡村兴。本报今起推出“山水间的致富经”专栏，讲述各地群众增收致富的故事，敬请关注。

        竹林里长出“金饭碗”
        □本报记者 吴倩

        　　深秋时节，竹海深处的加工厂里机器轰鸣。村里把竹子做成竹筷、竹席，带动村民人均增收8000元。

        小山货走出大山门
        □本报记者 陈亮

        　　走进山货直播间，主播正在介绍土蜂蜜。合作社今年线上销售山货460吨。
        """
        let a = parse(page)
        #expect(a.count == 3)
        #expect(a[0].kind == .notice)
        #expect(a[0].titles.isEmpty)
        #expect(a[0].paragraphs[0].hasPrefix("编者按"))
        #expect(a.allSatisfy { $0.column == "山水间的致富经" })
        #expect(a[1].headline == "竹林里长出“金饭碗”")
        #expect(a[2].headline == "小山货走出大山门")
        #expect(a[1].kind == .feature && a[2].kind == .feature)
    }

    @Test func anEditorsNoteUnderItsBannerIsAnItemOfItsOwnAfterAnyArticle() {
        let page = """
        乡村振兴进行时
        商州30万亩秋粮长势喜人

        　　本报讯（记者 赵晨）9月4日，记者从商州区农业农村局获悉，今年全区种植秋粮作物30万亩。

        “新春走基层”
        【编者按】新春佳节将至，本报记者深入基层一线，记录奋斗者的故事。敬请关注。

        守护万家灯火的人
        □本报记者 吴倩

        　　除夕夜，供电所的灯还亮着。所长带着队员巡线，确保群众温暖过年。
        """
        let a = parse(page)
        #expect(a.count == 3)
        #expect(a[0].column == "乡村振兴进行时")
        #expect(a[0].paragraphs.count == 1)
        #expect(a[1].kind == .notice && a[1].titles.isEmpty)
        #expect(a[1].column == "新春走基层")
        #expect(a[2].column == "新春走基层")
        #expect(a[2].headline == "守护万家灯火的人")
    }

    @Test func aReadersLetterAfterTheEditorsNoteIsItsOwnOpinionUnderItsTitleAndSalutation() {
        // A hard-wrapped column: the note's bracketed label opens its text,
        // and the letter's title stands flush over its salutation.
        let page = """
        读者来信
        　　【编者按】近期，本报陆续收到读者来
        信，反映身边的城市管理问题。今天选登其
        中一封。

        别让便民摊点变成“扰民摊点”
        编辑同志：
        　　我家小区门口去年设了一片便民摊点，
        最近摊点越摆越往外，占了大半条人行道。
        　　　　　　　　城东街道居民　刘桂英
        """
        let a = parse(page)
        #expect(a.count == 2)
        #expect(a.first?.kind == .notice)
        #expect(a.first?.paragraphs.first?.hasPrefix("【编者按】近期，") == true)
        #expect(a.last?.headline == "别让便民摊点变成“扰民摊点”")
        #expect(a.last?.paragraphs.first == "编辑同志：")
        #expect(a.last?.kind == .opinion)
        #expect(a.last?.authors == ["刘桂英"])
    }

    @Test func aLettersTitleWithACommaAndAReplysRubricStandOverTheirSalutations() {
        let page = """
        读者来信

        　　编者按　近期，本报陆续收到读者来
        信，反映身边的城市管理问题。今天选登其
        中一封，并请有关部门作出回复。

        便民摊点越摆越远，人行道谁来管
        编辑同志：
        　　我家小区门口去年设了一片便民摊点，
        最近摊点越摆越往外，占了大半条人行道。
        　　　　　　　　城东街道居民　刘桂英

        【回复】摊点将划线定位管理
        刘桂英读者：
        　　您好！您反映的问题，我们已会同城东
        街道进行了核实，下周起摊点将划线定位。
        """
        let a = parse(page)
        #expect(a.count == 3)
        #expect(a[1].headline == "便民摊点越摆越远，人行道谁来管")
        #expect(a[1].paragraphs.first == "编辑同志：")
        #expect(a[1].authors == ["刘桂英"])
        #expect(a.last?.headline == "摊点将划线定位管理")
        #expect(a.last?.column == "回复")
        #expect(a.last?.paragraphs.first == "刘桂英读者：")
        // Without the salutation under it, a line with a comma over text is
        // the end of a paragraph a column break cut.
        let cut = parse(page.replacingOccurrences(of: "编辑同志：\n", with: ""))
        #expect(cut.first { $0.headline == "便民摊点越摆越远，人行道谁来管" } == nil)
    }

    @Test func anEventsFactsUnderItsTitleAreTextAndAPhotoCardsTakerItsCredit() {
        let page = """
        我省出台20条措施降低全社会物流成本
        ——省政府新闻办新闻发布会实录

        时间：2025年3月18日上午10时
        地点：省政府新闻发布厅
        主持人：省政府新闻办副主任　尹书怀

        　　3月18日上午，省政府新闻办举行新闻发布会，介绍降低全社会物流成本的有关措施。
        　　尹书怀：女士们、先生们，大家上午好！
        """
        let a = parse(page)
        #expect(a.count == 1)
        #expect(a.first?.titles == ["我省出台20条措施降低全社会物流成本", "——省政府新闻办新闻发布会实录"])
        #expect(Array(a.first?.paragraphs.prefix(3) ?? []) == ["时间：2025年3月18日上午10时", "地点：省政府新闻发布厅", "主持人：省政府新闻办副主任尹书怀"])
        // A photo card: its fields are text, its taker the credit.
        let card = parse("""
        斑马线前的“小黄帽”
        时间:3月7日上午
        地点:羊山新区新七大道一小学门口
        拍摄者:本报记者 李涛
        一群戴着小黄帽的小学生在老师的带领下排队通过斑马线，过往车辆纷纷停车礼让。
        """)
        #expect(card.first?.paragraphs.count == 3)
        #expect(card.first?.authors == ["李涛"])
        #expect(card.first?.kind == .photo)
        // A site's facts under a title stay furniture.
        let web = parse("""
        城东菜市场完成改造
        作者：本报记者 周敏　来源：江城日报
        发布时间：2024-04-08 09:31

        　　4月7日，城东菜市场完成改造重新开业，新增摊位120个。
        """)
        #expect(web.first?.paragraphs.count == 1)
    }

    @Test func aQuestionSetFlushOverIndentedTextIsATitleThoughItHasAComma() {
        let page = """
        专家答疑

          编者按：开春以来，不少读者来信咨询健康问题，本期请专家作答。

        孩子咳嗽两周不见好，要不要拍胸片？

          问：我家孩子5岁，半个月前感冒后一直咳嗽，晚上咳得更厉害。

          答：感冒后咳嗽迁延两到三周，在儿科门诊很常见，多数不需要拍胸片。
        """
        let a = parse(page)
        #expect(a.last?.headline == "孩子咳嗽两周不见好，要不要拍胸片？")
        #expect(a.last?.paragraphs.first?.hasPrefix("问：") == true)
        // A line that ends mid-sentence is still a paragraph cut short.
        let cut = parse(page.replacingOccurrences(of: "要不要拍胸片？", with: "要不要拍胸片"))
        #expect(cut.last?.headline != "孩子咳嗽两周不见好，要不要拍胸片")
    }

    @Test func aPieceInACommentaryColumnIsOpinionThoughItsLeadOpensWithADay() {
        let page = """
        城东时评
        老旧小区改造贵在问需于民

        　　6月10日，区住建局公布今年第二批老旧小区改造计划，先后征集了1.3万余条居民意见。
        　　老旧小区改造，改什么、怎么改，居民最有发言权。
        　　　　　　　　　　　　　　　　欧阳明远
        """
        let a = parse(page)
        #expect(a.first?.column == "城东时评")
        #expect(a.first?.kind == .opinion)
    }

    @Test func aTheoryPiecesAuthorNoteAndTheNamesOverTheirUnitAreItsCredits() {
        let page = """
        学思践悟

        以县域经济高质量发展夯实乡村振兴根基

        ■ 王慧敏

        　　县域是城市与乡村的连接点，也是推进乡村全面振兴的主战场。

        做强特色产业集群

        　　产业是县域发展的根基，只有把“土特产”做成大产业，才能让农民更多分享收益。

        （作者系市委党校经济学教研部教授）


        调查与思考

        让“小网格”撬动基层治理“大变量”
        ——基于三个社区的调研

        刘志远　陈晓雯
        （作者单位：长江大学马克思主义学院）

        　　网格化管理是打通基层治理“最后一米”的重要抓手。
        """
        let a = parse(page)
        #expect(a.count == 2)
        // The note says who the author is: no other signer, the intertitle stays.
        #expect(a.first?.paragraphs.contains("做强特色产业集群") == true)
        #expect(a.first?.authors == ["王慧敏"])
        #expect(a.last?.titles == ["让“小网格”撬动基层治理“大变量”", "——基于三个社区的调研"])
        #expect(a.last?.authors == ["刘志远", "陈晓雯"])
        #expect(a.last?.kind == .opinion)
    }

    @Test func aTitleGluedToItsBylineByAWideGapIsATitleAndAByline() {
        let page = """
        湖滨商圈“共享法庭”揭牌运行   本报杭州10月13日讯 记者 陆晓晨 今天上午，湖滨商圈“共享法庭”揭牌运行。

        社区矫正对象有了“成长档案”   □ 本报记者 韦明 本报通讯员 覃丽娟
          走进鱼峰区社区矫正中心，一面电子屏上滚动显示着社区矫正对象的学习和公益劳动记录。
        """
        let a = parse(page)
        #expect(a.count == 2)
        #expect(a.last?.titles == ["社区矫正对象有了“成长档案”"])
        #expect(a.last?.authors == ["韦明", "覃丽娟"])
    }

    @Test func briefsWithLongTitlesBeforeAFullWidthSpaceAndClosingCreditsAreItemsOfTheirOwn() {
        let page = """
        简　讯

        ●宜昌启动中小学生视力健康筛查　10月10日，宜昌市教育局启动秋季学期中小学生视力健康筛查。（宋　岚）

        ●张掖职业院校与87家企业签订订单培养协议　日前，张掖市6所职业院校与87家企业签订订单培养协议。（宁海记者站 葛佳）
        """
        let a = parse(page)
        #expect(a.count == 2)
        #expect(a.map(\.headline) == ["宜昌启动中小学生视力健康筛查", "张掖职业院校与87家企业签订订单培养协议"])
        #expect(a.first?.authors == ["宋岚"])
        // A bureau before its reporter is no name.
        #expect(a.last?.authors == ["葛佳"])
    }

    @Test func aSpacedKickerWithFiguresIsAKickerNotPartOfTheHeadline() {
        let page = """
        新建泵站16座 排涝能力提升三成
        城区易涝点全部完成整治

        　　本报讯（记者 孙浩）10月28日，记者从市水务局获悉，全市42处易涝点已全部完成整治。
        """
        let a = parse(page)
        #expect(a.count == 1)
        #expect(a[0].titles == ["新建泵站16座 排涝能力提升三成", "城区易涝点全部完成整治"])
        #expect(a[0].headline == "城区易涝点全部完成整治")
    }

    @Test func aCoupletUnderAPlainLineIsTheHeadline() {
        let page = """
        全市经济工作会议召开
        稳中求进抓落实 奋力开创新局面

        　　本报讯（记者 孙浩）2月10日，全市经济工作会议召开。
        """
        let a = parse(page)
        #expect(a.count == 1)
        #expect(a[0].titles == ["全市经济工作会议召开", "稳中求进抓落实 奋力开创新局面"])
        #expect(a[0].headline == "稳中求进抓落实 奋力开创新局面")
    }

    @Test func twoLongTitleLinesAreAKickerOverTheHeadlineAShortPairIsOneHeadline() {
        // Paragraphs a line each: no column width to go by, only the lines' length.
        let page = """
        三江县实施城乡供水一体化改造行动
        两年新增集中供水人口4.6万人

        　　本报讯（记者 孙浩）11月3日，三江县城乡供水一体化改造工程全部完工。

        台山海上风电装备产业园
        首台12兆瓦机组下线

        　　本报讯（记者 杜娟）11月4日，台山海上风电装备产业园首台机组下线。
        """
        let a = parse(page)
        #expect(a.count == 2)
        #expect(a[0].titles == ["三江县实施城乡供水一体化改造行动", "两年新增集中供水人口4.6万人"])
        #expect(a[0].headline == "两年新增集中供水人口4.6万人")
        #expect(a[1].headline == "台山海上风电装备产业园 首台12兆瓦机组下线")
    }

    @Test func aShortBannerOverAHeadlineIsAColumnAKickerIsATitle() {
        let page = """
        秋收进行时
        全县20万亩水稻开镰收割

        　　本报讯（记者 孙浩）10月8日，全县20万亩水稻陆续开镰收割。

        三季度重点项目集中开工
        全县新开工项目38个

        　　本报讯（记者 杜娟）10月9日，全县三季度重点项目集中开工。
        """
        let a = parse(page)
        #expect(a.count == 2)
        #expect(a[0].column == "秋收进行时")
        #expect(a[0].titles == ["全县20万亩水稻开镰收割"])
        #expect(a[1].column == nil)
        #expect(a[1].titles == ["三季度重点项目集中开工", "全县新开工项目38个"])
    }

    @Test func aTitleItsBylineAndItsTextWithoutBlankLinesAreToldApart() {
        let page = """
        把好事办到群众心坎上
        ■ 江城日报评论员
        　　民生工作，一头连着政策，一头连着
        群众。今年以来，全市梳理出32项民生实
        事，目前已完成26项。
        　　办好民生实事，要多问问群众满意不
        满意，让每一项实事都经得起检验。

        全市已收购秋粮32万吨
        □记者 孙浩 通讯员 王敏 报道
        　　本报讯 11月7日，记者从市粮食局获
        悉，全市已收购秋粮32万吨，收购进度快
        于上年同期。
        """
        let a = parse(page)
        #expect(a.count == 2)
        #expect(a[0].titles == ["把好事办到群众心坎上"])
        #expect(a[0].kind == .opinion && a[0].authors.isEmpty)
        #expect(a[0].paragraphs.count == 2)
        #expect(a[1].titles == ["全市已收购秋粮32万吨"])
        #expect(a[1].authors == ["孙浩", "王敏"])
    }

    @Test func theTextAfterADataBoxsBulletsIsAnotherPiece() {
        let page = """
        数读·秋粮收购
        ● 32万吨
        已收购秋粮
        ● 1.8万户
        售粮农户

        　　让群众少跑腿，服务不打烊。各级政
        务服务中心要延长服务时间，让群众办事
        更方便。
        本报评论员
        """
        let a = parse(page)
        #expect(a.count == 2)
        #expect(a[0].headline == "数读·秋粮收购")
        #expect(a[0].paragraphs.count == 2)
        #expect(a[1].titles.isEmpty)
        #expect(a[1].kind == .opinion)
        #expect(a[1].paragraphs == ["让群众少跑腿，服务不打烊。各级政务服务中心要延长服务时间，让群众办事更方便。"])
    }

    // MARK: PDF text of an industry paper (round m)

    @Test func aBylinesUnitInBracketsAndItsNamesWrappedOntoTheNextLineCreditEveryone() {
        let page = """
        鄂西南主网架补强工程全线贯通
        本报记者　向　阳　通讯员　覃思远
        田　蕊（国网恩施供电公司）
        　　9月10日17时26分，鄂西南500千伏
        主网架补强工程全线贯通，比计划工期
        提前23天。
        """
        let a = parse(page)
        #expect(a.count == 1)
        #expect(a.first?.authors == ["向阳", "覃思远", "田蕊"])
        #expect(a.first?.paragraphs.first?.hasPrefix("9月10日") == true)
        #expect(a.first?.date?.iso == nil || a.first?.date?.month == 9)
    }

    @Test func lettersOfANameSetApartByOneSpaceAndNamesByAnotherAreTwoNames() {
        let a = parse("充电站投运\n\n　　本报讯（通讯员 周　敏 陈　浩）9月9日，首座“光储充”一体化充电站投运。\n")
        #expect(a.first?.authors == ["周敏", "陈浩"])
        let b = parse("充电站投运\n\n　　本报讯（记 者 孙 亚 飞）9月9日，首座“光储充”一体化充电站投运。\n")
        #expect(b.first?.authors == ["孙亚飞"])
    }

    @Test func aClosingCreditOfAUnitAndItsPersonNamesThePerson() {
        let page = """
        茶叶加工厂告别烧柴
        　　本报讯　近日，县供电公司完成全县27个茶叶加工厂的电气化改造。（国网鹤峰县供电公司　向　蕾）
        """
        let a = parse(page)
        #expect(a.first?.authors == ["向蕾"])
        #expect(a.first?.paragraphs.last?.hasSuffix("电气化改造。") == true)
    }

    @Test func aPhotoReportsCreditAfterAnIndentedCaptionMakesItAPictureOfItsOwn() {
        let page = """
        主网架补强工程全线贯通
        本报记者　向　阳
        　　9月10日，鄂西南500千伏主网架补
        强工程全线贯通，比计划工期提前23天。

        　　9月8日，带电作业人员在10千伏夷
        陵线开展带电消缺作业。
        通讯员 黄勇 邹静 摄影报道

        茶叶加工厂告别烧柴
        　　本报讯　近日，县供电公司完成全县
        27个茶叶加工厂的电气化改造。
        """
        let a = parse(page)
        #expect(a.count == 3)
        #expect(a.first?.authors == ["向阳"])
        // 摄影报道 is the kind of the report, no place it was filed from.
        #expect(a.count == 3 && a[1].kind == .photo && a[1].authors == ["黄勇", "邹静"] && a[1].place == nil)
    }

    @Test func aTitleBrokenOverTwoFlushLinesOverItsIndentedLeadHeadsAReport() {
        let page = """
        “塔上飞人”谭建国
        　　谈起下一步打算，谭建国说，班组计划
        明年再培养5名能独立操作的带电作业人
        员，“让乡亲们少停一次电，就是我们最大
        的心愿”。

        荆门首座“光储充”一体化
        充电站投运
        　　本报讯（通讯员 周敏）9月9日，国网
        荆门供电公司建设的首座“光储充”一体
        化充电站在荆门高新区投运。
        """
        let a = parse(page)
        #expect(a.count == 2)
        #expect(a.first?.titles == ["“塔上飞人”谭建国"])
        #expect(a.last?.titles == ["荆门首座“光储充”一体化", "充电站投运"])
        #expect(a.first?.paragraphs.last?.hasSuffix("最大的心愿”。") == true)
    }

    @Test func anIntertitleSetFlushBetweenIndentedParagraphsIsAParagraphOfItsOwn() {
        let page = """
        “塔上飞人”谭建国
        　　今年49岁的谭建国在带电作业岗位上
        干了26年，累计完成带电作业3100余次，
        没有发生过一起安全事故，大家都叫他
        “塔上飞人”。
        练就“绝活”靠的是笨功夫
        　　刚进班组时，谭建国连安全带都系不
        利索。为了练好基本功，他每天下班后在
        训练场多练两个小时，一根绝缘杆举起放
        下，一练就是上百遍。
        把经验变成班组的“传家宝”
        　　这些年，谭建国把自己摸索出的操作
        要领整理成12本作业笔记，带出的28名徒
        弟中，有9人成长为技术骨干。
        """
        let a = parse(page)
        #expect(a.count == 1)
        #expect(a.first?.paragraphs.count == 5)
        #expect(a.first?.paragraphs[1] == "练就“绝活”靠的是笨功夫")
        #expect(a.first?.paragraphs[3] == "把经验变成班组的“传家宝”")
    }

    // MARK: a sports page (round m)

    @Test func aResultsBoxsRowsAreItsParagraphsNeverTitlesOfTheNextReport() {
        let page = """
          • 东岳城市足球联赛第18轮赛果

            江州海鹰 3:1 临川火炬

            北岭雄狮 0:0 南浦港湾

            云梦湖人 2:2 青溪山鹰

          • 江州男篮98比95险胜宁川

            江州队后卫祁俊豪（右）在比赛中突破上篮。 本报记者 温可欣 摄

            本报记者 石磊 发自宁川　8月18日晚，江州男篮客场以98比95险胜宁川队。

            本场比赛双方交替领先11次。
        """
        let a = parse(page)
        #expect(a.count == 3)
        guard a.count == 3 else { return }
        #expect(a[0].titles == ["东岳城市足球联赛第18轮赛果"])
        #expect(a[0].paragraphs == ["江州海鹰 3:1 临川火炬", "北岭雄狮 0:0 南浦港湾", "云梦湖人 2:2 青溪山鹰"])
        // The picture under the report's title is its own; the report keeps the title.
        #expect(a[1].kind == .photo && a[1].authors == ["温可欣"])
        #expect(a[2].titles == ["江州男篮98比95险胜宁川"])
        // A reporter filing from a place opens the lead as a dateline, after the `本报记者` of the paper too.
        #expect(a[2].authors == ["石磊"] && a[2].place == "宁川")
    }

    @Test func aLetterSpacedTitleWithFiguresIsNoTableRow() {
        #expect(!TitleShape.isTableRow(Array("全 省 春 耕 生 产 全 面 铺 开 已 备 化 肥 2 1 0 万 吨".unicodeScalars)))
        #expect(!TitleShape.isTableRow(Array("投入资金1.2亿元 新增蓄水能力860万立方米".unicodeScalars)))
        #expect(TitleShape.isTableRow(Array("北岭雄狮 0:0 南浦港湾".unicodeScalars)))
    }

    // MARK: a literary supplement (round m)

    static let literaryPage = """
    外婆的腌菜坛
    □ 钱慧芬

    　　外婆家灶屋的北墙根下，一溜排着
    好几只腌菜坛，最大的那只齐我腰高，
    坛口压着一块磨得发亮的青石板。小时
    候我总以为，那些坛子和外婆一样老。
    　　腌菜要闷足四十天才能开坛。那些
    日子里，我每天放学都要去揭一揭石板，
    闻一闻那股又酸又咸的气味。
    　　　　　　　　　　　　　　　插图　周子墨

    秋夜听雨（外一首）
    ◎蒋一帆

    雨是后半夜来的，
    先落在瓦上，再落在窗上，
    最后落进我没有关严的梦里。

    梦里有河，
    河上泊着没系缆的船，
    他回头看我，什么也没说。

    窗口那盏灯

    　　对面楼里有扇窗，每晚十点以后总
    亮着灯。我不知道灯下的人在做什么，
    也许在备课，也许在赶明天要交的报表，
    也许只是在等晚归的家人。
    　　人与人之间，有时就隔着一盏灯的
    距离。不必相识，也能互相照亮。
    　　　　　　　　　　　　　　　　　　　□ 马晓川
    """

    @Test func anIllustratorsCreditAfterAnEssayNamesAnAuthor() {
        let a = parse(Self.literaryPage)
        #expect(a.first?.authors == ["钱慧芬", "周子墨"])
        #expect(a.first?.paragraphs.count == 2)
    }

    @Test func aPoemsStanzasAreParagraphsAndProseSignedByAnotherAfterItIsAPieceOfItsOwn() {
        let a = parse(Self.literaryPage)
        #expect(a.count == 3)
        guard a.count == 3 else { return }
        #expect(a[1].titles == ["秋夜听雨（外一首）"])
        #expect(a[1].authors == ["蒋一帆"])
        #expect(a[1].paragraphs == ["雨是后半夜来的，先落在瓦上，再落在窗上，最后落进我没有关严的梦里。",
                                    "梦里有河，河上泊着没系缆的船，他回头看我，什么也没说。"])
        #expect(a[2].titles == ["窗口那盏灯"])
        #expect(a[2].authors == ["马晓川"])
        #expect(a[2].paragraphs.count == 2)
    }

    // MARK: a political-consultative paper (round n)

    @Test func aMembersOfficeUnderTheNameIsNoTextAndAProposalsSummaryIsAPieceOfItsOwn() {
        let page = """
        让农村老人在家门口安享晚年

        邵文澜
        全国政协委员，宁远大学社会学院院长

        去年下半年，我带领课题组走访了14个县、52个行政村。

        农村养老不能只靠建房子，更要靠有人干事、有钱运转。

        提案摘要

        关于加快发展农村互助养老服务的提案

        提案人：全国政协委员 任雪松

        案由：我国农村老龄化程度高于城镇。

        建议：一是建立农村互助养老设施运营补贴制度。
        """
        let a = parse(page)
        #expect(a.count == 2)
        guard a.count == 2 else { return }
        #expect(a[0].authors == ["邵文澜"])
        #expect(a[0].paragraphs.first == "去年下半年，我带领课题组走访了14个县、52个行政村。")
        #expect(a[1].titles == ["关于加快发展农村互助养老服务的提案"])
        #expect(a[1].column == "提案摘要")
        #expect(a[1].authors == ["任雪松"])
        #expect(a[1].paragraphs.count == 2)
    }

    // MARK: a Hong Kong property page (round n)

    @Test func aTitleOverALeadOpeningWithWhoActedYesterdayHeadsAReport() {
        let page = """
        嘉峰將軍澳盤首推280伙
        折實平均呎價1.52萬元

        記者 區雅雯

        嘉峰地產(01637)旗下將軍澳新盤昨(26日)公布首張價單，涵蓋280伙。

        地產股造好 恒指升312點

        港股昨日高開高走，恒指收報16,930點，升312點。

        按揭息口料年中回落

        金管局昨日公布，2月份新批按揭貸款額為238億元。
        """
        let a = parse(page)
        #expect(a.count == 3)
        #expect(a.dropFirst().map(\.headline) == ["地產股造好 恒指升312點", "按揭息口料年中回落"])
    }

    @Test func aChartsOrATablesLabelOrSourceIsNoTitle() {
        for line in ["表：昨日地產股表現", "圖：今年首季每周一手私宅成交宗數", "資料來源：港交所", "资料来源：市统计局"] {
            #expect(!TitleShape.isTitleLike(Array(line.unicodeScalars)), "\(line)")
        }
        #expect(TitleShape.isTitleLike(Array("地產股造好 恒指升312點".unicodeScalars)))
    }

    // MARK: a legal paper (round n)

    @Test func aBracketedSubheadUnderTheBylineIsThePiecesFirstParagraphAColumnsRubricIsItsColumn() {
        let page = """
        微信转账备注“借款”就能认定借贷关系吗

        □ 施雨涵

        【案情】
        　　王某与李某系多年朋友，王某先后向李某转账8.5万元。
        【评析】
        　　本案争议焦点在于涉案转账的性质。
        """
        let a = parse(page)
        #expect(a.count == 1)
        #expect(a.first?.paragraphs == ["【案情】", "王某与李某系多年朋友，王某先后向李某转账8.5万元。", "【评析】", "本案争议焦点在于涉案转账的性质。"])
        let b = parse("让“一老一小”服务更有温度\n\n□ 邵阳\n\n【江城时评】\n\n　　近日，多地出台措施，推动社区养老服务提质。\n")
        #expect(b.first?.column == "江城时评")
        #expect(b.first?.paragraphs.first?.hasPrefix("近日") == true)
    }

    // MARK: the rules' pieces

    @Test func siteFurnitureLinesAreToldByTheirForm() {
        let furniture = ["网站首页 | 手机版 | 往期回顾", "湘西日报数字报", "第002版：要闻", "A03版：城事", "当前版：03版",
                         "上一篇　下一篇", "放大+ 缩小- 默认", "【打印】　【关闭】", "往期回顾",
                         "首页 > 2024年05月10日 > A03版：城事", "《湘西日报》（2024年04月23日 第02版）",
                         "日 一 二 三 四 五 六", "7 8 9 10 11 12 13", "2024年04月", "<< 2024年6月 >>",
                         "Copyright © 2024 湘西日报社 版权所有", "湘西日报 - 第01版：要闻", "第1版(要闻)",
                         "2024-04-23", "2024-04-23 09:31:27", "31 1 2 3 4 5 6",
                         "1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28 29 30"]
        for line in furniture {
            #expect(Furniture.isFurniture(Array(line.unicodeScalars)), "\(line)")
        }
        let text = ["全市新增绿地12万平方米", "上一年度全市完成投资3.2亿元。", "大", "2024年全市经济运行稳中向好",
                    "《条例》自2024年5月1日起施行", "3 5 7 9 11 13", "2024年5月6日", "12 13 1 2 3 4 5", "江城日报 江城晚报", "县委书记 王明", "版权所有，侵权必究。"]
        for line in text {
            #expect(!Furniture.isFurniture(Array(line.unicodeScalars)), "\(line)")
        }
    }

    @Test func commentatorAndAffiliationForms() {
        for line in ["■ 江城日报评论员", "□本报特约评论员", "新华社评论员", "■ 本报评论员"] {
            let b = Byline.parse(Array(line.unicodeScalars))
            #expect(b?.names == [], "\(line)")
            #expect(b?.roles.contains(.commentator) == true, "\(line)")
        }
        for closing in ["（本报评论员）", "（江城日报评论员）"] {
            let b = Byline.parseClosing(Array(closing.unicodeScalars))
            #expect(b?.names == [] && b?.roles.contains(.commentator) == true, "\(closing)")
        }
        #expect(Byline.parseDatelineCredit(Array("新甘肃-张掖日报记者 马立新".unicodeScalars))?.names == ["马立新"])
        #expect(Byline.parseDatelineCredit(Array("十堰晚报融媒记者 陈思远 通讯员 胡蓉".unicodeScalars))?.names == ["陈思远", "胡蓉"])
        #expect(Byline.parseDatelineCredit(Array("新甘肃·张掖日报记者 刘海燕".unicodeScalars))?.names == ["刘海燕"])
    }
}

/// An epaper's index of a page: titles and leads on one line (issue 18).
@Suite struct TitleBeforeLeadTests: SmallPages {
    @Test func eachTitleSetBeforeItsLeadOpensAnArticleEvenWithoutADateline() {
        let page = """
        城区今年将新建绿道120公里   本报泰安6月17日讯(记者 孔令鹏) 17日，记者从市园林局获悉，今年城区将新建绿道120公里。
          据介绍，去年城区共建成绿道86公里，串联起多处休闲空间。
        全省“夏粮”收购进度已过三成   记者17日从省粮食和物资储备局获悉，各地夏粮收购工作有序推进，收购进度已过三成。
          今年小麦质量总体较好，市场购销活跃。
                                   据新华社
        """
        let a = parse(page)
        #expect(a.map(\.headline) == ["城区今年将新建绿道120公里", "全省“夏粮”收购进度已过三成"])
        #expect(a.first?.authors == ["孔令鹏"])
        #expect(a.first?.place == "泰安")
        #expect(a.last?.paragraphs.first?.hasPrefix("记者17日") == true)
        // The source note names nobody.
        #expect(a.last?.authors == [])
    }

    @Test func aTableRowOrALineWithOneGapIsNotSplit() {
        let page = """
        城区绿道建设情况

        　　本报讯（记者 孔令鹏）记者从市园林局获悉，今年城区绿道建设进展顺利。
        新建绿道　　120公里　　比上年增长　　39.5%
        主要指标 全年新建绿道120公里，比去年增加34公里，串联公园18处，新增停车位560个。
        """
        let a = parse(page)
        #expect(a.count == 1)
        #expect(a.first?.titles == ["城区绿道建设情况"])
    }
}

