import ArgumentParser
import DubaoCore
import DubaoTUI
import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// `dubao figures`: every numeric figure of the pages, one row each.
struct FiguresCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "figures",
        abstract: "List the numeric figures of the articles: targets and results.",
        discussion: """
        One row per figure, in page and reading order: the article's date and id, \
        what is measured, the value with its unit and bound (≥ at least, ≤ at most, \
        ≈ about), and whether it is a target or an actual result. --json and --csv \
        print every field of the figure with its article's id, source and date.
        """)

    enum KindFilter: String, ExpressibleByArgument, CaseIterable {
        case target, actual
    }

    @Option(help: "Only figures of this kind: target or actual.")
    var kind: KindFilter?

    @Flag(help: "Print JSON: {\"figures\": [...]}.")
    var json = false

    @Flag(help: "Print CSV with a header row.")
    var csv = false

    @OptionGroup var library: LibraryOptions

    func validate() throws {
        if json && csv { throw ValidationError("--json and --csv cannot be used together") }
    }

    func run() throws {
        let catalog = try library.open().catalog
        // Articles are read a block at a time; JSON and CSV are written as
        // they come, so memory does not grow with the library (the table
        // needs every row first, to size its columns).
        let onTerminal = isatty(STDOUT_FILENO) != 0
        var tableRows: [FigureRow] = []
        var document = json ? JSONArrayStream(key: "figures") : nil
        if csv { Output.line(FigureRow.csvHeader) }
        var start = 0
        while start < catalog.count {
            let block = catalog.articles(start..<min(catalog.count, start + 256))
            start += 256
            for article in block {
                for figure in article.figures where kind.map({ figure.kind?.rawValue == $0.rawValue }) ?? true {
                    let row = FigureRow(article: article.id, source: article.source,
                                        date: (article.date ?? article.pageDate)?.iso, figure: figure)
                    if document != nil {
                        try document?.append(row)
                    } else if csv {
                        // On a terminal nothing of a page may drive it (bidi
                        // controls, escapes); to a file the text stays exact.
                        Output.line(onTerminal ? TerminalSafe.visible(row.csvLine) : row.csvLine)
                    } else {
                        tableRows.append(row)
                    }
                }
            }
        }
        try document?.finish()
        if !json && !csv {
            for line in FigureRow.table(tableRows) { Output.line(TerminalSafe.visible(line)) }
        }
    }
}

/// A figure with the article it stands in.
struct FigureRow: Encodable {
    var article: String
    var source: String
    var date: String?
    var figure: Figure

    func encode(to encoder: Encoder) throws {
        try figure.encode(to: encoder)
        var c = encoder.container(keyedBy: Keys.self)
        try c.encode(article, forKey: .article)
        try c.encode(source, forKey: .source)
        try c.encode(date, forKey: .date)
    }

    enum Keys: String, CodingKey { case article, source, date }

    static let csvHeader = "date,article,where,text,value,value_max,unit,bound,kind,indicator,change,sentence"

    var csvLine: String {
        let f = figure
        return [date ?? "", article, f.place.rawValue, f.text, Self.plain(f.value), f.valueMax.map(Self.plain) ?? "",
                f.unit, f.bound.rawValue, f.kind?.rawValue ?? "", f.indicator ?? "", f.change?.rawValue ?? "",
                f.sentence].map(Self.csvField).joined(separator: ",")
    }

    /// RFC 4180: quote a field holding a comma, quote or line break; double its quotes.
    static func csvField(_ s: String) -> String {
        guard s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return s }
        return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// A number for CSV, exact to six places, without a needless `.0` or
    /// exponent: 500000000000, 6.57. (The table rounds as the reader does.)
    static func plain(_ v: Double) -> String {
        if v == v.rounded(), abs(v) < 1e15 { return String(Int64(v)) }
        var s = String(format: "%.6f", v)
        while s.hasSuffix("0") { s.removeLast() }
        if s.hasSuffix(".") { s.removeLast() }
        return s
    }

    /// Aligned columns: date, article, indicator, quantity, kind.
    static func table(_ rows: [FigureRow]) -> [String] {
        let cells = rows.map { row in
            [row.date ?? "", row.article, DisplayWidth.truncate(row.figure.indicator ?? "—", to: 32),
             FigureFormat.quantity(row.figure), FigureFormat.kind(row.figure.kind)]
        }
        guard let first = cells.first else { return [] }
        var widths = first.map { _ in 0 }
        for row in cells { for (i, cell) in row.enumerated() { widths[i] = max(widths[i], DisplayWidth.of(cell)) } }
        return cells.map { row in
            row.enumerated().map { i, cell in
                i == row.count - 1 ? cell : DisplayWidth.pad(cell, to: widths[i])
            }.joined(separator: "  ")
        }
    }
}
