import ArgumentParser
import DubaoCore
import DubaoStore
import DubaoTUI
import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// `dubao search`: the library's index, from the shell.
struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Find the articles that contain a word, best first.",
        discussion: """
        Matches a substring of titles and text, whatever the width (５０００ finds 5000), \
        the case, the line breaks and spaces of the page, and Traditional or Simplified \
        characters (灌區 finds 灌区). Pinyin without tones finds Chinese words (chunguan \
        or "chun guan" finds 春灌), and initials find titles (wsgq finds 位山灌区). \
        Articles matched in a title come first, then the newest. Exit status 1 when \
        nothing matches.
        """)

    @Argument(help: ArgumentHelp("What to look for.", valueName: "query"))
    var query: String

    @Option(help: "Show at most this many articles.")
    var limit: Int = 20

    @Flag(help: "Print JSON: {\"query\", \"total\", \"results\": [...]}.")
    var json = false

    @OptionGroup var library: LibraryOptions

    func validate() throws {
        if limit < 1 { throw ValidationError("--limit must be at least 1") }
        if !SearchTokens.hasSubstance(SearchFolding.folded(query)) {
            throw ValidationError("nothing to search for in “\(TerminalSafe.visible(query))”: give letters, digits or Chinese characters")
        }
    }

    func run() throws {
        let catalog = try library.open().catalog
        let found: RankedSearch
        do {
            found = try catalog.ranked(query, limit: limit)
        } catch {
            throw BadInput(error.description)
        }
        if json {
            let document = SearchDocument(query: query, total: found.total, results: found.results.map(SearchDocument.Result.init))
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            var data = try encoder.encode(document)
            data.append(0x0A)
            Output.write(data)
            if found.total == 0 { throw ExitCode(1) }
            return
        }
        guard found.total > 0 else {
            Console.error("no article matches “\(TerminalSafe.visible(query))”")
            throw ExitCode(1)
        }
        let marked = isatty(STDOUT_FILENO) != 0
        let width = Console.width()
        let shown = found.results.count
        Output.line(found.total == shown
              ? "\(found.total) \(found.total == 1 ? "article matches" : "articles match")"
              : "\(found.total) articles match; the first \(shown) (--limit to see more):")
        let idWidth = found.results.map { DisplayWidth.of($0.id) }.max() ?? 0
        for r in found.results {
            let head = "  " + DisplayWidth.pad(r.id, to: idWidth) + "  " + (r.date?.iso ?? ListModel.undatedTitle)
                + "  " + "(\(r.hits)) " + r.headline
            Output.line(TerminalSafe.visible(DisplayWidth.truncate(head, to: width)))
            Output.line("      " + snippet(r, marked: marked, width: width - 6))
        }
    }

    /// The snippet on one line, its hit in reverse video on a terminal.
    func snippet(_ r: SearchResult, marked: Bool, width: Int) -> String {
        let text = DisplayWidth.truncate(TerminalSafe.visible(r.snippet), to: max(10, width))
        guard marked, let hit = r.snippetHit else { return text }
        let scalars = Array(text.unicodeScalars)
        guard hit.upperBound <= scalars.count else { return text }
        func part(_ r: Range<Int>) -> String { String(String.UnicodeScalarView(scalars[r])) }
        return part(0..<hit.lowerBound) + "\u{1B}[7m" + part(hit) + "\u{1B}[27m" + part(hit.upperBound..<scalars.count)
    }
}

struct SearchDocument: Encodable {
    struct Result: Encodable {
        var id: String
        var date: String?
        var headline: String
        var hits: Int
        var inTitle: Bool
        var snippet: String
        init(_ r: SearchResult) {
            id = r.id
            date = r.date?.iso
            headline = r.headline
            hits = r.hits
            inTitle = r.inTitle
            snippet = r.snippet
        }
        enum CodingKeys: String, CodingKey { case id, date, headline, hits, inTitle = "in_title", snippet }
    }
    var query: String
    var total: Int
    var results: [Result]
}
