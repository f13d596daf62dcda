import ArgumentParser
import DubaoCore
import DubaoStore
import Foundation
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
        let width = ambiwidth
            ?? getenv("DUBAO_AMBIWIDTH").flatMap { AmbiguousWidth(rawValue: String(cString: $0)) }
            ?? .single
        let ambiguous: DisplayWidth.Ambiguous = width == .double ? .double : .single
        // Piped or redirected: what `dubao list` prints.
        guard isatty(STDOUT_FILENO) != 0 else {
            let catalog = try library.open().catalog
            for line in ArticleListing.lines(for: catalog, width: Console.width(), ambiguous: ambiguous) {
                Output.line(line)
            }
            return
        }
        // The first screen shows what the library already holds; the sync runs
        // beside the reader and the list is renewed when it is done. Nothing on
        // the way to the first screen walks the directories or parses a page.
        let sources = library.pageSources()
        let database = try library.openDatabase(quietWaits: true)
        let catalog = try DatabaseCatalog(database: database, scope: sources.scope)
        var messages: [Message] = []
        if let first = sources.warnings.first {
            messages.append(Self.passedOver(first, count: sources.warnings.count))
        }
        let background: @Sendable (@escaping @Sendable (Event) -> Void) -> Void = { post in
            Self.syncBeside(sources: sources, database: database, shown: catalog, post: post)
        }
        do {
            try TerminalReader.run(catalog: catalog,
                                   settings: Settings(paragraphStyle: paragraphs, ambiguous: ambiguous),
                                   messages: messages, searchHistory: database.searchHistory(),
                                   showsHint: database.sessionValue(Self.hintKey) == nil,
                                   background: background,
                                   remember: { database.remember(search: $0) },
                                   onHintDismissed: { database.setSessionValue(Self.hintKey, "1") })
        } catch let error as TerminalError {
            throw BadInput(error.description)
        }
    }

    /// The `session` key set once the first-run key hint was dismissed.
    static let hintKey = "hint_dismissed"

    static func passedOver(_ warning: LoadWarning, count: Int) -> Message {
        let more = count > 1 ? " (and \(count - 1) more)" : ""
        return Message("Passed over \(warning.path): \(warning.message)\(more)", level: .warning)
    }

    /// The sync, on the background thread: progress to the status line, and
    /// the new catalog when the library changed.
    static func syncBeside(sources: PageSources, database: LibraryDatabase, shown: DatabaseCatalog,
                           post: @escaping @Sendable (Event) -> Void) {
        post(.syncProgress("looking for new pages…"))
        let walked = sources.inputs()
        let walkWarnings = walked.warnings
        var last = Date.distantPast
        let progress: (SyncProgress) -> Void = { p in
            let now = Date()
            guard now.timeIntervalSince(last) >= 0.1 else { return }
            last = now
            post(.syncProgress(SyncText.line(p)))
        }
        do {
            // What the sync had to say (a damaged library moved aside, one that
            // cannot be written) outranks the summary: it is the last message.
            var notices: [String] = []
            let (db, report) = try LibraryOptions.sync(walked.inputs, scope: sources.scope, directories: walked.directories, into: database, progress: progress,
                                                       notice: { notices.append($0) })
            let warnings = walkWarnings + report.warnings
            let note = notices.last.map { Message($0.prefix(1).uppercased() + $0.dropFirst(), level: .warning) }
                ?? warnings.first.map { passedOver($0, count: warnings.count) }
            let changed = report.parsed > 0 || report.removed > 0 || db !== database
            if changed {
                let fresh = try DatabaseCatalog(database: db, scope: sources.scope)
                let summary = Message("Library updated: \(report.added) new, \(report.changed) changed, \(report.removed) removed pages")
                // A first sync needs no summary: the list itself says it.
                post(.syncFinished(CatalogSnapshot(fresh), note ?? (shown.count == 0 ? nil : summary)))
            } else {
                post(.syncFinished(nil, note))
            }
        } catch {
            post(.syncFinished(nil, Message("The library could not be brought up to date: \(LibraryOptions.reason(error))", level: .error)))
        }
    }
}

extension Settings.ParagraphStyle: ExpressibleByArgument {}
