import ArgumentParser
import DubaoCore
import DubaoTUI

struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Print one article, reflowed to the terminal width.")

    @Argument(help: ArgumentHelp("The article's id, as `dubao list` prints it (page#n).", valueName: "id"))
    var id: String

    @OptionGroup var layout: WidthOption

    @OptionGroup var library: LibraryOptions

    func run() throws {
        let catalog = try library.open().catalog
        guard let index = catalog.index(ofKey: id), let article = catalog.article(index) else {
            throw BadInput("no article with id \(id) (see `dubao list`)")
        }
        for line in ArticleText.lines(for: article, width: layout.columns) {
            Output.line(line)
        }
    }
}
