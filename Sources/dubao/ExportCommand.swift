import ArgumentParser
import DubaoCore
import DubaoStore
import Foundation

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Print every article of the pages as one JSON document.",
        discussion: """
        The document is {"schema": "dubao.export/1", "articles": [...], "warnings": [...]}; \
        each article carries the fields of the parsing spec plus id, source, section, \
        page_date, display_title and figures. It is written article by article, so \
        memory does not grow with the library.
        """)

    @Flag(help: "JSON output (the only format for now).")
    var json = false

    @OptionGroup var library: LibraryOptions

    func run() throws {
        let opened = try library.open()
        let catalog = opened.catalog
        var document = JSONArrayStream(key: "articles")
        var start = 0
        while start < catalog.count {
            for article in catalog.articles(start..<min(catalog.count, start + 256)) { try document.append(article) }
            start += 256
        }
        // Warnings also go into the document, so a script sees what was skipped.
        try document.finish(then: [("schema", "dubao.export/1"), ("warnings", opened.warnings.map(\.description))])
        Output.flush()
    }
}
