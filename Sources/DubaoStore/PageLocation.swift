import DubaoCore

/// Where an article stands in the text of its page file.
public enum PageLocation {
    /// The lines of a page's text, as the raw-page view shows them (any line
    /// break: LF, CRLF or CR).
    public static func lines(of text: String) -> [Substring] {
        text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
    }

    /// The 0-based line where `article` starts in `text`: the line of its
    /// first title when one stands a few lines above its first paragraph,
    /// else the line of that paragraph, else of a title; 0 when none is found.
    /// Lines are compared folded (`SearchFolding`), by the first few
    /// characters of each text, so that wrapping in the file does not matter.
    public static func line(of article: Article, in text: String) -> Int {
        let folded = lines(of: text).map { SearchFolding.folded($0) }
        func find(_ needle: String, in range: Range<Int>) -> Int? {
            let key = Array(SearchFolding.folded(needle).prefix(8))
            guard !key.isEmpty else { return nil }
            return range.first { contains(folded[$0], key) }
        }
        let titles = article.titles + (article.headline.map { [$0] } ?? [])
        if let first = article.paragraphs.first(where: { !SearchFolding.folded($0).isEmpty }),
           let p = find(first, in: 0..<folded.count) {
            let above = max(0, p - 8)..<p
            let found = titles.compactMap { find($0, in: above) }.min()
            return found ?? p
        }
        return titles.compactMap { find($0, in: 0..<folded.count) }.min() ?? 0
    }

    static func contains(_ haystack: [UInt32], _ needle: [UInt32]) -> Bool {
        guard needle.count <= haystack.count else { return false }
        for start in 0...(haystack.count - needle.count) where haystack[start] == needle[0] {
            if haystack[start..<(start + needle.count)].elementsEqual(needle) { return true }
        }
        return false
    }
}
