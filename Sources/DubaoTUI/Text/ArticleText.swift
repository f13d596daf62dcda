import Foundation
import DubaoCore

/// The text of `dubao show`: titles, a meta line, and the body wrapped to a
/// width by the same layout the reader uses.
public enum ArticleText {
    public static func lines(for article: Article, width: Int, settings: Settings = Settings()) -> [String] {
        let layout = ArticleLayout(article: article, width: width, settings: settings)
        return layout.lines.map { line in
            guard !line.isBlank else { return "" }
            if let cells = line.tableCells {
                // A table row as it is laid out, however wide.
                var row = ""
                var x = 0
                for cell in cells {
                    row += String(repeating: " ", count: max(0, cell.column - x))
                    let text = String(String.UnicodeScalarView(layout.blocks[line.block].scalars[cell.range]))
                    row += text
                    x = max(x, cell.column) + DisplayWidth.of(text, ambiguous: settings.ambiguous)
                }
                return TerminalSafe.visible(row, ambiguous: settings.ambiguous)
            }
            let text = String(String.UnicodeScalarView(layout.blocks[line.block].scalars[line.range]))
            let block = layout.blocks[line.block]
            let indent = block.kind == .paragraph && line.indent >= 4 && line.range.lowerBound == 0
                ? "\u{3000}\u{3000}" + String(repeating: " ", count: line.indent - 4)
                : String(repeating: " ", count: line.indent)
            return TerminalSafe.visible(indent + text, ambiguous: settings.ambiguous)
        }
    }

    public static func lines(for article: Article, width: Int, ambiguous: DisplayWidth.Ambiguous) -> [String] {
        lines(for: article, width: width, settings: Settings(ambiguous: ambiguous))
    }

    /// date · section · place · authors
    /// A page file's path as a person reads it: under the home directory
    /// with `~`.
    /// A page's path as a person reads it: under `~` when in the home
    /// directory, a byte of the name that is not UTF-8 spelled `\xFF`.
    public static func shownPath(_ path: String) -> String {
        let spelled = FileName.spelled(path)
        if let home = ProcessInfo.processInfo.environment["HOME"], home.count > 1, spelled.hasPrefix(home + "/") {
            return "~" + spelled.dropFirst(home.count)
        }
        return spelled
    }

    public static func metaLine(_ a: Article) -> String {
        var parts: [String] = []
        parts.append(a.date?.iso ?? a.pageDate?.iso ?? ListModel.undatedTitle)
        parts.append(a.section)
        if let place = a.place { parts.append(place) }
        if !a.authors.isEmpty { parts.append(a.authors.joined(separator: " ")) }
        return parts.joined(separator: " · ")
    }
}
