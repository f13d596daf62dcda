import Testing
@testable import DubaoCore

/// A page in Traditional characters reads as its Simplified twin does, and
/// keeps the characters it printed (`TraditionalPage`).
@Suite struct TraditionalPageTests {
    static let simplified = """
    台州新增省级未来乡村12个

    　　新华社杭州3月16日电（记者 王旭、顾小立）记者16日从浙江省农业农村厅获悉，台州新增省级未来乡村12个，带动村集体增收3.2亿元。

    椒江二桥完成主体结构施工

    　　本报讯（记者 陈静）3月15日，椒江二桥完成主体结构施工，全长2.6公里，预计年底通车。
    """
    static let traditional = """
    台州新增省級未來鄉村12個

    　　新華社杭州3月16日電（記者 王旭、顧小立）記者16日從浙江省農業農村廳獲悉，台州新增省級未來鄉村12個，帶動村集體增收3.2億元。

    椒江二橋完成主體結構施工

    　　本報訊（記者 陳靜）3月15日，椒江二橋完成主體結構施工，全長2.6公里，預計年底通車。
    """

    func read(_ text: String) -> [Article] {
        guard case .success(let page) = Library.readPage(source: "t.txt", bytes: Array(text.utf8)) else { return [] }
        return page.articles
    }

    @Test func aTraditionalPageIsCutAndCreditedAsItsSimplifiedTwin() {
        let twin = read(Self.simplified), page = read(Self.traditional)
        #expect(page.count == 2)
        #expect(page.count == twin.count)
        #expect(page.first?.authors == ["王旭", "顧小立"])
        #expect(page.first?.place == "杭州")
        #expect(page.last?.authors == ["陳靜"])
        #expect(page.map(\.kind) == twin.map(\.kind))
        #expect(page.map { $0.date?.iso } == twin.map { $0.date?.iso })
    }

    @Test func itKeepsThePrintedCharactersAndGivesUnitsInSimplified() throws {
        let page = read(Self.traditional)
        #expect(page.first?.titles == ["台州新增省級未來鄉村12個"])
        #expect(page.first?.paragraphs.first?.hasPrefix("新華社杭州3月16日電（記者 王旭、顧小立）") == true)
        let money = try #require(page.first?.figures.first { $0.text == "3.2億元" })
        #expect(money.value == 320_000_000)
        #expect(money.unit == "元")
        let count = try #require(page.first?.figures.first { $0.text == "12個" && $0.place == .body })
        #expect(count.unit == "个")
        // The figure's offsets point at its printed text.
        let paragraph = Array(page[0].paragraphs[count.block].unicodeScalars)
        #expect(String(String.UnicodeScalarView(paragraph[count.offset..<(count.offset + count.length)])) == "12個")
    }

    @Test func aParagraphOpeningWithTheWordsOfTheOneBeforeKeepsItsOwnCharacters() {
        // A paragraph found where the one before it opened would be put
        // back from the wrong words, and keep Simplified characters.
        let page = read("""
        新竹米粉節登場

        　　本報訊　新竹市米粉文化節十六、十七日在東門城廣場舉行，兩天吸引約四萬人次參觀，比去年多出八千人次。主辦單位統計，活動帶動周邊商圈消費逾二千萬元；市府產業發展處表示，明年將把活動延長為三天。
        　　新竹市米粉文化節吸引大批民眾排隊品嘗炒米粉，攤商說營業額比去年多出兩成。
        """)
        #expect(page.first?.paragraphs.last == "新竹市米粉文化節吸引大批民眾排隊品嘗炒米粉，攤商說營業額比去年多出兩成。")
    }

    @Test func aSimplifiedPageWithAFewOldFormsIsReadAsItIs() {
        #expect(TraditionalPage(text: "乾隆年间修建的古桥，今年完成修缮。") == nil)
    }
}

/// The forms of Taiwan's papers: the Republic's calendar, bylines that name
/// the place reported from, the central agency's dateline (issue 18).
@Suite struct TaiwanPageFormTests {
    func read(_ text: String) -> [Article] {
        guard case .success(let page) = Library.readPage(source: "p.txt", bytes: Array(text.utf8)) else { return [] }
        return page.articles
    }

    static let masthead = "東臺日報\n中華民國113年5月14日　星期二\n第3版　地方新聞\n\n"

