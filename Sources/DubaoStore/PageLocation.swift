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
    /// Lines are compared folded (`SearchFolding`): a line holds a text when
    /// it holds its first characters (24 at most: a dateline such as
    /// 本报聊城2月22日讯 leads many paragraphs), or, the text wrapped in the
    /// file, when the line is the start of it.
    public static func line(of article: Article, in text: String) -> Int {
        let folded = lines(of: text).map { SearchFolding.folded($0) }
        func holds(_ line: [UInt32], _ needle: [UInt32]) -> Bool {
            if contains(line, Array(needle.prefix(24))) { return true }
            return line.count >= 4 && needle.starts(with: line)
        }
        func matching(_ text: String, in range: Range<Int>) -> [Int] {
            let needle = SearchFolding.folded(text)
            guard !needle.isEmpty else { return [] }
            return range.filter { holds(folded[$0], needle) }
        }
        let titles = article.titles + (article.headline.map { [$0] } ?? [])
        if let first = article.paragraphs.first(where: { !SearchFolding.folded($0).isEmpty }),
           let p = matching(first, in: 0..<folded.count).first {
            // The titles right above the paragraph: the nearest line of each.
            let above = max(0, p - 8)..<p
            return titles.compactMap { matching($0, in: above).last }.min() ?? p
        }
        return titles.compactMap { matching($0, in: 0..<folded.count).first }.min() ?? 0
    }

    static func contains(_ haystack: [UInt32], _ needle: [UInt32]) -> Bool {
        guard needle.count <= haystack.count else { return false }
        for start in 0...(haystack.count - needle.count) where haystack[start] == needle[0] {
            if haystack[start..<(start + needle.count)].elementsEqual(needle) { return true }
        }
        return false
    }
}
