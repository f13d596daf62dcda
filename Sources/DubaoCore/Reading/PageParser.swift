/// Turns the text of one page into articles (spec sections 1 and 2).
public enum PageParser {
    public static func parse(text: String, name: String, source: String) -> [Article] {
        // Placeholder until the layout analysis lands: one article per page.
        let paragraphs = text.split(separator: "\n").map { String($0) }.filter { !$0.allSatisfy(\.isWhitespace) }
        guard !paragraphs.isEmpty else { return [] }
        return [Article(id: "\(name)#1", source: source, paragraphs: paragraphs)]
    }
}
