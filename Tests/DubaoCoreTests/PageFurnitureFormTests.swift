import Testing
@testable import DubaoCore

/// Furniture told by the form of a line (issue 18, part 2), decks (part 3):
/// one rule per test, on small pages written for it.
@Suite struct PageFurnitureFormTests: SmallPages {
    static let body = "　　本报讯（记者 孙丽娜）6月14日，全县已收获小麦21.6万亩，占种植面积的83%。"

    @Test(arguments: ["放大+　缩小-　默认○", "▲返回目录　下一版>>", "【放大】【缩小】【默认◎】", "[PDF版下载]　[返回目录]"])
    func aControlWithASignBesideItsWordIsFurniture(_ controls: String) {
        let page = "\(controls)\n全县夏粮收获进度过八成\n\(Self.body)\n\n\(controls)\n"
        let a = parse(page)
        #expect(a.count == 1)
        #expect(a.first?.titles == ["全县夏粮收获进度过八成"])
        #expect(a.first?.paragraphs.count == 1)
    }

    @Test func aTitleWithASignIsStillATitle() {
        // Signs make a control only beside a control's word (the star is
        // the title's ornament, which titles never keep).
        let page = "★全县夏粮收获进度过八成\n\n\(Self.body)\n"
        #expect(parse(page).first?.headline == "全县夏粮收获进度过八成")
    }

    @Test func aNavigationLineWithTheDateIsFurnitureAndDatesThePage() {
        let page = "前一版 下一版 2024年11月12日\n\n全县夏粮收获进度过八成\n\n\(Self.body)\n"
        let a = PageParser.parse(text: page, name: "p", source: "2024/11/13/p.txt")
        #expect(a.first?.titles == ["全县夏粮收获进度过八成"])
        #expect(a.first?.pageDate?.iso == "2024-11-12")
    }

    @Test func controlsWithTheirArrowDigitsAndASearchBoxAreFurnitureAndTheirDateDatesThePage() {
        // A symbol font's arrows kept as digits (`3上一版`, `下一篇4`), a
        // search box's label over its empty field.
        let page = "3上一版  下一版4\n新闻搜索:\n\n3上一期 版面导航\n下一篇4 2024年11月12日 放大 缩小 默认\n\n全县夏粮收获进度过八成\n\n\(Self.body)\n"
        let a = PageParser.parse(text: page, name: "p", source: "2024/11/13/p.txt")
        #expect(a.count == 1)
        #expect(a.first?.titles == ["全县夏粮收获进度过八成"])
        #expect(a.first?.pageDate?.iso == "2024-11-12")
        // A digit that is part of the words stays: `5大项目` is no control.
        let intertitle = parse("全县夏粮收获进度过八成\n\n\(Self.body)\n\n5大项目 下一步\n\n　　今年还将有五个项目开工。\n")
        #expect(intertitle.first?.paragraphs.contains("5大项目 下一步") == true)
    }

    @Test func aPapersNameLetterSpacedAcrossTheMastheadIsNoColumn() {
        let page = "江  城  日  报\n\n一九八四年十一月七日    星期三        第 二 版\n\n全县夏粮收获进度过八成\n\n\(Self.body)\n"
        let a = parse(page)
        #expect(a.count == 1)
        #expect(a.first?.column == nil)
        #expect(a.first?.titles == ["全县夏粮收获进度过八成"])
    }

    @Test func aReadLaterExportsRulesAddressesSaveLinesAndOriginalTitleAreFurniture() {
        let page = """
        稍后读 · 导出文章（2篇）
        ==============================

        全县夏粮收获进度过八成
        江城网 · www.jiangcheng.cn
        https://www.jiangcheng.cn/news/20240615/c.html
        保存时间：2024-06-16 07:42　　阅读时长：约4分钟

        原标题：抢抓晴好天气 全县夏粮收获进度过八成
        2024-06-15 09:12:35
        来源：江城日报
        作者：孙丽娜
        责编：苏航

        6月14日，全县已收获小麦21.6万亩，占种植面积的83%。

        6月13日，农机手在田头检修收割机。（图片来源：江城日报）

        县农业农村局表示，预计本周内全面完成夏收。

        【纠错】【责任编辑：苏航】

        ----------
        """
        let a = PageParser.parse(text: page, name: "p", source: "2024-06-16/p.txt")
        #expect(a.first?.titles == ["全县夏粮收获进度过八成"])
        #expect(a.first?.authors == ["孙丽娜"])
        #expect(a.first?.paragraphs == ["6月14日，全县已收获小麦21.6万亩，占种植面积的83%。", "县农业农村局表示，预计本周内全面完成夏收。"])
        // The picture's source names no one; the caption is a photo article.
        #expect(a.count == 2)
        #expect(a.last?.kind == .photo)
        #expect(a.last?.authors == [])
    }

