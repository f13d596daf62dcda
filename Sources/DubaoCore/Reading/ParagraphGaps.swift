/// `…位于南部的奥克西塔尼大区。      法国农业部官员说,…`: a web page's
/// paragraphs run together on one line by a copy that kept only the spaces
/// between them (fixtures README, B10).
///
/// A run of three spaces or more (or two full-width ones) right after a
/// finished sentence or a closing bracket (a dateline's credit, `（作者 X）`),
/// with text on both sides, parts two paragraphs: no
/// sentence of one paragraph is followed by such a gap. A gap after a clause
/// (justification, a column's edge) parts nothing.
enum ParagraphGaps {
    /// The paragraphs of a line, or nil where it holds one.
    static func paragraphs(in t: [Unicode.Scalar]) -> [[Unicode.Scalar]]? {
        // (Two paragraphs of ten characters and more and a gap: a long line.)
        guard t.count >= 40 else { return nil }
        // (Every line is asked: most hold no two spaces running.)
        var run = 0, anyRun = false
        for s in t {
            if s == " " || s == "\u{3000}" {
                run += s == " " ? 1 : 2
                if run >= 3 { anyRun = true; break }
            } else {
                run = 0
            }
        }
        guard anyRun else { return nil }
        var parts: [[Unicode.Scalar]] = []
        var start = 0
        var i = 0
        while i < t.count {
            guard Scalars.isSpace(t[i]) else { i += 1; continue }
            var j = i
            var width = 0
            while j < t.count, Scalars.isSpace(t[j]) { width += t[j] == "\u{3000}" ? 2 : 1; j += 1 }
            if width >= 3, j < t.count, i - start >= 10, t.endsSentence(before: i) || t[i - 1] == "）" || t[i - 1] == ")",
               !Scalars.isSpace(t[j]),
               t.count - j >= 10 {
                parts.append(Array(t[start..<i]))
                start = j
            }
            i = j
        }
        guard !parts.isEmpty else { return nil }
        parts.append(Array(t[start...]))
        return parts
    }
}
