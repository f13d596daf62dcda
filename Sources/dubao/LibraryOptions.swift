import ArgumentParser
import DubaoCore
import DubaoStore
import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// The pages a command reads (paths on the command line, else the built-in
/// pages) and the library database they are kept in.
struct LibraryOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The library database (default: $DUBAO_DB, else $XDG_DATA_HOME/dubao/library.sqlite).",
                               valueName: "path"))
    var db: String?

    @Argument(help: ArgumentHelp("Page files (*.txt) or directories to read; the built-in sample pages when none.",
                                 valueName: "path"))
    var paths: [String] = []

    var databasePath: String { db ?? LibraryDatabase.defaultPath() }

    /// Opens the library, syncs the pages into it (progress on a terminal's
    /// stderr) and returns the catalog of those pages. Files passed over are
    /// reported on stderr. Throws (exit status 1) when nothing at all could be read.
    func open() throws -> OpenedLibrary {
        let synced = try sync()
        return OpenedLibrary(database: synced.database, report: synced.report, scope: synced.scope,
                             catalog: try DatabaseCatalog(database: synced.database, scope: synced.scope),
                             warnings: synced.warnings)
    }

    /// Opens the library and syncs the pages into it, without reading a
    /// catalog of them (for a command that asks the library directly).
    func sync() throws -> SyncedLibrary {
        let sources = pageSources()
        var database = try openDatabase()
        let progress = ProgressLine(enabled: isatty(STDERR_FILENO) != 0)
        let walked = sources.inputs()
        let walkWarnings = walked.warnings
        let report: SyncReport
        (database, report) = try Self.sync(walked.inputs, scope: sources.scope, directories: walked.directories,
                                           into: database, progress: progress.show)
        progress.finish()
        let warnings = sources.warnings + walkWarnings + report.warnings
        for warning in warnings {
            Console.warn("\(warning.path): \(warning.message)")
        }
        if !database.hasArticles(in: sources.scope) {
            throw BadInput("no readable pages in \(paths.joined(separator: " "))")
        }
        return SyncedLibrary(database: database, report: report, scope: sources.scope, warnings: warnings)
    }

    /// The library, without a sync, when it already holds the pages given as
    /// they are (`LibrarySync.isCurrent`: a stat of each directory, not of
    /// each page); nil when a sync is needed or cannot be told unneeded.
    func openIfCurrent() -> (database: LibraryDatabase, scope: LibraryScope)? {
        guard !paths.isEmpty else { return nil }
        let sources = pageSources()
        guard sources.warnings.isEmpty,
              let database = try? LibraryDatabase.open(path: databasePath, notice: { Console.warn($0) }, waiting: { _ in }),
              LibrarySync(database: database).isCurrent(scope: sources.scope) else { return nil }
        return (database, sources.scope)
    }

    /// The library at `--db`/`DUBAO_DB`/the default path, or one in memory
    /// (with a warning) when that cannot be opened for writing. One written by
    /// a newer dubao is refused.
    ///
    /// A wait for a library another program holds locked is told on stderr,
    /// unless `quietWaits` (the reader, whose screen would be broken by it).
    func openDatabase(quietWaits: Bool = false) throws -> LibraryDatabase {
        let waiting: @Sendable (String) -> Void = { message in
            if !quietWaits { Console.warn(message) }
        }
        let reason: String
        do {
            return try LibraryDatabase.open(path: databasePath, notice: { Console.warn($0) }, waiting: waiting)
        } catch let error as StoreError {
            switch error {
            case .newerVersion, .notOurs: throw BadInput(error.description)
            case .unwritable: break
            }
            reason = error.description
        } catch {
            reason = "cannot open the library \(databasePath): \(Self.reason(error))"
        }
        Console.warn("\(reason); reading the pages into memory")
        return try LibraryDatabase.inMemory(standingInBecause: reason)
    }

    /// Syncs, moving a damaged library aside and starting again, and falling
    /// back to memory when the library cannot be written (a full disk, a
    /// read-only file): the pages are still read.
    static func sync(_ inputs: [PageInput], scope: LibraryScope, directories: [DirectoryStamp], into database: LibraryDatabase,
                     progress: ((SyncProgress) -> Void)?,
                     notice: (String) -> Void = { Console.warn($0) }) throws -> (LibraryDatabase, SyncReport) {
        do {
            return (database, try LibrarySync(database: database).sync(inputs, scope: scope, directories: directories, progress: progress))
        } catch where LibraryDatabase.isDamage(error) {
            let fresh = try database.replacedAfterDamage(notice: notice)
            return (fresh, try LibrarySync(database: fresh).sync(inputs, scope: scope, directories: directories, progress: progress))
        } catch {
            guard database.path != nil else { throw error }
            let why = "cannot write the library \(database.path ?? ""): \(reason(error))"
            notice("\(why); reading the pages into memory")
            let memory = try LibraryDatabase.inMemory(standingInBecause: why)
            return (memory, try LibrarySync(database: memory).sync(inputs, scope: scope, progress: progress))
        }
    }

    /// Parses the pages directly, without the library: for the benchmarks of
    /// the parser and the reader, which time the parsing itself.
    func parseDirectly() throws -> Library {
        let library = paths.isEmpty ? Library.load(sources: BuiltinPages.all) : Library.load(paths: paths)
        for warning in library.warnings {
            Console.warn("\(warning.path): \(warning.message)")
        }
        if library.pages.isEmpty {
            throw BadInput("no readable pages in \(paths.joined(separator: " "))")
        }
        return library
    }

    /// The pages the command works on: the scope at once, the files of it by a walk.
    func pageSources() -> PageSources {
        if paths.isEmpty { return PageSources(roots: nil) }
        return PageSources(roots: PageRoots(paths))
    }

    static func reason(_ error: Error) -> String {
        if let e = DatabaseFailure(error) { return e.reason }
        return "\(error)"
    }
}

