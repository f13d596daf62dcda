/// A line of the page with what layout analysis needs to know about it.
struct SourceLine {
    /// The text without leading and trailing spaces.
    var text: [Unicode.Scalar]
    /// The line starts with an indent (two spaces or a full-width space):
    /// in hard-wrapped text, the first line of a paragraph.
    var indented: Bool
    /// Display width of the trimmed text.
    var width: Int
    /// 1-based line number in the page.
    var number: Int
}

/// Consecutive non-blank lines.
struct Block {
    var lines: [SourceLine]
}

enum PageLines {
    static func blocks(of text: String) -> [Block] {
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
                current.append(SourceLine(text: sanitize(trimmed), indented: lead >= 2,
                                          width: Scalars.width(trimmed), number: number))
            }
            line.removeAll(keepingCapacity: true)
        }
        for s in text.unicodeScalars {
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
    /// several lines (a paragraph per line leaves single-line blocks).
    static func isHardWrapped(_ blocks: [Block]) -> Bool {
        let total = blocks.reduce(0) { $0 + $1.lines.count }
        let inLong = blocks.filter { $0.lines.count >= 3 }.reduce(0) { $0 + $1.lines.count }
        return total > 0 && inLong * 10 >= total * 4
    }
}
