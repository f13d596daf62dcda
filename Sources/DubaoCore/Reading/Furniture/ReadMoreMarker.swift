/// `…发放稻种和化... [详细]`, `[全文]`, `详细>>`: the link a list of cut
/// leads prints where it cut each one, to the whole piece. The marker is
/// the site's; the lead ends there (its text was cut, not finished).
extension Furniture {
    static let readMoreWords = Set(PageWords.scalars(.readMore))
    static let readMoreOpenings = ScalarClass("[【［")
    static let readMoreClosings = ScalarClass("]】］")
    static let readMoreArrows = ScalarClass(">»＞›")

    /// The text before a read-more marker that ends the line (empty for a
    /// marker alone), or nil where the line ends otherwise. The marker is a
    /// read-more word in brackets or before arrows, with the ellipsis and
    /// the spaces before it.
    static func beforeReadMore(_ t: [Unicode.Scalar]) -> [Unicode.Scalar]? {
        guard t.count >= 2, let last = t.last, readMoreClosings.contains(last) || readMoreArrows.contains(last) else { return nil }
        var start: Int
        if readMoreArrows.contains(last) {
            var end = t.count
            while end > 0, readMoreArrows.contains(t[end - 1]) { end -= 1 }
            guard let word = (2...4).first(where: { n in end >= n && readMoreWords.contains(Array(t[(end - n)..<end])) }) else { return nil }
            start = end - word
        } else {
            // (A marker is short: its opening bracket stands in the last six characters.)
            guard let open = t.lastIndex(from: t.count - 7, before: t.count - 1, where: readMoreOpenings.contains),
                  readMoreWords.contains(Array(t[(open + 1)..<(t.count - 1)]).trimmed()) else { return nil }
            start = open
        }
        while start > 0, Scalars.isSpace(t[start - 1]) { start -= 1 }
        while start > 0, t[start - 1] == "." || t[start - 1] == "…" { start -= 1 }
        return Array(t[..<start]).trimmed()
    }
}
