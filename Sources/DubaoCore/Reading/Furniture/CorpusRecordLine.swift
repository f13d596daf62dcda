/// A by-date corpus's record kept on one line: the page slot and the
/// column's label, then the title, then the text, parted by spaces
/// (`第2版(要闻)专栏:短评 要给青年人压担子 青年人有朝气、有闯劲,…。 有的单位…`).
extension Furniture {
    struct CorpusRecordLine {
        /// `专栏:短评` (a banner); nil where the label names no column.
        var label: [Unicode.Scalar]?
        var title: [Unicode.Scalar]
        /// The text, a paragraph where a sentence's end is followed by a space.
        var paragraphs: [[Unicode.Scalar]]
        /// A bare name after the last sentence: who signed the record.
        var signer: [Unicode.Scalar]?
        /// The caption after `(附图片)`, with its credit.
        var caption: [Unicode.Scalar]?
    }

    /// The record, or nil for a line of another form. The title is the run
    /// of space-parted phrases after the label, up to the first that holds a
    /// punctuation mark or opens a dateline (`本报讯`, `本报北京9月15日电`);
    /// a title of two phrases keeps its space.
    static func corpusRecordLine(_ t: [Unicode.Scalar]) -> CorpusRecordLine? {
        guard t.count > 30, t.first == "第", let close = t.prefix(14).firstIndex(where: { $0 == ")" || $0 == "）" }),
              isPageSlot(Array(t[...close])) else { return nil }
        var rest = Array(t[(close + 1)...]).trimmed()
        var label: [Unicode.Scalar]?
        for name in ColumnBanner.nameLabels {
            let l = Array(name.unicodeScalars)
            guard rest.hasPrefix(l), rest.count > l.count, rest[l.count] == "：" || rest[l.count] == ":" else { continue }
            // The label's name runs to the first space (`专栏:短评 …`; `专栏: …` names none).
            let end = rest.firstIndex(where: Scalars.isSpace) ?? rest.count
            if end > l.count + 1 { label = Array(rest[..<end]) }
            rest = Array(rest[end...]).trimmed()
            break
        }
        let phrases = rest.split(whereSeparator: Scalars.isSpace).map { Array($0) }
        guard phrases.count >= 2 else { return nil }
        var titleEnd = 0
        while titleEnd < phrases.count - 1, titleEnd < 3 {
            let p = phrases[titleEnd]
            if p.contains(where: recordTitleStops.contains) || Dateline.parse(p) != nil { break }
            titleEnd += 1
        }
        guard titleEnd > 0 else { return nil }
        let title = phrases[..<titleEnd].joined(separator: [" "]).map { $0 }
        // The text: paragraphs part where a sentence ends before a space.
        var body = Array(phrases[titleEnd...])
        var caption: [Unicode.Scalar]?
        // `…一倍。(附图片) 营口造纸厂…操作。 本报记者 周永年摄`: the picture
        // the record keeps after its text, with its caption.
        if let k = body.firstIndex(where: { p in pictureMarks.contains { p.hasSuffix($0) } }) {
            let mark = pictureMarks.first { body[k].hasSuffix($0) }!
            let before = Array(body[k].dropLast(mark.count))
            caption = body[(k + 1)...].joined(separator: [" "]).map { $0 }
            body = Array(body[..<k]) + (before.isEmpty ? [] : [before])
            if caption?.isEmpty == true { caption = nil }
        }
        var signer: [Unicode.Scalar]?
        if body.count >= 2, let last = body.last, Byline.isName(last),
           let end = body[body.count - 2].last, recordParagraphEnds.contains(end) {
            signer = last
            body.removeLast()
        }
        var paragraphs: [[Unicode.Scalar]] = []
        var current: [Unicode.Scalar] = []
        for p in body {
            if !current.isEmpty {
                if let last = current.last, recordParagraphEnds.contains(last) {
                    paragraphs.append(current)
                    current = []
                } else {
                    current.append(" ")
                }
            }
            current += p
        }
        if !current.isEmpty { paragraphs.append(current) }
        return CorpusRecordLine(label: label, title: title, paragraphs: paragraphs, signer: signer, caption: caption)
    }

    static let pictureMarks = ["(附图片)", "（附图片）", "(附图)", "（附图）"].map { Array($0.unicodeScalars) }

    static let recordTitleStops = ScalarClass("，。；：！？,.;:!?、")
    static let recordParagraphEnds = ScalarClass("。！？”）.!?)")
}
