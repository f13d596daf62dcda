import DubaoCore
import Foundation
import DubaoStore
import Testing
@testable import DubaoTUI

/// The reader over a catalog: the list from its entries, the list's search
/// from its `search`, an article opened at the search's first match.
@Suite struct CatalogTests {
    /// A long article with the word searched for far down, twice.
    static let buried: Article = {
        var a = Fixtures.long
        a.paragraphs[39] = "第40段有一处关键词在此。" + a.paragraphs[39]
        a.paragraphs[49] = "第50段又有一处关键词在此。" + a.paragraphs[49]
        return a
    }()

    @Test func openingFromAListSearchLandsOnTheFirstMatch() throws {
        let searched = Fixtures.state(24, 80, articles: [Self.buried, Fixtures.opening])
            .after(.char("/")).typing("关键词").after(.enter)
        #expect(searched.filter?.hits == [0: 2])
        let opened = searched.after(.enter)
        #expect(opened.focus == .reader)
        #expect(opened.top > 0, "not at the top, as less +/pattern")
        #expect(opened.search?.current == 0)
        let first = try #require(opened.screen.firstIndex { $0.contains("第40段") })
        #expect(Render.grid(opened).text(row: first, style: .currentMatch) == "关键词")
        #expect(opened.screen[22].contains("1/2"))
        // n goes on to the second match, without wrapping.
        let next = opened.after(.char("n"))
        #expect(next.search?.current == 1)
        #expect(next.message == nil)
        let second = try #require(next.screen.firstIndex { $0.contains("第50段") })
        #expect(Render.grid(next).text(row: second, style: .currentMatch) == "关键词")
        #expect(next.screen[22].contains("2/2"))
    }

    @Test func articleSearchMergesSeveralQueriesInTextOrder() throws {
        let layout = ArticleLayout(article: Fixtures.opening, width: 80, settings: Settings())
        let city = try #require(SearchQuery("聊城")), push = try #require(SearchQuery("攻坚"))
        let one = ArticleSearch(queries: [city], layout: layout)
        let other = ArticleSearch(queries: [push], layout: layout)
        let both = ArticleSearch(queries: [push, city], layout: layout)
        #expect(both.matches.count == one.matches.count + other.matches.count)
        #expect(Set(both.matches) == Set(one.matches + other.matches))
        let order = both.matches.map { [$0.block, $0.range.lowerBound] }
        #expect(order == order.sorted { $0.lexicographicallyPrecedes($1) })
        // In the headline 聊城 comes before 攻坚: the order is the text's, not the queries'.
        let headline = try #require(layout.blocks.firstIndex { $0.kind == .headline })
        let inHeadline = try #require(both.byBlock[headline]).map { both.matches[$0].range }
        #expect(inHeadline == [0..<2, 22..<24])
        // Overlapping matches: the one that starts first is kept.
        let merged = ArticleSearch.merged([[2..<5, 10..<12], [0..<3, 4..<6, 11..<14, 20..<21]])
        #expect(merged == [0..<3, 4..<6, 10..<12, 20..<21])
    }

    @Test func aPunctuationOnlyListSearchIsRefused() {
        for text in ["，。", "!?", "“”——"] {
            let state = Fixtures.state(24, 80).after(.char("/")).typing(text).after(.enter)
            #expect(state.filter == nil)
            #expect(state.message == Message(SearchError.nothingToSearch(text).description, level: .warning))
            #expect(state.screen[23].hasPrefix("nothing to search for"))
        }
        // In an article, the same text is searched for as typed.
        let opened = Fixtures.state(24, 80).after(.char("j"), .char("j"), .enter, .char("/")).typing("，").after(.enter)
        #expect((opened.search?.matches.count ?? 0) > 0)
    }

