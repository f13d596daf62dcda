/// The line naming the paper and page an article was copied from.
extension Furniture {
    /// `《张掖日报》（2024年04月23日 第02版）`: the paper and page an article
    /// was copied from.
    static func isSourceLine(_ t: [Unicode.Scalar]) -> Bool {
        guard t.first == "《", let close = t.prefix(16).firstIndex(of: "》"), close >= 3, t.count <= 40 else { return false }
        var rest = Array(t[(close + 1)...]).trimmed()
        if let f = rest.first, f == "（" || f == "(", let l = rest.last, l == "）" || l == ")" {
            rest = Array(rest.dropFirst().dropLast())
        }
        guard !rest.isEmpty, !rest.contains(where: Scalars.clausePunct.contains) else { return false }
        let words = rest.split(whereSeparator: Scalars.isSpace).map(Array.init)
        return words.contains(where: isPageSlot) || (words.allSatisfy(isDateWord) && !words.isEmpty)
    }
}
