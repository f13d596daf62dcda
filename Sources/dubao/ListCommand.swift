import ArgumentParser
import DubaoCore
import DubaoTUI

struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the articles, grouped by date (newest first) and section.")

    @OptionGroup var layout: WidthOption

    @OptionGroup var library: LibraryOptions

    func run() throws {
        let catalog = try library.open().catalog
        for line in ArticleListing.lines(for: catalog, width: layout.columns) {
            Output.line(line)
        }
    }
}
