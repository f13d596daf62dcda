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
        let (inputs, scope, scanWarnings) = pageInputs()
        let report = ProgressLine(enabled: isatty(STDERR_FILENO) != 0)
        var opened: OpenedLibrary
        do {
            let database = try LibraryDatabase.open(path: databasePath, notice: { Console.warn($0) })
            let sync = try LibrarySync(database: database).sync(inputs, scope: scope, progress: report.show)
            report.finish()
            opened = OpenedLibrary(database: database, report: sync,
                                   catalog: try DatabaseCatalog(database: database, scope: scope))
        } catch let error as StoreError {
            report.finish()
            if case .newerVersion = error { throw BadInput(error.description) }
            Console.warn("\(error.description); reading the pages into memory")
            opened = try inMemory(inputs, scope: scope)
        } catch {
            report.finish()
            Console.warn("cannot write the library \(databasePath): \(Self.reason(error)); reading the pages into memory")
            opened = try inMemory(inputs, scope: scope)
        }
        opened.warnings = scanWarnings + opened.report.warnings
        for warning in opened.warnings {
            Console.warn("\(warning.path): \(warning.message)")
        }
        if opened.catalog.count == 0 {
            throw BadInput("no readable pages in \(paths.joined(separator: " "))")
        }
        return opened
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

    private func inMemory(_ inputs: [PageInput], scope: LibraryScope) throws -> OpenedLibrary {
        let database = try LibraryDatabase.inMemory()
        let sync = try LibrarySync(database: database).sync(inputs, scope: scope)
        return OpenedLibrary(database: database, report: sync, catalog: try DatabaseCatalog(database: database, scope: scope))
    }

    /// The pages to sync and the scope they make.
    func pageInputs() -> (inputs: [PageInput], scope: LibraryScope, warnings: [LoadWarning]) {
        if paths.isEmpty {
            let inputs = BuiltinPages.all.map { page in
                PageInput(name: String(page.source.split(separator: "/").last ?? Substring(page.source)),
                          source: page.source, bytes: page.bytes)
            }
            return (inputs, .builtin, [])
        }
        let (files, scope, warnings) = PageScan.scan(paths)
        return (files.map(PageInput.init(file:)), scope, warnings)
    }

    static func reason(_ error: Error) -> String {
        if let e = DatabaseFailure(error) { return e.reason }
        return "\(error)"
    }
}

/// A library opened and synced for a command.
struct OpenedLibrary {
    var database: LibraryDatabase
    var report: SyncReport
    var catalog: DatabaseCatalog
    var warnings: [LoadWarning] = []
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
        var line = "dubao: indexing \(p.filesDone)/\(p.filesTotal) files · \(mb(p.bytesDone))/\(mb(p.bytesTotal)) MB · \(p.articles) articles"
        if p.rate > 0 { line += " · \(String(format: "%.1f", p.rate / 1_000_000)) MB/s" }
        if let left = p.remaining, p.filesDone < p.filesTotal { line += " · \(Int(left.rounded())) s left" }
        var stderr = StandardError()
        print("\r\u{1B}[K" + line, terminator: "", to: &stderr)
    }

    func finish() {
        guard shown else { return }
        shown = false
        var stderr = StandardError()
        print("\r\u{1B}[K", terminator: "", to: &stderr)
    }

    private func mb(_ bytes: Int64) -> String { String(format: "%.0f", Double(bytes) / 1_000_000) }
}

/// Bad input: the command ran but what it was given cannot be used (exit 1).
struct BadInput: Error, CustomStringConvertible {
    var description: String
    init(_ message: String) { description = message }
}

enum Console {
    static func warn(_ message: String) {
        var stderr = StandardError()
        print("dubao: warning: \(message)", to: &stderr)
    }

    static func error(_ message: String) {
        var stderr = StandardError()
        print("dubao: \(message)", to: &stderr)
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
