import Foundation
import ArgumentParser
import DubaoStore

/// `dubao index`: only the sync, for a cron job or before going offline.
struct IndexCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "index",
        abstract: "Bring the library up to date with the pages, and nothing else.",
        discussion: """
        New page files are parsed, changed ones parsed again and removed ones dropped. \
        Every other command does the same first; this one only syncs and says what changed. \
        Once a week (and with --check) it also reads the whole library file to find damage \
        a disk can leave unnoticed; a damaged library is moved aside and rebuilt from the \
        pages, keeping read marks, stars and searches. \
        It exits with status 2 when the library could not be written (a full disk, a read-only \
        file): the pages were then read into memory only.
        """)

    @OptionGroup var library: LibraryOptions

    @Flag(name: .long, help: "Read the whole library file now to find damage (done weekly otherwise).")
    var check = false

    func run() throws {
        var synced = try library.sync()
        if check || synced.database.isThoroughCheckDue() {
            let started = Date()
            let problems: [String]?
            do {
                problems = try synced.database.checkThoroughly()
            } catch {
                // The check could not run (no room for its work, a lock): the
                // sync it follows still stands.
                Console.warn("could not check the library \(synced.database.path ?? ""): \(LibraryOptions.reason(error))")
                problems = nil
            }
            if let problems, problems.isEmpty {
                if check { Output.line("the library is sound (checked in \(String(format: "%.2f", Date().timeIntervalSince(started))) s)") }
            } else if let problems {
                // Rebuilt now, from the pages, with the reader's own state.
                _ = try synced.database.replacedAfterDamage(notice: { Console.warn($0 + " (its check found: \(problems.prefix(2).joined(separator: "; ")))") })
                synced = try library.sync()
            }
        }
        let r = synced.report
        let place = synced.database.path ?? "memory"
        let (pages, articles) = synced.database.counts(in: synced.scope)
        Output.line("\(pages) pages, \(articles) articles in \(place): "
              + "\(r.added) new, \(r.changed) changed, \(r.removed) removed, \(r.unchanged) unchanged "
              + "(\(String(format: "%.2f", r.elapsed)) s)")
        // Keeping the library is all this command is for: read into memory
        // instead (the warning said why), it did not do its job.
        if synced.database.standsInBecause != nil { throw ExitCode(2) }
    }
}
