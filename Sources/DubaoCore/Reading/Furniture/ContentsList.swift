/// The list of a page's titles a digital edition prints above the page.
extension Furniture {
    /// `版面导航` / `· 标题一` / `· 标题二`: a digital edition lists the page's
    /// headlines above it. Lines that repeat titles printed further down, two
    /// or more in a run, are that list: it goes, with its label and the
    /// entries of the same list that name no title (`· 图片新闻`).
    static func droppingContentsList(_ blocks: [Block]) -> [Block] {
        // The list stands above the page's first text: most pages have no
        // two title-like lines there, and need no more look.
        var above = 0
        outer: for block in blocks {
            for line in block.lines {
                // (A title may hold a comma in a quote: `“没想到，夜间抢修也能…”`;
                // a line of text holds a full stop or runs long.)
                if line.indented || line.text.contains("。" as Unicode.Scalar) || line.text.count > 30 && line.text.contains("，" as Unicode.Scalar) { break outer }
                if line.text.count >= 4 && line.text.count <= 120 { above += 1 }
            }
        }
        guard above >= 3 else { return blocks }
        var last: [String: Int] = [:]
        var keys: [[String?]] = []
        for block in blocks {
            var row: [String?] = []
            for (k, line) in block.lines.enumerated() {
                let key = listKey(line.text)
                if let key {
                    last[key] = line.number
                    // A title printed over two lines is one entry of the list.
                    if k > 0, let above = row[k - 1] { last[above + key] = line.number }
                }
                row.append(key)
            }
            keys.append(row)
        }
        // Entries cut short by the site (`全市工业用电量…`) name the title they begin.
        let cut = keys.joined().contains { $0?.hasSuffix("…") == true || $0?.hasSuffix("...") == true }
        let later = cut ? last.sorted { $0.key < $1.key } : []
        func repeated(_ key: String, after number: Int) -> Bool {
            if (last[key] ?? 0) > number { return true }
            guard cut else { return false }
            var stem = Substring(key)
            while let l = stem.last, l == "…" || l == "." { stem = stem.dropLast() }
            guard stem.count >= 6, stem.count < key.count else { return false }
            return later.contains { $0.value > number && $0.key.hasPrefix(stem) && $0.key.count > stem.count }
        }
        // The list set on one line, its titles parted by spaces.
        func listsTitlesOnOneLine(_ line: SourceLine) -> Bool {
            guard line.text.count <= 120, line.text.contains(where: Scalars.isSpace) else { return false }
            let parts = line.text.split(whereSeparator: Scalars.isSpace).map { Array($0) }
            return parts.count >= 2 && parts.allSatisfy { p in
                p.count >= 4 && listKey(p).map { repeated($0, after: line.number) } == true
            }
        }
        // The list set one entry a block (blank lines between its entries,
        // `1. 标题一` / `2. 标题二`): a run of two or more such blocks.
        var entryBlocks = Set<Int>()
        var run: [Int] = []
        func endRun() {
            if run.count >= 2 { entryBlocks.formUnion(run) }
            run = []
        }
        for (b, block) in blocks.enumerated() {
            if block.lines.count == 1, let key = keys[b][0], repeated(key, after: block.lines[0].number) {
                run.append(b)
            } else {
                endRun()
            }
        }
        endRun()
        var out: [Block] = []
        var dropped = !entryBlocks.isEmpty
        for (b, block) in blocks.enumerated() where !entryBlocks.contains(b) {
            var lines = block.lines
            if lines.contains(where: listsTitlesOnOneLine) {
                lines.removeAll(where: listsTitlesOnOneLine)
                dropped = true
                if lines.isEmpty { continue }
            }
            let row = lines.count == block.lines.count ? keys[b] : lines.map { listKey($0.text) }
            let repeats = lines.indices.filter { k in
                row[k].map { repeated($0, after: lines[k].number) } ?? false
            }
            guard repeats.count >= 2, let first = repeats.first, let end = repeats.last,
                  (first...end).allSatisfy({ row[$0] != nil }) else {
                out.append(lines.count == block.lines.count ? block : Block(lines: lines))
                continue
            }
            var from = first, to = end
            if from > 0, row[from - 1] != nil, lines[from - 1].text.count <= 8 { from -= 1 }
            if let mark = lines[end].text.first, !Scalars.isCJK(mark), Scalars.digit(mark) == nil {
                while to + 1 < lines.count, row[to + 1] != nil, lines[to + 1].text.first == mark { to += 1 }
            }
            // (`本报记者 许 诺摄` closing the list: the credit of the page's
            // picture the list was printed beside, no one's byline.)
            if to + 1 < lines.count, let credit = Byline.parse(lines[to + 1].text), credit.reports,
               credit.roles == [.photographer] || credit.roles == [.photographer, .journalist] {
                to += 1
            }
            dropped = true
            let kept = Array(lines[..<from]) + Array(lines[(to + 1)...])
            if !kept.isEmpty { out.append(Block(lines: kept)) }
        }
        return dropped ? out : blocks
    }

    static let listMarks = ScalarClass("·•●○◆◇■□▲△★☆▶►-*")

    /// A short line as an entry of a list of titles: without its bullet or
    /// number, spaces taken out; nil for a line no list holds.
    static func listKey(_ t: [Unicode.Scalar]) -> String? {
        guard t.count >= 4, t.count <= 44, !t.contains("。") else { return nil }
        var s = t[...]
        while let f = s.first, listMarks.contains(f) || Scalars.isSpace(f) || Scalars.digit(f) != nil || f == "." || f == "、" {
            s = s.dropFirst()
        }
        let key = s.filter { !Scalars.isSpace($0) }
        return key.count >= 2 ? key.string : nil
    }
}
