/// A digital edition's publication line: `时间：2023年08月09日`,
/// `刊发时间：2021-06-15　【字体：大 中 小】`, `发布日期：2024/5/6 09:31`.
/// A label naming a time or a date, a colon, a full date, and after it
/// nothing but the site's controls and other facts — no sentence.
/// It is furniture, and its date is the (`IssueDate`).
enum PublicationLine {
    /// What a publication line's label ends in (`刊发时间`, `出版日期`).
    static let labelEndings = [Array("时间".unicodeScalars), Array("日期".unicodeScalars)]
    /// A label is a short word: `时间`, `发布时间`, `见报日期`.
    static let maxLabel = 6
    /// What may follow the date: controls and facts, short.
    static let maxTail = 40
    /// Marks of a sentence or a clause, which a tail of controls never holds
    /// (its own colons are the controls' labels: `【字体：大 中 小】`).
    static let sentenceMarks = ScalarClass("。，；！？,;!?")

    /// The date of the line when it is a publication line, else nil.
    static func date(in t: [Unicode.Scalar]) -> PartialDate? {
        var start = 0
        while start < t.count, Furniture.navBrackets.contains(t[start]) || Scalars.isSpace(t[start]) { start += 1 }
        guard let colon = t[start...].prefix(maxLabel + 1).firstIndex(where: { $0 == "：" || $0 == ":" }) else { return nil }
        let label = Array(t[start..<colon])
        guard label.count >= 2, label.allSatisfy(Scalars.isCJK), labelEndings.contains(where: { label.hasSuffix($0) }) else {
            return nil
        }
        var i = colon + 1
        while i < t.count, Scalars.isSpace(t[i]) { i += 1 }
        // The date right after the label, as the site prints it.
        let rest = Array(t[i...])
        let found: (date: PartialDate, end: Int)?
        if let d = DateFinder.dates(in: rest).first, d.range.lowerBound == 0, d.date.year != nil {
            found = (d.date, d.range.upperBound)
        } else if let d = Furniture.isoDate(in: Array(rest.prefix(10))), let f = rest.first, Scalars.digit(f) != nil {
            found = (d, rest.prefix(10).count)
        } else {
            found = nil
        }
        guard let (date, end) = found else { return nil }
        let tail = rest[end...]
        guard tail.count <= maxTail, !tail.contains(where: sentenceMarks.contains) else { return nil }
        return date
    }
}
