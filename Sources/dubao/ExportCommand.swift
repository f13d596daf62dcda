import ArgumentParser
import DubaoCore
import Foundation

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Print every article of the pages as one JSON document.",
        discussion: """
        The document is {"schema": "dubao.export/1", "articles": [...], "warnings": [...]}; \
        each article carries the fields of the parsing spec plus id, source, section, \
        page_date, display_title and figures.
        """)

    @Flag(help: "JSON output (the only format for now).")
    var json = false

    @OptionGroup var library: LibraryOptions

    func run() throws {
        let lib = try library.load()
        // Warnings also go into the document, so a script sees what was skipped.
        let document = ExportDocument(articles: lib.articles, warnings: lib.warnings.map(\.description))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(document)
        data.append(0x0A)
        FileHandle.standardOutput.write(data)
    }
}

struct ExportDocument: Codable {
    var schema = "dubao.export/1"
    var articles: [Article]
    var warnings: [String]
}
