import Testing
@testable import DubaoCore

/// Forms of the Chinese papers of Southeast Asia (issue 18, rules K17, D21,
/// A26, T17): a labelled caption under the title, days dated `周一(13/5)`,
/// a place alone in brackets before 讯, digits grouped by commas in a title.
@Suite struct OverseasPageFormTests: SmallPages {
    static let page = """
    印尼盾周一小幅回升
    收于1美元兑16,060盾

    图:雅京一家货币兑换商门前的汇率牌

      本报综合讯:受外资回流带动，印尼盾兑美元周一(13/5)小幅回升，当天收于1美元兑16,060盾。
      同日，印尼盾兑人民币收于1元人民币兑2,218盾。

    东爪哇华社捐建乡村诊所落成

    图:诊所落成仪式上，社团代表与村民合影

      【泗水讯】由华人社团联合会发起捐建的乡村诊所，于周六(11/5)上午举行落成仪式。
      诊所启用后，联合会将每月派义诊医疗队下乡一次。(吴丽珍报道)
    """

    @Test func aLabelledCaptionUnderTheTitleIsAPictureAndTheTitleKeepsItsStory() {
        let a = parse(Self.page)
        #expect(a.count == 4)
        let pictures = a.filter { $0.kind == .photo }
        #expect(pictures.map(\.paragraphs) == [["图:雅京一家货币兑换商门前的汇率牌"], ["图:诊所落成仪式上，社团代表与村民合影"]])
        let story = a.first { $0.headline?.hasPrefix("印尼盾") == true }
        #expect(story?.paragraphs.first?.hasPrefix("本报综合讯") == true)
        #expect(story?.kind == .news)
    }

    @Test func aTitleLineWithDigitsGroupedByCommasIsATitle() {
        let story = parse(Self.page).first { $0.headline?.hasPrefix("印尼盾") == true }
        #expect(story?.titles == ["印尼盾周一小幅回升", "收于1美元兑16,060盾"])
    }

    @Test func aWeekdayWithTheDayAndMonthInBracketsDatesTheLead() {
        let a = parse(Self.page)
        #expect(a.first { $0.headline?.hasPrefix("印尼盾") == true }?.date?.month == 5)
        #expect(a.first { $0.headline?.hasPrefix("印尼盾") == true }?.date?.day == 13)
        #expect(a.first { $0.headline?.hasPrefix("东爪哇") == true }?.date?.day == 11)
        // Not a fraction or a score in brackets.
        #expect(DateFinder.firstWeekdayDayMonth(in: Array("比分(13/5)".unicodeScalars)) == nil)
    }

    @Test func aPlaceAloneInBracketsBeforeXunIsTheDateline() {
        let a = parse(Self.page)
        #expect(a.first { $0.headline?.hasPrefix("东爪哇") == true }?.place == "泗水")
        // A paper's own (`【明报专讯】`) names no place.
        #expect(Dateline.parse(Array("【明报专讯】香港特区政府昨日公布新措施。".unicodeScalars))?.place == nil)
    }

    @Test func aReportersNameAndPlaceRunTogetherArePartedWhereTheLeadNamesThePlace() {
        let lead = { (s: String) in Dateline.parse(Array(s.unicodeScalars)) }
        let madrid = lead("【欧华报记者林思远马德里报道】当地时间3月12日晚，马德里华商会举行募捐晚宴。")
        #expect(madrid?.credit?.names == ["林思远"])
        #expect(madrid?.place == "马德里")
        // A name of two, the place after it named in the lead.
        #expect(lead("【欧华报记者王磊巴塞罗那报道】巴塞罗那华侨华人中文学校13日公布招生人数。")?.place == "巴塞罗那")
        // A surname of two opens a name of four.
        let rome = lead("【欧华报记者欧阳明华罗马报道】当地时间2月3日，罗马华人社团举行春节联欢。")
        #expect(rome?.credit?.names == ["欧阳明华"])
        #expect(rome?.place == "罗马")
        // The name alone: nobody's place.
        let alone = lead("【星岛记者黎颖欣报道】本地食物银行周三(13日)表示，求助人数创新高。")
        #expect(alone?.credit?.names == ["黎颖欣"])
        #expect(alone?.place == nil)
        // Where the lead does not name the place, the cut would be a guess.
        #expect(lead("【欧华报记者林思远马德里报道】当地时间3月12日晚，华商会举行募捐晚宴。")?.place == nil)
    }

