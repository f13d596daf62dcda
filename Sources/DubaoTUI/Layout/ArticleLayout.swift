import DubaoCore

/// An article laid out for one width and one set of settings: its blocks of
/// text (titles, meta line, paragraphs) and the lines they wrap into. Built
/// once when the article, the width or the settings change, never per frame.
public struct ArticleLayout: Sendable {
    public enum BlockKind: Sendable, Hashable { case kicker, headline, subtitle, meta, paragraph }

    public struct Block: Sendable {
        public var kind: BlockKind
        /// Index into the article's `titles` or `paragraphs` where there is one
        /// (for figures, whose offsets point there); -1 otherwise.
        public var source: Int
        public var scalars: [Unicode.Scalar]
        public var text: String
    }

    /// A cell of a table row: its text, and the column it starts at (from
    /// the text's left, before any sideways scrolling).
    public struct TableCell: Sendable, Hashable {
        public var range: Range<Int>
        public var column: Int
    }

    public struct Line: Sendable, Hashable {
        /// Index into `blocks` (for a blank line, the block it follows).
        public var block: Int
        public var range: Range<Int>
        /// Columns of blank before the text (paragraph indent, centred titles).
        public var indent: Int
        public var isBlank = false
        /// The cells of a table row (never wrapped; `range` is the whole row).
        public var tableCells: [TableCell]? = nil
        /// Columns a table row takes; 0 for other lines.
        public var tableWidth = 0
        public static func blank(after block: Int, at offset: Int) -> Line {
            Line(block: block, range: offset..<offset, indent: 0, isBlank: true)
        }
    }

    public let width: Int
    public let settings: Settings
    public private(set) var blocks: [Block] = []
    public private(set) var lines: [Line] = []
    /// For each block, the index of its first line.
    public private(set) var firstLine: [Int] = []
    /// Columns of the widest table row (0 when there is no table): how far a
    /// table may scroll sideways.
    public private(set) var widestTable = 0
    /// Where the article's figures stand in these blocks (see `FigurePlaces`).
    public private(set) var figures = FigurePlaces()

    public init(article: Article, width: Int, settings: Settings) {
        self.width = max(1, width)
        self.settings = settings
        let breaker = LineBreaker(width: self.width, ambiguous: settings.ambiguous)

        if let kicker = article.kicker { add(.kicker, source: article.titles.firstIndex(of: kicker) ?? -1, kicker) }
        if let headline = article.headline, !headline.isEmpty {
            add(.headline, source: article.titles.firstIndex(of: headline) ?? -1, headline)
        }
        if let subtitle = article.subtitle { add(.subtitle, source: article.titles.firstIndex(of: subtitle) ?? -1, subtitle) }
        // The reader's meta line also says which page file the article is from.
        add(.meta, source: -1, ArticleText.metaLine(article) + " · " + ArticleText.shownPath(article.source))
        var leadTrimmed: [Int] = []
        for (i, p) in article.paragraphs.enumerated() {
            let text = Self.trimmed(p)
            leadTrimmed.append(Self.leadingBlanks(p))
            add(.paragraph, source: i, text)
        }
        figures = FigurePlaces(article: article, blocks: blocks, leadTrimmed: leadTrimmed)
        // Where the article goes on, at its end, as the page printed it.
        if let page = article.continues { add(.meta, source: -1, "（下转\(page)）") }
        let tables = TableLayout.rows(blocks, ambiguous: settings.ambiguous)

        for (b, block) in blocks.enumerated() {
            firstLine.append(lines.count)
            switch block.kind {
            case .kicker, .headline, .subtitle:
                for r in Self.breaks(block.scalars, at: " ", breaker) {
                    var w = 0
                    for i in r { w += DisplayWidth.of(block.scalars[i], ambiguous: settings.ambiguous) }
                    lines.append(Line(block: b, range: r, indent: max(0, (self.width - w) / 2)))
                }
            case .meta:
                for r in Self.breaks(block.scalars, at: " · ", breaker) { lines.append(Line(block: b, range: r, indent: 0)) }
                lines.append(.blank(after: b, at: 0))
            case .paragraph where tables[b] != nil:
                // A table row is one line, never wrapped, at the text's left.
                let rows = tables[b]!
                for row in rows {
                    lines.append(Line(block: b, range: row.range, indent: 0, tableCells: row.cells, tableWidth: row.width))
                    widestTable = max(widestTable, row.width)
                }
                let sameTable = tables[b + 1]?.first?.table == rows.last?.table
                if settings.paragraphStyle != .indent && b + 1 < blocks.count && !sameTable {
                    lines.append(.blank(after: b, at: block.scalars.count))
                }
            case .paragraph:
                let indented = settings.paragraphStyle == .indent
                let indent = indented ? min(4, self.width / 4) : 0
                for (n, r) in breaker.breaks(block.scalars, firstIndent: indent).enumerated() {
                    lines.append(Line(block: b, range: r, indent: n == 0 ? indent : 0))
                }
                if !indented && b + 1 < blocks.count { lines.append(.blank(after: b, at: block.scalars.count)) }
            }
        }
    }

