/// Blank lines as a page's own punctuation: many web copies and text
/// exports part articles by two blank lines or more, and paragraphs and
/// intertitles by one or none. Where a page does — a wide gap before some
/// title after text, and never one between two paragraphs — a title after a
/// wide gap heads an article, dateline or not (fixtures README, S33).
enum WideGaps {
    /// Blank lines that make a gap wide.
    static let wide = 2

    /// The lines of the titles that head articles by a wide gap: each title
    /// set right after a paragraph of text with a wide gap between them —
    /// where the page parts articles so (some title follows such a gap) and
    /// never leaves one between two paragraphs. Empty where it does not.
    static func titlesAfterWideGaps(_ items: [PageItem]) -> Set<Int> {
        // The last line of the text so far: a caption that interrupted a
        // paragraph comes after it among the items, from a line before its end.
        var end: Int?
        var titles = Set<Int>()
        for item in items {
            switch item {
            case .paragraph(let p):
                if let end, p.firstLine - end - 1 >= wide { return [] }
                end = max(end ?? 0, p.lastLine ?? p.firstLine)
            case .title(let t):
                if let end, t.number - end - 1 >= wide { titles.insert(t.number) }
                end = nil
            default:
                end = nil
            }
        }
        return titles
    }
}
