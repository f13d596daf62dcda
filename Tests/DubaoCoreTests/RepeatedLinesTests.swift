import Testing
@testable import DubaoCore

/// Furniture told by repetition (issue 18, part 2): a line a site prints on
/// every article of a page, or on most pages of a folder, whatever its words.
@Suite struct RepeatedLinesTests: SmallPages {
    static let slogan = "智慧城南　幸福家园"

    static func article(_ title: String, _ place: String) -> String {
        "\(title)\n\n　　本报讯（记者 孙丽娜）6月14日，\(place)已收获小麦21.6万亩，占种植面积的83%。\n"
    }

    /// A page of one site: its slogan above each article's title.
    static func page(_ titles: [String]) -> String {
        titles.enumerated().map { i, title in
            "\(slogan)\n\n" + article(title, ["东乡", "西乡", "南乡", "北乡"][i % 4])
        }.joined(separator: "\n")
    }

    @Test func aLinePrintedAboveEveryArticleOfAPageIsFurniture() {
        let a = parse(Self.page(["全县夏粮收获进度过八成", "城南新建三座文化广场", "老旧小区改造年底完工"]))
        #expect(a.map(\.headline) == ["全县夏粮收获进度过八成", "城南新建三座文化广场", "老旧小区改造年底完工"])
        #expect(!a.contains { $0.titles.contains { $0.contains("幸福家园") } || $0.column?.contains("幸福家园") == true })
    }

    @Test func aTitlePrintedTwiceWhereItsArticleGoesOnIsStillATitle() {
        let title = "全县夏粮收获进度过八成"
        let page = Self.article(title, "东乡") + "\n" + Self.article(title, "西乡")
        #expect(parse(page).allSatisfy { $0.headline == title })
    }

    @Test func aFolderTeachesTheLinesItsPagesShare() {
        let pages = [
            Self.page(["全县夏粮收获进度过八成"]),
            Self.page(["城南新建三座文化广场"]),
            Self.page(["老旧小区改造年底完工"]),
            Self.page(["图书馆延长开放时间"]),
        ]
        let chrome = SiteChrome.learn(from: pages)
        #expect(!chrome.isEmpty)
        let a = PageParser.parse(text: pages[1], name: "p", source: "site/p.txt", chrome: chrome)
        #expect(a.map(\.titles) == [["城南新建三座文化广场"]])
        // The same chrome, learned again, is the same (the library compares it).
        #expect(SiteChrome.learn(from: pages.reversed()).fingerprint == chrome.fingerprint)
    }

    @Test func aSentenceThePagesShareIsNoChrome() {
        // A notice printed on every page is text: a sentence never counts.
        let notice = "　　本报将于下周起调整出版时间，敬请读者留意。\n"
        let pages = (0..<4).map { i in Self.article(["甲", "乙", "丙", "丁"][i] + "村修通了致富路", "东乡") + notice }
        let chrome = SiteChrome.learn(from: pages)
        let a = PageParser.parse(text: pages[0], name: "p", source: "site/p.txt", chrome: chrome)
        #expect(a.first?.paragraphs.last?.contains("调整出版时间") == true)
    }

    @Test func twoPagesTeachNothing() {
        #expect(SiteChrome.learn(from: [Self.page(["全县夏粮收获进度过八成"]), Self.page(["城南新建三座文化广场"])]).isEmpty)
    }
}