/// The page files of the paths given, or the built-in pages.
struct PageSources: Sendable {
    let roots: PageRoots?

    var scope: LibraryScope { roots?.scope ?? .builtin }
    var warnings: [LoadWarning] { roots?.warnings ?? [] }

    /// What a walk of the directories found.
    struct Walked {
        var inputs: [PageInput]
        var directories: [DirectoryStamp]
        var warnings: [LoadWarning]
    }

    /// Every page to sync (a walk of the directories).
    func inputs() -> Walked {
        guard let roots else {
            return Walked(inputs: BuiltinPages.all.map { page in
                PageInput(name: String(page.source.split(separator: "/").last ?? Substring(page.source)),
                          source: page.source, bytes: page.bytes)
            }, directories: [], warnings: [])
        }
        let walked = roots.walk()
        return Walked(inputs: walked.files.map(PageInput.init(file:)), directories: walked.directories, warnings: walked.warnings)
    }
}

/// A library synced for a command.
struct SyncedLibrary {
    var database: LibraryDatabase
    var report: SyncReport
    var scope: LibraryScope
    var warnings: [LoadWarning]
}

/// A library synced for a command, and the catalog of the pages it was given.
struct OpenedLibrary {
    var database: LibraryDatabase
    var report: SyncReport
    var scope: LibraryScope
    var catalog: DatabaseCatalog
    var warnings: [LoadWarning]
}

/// The progress of a long sync, redrawn on one line of a terminal's stderr
/// at most ten times a second; nothing when stderr is not a terminal.
final class ProgressLine: @unchecked Sendable {
    let enabled: Bool
    private var shown = false
    private var last = Date.distantPast

    init(enabled: Bool) { self.enabled = enabled }

    func show(_ p: SyncProgress) {
        guard enabled, p.filesTotal > 0 else { return }
        let now = Date()
        guard now.timeIntervalSince(last) >= 0.1 || p.filesDone == p.filesTotal else { return }
        last = now
        shown = true
        let line = "dubao: " + SyncText.line(p)
        var stderr = StandardError()
        print("\r\u{1B}[K" + line, terminator: "", to: &stderr)
    }

    func finish() {
        guard shown else { return }
        shown = false
        var stderr = StandardError()
        print("\r\u{1B}[K", terminator: "", to: &stderr)
    }

}

/// A sync's progress in words, for stderr and the reader's status line.
enum SyncText {
    static func line(_ p: SyncProgress) -> String {
        var line = "indexing \(p.filesDone)/\(p.filesTotal) files · \(mb(p.bytesDone))/\(mb(p.bytesTotal)) MB · \(p.articles) articles"
        if p.rate > 0 { line += " · \(String(format: "%.1f", p.rate / 1_000_000)) MB/s" }
        if let left = p.remaining, p.filesDone < p.filesTotal { line += " · \(Int(left.rounded())) s left" }
        return line
    }

    static func mb(_ bytes: Int64) -> String { String(format: "%.0f", Double(bytes) / 1_000_000) }
}

/// Bad input: the command ran but what it was given cannot be used (exit 1).
struct BadInput: Error, CustomStringConvertible {
    var description: String
    init(_ message: String) { description = message }
}

enum Console {
    static func warn(_ message: String) {
        var stderr = StandardError()
        print("dubao: warning: \(escaped(message))", to: &stderr)
    }

    static func error(_ message: String) {
        var stderr = StandardError()
        print("dubao: \(escaped(message))", to: &stderr)
    }

    /// A message as it may reach a terminal: control characters (C0, DEL,
    /// C1), bidirectional controls and invisible format characters — which a
    /// file name or an argument can hold — written as `\u{1B}`, as `ls`
    /// quotes names, so that nothing in them drives the terminal.
    static func escaped(_ text: String, keepingLineBreaks: Bool = false) -> String {
        var out = String.UnicodeScalarView()
        var changed = false
        for s in text.unicodeScalars {
            let v = s.value
            if keepingLineBreaks && v == 0x0A {
                out.append(s)
                continue
            }
            if FileName.escapedByte(s) != nil {
                changed = true
                out.append(contentsOf: FileName.spelled(String(s)).unicodeScalars)
                continue
            }
            let unsafe = v < 0x20 || (0x7F...0x9F).contains(v) || (0x202A...0x202E).contains(v)
                || (0x2066...0x2069).contains(v) || (0x200B...0x200F).contains(v) || v == 0x2060 || v == 0xFEFF
                || v == 0x061C
            if unsafe {
                changed = true
                out.append(contentsOf: "\\u{\(String(v, radix: 16, uppercase: true))}".unicodeScalars)
            } else {
                out.append(s)
            }
        }
        return changed ? String(out) : text
    }

    /// The width to lay text out in: `COLUMNS`, else the terminal's, else 80.
    static func width() -> Int {
        if let env = getenv("COLUMNS"), let n = Int(String(cString: env)), n > 0 { return n }
        var size = winsize()
        if isatty(STDOUT_FILENO) != 0, ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 {
            return Int(size.ws_col)
        }
        return 80
    }
}

struct StandardError: TextOutputStream {
    mutating func write(_ string: String) {
        var bytes = Array(string.utf8)
        _ = Glibc.write(STDERR_FILENO, &bytes, bytes.count)
    }
}