    @Test func aSentenceNamingTheHotlineIsTextAndAMarkedRubricOverATitleNamesItsColumn() {
        let page = """
        热线求助
        楼道灯坏了半个月 居民摸黑上下楼

        　　本报讯（记者 陈晓琳）前天，家住长风街道的读者拨打本报新闻热线962555求助。
        　　本报将继续关注维修进展。

        ■提醒
        明起部分公交线路临时绕行

        　　记者昨天从市交通委获悉，8月22日起，30余条公交线路临时绕行。
        """
        let a = parse(page)
        #expect(a.count == 2)
        #expect(a.first?.authors == ["陈晓琳"])
        #expect(a.first?.paragraphs.count == 2)
        #expect(a.last?.column == "提醒")
        #expect(a.last?.authors == [])
        #expect(a.last?.headline == "明起部分公交线路临时绕行")
    }

    @Test func aDateAloneBesideTheNavigationAndAnArchivesHeaderWithABracketedLabelAreFurniture() {
        let nav = "2024年10月16日\n3 上一篇  下一篇4  放大 缩小 默认\n\n全县夏粮收获进度过八成\n\n\(Self.body)\n"
        let a = PageParser.parse(text: nav, name: "p", source: "2024/10/17/p.txt")
        #expect(a.first?.titles == ["全县夏粮收获进度过八成"])
        #expect(a.first?.pageDate?.iso == "2024-10-16")
        let header = "2023年06月14日　江城日报　第A5版：区县（市）\n\n全县夏粮收获进度过八成\n\n\(Self.body)\n"
        #expect(parse(header).first?.titles == ["全县夏粮收获进度过八成"])
        // A date alone with no furniture beside it is left to the text.
        let notice = "关于开展秋季征兵工作的通告\n\n　　请适龄青年按时报名。特此通告。\n\n江城县征兵办公室\n2024年10月16日\n"
        #expect(parse(notice).first?.paragraphs.joined().contains("特此通告") == true)
    }

    @Test func aPortalsControlsAndItsNoteOfTheOriginalTitleAreFurniture() {
        let page = """
        全县夏粮收获进度过八成

        2024-06-15 07:32:15　来源: 江城晚报
        举报
        分享至

        （原标题：抢抓晴好天气 全县夏粮收获进度过八成）

        江城晚报记者 孙丽娜 通讯员 陆晨

        6月14日，全县已收获小麦21.6万亩，占种植面积的83%。
        """
        let a = parse(page)
        #expect(a.count == 1)
        #expect(a.first?.titles == ["全县夏粮收获进度过八成"])
        #expect(a.first?.authors == ["孙丽娜", "陆晨"])
        #expect(a.first?.paragraphs == ["6月14日，全县已收获小麦21.6万亩，占种植面积的83%。"])
    }

    @Test func aHeaderSetLetterByLetterIsFurniture() {
        let page = "2 时 政 2023 年 11 月 23 日 星期四 责任编辑：赵 宁 组版：孙 悦\n\n全县夏粮收获进度过八成\n\n\(Self.body)\n"
        let a = parse(page)
        #expect(a.first?.titles == ["全县夏粮收获进度过八成"])
        #expect(a.first?.pageDate?.iso == "2023-11-23")
    }

    @Test func aPagesOwnHeaderOutranksTheSitesUploadDate() {
        let page = """
        发布时间:2023-11-30 | 杂志分类:其他

        兰州日报　2023年11月23日　星期四

        全县夏粮收获进度过八成

        \(Self.body)
        """
        #expect(parse(page).first?.pageDate?.iso == "2023-11-23")
    }

    @Test func aPageNumberInChineseNumeralsWithItsLabelIsFurniture() {
        let page = "第三版　　　　综合新闻\n\n全县夏粮收获进度过八成\n\n\(Self.body)\n"
        #expect(parse(page).first?.titles == ["全县夏粮收获进度过八成"])
    }

