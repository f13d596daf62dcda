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

    @Test func aSimplifiedPageWithAFewOldFormsIsReadAsItIs() {
        #expect(TraditionalPage(text: "乾隆年间修建的古桥，今年完成修缮。") == nil)
    }
}