    /// Lines that break at a separator where the text has to break at all
    /// (between the parts of a title, the fields of the meta line), and
    /// inside a part only where a part is wider than a line.
    static func breaks(_ scalars: [Unicode.Scalar], at separator: String, _ breaker: LineBreaker) -> [Range<Int>] {
        let plain = breaker.breaks(scalars)
        guard plain.count > 1 else { return plain }
        let sep = Array(separator.unicodeScalars)
        // Parts: ranges between separators; a part keeps its separator at its end.
        var parts: [Range<Int>] = []
        var start = 0, i = 0
        while i + sep.count <= scalars.count {
            if Array(scalars[i..<(i + sep.count)]) == sep {
                parts.append(start..<(i + sep.count))
                start = i + sep.count
                i = start
            } else { i += 1 }
        }
        if start < scalars.count { parts.append(start..<scalars.count) }
        guard parts.count > 1 else { return plain }
        func width(_ r: Range<Int>) -> Int {
            var w = 0
            for k in r { w += DisplayWidth.of(scalars[k], ambiguous: breaker.ambiguous) }
            return w
        }
        // A line ending in a separator does not show it.
        func shown(_ r: Range<Int>) -> Range<Int> {
            r.count >= sep.count && Array(scalars[(r.upperBound - sep.count)..<r.upperBound]) == sep
                ? r.lowerBound..<(r.upperBound - sep.count) : r
        }
        var out: [Range<Int>] = []
        var line: Range<Int>? = nil
        for part in parts {
            if let current = line, width(shown(current.lowerBound..<part.upperBound)) <= breaker.width {
                line = current.lowerBound..<part.upperBound
                continue
            }
            if let current = line { out.append(shown(current)) }
            if width(shown(part)) > breaker.width {
                let sub = breaker.breaks(Array(scalars[part]))
                for r in sub.dropLast() { out.append((r.lowerBound + part.lowerBound)..<(r.upperBound + part.lowerBound)) }
                line = (sub.last!.lowerBound + part.lowerBound)..<part.upperBound
            } else {
                line = part
            }
        }
        if let current = line { out.append(shown(current)) }
        return out
    }

    private mutating func add(_ kind: BlockKind, source: Int, _ text: String) {
        blocks.append(Block(kind: kind, source: source, scalars: Array(text.unicodeScalars), text: text))
    }

    /// How many scalars `trimmed` drops at the start of `p`: figure offsets
    /// count from the paragraph as printed.
    static func leadingBlanks(_ p: String) -> Int {
        var n = 0
        for s in p.unicodeScalars {
            guard s == " " || s == "\u{3000}" else { break }
            n += 1
        }
        return n
    }

    /// A paragraph without the spaces a page may leave around it (the indent is the layout's).
    static func trimmed(_ p: String) -> String {
        var s = Substring(p)
        while let f = s.unicodeScalars.first, f == " " || f == "\u{3000}" { s = s.dropFirst() }
        while let l = s.unicodeScalars.last, l == " " || l == "\u{3000}" { s = s.dropLast() }
        return String(s)
    }

    /// The line that shows scalar `offset` of `block`.
    public func line(block: Int, offset: Int) -> Int {
        guard block >= 0 && block < blocks.count else { return 0 }
        var i = firstLine[block]
        while i + 1 < lines.count && lines[i + 1].block == block && lines[i + 1].range.lowerBound <= offset { i += 1 }
        return i
    }

    /// Where line `i` starts, as (block, offset): the anchor that keeps the
    /// reading position when the width changes.
    public func anchor(ofLine i: Int) -> Anchor {
        guard !lines.isEmpty else { return Anchor(block: 0, offset: 0) }
        let line = lines[max(0, min(i, lines.count - 1))]
        return Anchor(block: line.block, offset: line.range.lowerBound)
    }
}

/// A place in an article's text that survives a new layout.
public struct Anchor: Sendable, Hashable {
    public var block: Int
    public var offset: Int
}
