/// Pages kept one sentence a line, their paragraphs parted by blank lines
/// (a by-date corpus or a wiki dump breaks its text after each `。` and
/// `；`): the sentences of one block are one paragraph.
///
/// A page tells it by its own layout: its blank lines stand between two
/// pieces of text (not only before titles), at least twice, so they are its
/// paragraph breaks; a block's run of lines that each hold one sentence,
/// ended on the line's end, is then one paragraph. A page of a paragraph a
/// line (sentences run on within a line) or one whose blank lines part only
/// its articles keeps its lines as they are.
enum SentenceLines {
    /// The blocks with each run of sentence lines joined into one line.
    static func joined(_ blocks: [Block]) -> [Block] {
        guard partsParagraphsByBlankLines(blocks) else { return blocks }
        return blocks.map { block in
            guard block.lines.count >= 2 else { return block }
            var lines: [SourceLine] = []
            var inRun = false
            for line in block.lines {
                let sentence = isSentenceLine(line.text)
                if inRun, sentence, !line.indented, var last = lines.last {
                    // The run goes on: the next sentence joins the line before.
                    last.text += line.text
                    last.width += line.width
                    lines[lines.count - 1] = last
                    continue
                }
                lines.append(line)
                inRun = sentence
            }
            return Block(lines: lines)
        }
    }

    /// Text follows text across a blank line at least twice.
    static func partsParagraphsByBlankLines(_ blocks: [Block]) -> Bool {
        var count = 0
        for k in blocks.indices.dropFirst() {
            guard let before = blocks[k - 1].lines.last, let after = blocks[k].lines.first,
                  !after.indented, blocks[k].lines.count >= 2 || blocks[k - 1].lines.count >= 2,
                  isSentenceLine(before.text), isSentenceLine(after.text) else { continue }
            count += 1
            if count >= 2 { return true }
        }
        return false
    }

    /// One sentence (or clause closed by `；`), ended on the line's end, and
    /// no other sentence mark before it.
    static func isSentenceLine(_ t: [Unicode.Scalar]) -> Bool {
        var end = t.count
        while end > 0, closers.contains(t[end - 1]) { end -= 1 }
        guard end >= 6, sentenceEnds.contains(t[end - 1]) else { return false }
        return !t[..<(end - 1)].contains(where: sentenceEnds.contains)
    }

    static let sentenceEnds = ScalarClass("。！？；")
    static let closers = ScalarClass("”’」』）)")
}
