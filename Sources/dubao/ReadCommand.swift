import ArgumentParser
import DubaoCore
import DubaoStore
import DubaoTUI

#if canImport(Glibc)
import Glibc
#endif

struct ReadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "read",
        abstract: "Open the reader (the default when no subcommand is given).",
        discussion: "Keys: ? in the reader lists them all. See docs/reader.md.")

    enum AmbiguousWidth: String, ExpressibleByArgument, CaseIterable {
        case single, double
    }

    @Option(help: ArgumentHelp("How many columns the terminal draws East Asian ambiguous characters (“ ” — … ·) in: single or double (default: $DUBAO_AMBIWIDTH, else single).",
                               valueName: "single|double"))
    var ambiwidth: AmbiguousWidth?

    @Option(help: ArgumentHelp("Paragraphs indented by two full-width spaces, or separated by blank lines (key p switches).",
                               valueName: "indent|blank"))
    var paragraphs: Settings.ParagraphStyle = .indent

    @OptionGroup var library: LibraryOptions

    func validate() throws {
        if ambiwidth == nil, let env = getenv("DUBAO_AMBIWIDTH"), AmbiguousWidth(rawValue: String(cString: env)) == nil {
            throw ValidationError("DUBAO_AMBIWIDTH must be single or double")
        }
    }

    func run() throws {
        let opened = try library.open()
        let catalog = opened.catalog
        let lib = Library(pages: [], warnings: opened.warnings)
        let width = ambiwidth
            ?? getenv("DUBAO_AMBIWIDTH").flatMap { AmbiguousWidth(rawValue: String(cString: $0)) }
            ?? .single
        let ambiguous: DisplayWidth.Ambiguous = width == .double ? .double : .single
        // Piped or redirected: what `dubao list` prints.
        guard isatty(STDOUT_FILENO) != 0 else {
            for line in ArticleListing.lines(for: catalog, width: Console.width(), ambiguous: ambiguous) {
                print(line)
            }
            return
        }
        var messages: [Message] = []
        if let first = lib.warnings.first {
            let more = lib.warnings.count > 1 ? " (and \(lib.warnings.count - 1) more)" : ""
            messages.append(Message("Passed over \(first.path): \(first.message)\(more)", level: .warning))
        }
        do {
            try TerminalReader.run(catalog: catalog,
                                   settings: Settings(paragraphStyle: paragraphs, ambiguous: ambiguous),
                                   messages: messages)
        } catch let error as TerminalError {
            throw BadInput(error.description)
        }
    }
}

extension Settings.ParagraphStyle: ExpressibleByArgument {}
