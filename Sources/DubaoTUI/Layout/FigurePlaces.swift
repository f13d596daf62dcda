import DubaoCore

/// Where each figure of an article stands in the laid-out blocks. Figures
/// count their offsets in the article's `titles` and `paragraphs`; the layout
/// joins title lines into a kicker, a headline and a subtitle, and trims the
/// blanks around paragraphs, so offsets are moved here, once per layout.
/// The render then highlights them the way it highlights search matches:
/// a (block, scalar range) clamped to each line.
public struct FigurePlaces: Sendable {
    public struct Place: Sendable, Hashable {
        /// Index into `ArticleLayout.blocks`.
        public var block: Int
        /// Scalars of that block.
        public var range: Range<Int>
    }

    public struct Mark: Sendable, Hashable {
        /// Index into the article's `figures`.
        public var figure: Int
        public var range: Range<Int>
        public var kind: Figure.Kind?
    }

    /// For each figure of the article, where it is shown; nil when the layout
    /// does not show the text it stands in.
    public private(set) var places: [Place?] = []
    /// For each block with figures, its marks in order, never overlapping.
    public private(set) var marksByBlock: [Int: [Mark]] = [:]

    public init() {}

    init(article: Article, blocks: [ArticleLayout.Block], leadTrimmed: [Int]) {
        guard !article.figures.isEmpty else { return }
        let titleShift = Self.titleShifts(article.titles, blocks: blocks)
        var paragraphBlock: [Int: Int] = [:]
        for (b, block) in blocks.enumerated() where block.kind == .paragraph { paragraphBlock[block.source] = b }

        for figure in article.figures {
            var place: Place?
            let shifted: (block: Int, shift: Int)?
            switch figure.place {
            case .title:
                shifted = titleShift[figure.block]
            case .body:
                shifted = paragraphBlock[figure.block].map {
                    ($0, figure.block < leadTrimmed.count ? -leadTrimmed[figure.block] : 0)
                }
            }
            if let (b, shift) = shifted {
                let count = blocks[b].scalars.count
                let lower = max(0, figure.offset + shift), upper = min(count, figure.offset + figure.length + shift)
                if lower < upper { place = Place(block: b, range: lower..<upper) }
            }
            places.append(place)
        }

        for (i, place) in places.enumerated() {
            guard let place else { continue }
            marksByBlock[place.block, default: []].append(Mark(figure: i, range: place.range, kind: article.figures[i].kind))
        }
        for (b, marks) in marksByBlock {
            // In order; a figure overlapping an earlier one keeps only what is left of it.
            var kept: [Mark] = []
            for var m in marks.sorted(by: { ($0.range.lowerBound, $0.figure) < ($1.range.lowerBound, $1.figure) }) {
                if let last = kept.last, m.range.lowerBound < last.range.upperBound {
                    m.range = last.range.upperBound..<max(last.range.upperBound, m.range.upperBound)
                }
                if !m.range.isEmpty { kept.append(m) }
            }
            marksByBlock[b] = kept
        }
    }

    /// For each title line, the title block that shows it and the shift from
    /// an offset in the line to one in the block: the block holds the line
    /// (title lines joined into a headline) or the line holds the block (a
    /// headline with a series name after it).
    static func titleShifts(_ titles: [String], blocks: [ArticleLayout.Block]) -> [Int: (block: Int, shift: Int)] {
        var out: [Int: (block: Int, shift: Int)] = [:]
        let titleBlocks = blocks.indices.filter { [.kicker, .headline, .subtitle].contains(blocks[$0].kind) }
        // Where to look next in each block, so that a repeated line maps to its own place.
        var cursor: [Int: Int] = [:]
        for (t, title) in titles.enumerated() {
            let line = Array(title.unicodeScalars)
            guard !line.isEmpty else { continue }
            for b in titleBlocks {
                let scalars = blocks[b].scalars
                if let at = firstIndex(of: line, in: scalars, from: cursor[b] ?? 0) {
                    out[t] = (b, at)
                    cursor[b] = at + line.count
                    break
                }
                if let at = firstIndex(of: scalars, in: line, from: 0) {
                    out[t] = (b, -at)
                    break
                }
            }
        }
        return out
    }

    static func firstIndex(of needle: [Unicode.Scalar], in haystack: [Unicode.Scalar], from start: Int) -> Int? {
        guard !needle.isEmpty, haystack.count >= needle.count, start <= haystack.count - needle.count else { return nil }
        for i in start...(haystack.count - needle.count) where haystack[i] == needle[0] {
            if haystack[i..<(i + needle.count)].elementsEqual(needle) { return i }
        }
        return nil
    }
}
