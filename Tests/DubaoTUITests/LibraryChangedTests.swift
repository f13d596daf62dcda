import DubaoCore
import DubaoStore
import Testing
@testable import DubaoTUI

/// The library changing under the reader, and marks it did not keep (issue 19).
@Suite struct LibraryChangedTests {
    static let day = PartialDate(year: 2024, month: 2, day: 22)

    /// The articles of one page, numbered as a sync numbers them.
    static func page(_ titles: [String]) -> MemoryCatalog {
        MemoryCatalog(articles: titles.enumerated().map { n, title in
            Article(id: "p#\(n + 1)", source: "p.txt", titles: [title], headline: title, pageDate: day,
                    paragraphs: ["\(title)，各项工作有序推进。"])
        }, pageCount: 1)
    }

    func selectedTitle(_ state: ReaderState) -> String? {
        state.selectedArticle.map { state.catalog.summary($0).displayTitle }
    }

    @Test func theListRenewedUnderTheReaderKeepsTheSelectionOnTheSameArticle() {
        var state = ReaderState(catalog: Self.page(["春灌全面展开", "招商引资签约", "返青麦田浇水"]), rows: 24, cols: 80)
        while selectedTitle(state) != "招商引资签约" { state = state.after(.char("j")) }
        // Another session: the article above is gone, the page parsed again
        // (招商引资签约 is now p#1, and p#2 is another article).
        state = Update.update(state, .libraryChanged(CatalogSnapshot(Self.page(["招商引资签约", "返青麦田浇水"])))).0
        #expect(selectedTitle(state) == "招商引资签约")
        // The star goes to it, by its index in the new catalog.
        let (starred, effects) = Update.update(state, .key(.char("*")))
        let index = state.selectedArticle!
        #expect(effects == [.record(.starred(index, true))])
        #expect(starred.catalog.summary(index).displayTitle == "招商引资签约")
    }

    @Test func theReadersOwnMarksDoNotMoveToAnotherArticleWhenTheListIsRenewed() {
        var state = ReaderState(catalog: Self.page(["春灌全面展开", "招商引资签约"]), rows: 24, cols: 80)
        let first = state.selectedArticle!
        state = state.after(.char("*"))
        #expect(state.flags(first).contains(.starred))
        // Renewed: the first index is now another article, which nobody starred.
        state = Update.update(state, .libraryChanged(CatalogSnapshot(Self.page(["返青麦田浇水", "招商引资签约"])))).0
        let other = (0..<state.catalog.count).first { state.catalog.summary($0).displayTitle == "返青麦田浇水" }!
        #expect(!state.flags(other).contains(.starred))
    }

    @Test func aMarkTheLibraryDidNotKeepIsTakenBackAndTheScreenSaysWhy() {
        var state = ReaderState(catalog: Self.page(["春灌全面展开", "招商引资签约"]), rows: 24, cols: 80)
        let i = state.selectedArticle!
        let (after, effects) = Update.update(state, .key(.char("*")))
        state = after
        #expect(state.flags(i).contains(.starred))
        guard case .record(let change)? = effects.first else { Issue.record("no record effect: \(effects)"); return }
        state = Update.update(state, .notKept(change, "the disk is full")).0
        #expect(!state.flags(i).contains(.starred))
        #expect(state.message == Message("Not kept: the disk is full", level: .error))
        #expect(state.screen.contains { $0.contains("Not kept: the disk is full") })
        // The same for a read mark: the article shows as it was.
        let wasRead = state.flags(i).contains(.read)
        let (read, marks) = Update.update(state, .key(.char("m")))
        guard case .record(let marked)? = marks.first else { Issue.record("no record effect: \(marks)"); return }
        #expect(read.flags(i).contains(.read) != wasRead)
        state = Update.update(read, .notKept(marked, "the library is read-only")).0
        #expect(state.flags(i).contains(.read) == wasRead)
    }
}
