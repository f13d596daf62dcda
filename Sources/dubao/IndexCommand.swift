import ArgumentParser
import DubaoStore

/// `dubao index`: only the sync, for a cron job or before going offline.
struct IndexCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "index",
        abstract: "Bring the library up to date with the pages, and nothing else.",
        discussion: """
        New page files are parsed, changed ones parsed again and removed ones dropped. \
        Every other command does the same first; this one only syncs and says what changed.
        """)

    @OptionGroup var library: LibraryOptions

    func run() throws {
        let opened = try library.open()
        let r = opened.report
        let place = opened.database.path ?? "memory"
        print("\(opened.catalog.pageCount) pages, \(opened.catalog.count) articles in \(place): "
              + "\(r.added) new, \(r.changed) changed, \(r.removed) removed, \(r.unchanged) unchanged "
              + "(\(String(format: "%.2f", r.elapsed)) s)")
    }
}
