import DubaoCore
@testable import DubaoStore
import Foundation
import Testing

/// A small library whose text the tests know, in a temporary directory.
private final class SearchLibrary {
    let dir: TempDir
    let root: String
    let database: LibraryDatabase
    var catalog: DatabaseCatalog

    init() throws {
        dir = try TempDir()
        root = try dir.sub("pages")
        try dir.write("pages/p1.txt", pageText(date: "2024年3月5日", [
            TestArticle(title: "位山灌区春灌全面展开", paragraphs: [
                "位山灌区今年春灌计划引水一亿立方米。",
                "全市GDP增长百分之六，新建5G基站两百座。",
            ]),
            TestArticle(title: "城区道路改造工程启动", paragraphs: [
                "城区道路改造工程今天启动，灌木绿化同步进行。",
                "工程总投资5000万元，年底完工。",
            ]),
        ]))
        try dir.write("pages/p2.txt", pageText(date: "2024年2月1日", [
            TestArticle(title: "果园迎来授粉季节", paragraphs: [
                "梨树果园里蜜蜂来回忙碌，果农抓紧春灌。",
                "果农说今年花量很足。",
            ]),
        ]))
        try dir.write("pages/p3.txt", pageText(date: "2024年1月10日", [
            TestArticle(title: "冬季水利工作会议召开", paragraphs: [
                "会议总结了去年的工作。",
                // An intertitle: its own paragraph, ending with 春 before a 灌.
                "水利建设迎新春",
                "灌溉设施维修和渠道清淤，确保不误农时。",
            ]),
        ]))
        database = try LibraryDatabase.open(path: dir.path + "/library.sqlite")
        catalog = try sync(database, [root]).catalog
    }

    func index(_ key: String) throws -> Int { try #require(catalog.index(ofKey: key)) }
}

@Suite struct SearchTests {
    @Test(arguments: ["灌", "春", "果", "灌区", "春灌", "工程", "绿化", "位山灌区", "果农抓紧春灌", "今年", "渠道清淤", "不存在的词"])
    func chineseQueriesFindExactlyTheArticlesThatContainThem(query: String) throws {
        let library = try SearchLibrary()
        let expected = bruteForce(query, in: library.catalog)
        #expect(try found(query, in: library.catalog) == expected)
        #expect(try library.catalog.ranked(query, limit: 100).total == expected.count)
    }

    @Test func theLibraryHasTheTextTheTestsExpect() throws {
        let library = try SearchLibrary()
        #expect(library.catalog.count == 4)
        #expect(bruteForce("春灌", in: library.catalog) == [try library.index("p1#1"), try library.index("p2#1")])
        #expect(bruteForce("灌", in: library.catalog).count == 4)
    }

    @Test func widthCaseAndTraditionalFormsAreOne() throws {
        let library = try SearchLibrary()
        let roads = try library.index("p1#2"), first = try library.index("p1#1")
        #expect(try found("５０００", in: library.catalog) == [roads])
        #expect(try found("5000", in: library.catalog) == [roads])
        #expect(try found("灌區", in: library.catalog) == [first])
        #expect(try found("GDP", in: library.catalog) == [first])
        #expect(try found("gdp", in: library.catalog) == [first])
        #expect(try found("5G", in: library.catalog) == [first])
        #expect(try found("５ｇ", in: library.catalog) == [first])
    }

    @Test(arguments: ["chunguan", "chun guan", "ChunGuan"])
    func pinyinFindsTheChineseWordInTheText(query: String) throws {
        let library = try SearchLibrary()
        let hits = try found(query, in: library.catalog)
        // 果园 has 春灌 in its text only.
        #expect(hits.contains(try library.index("p2#1")))
        #expect(hits.contains(try library.index("p1#1")))
        #expect(!hits.contains(try library.index("p1#2")))
    }

    @Test func initialsFindATitle() throws {
        let library = try SearchLibrary()
        let ranked = try library.catalog.ranked("wsgq", limit: 10)
        #expect(ranked.results.map(\.id) == ["p1#1"])
        #expect(ranked.results.first?.inTitle == true)
    }

