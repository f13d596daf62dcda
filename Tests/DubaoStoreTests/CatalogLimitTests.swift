import DubaoCore
@testable import DubaoStore
import Testing

/// What the reader's limit (`L`) and search ask of the library about places and authors.
@Suite struct CatalogLimitTests {
    static let page = """
      □记者 王明 报道
      本报成都讯 3月5日，全市春季植树活动在龙泉山举行，
    共栽植苗木2万株。

    全市春季植树活动举行

      □记者 李华 报道
      本报绵阳讯 3月6日，全市首批“智慧菜场”开门营
    业，市民可扫码查询菜价。

    首批“智慧菜场”开门营业
    """

    func library() throws -> (TempDir, DatabaseCatalog) {
        let dir = try TempDir()
        let root = try dir.sub("pages")
        try dir.write("pages/p1.txt", Self.page)
        let database = try LibraryDatabase.open(path: dir.path + "/library.sqlite")
        return (dir, try sync(database, [root]).catalog)
    }

    @Test func placesAndAuthorsLimitTheArticles() throws {
        let (_, catalog) = try library()
        let planting = try #require(catalog.index(ofKey: "p1#1")), market = try #require(catalog.index(ofKey: "p1#2"))
        #expect(catalog.article(planting)?.authors == ["王明"])
        #expect(catalog.articles(place: "成都", author: nil) == [planting])
        #expect(catalog.articles(place: nil, author: "李华") == [market])
        #expect(catalog.articles(place: "绵", author: "李") == [market])
        #expect(catalog.articles(place: "成都", author: "李华") == [])
        #expect(catalog.articles(place: nil, author: nil) == [planting, market])
    }

    @Test func theSearchFindsAnAuthorNotInTheText() throws {
        let (_, catalog) = try library()
        let planting = try #require(catalog.index(ofKey: "p1#1"))
        #expect(catalog.article(planting).map { $0.paragraphs.joined().contains("王明") } == false)
        let found = try catalog.search("王明")
        #expect(found.hits == [planting: 1])
    }
}