    @Test func aCorpusPageHeaderAndItsEmptyFieldsAreFurniture() {
        let page = """
        1998年03月12日 人民日报 第2版

        第2版(经济)
        专栏：

        全县夏粮收获进度过八成
        \(Self.body)

        第2版(经济)
        专栏：田间笔谈

        麦收时节话农机
        　　每到麦收，村里的老农总要念叨几句农机的好处。
        """
        let a = parse(page)
        #expect(a.count == 2)
        #expect(a.first?.titles == ["全县夏粮收获进度过八成"])
        #expect(a.first?.column == nil)
        #expect(a.first?.pageDate?.iso == "1998-03-12")
        #expect(a.last?.column == "田间笔谈")
    }

    @Test func aShortTitleOverADashSubtitleIsTheHeadlineNotABanner() {
        let page = "冬闲变冬忙\n——红岩乡兴修水利见闻\n\n　　入冬以来，红岩乡组织3200多名劳力兴修水利，新增灌溉面积2100亩。\n"
        let a = parse(page)
        #expect(a.first?.titles == ["冬闲变冬忙", "——红岩乡兴修水利见闻"])
        #expect(a.first?.headline == "冬闲变冬忙")
        #expect(a.first?.column == nil)
    }

    @Test(arguments: ["阅读提示", "【核心提示】"])
    func aSummaryBoxsLabelIsFurnitureAndItsSummaryText(_ label: String) {
        let page = "冷水江锑产业加速向精深加工挺进\n□ 本报记者 谢婷\n\(label)\n　　锑是冷水江的“城市名片”，近年来当地引进一批精深加工项目。\n　　该企业去年实现产值12.6亿元。\n"
        let a = parse(page)
        #expect(a.count == 1)
        #expect(a.first?.paragraphs.count == 2)
        #expect(a.first?.paragraphs.first?.hasPrefix("锑是") == true)
    }

    @Test func aSitesSourceFieldGluedBeforeADatelineGoesAndTheLeadStays() {
        let page = """
        冷水江锑产业加速向精深加工挺进
        　　锑是冷水江的“城市名片”，近年来当地引进一批精深加工项目。

        娄底经开区集中签约16个项目
        来源：娄底新闻网　　娄底日报讯 记者 刘洋、陈波报道：8月8日，娄底经开区现场签约项目16个。
        　　签约项目涵盖新材料、装备制造等领域。
        """
        let a = parse(page)
        #expect(a.count == 2)
        #expect(a.last?.headline == "娄底经开区集中签约16个项目")
        #expect(a.last?.authors == ["刘洋", "陈波"])
        #expect(a.last?.paragraphs.first?.hasPrefix("娄底日报讯") == true)
    }

    @Test func aCorpusRecordsSlotGluedToItsColumnLabelOpensTheArticleWithItsColumn() {
        // Each record of a by-date corpus opens with its page slot and the
        // column's label; a commentary under it has no dateline.
        let page = """
        第1版(要闻)专栏:
        全县夏粮收获进度过八成
        本报讯记者孙丽娜报道:全县已收获小麦21.6万亩，占种植面积的83%。

        第1版(要闻)专栏:短评
        收麦时节更要防火
        麦收正忙，田间地头处处是干透的麦秸，一个烟头就能酿成大祸。
        各乡镇要把防火责任落实到每一块地。
        """
        let a = parse(page)
        #expect(a.map(\.headline) == ["全县夏粮收获进度过八成", "收麦时节更要防火"])
        #expect(a.last?.column == "短评")
        #expect(!a.contains { $0.paragraphs.contains { $0.contains("专栏") } })
    }

    @Test func aPageHeaderOfSlotLabelAndCreditsIsFurniture() {
        let page = "A6 城事 责编：郑雨 美编：王琳 校对：李慧\n\n全县夏粮收获进度过八成\n\n\(Self.body)\n"
        #expect(parse(page).map(\.titles) == [["全县夏粮收获进度过八成"]])
    }

