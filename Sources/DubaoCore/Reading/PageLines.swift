import Foundation

/// A line of the page with what layout analysis needs to know about it.
struct SourceLine {
    /// The text without leading and trailing spaces.
    var text: [Unicode.Scalar]
    /// The line starts with an indent (two spaces or a full-width space):
    /// in hard-wrapped text, the first line of a paragraph.
    var indented: Bool
    /// Columns of indent: a line pushed far right is a signature or a date.
    var indentWidth: Int = 0
    /// Display width of the trimmed text.
    var width: Int
    /// 1-based line number in the page.
    var number: Int
    /// The line had no blank line above it in the source (lines of a page
    /// without hard wraps are read one by one).
    var joinedAbove = false
    /// The line is a lead whose title its source line printed before it
    /// (`TitleBeforeLead`): it opens an article whatever its words.
    var opensArticle = false
}

extension SourceLine {
    /// The same line holding part of its text (a line the page printed as
    /// two things is read as two lines).
    func holding(_ part: [Unicode.Scalar], indented: Bool? = nil) -> SourceLine {
        var line = self
        line.text = part
        line.width = Scalars.width(part)
        if let indented { line.indented = indented }
        return line
    }
}

/// Consecutive non-blank lines.
struct Block {
    var lines: [SourceLine]
}

enum PageLines {
    static func blocks(of text: String) -> [Block] {
        // `&nbsp;社論`: a web copy's spaces kept as the page's markup. (A
        // look at the bytes first: Foundation's `contains` of a String folds
        // every character and costs more than the whole parse.)
        var bytes = text
        let markup = bytes.withUTF8 { $0.isEmpty ? false : memchr($0.baseAddress!, 0x26, $0.count) != nil }
        let text = markup
            ? text.replacingOccurrences(of: "&nbsp;", with: " ").replacingOccurrences(of: "&ensp;", with: " ")
                .replacingOccurrences(of: "&emsp;", with: "\u{3000}")
            : text
        var blocks: [Block] = []
        var current: [SourceLine] = []
        var number = 0
        var line: [Unicode.Scalar] = []
        func flushLine() {
            number += 1
            let trimmed = line.trimmed()
            if trimmed.isEmpty {
                if !current.isEmpty { blocks.append(Block(lines: current)); current = [] }
            } else {
                var lead = 0
                for s in line {
                    if s == "\u{3000}" { lead += 2 } else if s == " " || s == "\u{A0}" { lead += 1 }
                    else if s == "\t" { lead += 4 } else if s == "\u{FEFF}" { continue } else { break }
                }
                current.append(SourceLine(text: sanitize(trimmed), indented: lead >= 2, indentWidth: lead,
                                          width: Scalars.width(trimmed), number: number))
            }
            line.removeAll(keepingCapacity: true)
        }
        for s in Scalars.of(text) {
            if s == "\n" { flushLine() } else { line.append(s) }
        }
        flushLine()
        if !current.isEmpty { blocks.append(Block(lines: current)) }
        return blocks
    }

    /// Control characters other than tab never belong in article text.
    static func sanitize(_ text: [Unicode.Scalar]) -> [Unicode.Scalar] {
        guard text.contains(where: { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }) else { return text }
        return text.compactMap { s in
            if s == "\t" { return " " }
            if s.value < 0x20 || (0x7F...0x9F).contains(s.value) { return nil }
            return s
        }
    }

    /// Whether the page is hard-wrapped: most of its text stands in blocks of
    /// several lines whose widths cluster at a column width. (A paragraph per
    /// line leaves single-line blocks, or lines of every length.)
    static func isHardWrapped(_ blocks: [Block]) -> Bool {
        let total = blocks.reduce(0) { $0 + $1.lines.count }
        let inWrapped = blocks.filter(isWrappedBlock).reduce(0) { $0 + $1.lines.count }
        return total > 0 && inWrapped * 10 >= total * 4
    }

    /// Three or more lines, most of them as wide as the block's column and
    /// cut mid-sentence (a sentence per line is not hard-wrapped text).
    static func isWrappedBlock(_ block: Block) -> Bool {
        guard block.lines.count >= 3 else { return false }
        let inner = block.lines.dropLast()
        guard inner.filter({ $0.text.endsSentence }).count * 10 < inner.count * 6 else { return false }
        let widths = inner.map(\.width).sorted()
        let column = widths[widths.count * 3 / 4]
        let near = widths.filter { abs($0 - column) <= max(4, column / 6) }.count
        return near * 10 >= widths.count * 6
    }

    /// A page that is not hard-wrapped has a paragraph (or title, or byline)
    /// per line: every line is read as a block of its own.
    static func linePerBlock(_ blocks: [Block]) -> [Block] {
        blocks.flatMap { b in b.lines.enumerated().map { k, line in
            var l = line
            l.joinedAbove = k > 0
            return Block(lines: [l])
        } }
    }
}
