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
}
