/// What the user chooses about the look of the text.
public struct Settings: Sendable, Hashable {
    public enum ParagraphStyle: String, Sendable, Hashable, CaseIterable {
        /// First line indented by two full-width spaces, as in Chinese print.
        case indent
        /// Paragraphs separated by a blank line.
        case blankLine = "blank"
    }

    public var paragraphStyle: ParagraphStyle
    public var ambiguous: DisplayWidth.Ambiguous

    public init(paragraphStyle: ParagraphStyle = .indent, ambiguous: DisplayWidth.Ambiguous = .single) {
        self.paragraphStyle = paragraphStyle
        self.ambiguous = ambiguous
    }

    /// The widest text column; wider panes centre it, as a page has margins.
    public static let maxMeasure = 100
}