    @Test func thePlaceBeforeBaodaoInADatelinesBracketsIsWhereTheLeadSaysNotASecondReporter() {
        let lead = { (s: String) in Dateline.parse(Array(s.unicodeScalars)) }
        let filed = lead("香港文汇报讯（记者 王晓岚 深圳报道）深圳边检总站昨日表示，口岸下月增设自助通道。")
        #expect(filed?.credit?.names == ["王晓岚"])
        #expect(filed?.place == "深圳")
        let two = lead("香港文汇报讯（记者 王晓岚 赵德明报道）深圳边检总站昨日表示，口岸下月增设自助通道。")
        #expect(two?.credit?.names == ["王晓岚", "赵德明"])
        #expect(two?.place == nil)
    }

    @Test func aCanadianWebChannelsWeekdayDaysAndBareCreditsOfPicturesNotKept() {
        let page = """
        運輸聯線撥1.8億元 列治文至本拿比新增快速巴士

        【星島綜合報道】大溫運輸聯線周三(13日)宣布，將投資1.8億元開設一條快速巴士路線。

        運輸聯線表示，新路線全長約16公里，沿途設11個車站，繁忙時段班次間隔將縮短至8分鐘。

        省府及聯邦政府將分別承擔項目費用的40%及33%。

        圖：運輸聯線提供

        素里貨倉凌晨大火 濃煙波及一號公路

        【星島綜合報道】素里市一間貨倉周三(13日)凌晨發生三級火警，濃煙一度飄至附近的公路。

        素里消防局表示，凌晨3時許接報，先後派出約60名消防員到場灌救。

        (圖片:素里消防局) V21

        多倫多明年地稅擬加6.9% 市府稱為維持公交服務

        【星島綜合報道】多倫多市府周三(13日)公布預算草案，建議明年住宅地稅上調6.9%。
        """
        let a = read("2024/11/14/p.txt", page)
        #expect(a.count == 3)
        #expect(a.map(\.date?.day) == [13, 13, 13])
        #expect(a.allSatisfy { $0.kind == .news })
        #expect(!a.flatMap(\.paragraphs).contains { $0.contains("提供") || $0.contains("消防局)") })
        #expect(a.last?.headline == "多倫多明年地稅擬加6.9% 市府稱為維持公交服務")
        // A credit under a caption is the caption's.
        #expect(!Furniture.isBarePictureCredit(Array("图为市民在书店阅读。".unicodeScalars)))
        #expect(Furniture.isBarePictureCredit(Array("(CTV图片)".unicodeScalars)))
    }

    @Test func aFactsLinesAuthorBeforeADashedDateAndTheDeskThatNamesNoOne() {
        let page = """
        泰国溪东同乡会第十二届理事会就职
        作者：本报记者 陈丽萍 - 2024年11月19日

        【曼谷讯】泰国溪东同乡会于本月17日晚在拉差达披色路一家酒楼举行第十二届理事会就职典礼。

        内阁批准北部旱季灌溉补助
        作者：编辑部 - 2024年11月19日

        【曼谷讯】政府副发言人昨（18）日表示，内阁会议当天批准了北部旱季灌溉补助计划。
        """
        let a = parse(page)
        #expect(a.count == 2)
        #expect(a.first?.authors == ["陈丽萍"])
        #expect(a.last?.authors == [])
        #expect(!a.flatMap(\.paragraphs).contains { $0.hasPrefix("作者") })
        // A slash of U+2571 parts a byline's reporter and place.
        #expect(Byline.reportingPlace(Array("记者周芷萱╱洛杉矶报导".unicodeScalars))?.1 == "洛杉矶")
        #expect(Furniture.isSiteFurniture(Array("收藏 打印 推荐 更多功能".unicodeScalars)))
    }
}