    @Test(arguments: ["【编辑:王宁】", "[责任编辑：孙佳]", "【纠错】 【责任编辑：孙佳】"])
    func anEditorsCreditInBracketsAfterAStoryIsNoTitleOfTheNext(_ credit: String) {
        let page = "全县夏粮收获进度过八成\n\n\(Self.body)\n\n\(credit)\n\n城南新建三座文化广场\n\n　　本报讯（记者 王芳）6月13日，城南三座文化广场同时开放。\n"
        let a = parse(page)
        #expect(a.map(\.titles) == [["全县夏粮收获进度过八成"], ["城南新建三座文化广场"]])
        #expect(!a.contains { $0.paragraphs.contains { $0.contains("编辑") } })
        #expect(a.allSatisfy { !$0.authors.contains("王宁") && !$0.authors.contains("孙佳") })
    }

    @Test func aSitesMenuSetOneItemALineIsFurniture() {
        let page = "首页English\n  • 时政\n  • 国际\n  • 时评\n  • 文化\n  • 科技\n  • 更多>>\n\n全县夏粮收获进度过八成\n\n\(Self.body)\n"
        let a = parse(page)
        #expect(a.map(\.titles) == [["全县夏粮收获进度过八成"]])
        #expect(a.first?.column == nil)
    }

    @Test func aListOfTitlesOneALineIsNoMenu() {
        let page = "● 全县夏粮收获进度过八成\n● 城南新建三座文化广场\n● 老旧小区改造年底完工\n\n\(Self.body)\n"
        #expect(parse(page).first?.paragraphs.first?.contains("全县已收获小麦") == true)
        #expect(Furniture.menuLines(PageLines.blocks(of: page)[0].lines).isEmpty)
    }

    @Test func anEditingChainWithoutColonsIsFurniture() {
        let page = "全县夏粮收获进度过八成\n\n\(Self.body)\n\n编辑 刘洋 校对 赵琳\n\n城南新建三座文化广场\n\n　　本报讯（记者 王芳）6月13日，城南三座文化广场同时开放。\n"
        let a = parse(page)
        #expect(a.map(\.titles) == [["全县夏粮收获进度过八成"], ["城南新建三座文化广场"]])
    }

    @Test(arguments: ["【图片新闻】荷塘月色引客来\n", "【图片新闻】\n荷塘月色引客来\n"])
    func aRubricInBracketsOverOrBeforeATitleIsItsColumn(_ head: String) {
        let page = "\(head)\n　　7月12日，游客在岚溪县湿地公园赏荷拍照。（摄影：彭志军）\n"
        let a = parse(page)
        #expect(a.first?.titles == ["荷塘月色引客来"])
        #expect(a.first?.column == "图片新闻")
    }

    // MARK: round n

    @Test func anArticleViewsControlsRunTogetherAndItsAppLabelsAreFurniture() {
        let page = """
        第04版：中青校园
        上一版下一版
        江城青年报客户端
        江城青年报官方微信
        2025年11月19日 Wed
        往期回顾
        2005-2010年回顾
        返回目录
        新闻检索 搜
        青报系
        返回首页

        凌晨四点的养殖棚、周末的田埂课堂
        在县城职校找到人生的“第二条跑道”

        江青报·江青网记者 陆知行 实习生 苏晓芃\t来源：江城青年报\t（2025年11月19日  04版）

        　　11月8日清晨，仁岭县职业技术学校畜牧兽医专业的学生已经来到养殖棚。
        """
        let a = parse(page)
        #expect(a.count == 1)
        #expect(a.first?.titles == ["凌晨四点的养殖棚、周末的田埂课堂", "在县城职校找到人生的“第二条跑道”"])
        // The byline before the site's facts is the article's.
        #expect(a.first?.authors == ["陆知行", "苏晓芃"])
        #expect(a.first?.paragraphs.count == 1)
    }

    @Test func aMediaGroupsBrandBeforeItsPaperAndAnOrganisationsInternAreNoNames() {
        let a = parse("牧区冬储饲草\n\n　　本报伊宁讯（石榴云/新疆日报记者 李明远 通讯员 努尔比亚·吐尔逊）连日来，伊宁县牧民忙着储备饲草。\n")
        #expect(a.first?.authors == ["李明远", "努尔比亚·吐尔逊"])
        let b = parse("大赛决赛落幕\n\n　　本报北京11月18日电（中青报·中青网实习生 何雨萱 记者 樊一鸣）全国职业院校学生创意大赛决赛落幕。\n")
        #expect(b.first?.authors == ["何雨萱", "樊一鸣"])
    }

