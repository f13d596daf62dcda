import DubaoCore

/// The text of `dubao show`: titles, a meta line, and the body wrapped to a
/// width with paragraphs indented by two full-width spaces.
public enum ArticleText {
    public static func lines(for article: Article, width: Int,
                             ambiguous: DisplayWidth.Ambiguous = .single) -> [String] {
        let breaker = LineBreaker(width: width, ambiguous: ambiguous)
        var out: [String] = []
        if let kicker = article.kicker { out += breaker.lines(kicker) }
        out += breaker.lines(article.displayTitle)
        if let subtitle = article.subtitle { out += breaker.lines(subtitle) }
        out += breaker.lines(metaLine(article))
        out.append("")
        for p in article.paragraphs {
            out += breaker.lines(p, indent: "　　")
        }
        return out
    }

    /// date · section · place · authors
    public static func metaLine(_ a: Article) -> String {
        var parts: [String] = []
        parts.append(a.date?.iso ?? a.pageDate?.iso ?? "日期不详")
        parts.append(a.section)
        if let place = a.place { parts.append(place) }
        if !a.authors.isEmpty { parts.append(a.authors.joined(separator: " ")) }
        return parts.joined(separator: " · ")
    }
}
