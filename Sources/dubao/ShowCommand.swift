import ArgumentParser
import DubaoStore
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
        var catalog = try library.open().catalog
        var found = catalog.index(ofKey: id).flatMap { catalog.article($0) }
        // Listed but not there: the library is damaged. Opened again, it is
        // moved aside and rebuilt from the pages (the reader's marks kept).
        if found == nil, (catalog as? DatabaseCatalog)?.foundInconsistent == true {
            catalog = try library.open().catalog
            found = catalog.index(ofKey: id).flatMap { catalog.article($0) }
        }
        guard let article = found else {
            throw BadInput("no article with id \(id) (see `dubao list`)")
        }
        for line in ArticleText.lines(for: article, width: layout.columns) {
            Output.line(line)
        }
    }
}