    @Test func theRepublicsYearDatesTheIssue() {
        let page = Self.masthead + "花蓮縣府編列經費改善偏鄉道路\n\n記者林佳慧／花蓮報導\n\n花蓮縣政府昨（13）日宣布，將編列3,600萬元經費，改善17處聯外道路。\n"
        let a = read(page)
        #expect(a.first?.pageDate?.iso == "2024-05-14")
        #expect(a.first?.date?.iso == "2024-05-13")
        #expect(a.first?.authors == ["林佳慧"])
        #expect(a.first?.place == "花蓮")
    }

    @Test(arguments: ["記者林怡君∕台北報導\n\n", "記者林怡君∕台北報導　", "記者林怡君/台北報導　"])
    func aBylineWithAnySlashNamesThePlaceReportedFromAloneOrBeforeTheLead(_ credit: String) {
        let page = Self.masthead + "半導體大廠加碼投資建新廠\n\n\(credit)國內一家半導體大廠十三日晚間召開臨時董事會，通過在南部科學園區興建新廠。\n"
        let a = read(page)
        #expect(a.count == 1)
        #expect(a.first?.authors == ["林怡君"])
        #expect(a.first?.place == "台北")
        #expect(a.first?.date?.iso == "2024-05-13")
    }

    @Test func aBylineWithThePapersNameGluedToItStillNamesReporterAndPlace() {
        // A web copy sets the source tag right after 報導; the lead's second
        // sentence dates it by yesterday's day in brackets.
        let page = Self.masthead + """
        北市老公寓加裝電梯補助加碼

        記者蕭雅雯／台北報導聯合報

        台北市屋齡逾三十年的老舊公寓多半沒有電梯，長輩上下樓十分吃力。市府都發局昨（十三）日宣布，明年起補助提高。
        """
        let a = read(page)
        #expect(a.first?.titles == ["北市老公寓加裝電梯補助加碼"])
        #expect(a.first?.authors == ["蕭雅雯"])
        #expect(a.first?.place == "台北")
        #expect(a.first?.date?.iso == "2024-05-13")
    }

    @Test func daysListedDateTheLeadByTheFirst() {
        let page = Self.masthead + "新竹米粉節登場\n\n【本報訊】新竹市米粉文化節十一、十二日在東門城廣場舉行，兩天吸引約四萬人次參觀。\n"
        #expect(read(page).first?.date?.iso == "2024-05-11")
    }

    @Test func aBylineInTortoiseShellBracketsBeforeTheLeadNamesReporterAndPlace() {
        let page = Self.masthead + "苗栗農會推廣友善耕作\n\n〔記者林佩君／苗栗報導〕苗栗縣農會昨（十三）日舉辦友善耕作成果展，今年參與農戶增至一二〇戶。\n"
        let a = read(page)
        #expect(a.first?.authors == ["林佩君"])
        #expect(a.first?.place == "苗栗")
        #expect(a.first?.date?.iso == "2024-05-13")
    }

    @Test func aBylineInBracketsNamesThePlaceReportedFrom() {
        let page = Self.masthead + "臺東首季遊客創新高\n\n【記者 陳志明 臺東報導】\n\n臺東縣今年首季觀光人數創新高，一至三月全縣遊客達186萬人次。\n"
        let a = read(page)
        #expect(a.count == 1)
        #expect(a.first?.titles == ["臺東首季遊客創新高"])
        #expect(a.first?.authors == ["陳志明"])
        #expect(a.first?.place == "臺東")
    }

    @Test func theAgencysDatelineInBracketsCreditsItsReporter() {
        let page = Self.masthead + """
        全台再生能源發電占比
        首季達12.1%

        （中央社記者王思涵台北13日電）經濟部能源署今天公布統計，今年第一季全台再生能源發電量達98億度，第二季統計將於7月10日公布。

        （編輯：張雅婷）1130513


        冬山長照據點增至28處

        本報綜合報導　宜蘭縣冬山鄉公所表示，鄉內社區長照關懷據點今年再增加5處，總數達到28處。
        """
        let a = read(page)
        #expect(a.count == 2)
        #expect(a.first?.authors == ["王思涵"])
        #expect(a.first?.place == "台北")
        // The wire's 今天 is its dateline's day, not the issue's.
        #expect(a.first?.date?.iso == "2024-05-13")
        #expect(a.first?.paragraphs.joined().contains("編輯") == false)
        #expect(a.last?.headline == "冬山長照據點增至28處")
        #expect(a.last?.place == nil)
    }
}
