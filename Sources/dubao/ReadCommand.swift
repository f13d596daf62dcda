import ArgumentParser
import DubaoCore
import DubaoTUI

#if canImport(Glibc)
import Glibc
#endif

struct ReadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "read",
        abstract: "Open the reader (the default when no subcommand is given).")

    @OptionGroup var library: LibraryOptions

    func run() throws {
        let lib = try library.load()
        for line in ArticleListing.lines(for: lib.articles, width: Console.width()) {
            print(line)
        }
    }
}
