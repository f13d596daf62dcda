/// The shape of a line that can be a title: short, no sentence inside it.
enum TitleShape {
    /// `一、综合`, `（二）农业`, `3. 工业`: a numbered section heading.
    static func isNumberedHeading(_ t: [Unicode.Scalar]) -> Bool {
        guard t.count >= 3, t.count <= 24, !t.contains("。"), !t.contains("，") else { return false }
        var i = 0
        let bracket = t[0] == "（" || t[0] == "("
        if bracket { i = 1 }
        let start = i
        while i < t.count, DateFinder.chineseDigits[t[i]] != nil || t[i] == "十" || Scalars.digit(t[i]) != nil { i += 1 }
        guard i > start, i - start <= 3, i < t.count else { return false }
        if bracket { return t[i] == "）" || t[i] == ")" }
        return t[i] == "、" || (t[i] == "." && Scalars.digit(t[start]) != nil) || t[i] == "．"
    }

    static let commaClass = ScalarClass(",，")
    static let markClass = ScalarClass("？！?!")

    static func isTitleLike(_ t: [Unicode.Scalar]) -> Bool {
        guard t.count >= 2, t.count <= 64 else { return false }
        if t.contains("。") || t.contains("；") || t.contains(";") { return false }
        if let last = t.last, Scalars.clausePunct.contains(last) || last == "—" { return false }
        let commas = t.countOf(commaClass)
        if commas > 2 || (commas > 0 && t.count > 40) { return false }
        let marks = t.countOf(markClass)
        if marks > 1 || (marks == 1 && t.count > 32) { return false }
        if t.filter(Scalars.isCJK).count < 2 { return false }
        if Dateline.parse(t) != nil { return false }
        return true
    }
}
