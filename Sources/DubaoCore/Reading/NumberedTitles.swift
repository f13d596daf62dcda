/// `1. 法国提高干旱农场补助标准` / blank / `【法新社巴黎3月13日电】…`: a page of
/// items numbered in print order, as a by-date corpus of a foreign-news
/// paper keeps them (fixtures README, S39).
///
/// Where two or more lines, each alone between blank lines, open with a
/// number and a dot (`1.`, `２．`, `3、`) that runs on by one down the page,
/// each stands over text, and at least one stands over a dateline, they are
/// the items' titles: the number goes (an ornament, as a briefs item's `●`,
/// T3), and the text under each opens an article whatever its words. A
/// report's numbered headings (`1. 加强组织领导`) stand over its own text, no
/// dateline, and stay headings.
enum NumberedTitles {
    static func unnumbered(_ blocks: [Block]) -> [Block] {
        var found: [(block: Int, number: Int, title: [Unicode.Scalar])] = []
        for b in blocks.indices.dropLast() where blocks[b].lines.count == 1 {
            guard let (n, title) = numbered(blocks[b].lines[0].text) else { continue }
            found.append((b, n, title))
        }
        guard found.count >= 2, zip(found, found.dropFirst()).allSatisfy({ $1.number == $0.number + 1 }),
              found.contains(where: { Dateline.parse(blocks[$0.block + 1].lines[0].text) != nil }) else { return blocks }
        var out = blocks
        for f in found {
            out[f.block].lines[0] = out[f.block].lines[0].holding(f.title, indented: false)
            out[f.block + 1].lines[0].opensArticle = true
        }
        return out
    }

    /// `1. 法国提高…` → (1, `法国提高…`): a number of one or two digits, a dot
    /// or 、, then a title (no sentence); nil for a line of another form.
    static func numbered(_ t: [Unicode.Scalar]) -> (Int, [Unicode.Scalar])? {
        var i = 0
        var n = 0
        while i < t.count, i < 2, let d = Scalars.digit(t[i]) { n = n * 10 + d; i += 1 }
        guard i > 0, i < t.count, t[i] == "." || t[i] == "．" || t[i] == "、" else { return nil }
        let title = Array(t[(i + 1)...]).trimmed()
        guard title.count >= 4, TitleShape.isTitleLike(title) else { return nil }
        return (n, title)
    }
}
