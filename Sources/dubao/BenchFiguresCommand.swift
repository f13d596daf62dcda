import ArgumentParser
import DubaoCore
import Foundation

/// Hidden: times the figure extractor alone over the articles of the pages
/// (parsing is done first and not timed) and prints the throughput.
struct BenchFiguresCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-figures",
        abstract: "Time figure extraction alone over the articles of the pages.",
        shouldDisplay: false)

    @OptionGroup var library: LibraryOptions

    func run() throws {
        let articles = try library.parseDirectly().articles
        var bytes = 0
        for a in articles { for t in a.titles + a.paragraphs { bytes += t.utf8.count } }
        let start = DispatchTime.now().uptimeNanoseconds
        var count = 0
        for a in articles {
            count += FigureExtractor.figures(titles: a.titles, paragraphs: a.paragraphs).count
        }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        let mb = Double(bytes) / 1_000_000
        print(String(format: "figures: %.1f MB of article text, %d articles, %d figures in %.2f s: %.1f MB/s (one core)",
                     mb, articles.count, count, seconds, mb / max(seconds, 1e-9)))
    }
}
