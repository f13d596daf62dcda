/// What a cell of the screen is, for the presenter to choose its look. The
/// grid says what things are; how they look (colour, bold, reverse) is the
/// presenter's business, so a monochrome terminal and NO_COLOR need no change here.
public enum Style: UInt8, Sendable, Hashable, CaseIterable {
    case normal
    /// An unread article's row in the list, and the marks before it.
    case unread, mark
    case kicker, headline, subtitle, meta
    case groupHeader
    /// The selected row of a focused list; `.selectionInactive` when the other pane has the focus.
    case selection, selectionInactive
    case hitCount
    case match, currentMatch
    /// Numeric figures (issue 4: targets and actuals).
    case targetFigure, actualFigure
    case status, message, warning, error, prompt
    /// The cell of the prompt's cursor.
    case promptCursor
    case helpKey
    case divider
    /// A placeholder drawn for a control character of the text.
    case placeholder
}
