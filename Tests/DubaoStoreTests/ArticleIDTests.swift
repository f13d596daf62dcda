import DubaoCore
@testable import DubaoStore
import Testing

/// Ids as `list` prints them and `show` takes them: unique within a library,
/// the same from one sync to the next.
@Suite struct ArticleIDTests {
    let dir: TempDir
    let database: LibraryDatabase

    init() throws {
        dir = try TempDir()
        database = try LibraryDatabase.inMemory()
        // The usual archive layout: one folder a day, pages named by number.
        try dir.write("2024/02/22/01.txt", pageText(date: "2024年2月22日", [
            TestArticle(title: "春灌全面展开", paragraphs: ["位山灌区开闸放水。"]),
            TestArticle(title: "招商引资签约", paragraphs: ["二十四个项目签约。"]),
        ]))
        try dir.write("2024/02/23/01.txt", pageText(date: "2024年2月23日", [
            TestArticle(title: "返青麦田浇水", paragraphs: ["农民在麦田里浇返青水。"]),
        ]))
    }

    func ids(_ catalog: DatabaseCatalog) -> [String] { (0..<catalog.count).map { catalog.summary($0).id }.sorted() }

    @Test func pagesOfTheSameNameInTwoFoldersHaveTheirOwnIds() throws {
        let catalog = try sync(database, [dir.path]).catalog
        #expect(ids(catalog) == ["2024/02/22/01#1", "2024/02/22/01#2", "2024/02/23/01#1"])
        // What list prints is what show takes.
        for id in ids(catalog) {
            let index = try #require(catalog.index(ofKey: id))
            #expect(catalog.article(index)?.id == id)
        }
        #expect(catalog.article(try #require(catalog.index(ofKey: "2024/02/23/01#1")))?.headline == "返青麦田浇水")
        #expect(catalog.index(ofKey: "01#1") == nil)
        #expect(catalog.index(ofKey: "2024/02/23/01#2") == nil)
    }

    @Test func idsStayTheSameFromOneSyncToTheNext() throws {
        let first = ids(try sync(database, [dir.path]).catalog)
        try dir.write("2024/02/21/01.txt", pageText(date: "2024年2月21日", [
            TestArticle(title: "新的一页", paragraphs: ["新闻。"]),
        ]))
        let second = ids(try sync(database, [dir.path]).catalog)
        #expect(Set(first).isSubset(of: Set(second)))
        #expect(second.contains("2024/02/21/01#1"))
    }

    @Test func filesNamedOnTheCommandLineAreKnownByNameUnlessTwoShareIt() throws {
        let one = try sync(database, [dir.path + "/2024/02/22/01.txt"]).catalog
        #expect(ids(one) == ["01#1", "01#2"])
        let both = try sync(database, [dir.path + "/2024/02/22/01.txt", dir.path + "/2024/02/23/01.txt"]).catalog
        let shown = ids(both)
        #expect(shown.count == 3 && Set(shown).count == 3)
        #expect(shown.allSatisfy { $0.hasPrefix(dir.path) })
        for id in shown { #expect(both.index(ofKey: id) != nil) }
    }
}

/// An article that goes on elsewhere (下转3版) and its continuation.
@Suite struct ContinuationTests {
    @Test func anArticleFindsWhereItGoesOnAndBack() throws {
        let dir = try TempDir()
        try dir.write("2024/02/22/01.txt", "\n春灌全面展开\n\n　　本报聊城2月22日讯　位山灌区开闸放水，春灌全面展开。全县今年计划浇灌农田五十万亩。（下转3版）\n\n招商引资签约\n\n　　本报聊城2月22日讯　二十四个项目签约。\n\n")
        try dir.write("2024/02/22/03.txt", "\n春灌全面展开\n\n　　（上接1版）渠道沿线的村庄也组织了巡查，确保水到田头。\n\n")
        // Another day's page 3 is no continuation of it.
        try dir.write("2024/02/23/03.txt", "\n春灌全面展开\n\n　　本报聊城2月23日讯　又是一年春灌时。\n\n")
        let catalog = try sync(try LibraryDatabase.inMemory(), [dir.path]).catalog
        let origin = try #require(catalog.index(ofKey: "2024/02/22/01#1"))
        let rest = try #require(catalog.index(ofKey: "2024/02/22/03#1"))
        #expect(catalog.continuation(of: origin) == rest)
        #expect(catalog.continued(from: rest) == origin)
        #expect(catalog.continuation(of: rest) == nil)
        #expect(catalog.continuation(of: try #require(catalog.index(ofKey: "2024/02/22/01#2"))) == nil)
        #expect(catalog.continued(from: try #require(catalog.index(ofKey: "2024/02/23/03#1"))) == nil)
    }
}