    @Test func noMatchIsZeroAndPunctuationIsNothingToSearch() throws {
        let library = try SearchLibrary()
        #expect(try library.catalog.ranked("飞机场", limit: 10).total == 0)
        #expect(try library.catalog.search("飞机场").hits.isEmpty)
        for text in ["，。！", "...", "  ", "——"] {
            #expect(throws: SearchError.nothingToSearch(text)) { try library.catalog.search(text) }
            #expect(throws: SearchError.nothingToSearch(text)) { try library.catalog.ranked(text, limit: 5) }
        }
    }

    @Test func aTitleMatchComesFirstThenTheNewest() throws {
        let library = try SearchLibrary()
        // 春灌: in the title of p1#1 (newest too), in the text of p2#1.
        // 灌: title p1#1 (2024-03-05); text p1#2 (03-05), p2#1 (02-01), p3#1 (01-10).
        let ranked = try library.catalog.ranked("灌", limit: 10)
        #expect(ranked.results.map(\.id) == ["p1#1", "p1#2", "p2#1", "p3#1"])
        #expect(ranked.results.map(\.inTitle) == [true, false, false, false])
        // An older page whose title has the word comes before newer texts.
        let older = try library.catalog.ranked("水利", limit: 10)
        #expect(older.results.map(\.id) == ["p3#1"])
        let work = try library.catalog.ranked("工作", limit: 10)
        #expect(work.results.first?.id == "p3#1")
        let limited = try library.catalog.ranked("灌", limit: 2)
        #expect(limited.total == 4)
        #expect(limited.results.map(\.id) == ["p1#1", "p1#2"])
    }

    @Test func aMatchDoesNotSpanTwoParagraphs() throws {
        let library = try SearchLibrary()
        let meeting = try library.index("p3#1")
        let article = try #require(library.catalog.article(meeting))
        try #require(article.paragraphs.count == 3)
        try #require(article.paragraphs[1].hasSuffix("春") && article.paragraphs[2].hasPrefix("灌"))
        #expect(try !found("春灌", in: library.catalog).contains(meeting))
        #expect(try found("新春", in: library.catalog) == [meeting])
        #expect(try found("灌溉", in: library.catalog) == [meeting])
    }

    @Test func theIndexFollowsAPageParsedAgain() throws {
        let library = try SearchLibrary()
        let path = library.root + "/p1.txt"
        let old = try mtime(path)
        try library.dir.write("pages/p1.txt", pageText(date: "2024年3月5日", [
            TestArticle(title: "黄河滩区迁建完成", paragraphs: ["滩区群众全部搬进新居。", "新村配套建设了幼儿园。"]),
            TestArticle(title: "城区道路改造工程启动", paragraphs: ["城区道路改造工程今天启动。"]),
            TestArticle(title: "冬小麦长势良好", paragraphs: ["全县冬小麦一类苗比例提高。"]),
        ]), mtime: old.addingTimeInterval(120))
        let synced = try sync(library.database, [library.root])
        #expect(synced.report.changed == 1)
        let catalog = synced.catalog
        #expect(catalog.count == 5)
        for gone in ["位山", "GDP", "5G", "绿化", "5000", "wsgq", "灌区"] {
            #expect(try found(gone, in: catalog).isEmpty, "\(gone) is no longer in the library")
        }
        for query in ["滩区", "幼儿园", "冬小麦", "道路改造", "春灌", "灌", "春"] {
            #expect(try found(query, in: catalog) == bruteForce(query, in: catalog), "\(query)")
        }
        #expect(try found("滩区", in: catalog) == [try #require(catalog.index(ofKey: "p1#1"))])
        #expect(try catalog.ranked("htqq", limit: 5).results.map(\.id) == ["p1#1"])
        // And once more back: the words of the second text go as well.
        try library.dir.write("pages/p1.txt", pageText(date: "2024年3月5日", [
            TestArticle(title: "图书馆延长开放时间", paragraphs: ["市图书馆每晚开放到九点。"]),
        ]), mtime: old.addingTimeInterval(240))
        let again = try sync(library.database, [library.root]).catalog
        #expect(again.count == 3)
        for gone in ["滩区", "幼儿园", "冬小麦", "道路改造"] {
            #expect(try found(gone, in: again).isEmpty, "\(gone)")
        }
        #expect(try found("图书馆", in: again).count == 1)
    }
}
