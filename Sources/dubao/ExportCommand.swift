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
                let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        Output.write("{\n  \"articles\" : [")
        var first = true
        var start = 0
        while start < catalog.count {
            let block = catalog.articles(start..<min(catalog.count, start + 256))
            start += 256
            for article in block {
                let text = String(decoding: try encoder.encode(article), as: UTF8.self)
                Output.write(first ? "\n" : ",\n")
                first = false
                // Indented as it stands inside the document.
                Output.write("    " + text.replacingOccurrences(of: "\n", with: "\n    "))
            }
        }
        Output.write(first ? "\n  ],\n" : "\n  ],\n")
        Output.write("  \"schema\" : \"dubao.export/1\",\n")
        // Warnings also go into the document, so a script sees what was skipped.
        let warnings = String(decoding: try encoder.encode(opened.warnings.map(\.description)), as: UTF8.self)
        Output.write("  \"warnings\" : " + warnings.replacingOccurrences(of: "\n", with: "\n  ") + "\n}\n")
        Output.flush()
    }
}
