/// Where a by-date corpus or a wiki keeps a page: its record's path
/// (`年月日:1988:19880614:19880614-y-prc-解放军报-合并`, `解放军报>19880614`).
extension Furniture {
    /// A line of path parts parted by `:` or `>`, one of them the issue's
    /// date written as eight digits, and no word of a sentence: no space,
    /// no clause or sentence mark. A sentence never reads that way; a
    /// breadcrumb of words (`首页 > 要闻`) is the site's, told elsewhere.
    static func isRecordPath(_ t: [Unicode.Scalar]) -> Bool {
        guard t.count >= 8, t.count <= 100, !t.contains(where: { Scalars.isSpace($0) || recordPathStops.contains($0) }) else {
            return false
        }
        let parts = t.split(whereSeparator: recordPathSeparators.contains)
        guard parts.count >= 2, parts.allSatisfy({ $0.count <= 40 }) else { return false }
        return parts.contains { part in
            var run = 0
            for s in part {
                if Scalars.digit(s) != nil, s.isASCII { run += 1; if run == 8 { return true } } else { run = 0 }
            }
            return false
        }
    }
    static let recordPathSeparators = ScalarClass(":：>＞")
    static let recordPathStops = ScalarClass("，。；！？,;")
}
