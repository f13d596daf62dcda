import ArgumentParser
import DubaoCore
import DubaoTUI

struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the articles, grouped by date (newest first) and section.")

    @Option(help: "Lay out for this many columns (default: the terminal's width).")
    var width: Int?

    @OptionGroup var library: LibraryOptions

    func validate() throws {
        if let width, width < 20 { throw ValidationError("--width must be at least 20") }
    }

    func run() throws {
        let lib = try library.load()
        for line in ArticleListing.lines(for: lib.articles, width: width ?? Console.width()) {
            print(line)
        }
    }
}
