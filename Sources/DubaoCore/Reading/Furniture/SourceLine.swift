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
        if words.contains(where: isPageSlot) || (words.allSatisfy(isDateWord) && !words.isEmpty) { return true }
        // `《 人民日报海外版 》( 2025年06月13日   第 06 版)`: a copy that spaces
        // out the slot's number; read closed up, the date and the slot.
        let compact = rest.filter { !Scalars.isSpace($0) }
        guard let date = DateFinder.dates(in: compact).first, date.range.lowerBound == 0 else { return false }
        let after = Array(compact[date.range.upperBound...])
        return after.isEmpty || isPageSlot(after)
    }

    /// `（原载《丰阳日报》2024年9月12日第3版）`: where a reprint first ran, in
    /// brackets under its text: the paper, and the date or the page.
    static func isReprintSourceNote(_ t: [Unicode.Scalar]) -> Bool {
        guard t.count >= 8, t.count <= 48, t.first == "（" || t.first == "(", t.last == "）" || t.last == ")" else { return false }
        var inner = Array(t.dropFirst().dropLast()).trimmed()
        guard let lead = reprintLeads.first(where: { inner.starts(with: $0) }) else { return false }
        inner = Array(inner.dropFirst(lead.count).drop { $0 == "：" || $0 == ":" || Scalars.isSpace($0) })
        guard inner.first == "《", let close = inner.prefix(16).firstIndex(of: "》"), close >= 2 else { return false }
        let rest = inner[(close + 1)...].filter { !Scalars.isSpace($0) }
        if rest.isEmpty { return true }
        // (The date and the page run together: `2024年9月12日第3版`.)
        guard let date = DateFinder.dates(in: rest).first, date.range.lowerBound == 0 else { return isPageSlot(rest) }
        let after = Array(rest[date.range.upperBound...])
        return after.isEmpty || isPageSlot(after)
    }
    static let reprintLeads = scalarWords(["原载", "原刊", "刊于", "转载自", "转自", "选自", "摘自"])
}