    /// The list of a large library is sorted by packed integers, of one with
    /// more sections than they hold by comparisons: both give one order, the
    /// one the small case above spells out.
    @Test(arguments: [12, 300]) func aLargeListIsInTheSameOrderHoweverItIsSorted(sections: Int) {
        var generator = SplitMix(seed: 7)
        let names = (0..<sections).map { "版\($0)" }
        let days = [0, PartialDate(year: nil, month: 3, day: 1).sortKey] + (1...40).map { PartialDate(year: 2024, month: 1 + $0 % 12, day: 1 + $0 % 28).sortKey }
        let entries = (0..<5000).map { _ in
            CatalogEntry(dateKey: days[Int(generator.next() % UInt64(days.count))], section: Int32(generator.next() % UInt64(sections)))
        }
        for grouping in [Grouping.dateThenSection, .sectionThenDate] {
            var rank: [Int32: Int] = [:]
            for e in entries where rank[e.section] == nil { rank[e.section] = rank.count }
            let expected = entries.indices.sorted { x, y in
                let a = entries[x], b = entries[y]
                let (ra, rb) = (rank[a.section]!, rank[b.section]!)
                switch grouping {
                case .dateThenSection:
                    if a.dateKey != b.dateKey { return a.dateKey > b.dateKey }
                    if ra != rb { return ra < rb }
                case .sectionThenDate:
                    if ra != rb { return ra < rb }
                    if a.dateKey != b.dateKey { return a.dateKey > b.dateKey }
                }
                return x < y
            }
            let listed = ListModel.rows(entries: entries, sectionNames: names, grouping: grouping).compactMap(\.article)
            #expect(listed == expected)
        }
    }

