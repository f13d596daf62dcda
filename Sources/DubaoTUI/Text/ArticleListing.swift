import DubaoCore
import DubaoStore

/// The text of `dubao list`: articles grouped by date (newest first), then by
/// section, one row each, aligned by display width. Reads the catalog's
/// entries and summaries, never whole articles.
public enum ArticleListing {
    public static func lines(for catalog: any ArticleCatalog, width: Int,
                             ambiguous: DisplayWidth.Ambiguous = .single) -> [String] {
        let summaries = (0..<catalog.count).map { catalog.summary($0) }
        // Ids are printed whole, whatever the width: what `list` prints can be
        // pasted into `show`. The title and the tail give way.
        let idWidth = summaries.map { DisplayWidth.of($0.id) }.max() ?? 0
        let rule = ambiguous == .single ? "── " : "== "
        var out: [String] = []
        for row in ListModel.rows(entries: catalog.entries, sectionNames: catalog.sectionNames, grouping: .dateThenSection) {
            switch row {
            case .header(let title):
                out.append(DisplayWidth.truncate(rule + title, to: width, ambiguous: ambiguous))
            case .article(let i):
                let a = summaries[i]
                let tail = ListModel.tail(a)
                let tailWidth = DisplayWidth.of(tail, ambiguous: ambiguous)
                let titleWidth = max(4, width - idWidth - tailWidth - 6)
                let lead = "  " + DisplayWidth.pad(a.id, to: idWidth) + "  "
                let rest = DisplayWidth.pad(a.displayTitle, to: titleWidth, ambiguous: ambiguous) + "  " + tail
                let room = max(0, width - DisplayWidth.of(lead, ambiguous: ambiguous))
                out.append(lead + DisplayWidth.truncate(rest, to: room, ambiguous: ambiguous))
            }
        }
        return out.map { TerminalSafe.visible($0, ambiguous: ambiguous) }
    }
}
