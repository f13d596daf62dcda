import ArgumentParser
import DubaoStore

/// `dubao index`: only the sync, for a cron job or before going offline.
struct IndexCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "index",
        abstract: "Bring the library up to date with the pages, and nothing else.",
        discussion: """
        New page files are parsed, changed ones parsed again and removed ones dropped. \
        Every other command does the same first; this one only syncs and says what changed.         It exits with status 2 when the library could not be written (a full disk, a read-only         file): the pages were then read into memory only.
        """)

    @OptionGroup var library: LibraryOptions

    func run() throws {
        let synced = try library.sync()
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