    @Test func anOpinionPagesCircledDotBylinesIdentityNotesAndMarkupSpaces() {
        let page = """
        &nbsp;
        社論
        稻米保價收購不能年年加碼

        　　行政院會昨天通過今年二期稻作保價收購計畫。

        休耕補貼應與轉作掛鉤
        ☉鄭國華

        　　休耕補貼年年增加，農地卻越休越荒。
        （作者為大學教授，台南市民）

        騎樓停車 該管一管了
        ☉蔡美玲

        　　騎樓本是行人的路。
        （作者是社區大學講師）
        """
        let a = parse(page)
        #expect(a.map(\.headline) == ["稻米保價收購不能年年加碼", "休耕補貼應與轉作掛鉤", "騎樓停車 該管一管了"])
        #expect(a.map(\.authors) == [[], ["鄭國華"], ["蔡美玲"]])
        #expect(a.first?.column == "社論")
        #expect(a.first?.paragraphs.first?.hasPrefix("行政院會") == true)
    }

    @Test func aSeriesBannerQuotingAWordIsTheColumnOverTheKicker() {
        let page = """
        金秋看“三农”

        每亩多收300斤　每斤多卖0.2元
        丰河县“稻渔共生”让种粮更有赚头
        本报记者 蒋玉田 见习记者 许嘉宁

        　　9月17日，丰河县的稻田里一片金黄，合作社的社员们正忙着收割稻谷。
        """
        let a = parse(page)
        #expect(a.first?.column == "金秋看“三农”")
        #expect(a.first?.headline == "丰河县“稻渔共生”让种粮更有赚头")
        #expect(a.first?.titles.contains("金秋看“三农”") == false)
    }

    @Test func aFootersContactFieldsAreFurnitureAndSoAreMarkupSpacesWithoutCost() {
        let page = """
        柳泉建成首个区域医学影像云平台
        　　本报柳泉3月15日讯（记者 邢蕴秋）3月15日，柳泉市区域医学影像云平台上线运行。
        投稿邮箱：lcky@dyjkb.cn 读者热线：0531-82167435
        """
        let a = parse(page)
        #expect(a.count == 1)
        #expect(a.first?.paragraphs.count == 1)
        // A sentence naming a hotline is text (S36).
        #expect(!Furniture.isContactFooter(Array("市民可拨打热线：12345 反映问题，也可发送邮箱：a@b.cn 留言。".unicodeScalars)))
        #expect(Furniture.isContactFooter(Array("投稿邮箱：lcky@dyjkb.cn 读者热线：0531-82167435".unicodeScalars)))
    }

    @Test func twoArticleViewsOfANationalPapersSiteSavedInOneFile() {
        let page = """
        日 报周 报杂 志 人民网
        人民日报海外版 2025年06月13日 星期五

        十年往返里斯本与家乡二十余趟
        “周末中文班”开进侨乡老祠堂(侨乡新貌)
        ——记旅葡华侨陈立衡和他的“乡音课堂”

        本报记者 孟思远

        《 人民日报海外版 》( 2025年06月13日   第 06 版)

          图为6月7日，陈立衡在岭下乡陈氏祠堂里教孩子们写毛笔字。  新华社记者 卢照宁摄

          本报电（记者孟思远）6月7日是周六，岭下乡陈氏祠堂里格外热闹，二十多个孩子在这里上中文课。

          陈立衡出生在岭下乡，1996年赴葡萄牙打拼，如今经营着一家贸易公司。

        日 报周 报杂 志 人民网
        人民日报海外版 2025年06月13日 星期五

        侨界动态

        《 人民日报海外版 》( 2025年06月13日   第 06 版)

          马德里华人社团举办端午文化周

          本报电（记者 聂雨桐）当地时间6月8日，西班牙马德里华人社团联合会主办的端午文化周开幕。
        """
        let a = parse(page)
        let story = a.first { $0.authors == ["孟思远"] }
        // The column's name after the title is the column, not the title's.
        #expect(story?.headline == "“周末中文班”开进侨乡老祠堂")
        #expect(story?.column == "侨乡新貌")
        #expect(story?.titles.count == 3)
        // The credited picture between title and lead is a photo item.
        #expect(a.first { $0.kind == .photo }?.authors == ["卢照宁"])
        // The source line, spaced out, is furniture, and the site's top
        // printed again over the second view is too.
        #expect(!a.flatMap(\.paragraphs).contains { $0.contains("人民日报海外版") })
        #expect(!a.flatMap(\.titles).contains { $0.contains("人民网") })
        #expect(a.last?.headline == "马德里华人社团举办端午文化周")
        #expect(a.last?.column == "侨界动态")
        #expect(Furniture.isSourceLine(Array("《 人民日报海外版 》( 2025年06月13日   第 06 版)".unicodeScalars)))
        // Not a picture's note nor a jump.
        #expect(ColumnBanner.titleBeforeRubric(Array("大埔單車徑擬加裝路燈(組圖)".unicodeScalars)) == nil)
        #expect(ColumnBanner.titleBeforeRubric(Array("培育一批具有国际竞争力的（下转第六版）".unicodeScalars)) == nil)
    }

