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
        let out = OutputStream.standardOutput
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        out.write("{\n  \"articles\" : [")
        var first = true
        var start = 0
        while start < catalog.count {
            let block = catalog.articles(start..<min(catalog.count, start + 256))
            start += 256
            for article in block {
                let text = String(decoding: try encoder.encode(article), as: UTF8.self)
                out.write(first ? "\n" : ",\n")
                first = false
                // Indented as it stands inside the document.
                out.write("    " + text.replacingOccurrences(of: "\n", with: "\n    "))
            }
        }
        out.write(first ? "\n  ],\n" : "\n  ],\n")
        out.write("  \"schema\" : \"dubao.export/1\",\n")
        // Warnings also go into the document, so a script sees what was skipped.
        let warnings = String(decoding: try encoder.encode(opened.warnings.map(\.description)), as: UTF8.self)
        out.write("  \"warnings\" : " + warnings.replacingOccurrences(of: "\n", with: "\n  ") + "\n}\n")
        out.flush()
    }
}

/// Standard output, buffered: one write(2) per 64 KB, not per line.
final class OutputStream {
    nonisolated(unsafe) static let standardOutput = OutputStream()
    private var buffer: [UInt8] = []

    func write(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= 1 << 16 { flush() }
    }

    func flush() {
        guard !buffer.isEmpty else { return }
        FileHandle.standardOutput.write(Data(buffer))
        buffer.removeAll(keepingCapacity: true)
    }
}
