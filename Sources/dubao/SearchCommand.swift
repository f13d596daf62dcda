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

    @Flag(help: "Print JSON: {\"query\", \"results\": [...], \"more\", and \"total\" when every match is shown}.")
    var json = false

    @Flag(help: "Print only how many articles match (reads every match: slower on a large library).")
    var count = false

    @OptionGroup var library: LibraryOptions

    func validate() throws {
        if limit < 1 { throw ValidationError("--limit must be at least 1") }
        if !SearchTokens.hasSubstance(SearchFolding.folded(query)) {
            throw ValidationError("nothing to search for in “\(TerminalSafe.visible(query))”: give letters, digits or Chinese characters")
        }
    }

    func run() throws {
        if count { return try runCount() }
        let found = try search()
        if json {
            let document = SearchDocument(query: query, total: found.more ? nil : found.results.count, more: found.more,
                                          results: found.results.map(SearchDocument.Result.init))
            try printJSON(document)
            if found.results.isEmpty { throw ExitCode(1) }
            return
        }
        guard !found.results.isEmpty else {
            Console.error("no article matches “\(TerminalSafe.visible(query))”")
            throw ExitCode(1)
        }
        let marked = isatty(STDOUT_FILENO) != 0
        let width = Console.width()
        let shown = found.results.count
        Output.line(!found.more
              ? "\(shown) \(shown == 1 ? "article matches" : "articles match")"
              : "the \(shown) best of more matches (--limit to see more, --count to count them):")
        let idWidth = found.results.map { DisplayWidth.of($0.id) }.max() ?? 0
        for r in found.results {
            let head = "  " + DisplayWidth.pad(r.id, to: idWidth) + "  " + (r.date?.iso ?? ListModel.undatedTitle)
                + "  " + "(\(r.hits)) " + r.headline
            Output.line(TerminalSafe.visible(DisplayWidth.truncate(head, to: width)))
            Output.line("      " + snippet(r, marked: marked, width: width - 6))
        }
    }

    /// The best matches. A library that already holds the pages as they are
    /// (told by the times of their directories) is searched without a sync;
    /// the pages of the results are then checked one by one, and the search
    /// is made again after a sync when one of them changed in place, or when
    /// nothing matched.
    func search() throws -> BestFirst {
        do {
            if let current = library.openIfCurrent() {
                let found = try current.database.bestFirst(query, scope: current.scope, limit: limit)
                // Nothing found may be a word just written into a page in
                // place: that answer is worth a sync before it is given.
                if !found.results.isEmpty, LibrarySync(database: current.database).unchanged(paths: found.pagePaths) {
                    return found
                }
            }
            let synced = try library.sync()
            return try synced.database.bestFirst(query, scope: synced.scope, limit: limit)
        } catch let error as SearchError {
            throw BadInput(error.description)
        }
    }

    /// `--count`: every match counted, after a sync.
    func runCount() throws {
        let catalog = try library.open().catalog
        let total: Int
        do {
            total = try catalog.ranked(query, limit: 0).total
        } catch {
            throw BadInput(error.description)
        }
        if json {
            try printJSON(SearchDocument(query: query, total: total, more: nil, results: nil))
        } else {
            Output.line("\(total)")
        }
        if total == 0 { throw ExitCode(1) }
    }

    func printJSON(_ document: SearchDocument) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = JSONSafe.data(try encoder.encode(document))
        data.append(0x0A)
        Output.write(data)
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
    /// How many articles match: known when every match is shown, or counted.
    var total: Int?
    var more: Bool?
    var results: [Result]?
}
