/// Finds the numeric figures of an article (spec section 3).
public enum FigureExtractor {
    /// Every figure in the titles and paragraphs, in text order.
    public static func figures(titles: [String], paragraphs: [String]) -> [Figure] {
        []
    }
}