    @Test func listModelGroupsEntriesNewestFirstUndatedLast() {
        let d19 = PartialDate(year: 2024, month: 2, day: 19).sortKey
        let d22 = PartialDate(year: 2024, month: 2, day: 22).sortKey
        let yearless = PartialDate(year: nil, month: 3, day: 1).sortKey
        let names = ["要闻", "评论", "图片"]
        let entries = [
            CatalogEntry(dateKey: d19, section: 1), CatalogEntry(dateKey: 0, section: 0),
            CatalogEntry(dateKey: d22, section: 2), CatalogEntry(dateKey: d19, section: 0),
            CatalogEntry(dateKey: d22, section: 2), CatalogEntry(dateKey: yearless, section: 0),
        ]
        let rows = ListModel.rows(entries: entries, sectionNames: names, grouping: .dateThenSection)
        // Sections rank by first appearance in index order: 评论 (index 0), 要闻, 图片.
        #expect(rows == [
            .header("2024-02-22 · 图片"), .article(2), .article(4),
            .header("2024-02-19 · 评论"), .article(0),
            .header("2024-02-19 · 要闻"), .article(3),
            .header("--03-01 · 要闻"), .article(5),
            .header("日期不详 · 要闻"), .article(1),
        ])
        #expect(ListModel.rows(entries: entries, sectionNames: names, grouping: .sectionThenDate) == [
            .header("评论 · 2024-02-19"), .article(0),
            .header("要闻 · 2024-02-19"), .article(3),
            .header("要闻 · --03-01"), .article(5),
            .header("要闻 · 日期不详"), .article(1),
            .header("图片 · 2024-02-22"), .article(2), .article(4),
        ])
        // Only the articles included; ranks among those.
        #expect(ListModel.rows(entries: entries, sectionNames: names, grouping: .dateThenSection, included: [1, 3, 4]) == [
            .header("2024-02-22 · 图片"), .article(4),
            .header("2024-02-19 · 要闻"), .article(3),
            .header("日期不详 · 要闻"), .article(1),
        ])
    }

    @Test func theMemoryCatalogMatchesItsArticles() throws {
        let catalog = Fixtures.catalog
        #expect(catalog.count == 5 && catalog.pageCount == 3)
        #expect(catalog.sectionNames == ["聚力攻坚", "评论", "图片", "消息", "编者按"])
        #expect(catalog.entries[4] == CatalogEntry(dateKey: 0, section: 4, flags: .read))
        var report = ArticleSummary(Fixtures.report)
        report.identity = try #require(catalog.identity(3))
        #expect(catalog.summary(3) == report)
        #expect(catalog.article(5) == nil)
        let found = try catalog.search("冠县")
        #expect(found.hits == [2: 1, 3: 2])
        #expect(found.queries.map(\.text) == ["冠县"])
        #expect(throws: SearchError.nothingToSearch("。")) { try catalog.search("。") }
        #expect(catalog.figureRecords().map { [$0.article, $0.figure] } == [[0, 0], [0, 1], [0, 2], [0, 3], [3, 0]])
    }

    @Test func theListingReadsTheCatalog() {
        let lines = ArticleListing.lines(for: Fixtures.catalog, width: 60)
        #expect(lines.first == "── 2024-02-22 · 图片")
        #expect(lines.last?.hasPrefix("  c#1  编者按") == true)
        #expect(lines.count == 10)
    }

    @Test func theListingPrintsIdsWholeAtAnyWidth() {
        var long = Fixtures.report
        long.id = "2024/02/22/a-very-long-page-name-of-an-archive#12"
        let catalog = MemoryCatalog(articles: [long, Fixtures.photo], pageCount: 2)
        for width in [40, 80, 400] {
            let rows = ArticleListing.lines(for: catalog, width: width).filter { !$0.hasPrefix("──") }
            #expect(rows.contains { $0.hasPrefix("  " + long.id + "  ") }, "at \(width): \(rows)")
        }
        // Wide enough, the row is not cut at all.
        #expect(ArticleListing.lines(for: catalog, width: 400).contains { $0.hasSuffix("冠县 · 消息") })
    }

    @Test func aSearchOfSeveralQueriesHighlightsThemAllWhenOpened() {
        // As a database catalog answers pinyin: the Chinese words it stood for.
        let catalog = Probe(Fixtures.all, queries: ["聊城", "攻坚"])
        let state = ReaderState(catalog: catalog, rows: 24, cols: 80).after(.char("/")).typing("liaocheng").after(.enter)
        #expect(state.filter?.queries.map(\.text) == ["聊城", "攻坚"])
        #expect(state.screen[22].contains("/liaocheng"))
        let opened = state.after(.enter)
        let grid = Render.grid(opened)
        // The kicker 聚力攻坚突破看聊城: 攻坚 first, current; then 聊城.
        #expect(grid.text(row: 0, style: .currentMatch) == "攻坚")
        #expect(grid.text(row: 0, style: .match) == "聊城")
        #expect(opened.search?.matches.first.map { $0.range } == 2..<4)
    }

    @Test func theFiguresFilterLooksForWhatTheLibrarySearchLooksFor() {
        // Pinyin typed in the figures view finds the figures of the word it spells.
        let catalog = Probe(Fixtures.all, queries: ["涉农"])
        let state = ReaderState(catalog: catalog, rows: 24, cols: 80)
            .after(.char("F"), .char("/")).typing("shenong").after(.enter)
        #expect(state.figuresView.rows.count == 1)
        #expect(state.screen[1].contains("整合涉农资金"))
        // Punctuation alone is refused with the library's reason, and the rows stay.
        let refused = ReaderState(catalog: MemoryCatalog(articles: Fixtures.all, pageCount: 3), rows: 24, cols: 80)
            .after(.char("F"), .char("/")).typing("，").after(.enter)
        #expect(refused.figuresView.rows.count == 5)
        #expect(refused.message?.text.contains("Nothing to search for") == true)
    }

    @Test func aSyncBesideTheReaderShowsItsProgressThenTheNewList() {
        // A new library: nothing to list yet, the sync's progress instead.
        let empty = MemoryCatalog(articles: [], pageCount: 0)
        var state = ReaderState(catalog: empty, rows: 24, cols: 80)
        state = Update.update(state, .syncProgress("indexing 2/5 files")).0
        #expect(state.screen.contains { $0.contains("Reading the pages into the library") })
        #expect(state.screen.contains { $0.contains("indexing 2/5 files") })
        let full = MemoryCatalog(articles: Fixtures.all, pageCount: 3)
        state = Update.update(state, .syncFinished(CatalogSnapshot(full), nil)).0
        #expect(state.syncStatus == nil)
        #expect(state.catalog.count == 5)
        #expect(state.screen.contains { $0.contains("整合涉农资金") })
    }

    @Test func aRenewedLibraryKeepsTheSelectedArticle() {
        var state = ReaderState(catalog: MemoryCatalog(articles: Fixtures.all, pageCount: 3), rows: 24, cols: 80)
            .after(.char("j"), .char("j"))
        let chosen = state.selectedArticle.map { state.catalog.summary($0).id }
        // The sync found a new page whose article sorts first.
        let newer = Article(id: "d#1", source: "d.txt", titles: ["新的一天"], headline: "新的一天",
                            pageDate: PartialDate(year: 2024, month: 3, day: 1), paragraphs: ["新闻。"])
        let renewed = MemoryCatalog(articles: [newer] + Fixtures.all, pageCount: 4)
        state = Update.update(state, .syncFinished(CatalogSnapshot(renewed), Message("Library updated"))).0
        #expect(state.selectedArticle.map { state.catalog.summary($0).id } == chosen)
        #expect(state.message?.text == "Library updated")
        #expect(state.catalog.count == 6)
    }

    @Test func onlyOpeningAnArticleReadsIt() {
        let catalog = Probe(Fixtures.all)
        var state = ReaderState(catalog: catalog, rows: 24, cols: 80)
        for key in [Key.char("j"), .char("j"), .char("G"), .char("g"), .char("s")] {
            state = state.after(key)
            _ = Render.grid(state)
        }
        #expect(catalog.reads == [])
        state = state.after(.enter, .char("j"), .char("f"), .char(" "))
        _ = Render.grid(state)
        // Space at the end of the short article went on to the next unread one.
        #expect(catalog.reads == [2, 3])
        // Side by side, moving the selection opens the next one: one read each.
        var wide = ReaderState(catalog: catalog, rows: 40, cols: 160)
        _ = Render.grid(wide)
        wide = wide.after(.char("j"))
        _ = Render.grid(wide)
        #expect(catalog.reads == [2, 3, 2, 3])
    }
}

