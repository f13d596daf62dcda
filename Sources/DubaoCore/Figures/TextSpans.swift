/// Sentences, clauses and quotations of a block: the frames in which a
/// figure is read.
enum TextSpans {
    static func isSentenceEnd(_ s: Unicode.Scalar) -> Bool {
        s == "。" || s == "！" || s == "？" || s == "!" || s == "?" || s == "…"
    }

    static func isClauseEnd(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case "，", ",", "；", ";", "：", ":", "。", "！", "？", "!", "?", "…": return true
        default: return false
        }
    }

    private static func isClosing(_ s: Unicode.Scalar) -> Bool {
        s == "”" || s == "’" || s == "」" || s == "』" || s == "）" || s == ")" || s == "\""
    }

    /// The sentence around `i`: from after the previous sentence end to its own
    /// end, closing quotes and brackets included.
    static func sentence(in t: ScalarText, around i: Int) -> Range<Int> {
        var lo = min(i, t.count)
        while lo > 0 {
            let s = t.scalars[lo - 1]
            if isSentenceEnd(s) { break }
            if isClosing(s), lo >= 2, isSentenceEnd(t.scalars[lo - 2]) { break }
            lo -= 1
        }
        var hi = i
        while hi < t.count, !isSentenceEnd(t.scalars[hi]) { hi += 1 }
        while hi < t.count, isSentenceEnd(t.scalars[hi]) { hi += 1 }
        while hi < t.count, isClosing(t.scalars[hi]) { hi += 1 }
        return lo..<hi
    }

    /// The clause around the span `range`, punctuation excluded.
    static func clause(in t: ScalarText, around range: Range<Int>) -> Range<Int> {
        var lo = range.lowerBound
        while lo > 0, !isClauseEnd(t.scalars[lo - 1]) { lo -= 1 }
        var hi = range.upperBound
        while hi < t.count, !isClauseEnd(t.scalars[hi]) { hi += 1 }
        return lo..<hi
    }

    /// Quotations whose numbers are names, not quantities: every book or
    /// document title (`《…2024年…》`) and every short quotation without a
    /// clause break (`“十四五”`, `“六个新聊城”`, `“3280212”`). Longer quoted
    /// speech is reported text and its figures count.
    static func nameQuotes(in t: ScalarText, shortLimit: Int = 12) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var i = 0
        let n = t.count
        while i < n {
            let open = t.scalars[i]
            let close: Unicode.Scalar
            switch open {
            case "《": close = "》"
            case "“": close = "”"
            case "‘": close = "’"
            case "「": close = "」"
            case "『": close = "』"
            case "\"": close = "\""
            default: i += 1; continue
            }
            var j = i + 1
            var hasBreak = false
            while j < n, t.scalars[j] != close, j - i <= 200 {
                if isClauseEnd(t.scalars[j]) { hasBreak = true }
                j += 1
            }
            guard j < n, t.scalars[j] == close else { i += 1; continue }
            if open == "《" || (j - i - 1 <= shortLimit && !hasBreak) {
                out.append(i..<(j + 1))
            }
            i = open == "《" ? j + 1 : i + 1
        }
        return out
    }
}
