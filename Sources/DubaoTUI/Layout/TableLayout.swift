/// Statistics tables in an article's paragraphs, found from their text: a
/// row is a paragraph (or a line of one) of two or more short cells without
/// sentence punctuation, its cells parted by runs of spaces, U+3000 or tabs
/// (as the page prints them) or by single spaces (as the parser leaves them);
/// a table is a run of two or more such rows with the same number of cells,
/// one of them with a figure in it, or one parted by a run of blanks.
/// Each table's columns are as wide as their widest cell; a column of figures
/// is aligned to the right.
enum TableLayout {
    struct Row: Sendable, Hashable {
        var block: Int
        var range: Range<Int>
        var cells: [ArticleLayout.TableCell]
        var width: Int
        /// Which table of the article.
        var table: Int
    }

    /// Columns between two cells.
    static let gap = 2
    /// No cell of a table is wider.
    static let maxCellWidth = 30
    static let sentencePunctuation: Set<Unicode.Scalar> = Set("。，；！？".unicodeScalars)

    /// The table rows of `blocks` by block, for the paragraph blocks that are
    /// all table rows.
    static func rows(_ blocks: [ArticleLayout.Block], ambiguous: DisplayWidth.Ambiguous) -> [Int: [Row]] {
        struct Candidate {
            var block: Int
            var range: Range<Int>
            var cells: [Range<Int>]
            var strong: Bool
        }
        func width(_ s: [Unicode.Scalar], _ r: Range<Int>) -> Int {
            var w = 0
            for i in r { w += DisplayWidth.of(s[i], ambiguous: ambiguous) }
            return w
        }
        // Every line of every paragraph, with its cells where it may be a row.
        var lines: [(block: Int, range: Range<Int>, cells: [Range<Int>], strong: Bool)?] = []
        for (b, block) in blocks.enumerated() {
            guard block.kind == .paragraph else { lines.append(nil); continue }
            let s = block.scalars
            var start = 0
            for k in 0...s.count where k == s.count || s[k] == "\n" {
                let r = start..<k
                start = k + 1
                let (cells, strong) = Self.cells(s, r)
                let ok = cells.count >= 2 && !r.contains { sentencePunctuation.contains(s[$0]) }
                    && cells.allSatisfy { width(s, $0) <= maxCellWidth }
                lines.append((b, r, ok ? cells : [], strong))
            }
            lines.append(nil)   // between paragraphs
        }
        // Runs of rows with the same count of cells.
        var runs: [[Candidate]] = []
        var run: [Candidate] = []
        func close() {
            if run.count >= 2 && run.contains(where: { c in
                c.strong || c.range.contains { LineBreaker.isDigit(blocks[c.block].scalars[$0]) }
            }) { runs.append(run) }
            run = []
        }
        for line in lines {
            guard let line else { continue }
            if line.cells.isEmpty { close(); continue }
            if let last = run.last, last.cells.count != line.cells.count { close() }
            run.append(Candidate(block: line.block, range: line.range, cells: line.cells, strong: line.strong))
        }
        close()

        var out: [Int: [Row]] = [:]
        var partial: Set<Int> = []
        for (t, run) in runs.enumerated() {
            let n = run[0].cells.count
            var widths = [Int](repeating: 0, count: n)
            var numeric = [Bool](repeating: true, count: n)
            for (r, row) in run.enumerated() {
                let s = blocks[row.block].scalars
                for (c, cell) in row.cells.enumerated() {
                    widths[c] = max(widths[c], width(s, cell))
                    if r > 0 && !cell.allSatisfy({ isFigure(s[$0]) }) { numeric[c] = false }
                }
            }
            var x = [0]
            for c in 0..<n { x.append(x[c] + widths[c] + gap) }
            for row in run {
                let s = blocks[row.block].scalars
                let cells = row.cells.enumerated().map { c, cell in
                    ArticleLayout.TableCell(range: cell, column: x[c] + (numeric[c] ? widths[c] - width(s, cell) : 0))
                }
                out[row.block, default: []].append(Row(block: row.block, range: row.range, cells: cells,
                                                       width: x[n] - gap, table: t))
            }
        }
        // A paragraph only part of whose lines are rows stays a paragraph.
        for (b, rows) in out {
            let lineCount = blocks[b].scalars.reduce(1) { $1 == "\n" ? $0 + 1 : $0 }
            if rows.count != lineCount { partial.insert(b) }
        }
        for b in partial { out[b] = nil }
        return out
    }

    /// The cells of line `r` of `s`: parted by runs of two or more spaces,
    /// U+3000 or tabs when there are any (strong), else by single spaces.
    static func cells(_ s: [Unicode.Scalar], _ r: Range<Int>) -> ([Range<Int>], Bool) {
        func blank(_ c: Unicode.Scalar) -> Bool { c == " " || c == "\u{3000}" || c == "\t" }
        // The runs of blanks, and whether one is strong.
        var runs: [Range<Int>] = []
        var strong = false
        var i = r.lowerBound
        while i < r.upperBound {
            guard blank(s[i]) else { i += 1; continue }
            var j = i
            while j < r.upperBound && blank(s[j]) { j += 1 }
            runs.append(i..<j)
            if j - i >= 2 || s[i] != " " { strong = true }
            i = j
        }
        var cells: [Range<Int>] = []
        var start = r.lowerBound
        for run in runs where !strong || run.count >= 2 || s[run.lowerBound] != " " {
            if run.lowerBound > start { cells.append(start..<run.lowerBound) }
            start = run.upperBound
        }
        if start < r.upperBound { cells.append(start..<r.upperBound) }
        return (cells, strong)
    }

    /// A character of a figure's cell: `1062.8`, `-2.4`, `—`, `5%`.
    static func isFigure(_ c: Unicode.Scalar) -> Bool {
        LineBreaker.isDigit(c) || ".．,-－+—–%％".unicodeScalars.contains(c)
    }
}
