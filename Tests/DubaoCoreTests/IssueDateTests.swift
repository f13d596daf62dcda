import Testing
@testable import DubaoCore

/// The issue date of a page (spec §2 `page_date`, fixtures README rules
/// D1–D4): what the page prints, else its path, else its latest article.
@Suite struct IssueDateTests {
    func parse(_ text: String, path: String = "t.txt") -> [Article] {
        PageParser.parse(text: text, name: PageFiles.pageName(of: path), source: path)
    }

    static let lead = """
    城南片区老旧小区改造全面开工

    　　本报讯（记者 林海）6月14日，城南片区12个老旧小区改造项目集中开工，总投资3.2亿元。
    """

    // MARK: dates in paths

    @Test(arguments: [
        ("archive/2024/02/22/01.txt", "2024-02-22"),
        ("2024-02-22/03.txt", "2024-02-22"),
        ("20240222_A03.txt", "2024-02-22"),
        ("rmrb-2024-02-22-4.txt", "2024-02-22"),
        ("papers/2023.11.09/a.txt", "2023-11-09"),
        ("1990/12/1990-12-31-p3.txt", "1990-12-31"),
        ("2024/02/22/20240223_A01.txt", "2024-02-23"),
        ("2024_2_9/p1.txt", "2024-02-09"),
    ])
    func aFullDateInThePathIsFound(_ path: String, _ iso: String) {
        #expect(IssueDate.inPath(path)?.iso == iso)
    }

    @Test(arguments: [
        "000_edb39025c419ceb3.txt",  // a hash: no eight digits alone
        "x20240222.txt",  // eight digits touching a letter
        "120240222.txt",  // nine digits
        "2024/13/01/p.txt",  // no 13th month
        "2023-02-29.txt",  // not a leap year
        "1123/02/03/p.txt",  // no plausible year
        "pages/2024/p3.txt",  // a year alone
    ])
    func numbersThatAreNoDateAreNotTakenForOne(_ path: String) {
        #expect(IssueDate.inPath(path) == nil)
    }

    // MARK: the page's date

    @Test func aPageWithoutADateOfItsOwnIsDatedByItsPath() {
        let a = parse(Self.lead, path: "2021/06/15/p1.txt")
        #expect(a.first?.pageDate?.iso == "2021-06-15")
        // The event keeps its own date; its year is the issue's.
        #expect(a.first?.date?.iso == "2021-06-14")
    }

    @Test func theDateThePagePrintsWinsOverThePath() {
        let page = "2021年06月16日　星期三\n\n" + Self.lead
        let a = parse(page, path: "archive/2019-05-21/p1.txt")
        #expect(a.first?.pageDate?.iso == "2021-06-16")
        #expect(a.first?.date?.iso == "2021-06-14")
    }

    @Test func aPublicationLineWithControlsIsFurnitureAndGivesTheDate() {
        let page = "刊发时间：2021-06-15　【字体：大 中 小】\n\n" + Self.lead + "\n\n时间：2021年06月15日\n"
        let a = parse(page)
        #expect(a.count == 1)
        #expect(a.first?.titles == ["城南片区老旧小区改造全面开工"])
        #expect(a.first?.pageDate?.iso == "2021-06-15")
        #expect(a.first?.paragraphs.joined().contains("刊发") == false)
    }

    @Test func aSentenceThatNamesATimeIsNoPublicationLine() {
        let line = Array("时间：2021年6月15日至7月31日，报名者须携带身份证到社区服务中心办理。".unicodeScalars)
        #expect(PublicationLine.date(in: line) == nil)
        #expect(PublicationLine.date(in: Array("发布时间：2024-04-28 16:05:10　来源：市融媒体中心".unicodeScalars))?.iso == "2024-04-28")
    }

    @Test func theSourceLineUnderEachArticleGivesTheIssueDate() {
        let page = Self.lead + "\n\n《城南日报》（2021年06月15日 第03版）\n"
        #expect(parse(page).first?.pageDate?.iso == "2021-06-15")
    }