/// A catalog that answers as a `MemoryCatalog` and notes every article read.
final class Probe: ArticleCatalog, @unchecked Sendable {
    let inner: MemoryCatalog
    let queries: [String]?
    private let lock = NSLock()
    private var readLog: [Int] = []

    /// The page texts `pageText` gives, by article index.
    let pages: [Int: (text: String, line: Int)]

    init(_ articles: [Article], queries: [String]? = nil, pages: [Int: (text: String, line: Int)] = [:]) {
        inner = MemoryCatalog(articles: articles, pageCount: 3)
        self.queries = queries
        self.pages = pages
    }

    var reads: [Int] { lock.withLock { readLog } }
    var pageCount: Int { inner.pageCount }
    var count: Int { inner.count }
    var entries: [CatalogEntry] { inner.entries }
    var sectionNames: [String] { inner.sectionNames }
    func summary(_ index: Int) -> ArticleSummary { inner.summary(index) }
    func article(_ index: Int) -> Article? {
        lock.withLock { readLog.append(index) }
        return inner.article(index)
    }
    func search(_ text: String) throws(SearchError) -> CatalogSearch {
        guard let queries else { return try inner.search(text) }
        let qs = queries.compactMap(SearchQuery.init)
        var hits: [Int: Int] = [:]
        for (i, a) in inner.articles.enumerated() {
            let n = qs.reduce(0) { $0 + $1.count(in: a) }
            if n > 0 { hits[i] = n }
        }
        return CatalogSearch(hits: hits, queries: qs)
    }
    func figureRecords() -> [FigureRecord] { inner.figureRecords() }
    func articles(place: String?, author: String?) -> Set<Int> { inner.articles(place: place, author: author) }
    func index(ofKey key: String) -> Int? { inner.index(ofKey: key) }
    func readingPosition(_ index: Int) -> ReadingPosition? { nil }
    func continuation(of index: Int) -> Int? { inner.continuation(of: index) }
    func continued(from index: Int) -> Int? { inner.continued(from: index) }
    func record(_ change: ReadingChange) -> RecordOutcome { .kept }
    func identity(_ index: Int) -> String? { inner.identity(index) }
    func index(ofIdentity identity: String) -> Int? { inner.index(ofIdentity: identity) }
    func renewed() -> (any ArticleCatalog)? { nil }
    func lastSession() -> ReaderSession? { nil }
    func pageText(_ index: Int) -> (text: String, line: Int)? { pages[index] }
    func queries(for text: String) throws(SearchError) -> [SearchQuery] {
        guard let queries else { return try inner.queries(for: text) }
        return queries.compactMap(SearchQuery.init)
    }
}

/// A small seeded generator: the same entries on every run.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