    @Test func anIndustryPapersReportItsPictureAndASignedCommentUnderALetterSpacedRubric() {
        let page = """
        抢抓“天窗”时间　优化作业组织
        宝鸡工务段完成秦岭隧道群钢轨集中更换
        □ 通讯员　司马青　特约记者　贺一鸣

        　　12月3日凌晨，随着最后一组钢轨接头焊接完成，宝鸡工务段历时46天的钢轨集中更换施工全面收官。
        　　秦岭隧道群地处山区，线路坡度大、曲线多，钢轨磨耗明显快于一般区段。

        　　12月2日夜间，宝鸡工务段职工在秦岭隧道内焊接钢轨接头。
        　　　　　　　　　　　　　　　　　　通讯员　杜　娟　摄

        点　评
        　　“天窗”时间是铁路设备维修的“黄金时间”。用好每一分钟，靠的是精细的作业组织。
        　　　　　　　　　　　　　　　　　　　　（王　骁）

        本版编辑：李　默　　校对：张　一
        --> 2024-12-06 3 3 秦川铁道报 content_106482.html 1 延安站温暖旅客归途 /enpproperty-->
        """
        let a = parse(page)
        #expect(a.count == 3)
        #expect(a.first?.authors == ["司马青", "贺一鸣"])
        let comment = a.first { $0.authors == ["王骁"] }
        #expect(comment?.titles == [])
        #expect(comment?.column == "点评")
        #expect(comment?.kind == .opinion)
        #expect(!a.flatMap(\.paragraphs).contains { $0.contains("enpproperty") })
        #expect(Furniture.isTemplateLine(Array("<!--enpcontent-->".unicodeScalars)))
    }

    @Test func aMediaPlayersClockIsFurniture() {
        let a = parse("""
        三溪镇4800亩早稻进入收割期

        ▶ 00:00 / 02:41

        【导语】6月11日，三溪镇4800亩早稻进入收割期，农户抢抓晴好天气开镰收割。
        """)
        #expect(a.first?.paragraphs == ["【导语】6月11日，三溪镇4800亩早稻进入收割期，农户抢抓晴好天气开镰收割。"])
        #expect(Furniture.isPlayerLine(Array("0:00 /0:00".unicodeScalars)))
        #expect(!Furniture.isPlayerLine(Array("比分 3:1 / 2:2".unicodeScalars)))
    }

    @Test func aWeatherBoxByTheMastheadIsFurnitureAndLeavesTheLeadItsDeck() {
        let page = """
        澄州日报
        2025年3月26日　星期三

        今日天气
        多云转小雨
        13℃～21℃
        东南风2～3级

        全市一季度重大项目集中开工活动举行
        42个重大项目总投资186亿元
        本报记者　温雅琴

        　　本报讯　3月25日上午，全市一季度重大项目集中开工活动在澄州高新区举行。
        """
        let a = parse(page)
        #expect(a.count == 1)
        #expect(a.first?.headline == "42个重大项目总投资186亿元")
        #expect(a.first?.authors == ["温雅琴"])
        // A title that names one temperature is a title.
        let cold = parse(page.replacingOccurrences(of: "今日天气\n多云转小雨\n13℃～21℃\n东南风2～3级\n\n", with: "冷空气今夜到访\n周末最低温跌至2℃\n\n　　本报讯　受冷空气影响，本周末全市气温明显下降。\n\n"))
        #expect(cold.first?.headline?.contains("2℃") == true)
    }
}