    @Test func withoutAnyIssueDateThePageTakesItsLatestArticle() {
        let page = Self.lead + "\n\n另一则消息\n\n　　本报讯（记者 王芳）6月18日，城北新建口袋公园3处。\n"
        let a = parse(page)
        #expect(a.map { $0.pageDate?.iso } == ["--06-18", "--06-18"])
    }

    // MARK: years

    @Test func aYearComesFromThePathNotFromAnotherYearOnThePage() {
        // An old archive: the text names a plan's far year, the path the issue's.
        let page = """
        全市冬季农田水利建设全面铺开

        　　本报讯（记者 林海）12月30日，全市冬季农田水利建设现场会召开，到2000年，全市将新增有效灌溉面积5万亩。
        """
        let a = parse(page, path: "1990/12/1990-12-31-p3.txt")
        #expect(a.first?.pageDate?.iso == "1990-12-31")
        #expect(a.first?.date?.iso == "1990-12-30")
    }

    @Test func aDecemberEventOnAJanuaryPageIsOfTheYearBefore() {
        let page = """
        年终盘点

        　　本报讯（记者 林海）12月28日，市统计局发布数据，全年新增市场主体1.2万户。
        """
        let a = parse(page, path: "2024/01/03/02.txt")
        #expect(a.first?.date?.iso == "2023-12-28")
        #expect(a.first?.pageDate?.iso == "2024-01-03")
    }

    @Test func aDocumentsOwnDateIsNoIssueDate() {
        let page = """
        2025年3月20日　星期四

        城南区2024年国民经济和社会发展统计公报

        城南区统计局
        （2025年3月18日）

        　　2024年，全区地区生产总值达到312.6亿元，比上年增长5.1%。
        """
        #expect(parse(page).first?.pageDate?.iso == "2025-03-20")
    }
}

/// Where a page shows several dates, the one that belongs to the page.
@Suite struct IssueDateSourceTests: SmallPages {
    @Test func thePageSlotsDateOutranksTheSitesDateOfToday() {
        let page = """
        申江晚报数字报
        2025年07月17日　星期四
        首页 | 往期回顾 | 版面导航

        第1版:一版要闻 2022-05-28
        上一版　下一版

        城南片区老旧小区改造全面开工

        　　本报讯（记者 林海）记者昨天从市住建局获悉，城南片区12个老旧小区改造项目集中开工。
        """
        let a = parse(page)
        #expect(a.first?.pageDate?.iso == "2022-05-28")
        #expect(a.first?.date?.iso == "2022-05-27")
    }

    @Test func aPortalsFactsLineOpeningWithItsTimeIsFurnitureAndDatesThePage() {
        let page = """
        全国春耕备耕有序推进
        2026-03-04 02:33:11 来源:中国新闻网 责任编辑:王宁

        中新社北京3月3日电 (记者 张岚 李航)农业农村部3日介绍，全国已储备春季化肥6800万吨。
        """
        let a = parse(page)
        #expect(a.first?.titles == ["全国春耕备耕有序推进"])
        #expect(a.first?.pageDate?.iso == "2026-03-04")
        #expect(a.first?.date?.iso == "2026-03-03")
    }

    @Test func aListOfThePagesTitlesOnOneLineIsFurniture() {
        let page = """
        养老床位任务已完成六成　“小修小补”回来了　郊区小麦开镰收割

        养老床位任务已完成六成

        　　本报讯（记者 陆晓燕）记者昨天从市民政局获悉，今年全市计划新增养老床位5000张。

        “小修小补”回来了

        　　本报讯（记者 顾佳）街道在辖区设置了12个便民服务点。

        郊区小麦开镰收割

        　　本报讯（记者 杨帆）金山区今年种植小麦1.2万亩。
        """
        let a = parse(page)
        #expect(a.map(\.headline) == ["养老床位任务已完成六成", "“小修小补”回来了", "郊区小麦开镰收割"])
    }
}
