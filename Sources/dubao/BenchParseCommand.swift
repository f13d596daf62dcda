import ArgumentParser
import DubaoCore
import Foundation

/// `make bench`: parse throughput on a corpus, timed inside the process so
/// that reading files from disk is not counted.
struct BenchParseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-parse",
        abstract: "Time the page parser over a corpus (used by `make bench`).",
        shouldDisplay: false)

    @Option(help: "Times to parse the corpus; the best run is reported.")
    var runs = 3

    @Argument(help: "Page files or directories.")
    var paths: [String]

    func run() throws {
        var warnings: [LoadWarning] = []
        let files = paths.flatMap { PageFiles.expand($0, warnings: &warnings) }
        let sources = files.compactMap { f in FileManager.default.contents(atPath: f).map { (f, [UInt8]($0)) } }
        let bytes = sources.reduce(0) { $0 + $1.1.count }
        guard bytes > 0 else { throw BadInput("no page files in \(paths.joined(separator: " "))") }
        var best = Double.infinity
        var articles = 0
        for _ in 0..<max(1, runs) {
            let start = DispatchTime.now().uptimeNanoseconds
            let library = Library.load(sources: sources)
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            articles = library.articles.count
            best = min(best, seconds)
        }
        let mb = Double(bytes) / 1_000_000
        print(String(format: "parse: %d pages, %.1f MB, %d articles in %.2f s: %.1f MB/s, %.0f articles/s (best of %d, %d threads)",
                     sources.count, mb, articles, best, mb / best, Double(articles) / best, runs,
                     ProcessInfo.processInfo.activeProcessorCount))
    }
}
