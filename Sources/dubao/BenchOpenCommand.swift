import ArgumentParser
import DubaoStore
import DubaoTUI
import Foundation

/// `make bench`: what the reader does before its first screen on a synced
/// library, phase by phase, timed in the process.
struct BenchOpenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-open",
        abstract: "Time the reader's way to its first screen on a synced library (used by `make bench`).",
        shouldDisplay: false)

    @Option(help: "Times to open; the best run is reported.")
    var runs = 5

    @OptionGroup var library: LibraryOptions

    func run() throws {
        var best = [Double](repeating: .infinity, count: 4)
        var count = 0
        for _ in 0..<max(1, runs) {
            let t0 = DispatchTime.now().uptimeNanoseconds
            let database = try library.openDatabase()
            let t1 = DispatchTime.now().uptimeNanoseconds
            let catalog = try DatabaseCatalog(database: database, scope: library.pageSources().scope)
            let t2 = DispatchTime.now().uptimeNanoseconds
            let state = ReaderState(catalog: catalog, rows: 40, cols: 120)
            let t3 = DispatchTime.now().uptimeNanoseconds
            _ = Render.grid(state)
            let t4 = DispatchTime.now().uptimeNanoseconds
            count = catalog.count
            for (i, d) in [t1 - t0, t2 - t1, t3 - t2, t4 - t3].enumerated() { best[i] = min(best[i], Double(d) / 1e6) }
        }
        print(String(format: "reader start on %d articles: open %.1f ms, catalog %.1f ms, list %.1f ms, first grid %.1f ms (best of %d)",
                     count, best[0], best[1], best[2], best[3], runs))
    }
}
