import ArgumentParser
import DubaoCore
import DubaoStore
import DubaoTUI
import Foundation

/// `make bench`: the reader's work without a terminal. Loading to the first
/// grid, laying out the longest article, and one frame (update + render) of
/// scrolling it, at the widths asked for.
struct BenchRenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-render",
        abstract: "Time the reader's layout and render (for make bench).",
        shouldDisplay: false)

    @Option(help: "Terminal widths to time, comma-separated.")
    var widths: String = "80,200"

    @Option(help: "Terminal height.")
    var height: Int = 50

    @Option(help: "Frames to time per width.")
    var frames: Int = 500

    @OptionGroup var library: LibraryOptions

    func run() throws {
        let t0 = Date()
        let lib = try library.parseDirectly()
        let catalog = MemoryCatalog(articles: lib.articles, pageCount: lib.pages.count)
        let loaded = Date()
        let first = ReaderState(catalog: catalog, rows: height, cols: 80)
        _ = Render.grid(first)
        let firstScreen = Date()
        print(String(format: "first screen: %.1f ms (load %.1f ms, list and first grid %.1f ms) for %d articles",
                     firstScreen.timeIntervalSince(t0) * 1000, loaded.timeIntervalSince(t0) * 1000,
                     firstScreen.timeIntervalSince(loaded) * 1000, catalog.count))

        benchFigures(catalog)

        guard let longest = catalog.articles.indices.max(by: {
            catalog.articles[$0].paragraphs.reduce(0) { $0 + $1.unicodeScalars.count }
                < catalog.articles[$1].paragraphs.reduce(0) { $0 + $1.unicodeScalars.count }
        }) else { return }
        let article = catalog.articles[longest]
        let single = MemoryCatalog(articles: [article], pageCount: 1)
        let scalars = article.paragraphs.reduce(0) { $0 + $1.unicodeScalars.count }
        for width in widths.split(separator: ",").compactMap({ Int($0) }) {
            var state = Update.update(ReaderState(catalog: single, rows: height, cols: width), .key(.enter)).0
            let layoutStart = Date()
            let layoutRuns = 20
            for _ in 0..<layoutRuns {
                _ = ArticleLayout(article: article, width: state.geometry.measure, settings: state.settings)
            }
            let layoutTime = Date().timeIntervalSince(layoutStart) / Double(layoutRuns)
            let lines = state.layout?.lines.count ?? 0
            var direction = Key.down
            let start = Date()
            var checksum = 0
            for _ in 0..<frames {
                let before = state.top
                state = Update.update(state, .key(direction)).0
                if state.top == before { direction = direction == .down ? .up : .down }
                checksum &+= Render.grid(state).cells.count
            }
            let perFrame = Date().timeIntervalSince(start) / Double(frames)
            print(String(format: "%3d×%d: layout of the longest article (%d scalars, %d lines) %.2f ms; frame (update + render) %.3f ms",
                         width, height, scalars, lines, layoutTime * 1000, perFrame * 1000) + (checksum == 0 ? " (empty)" : ""))
        }
    }

    /// The figures view: building the index (the first `F`), a frame of
    /// moving through it, and re-filtering and re-sorting (`t`, `o`, `/`).
    func benchFigures(_ catalog: any ArticleCatalog) {
        let state = ReaderState(catalog: catalog, rows: height, cols: 120)
        let t0 = Date()
        var view = Update.update(state, .key(.char("F"))).0
        let built = Date().timeIntervalSince(t0)
        guard view.showsFigures else {
            print("figures view: no figures")
            return
        }
        let count = view.figureIndex?.entries.count ?? 0
        var checksum = 0
        var direction = Key.down
        let start = Date()
        for _ in 0..<frames {
            let before = view.figuresView.selected
            view = Update.update(view, .key(direction)).0
            if view.figuresView.selected == before { direction = direction == .down ? .up : .down }
            checksum &+= Render.grid(view).cells.count
        }
        let perFrame = Date().timeIntervalSince(start) / Double(frames)
        let keys: [Key] = [.char("t"), .char("t"), .char("t"), .char("o"), .char("o"), .char("o")]
        let filterStart = Date()
        for key in keys { view = Update.update(view, .key(key)).0 }
        for key in [Key.char("/"), .char("项"), .char("目"), .enter, .char("/"), .enter] { view = Update.update(view, .key(key)).0 }
        let perFilter = Date().timeIntervalSince(filterStart) / Double(keys.count + 2)
        print(String(format: "figures view: index of %d figures %.1f ms (first F); frame (update + render, 120×%d) %.3f ms; filter or sort %.2f ms",
                     count, built * 1000, height, perFrame * 1000, perFilter * 1000) + (checksum == 0 ? " (empty)" : ""))
    }
}
