/// A change told by its two ends: `覆盖率由2019年的12.1%提高到去年的14.3%`,
/// `机构由“双减”前的1030家压减到42家`, `养蜂户从最初的几户发展到如今的40多户`.
/// What is measured stands before 由 or 从, and both ends measure it.
enum Comparison {
    private static let fromMarks: Set<Unicode.Scalar> = ["由", "从"]
    private static let toMarks: Set<Unicode.Scalar> = ["到", "至", "为"]
    private static let attributive: Unicode.Scalar = "的"
    /// How long the verb before 到/至/为 may be: 提高到, 压减到, 发展到.
    private static let verbLimit = 3
    /// How long a qualifier of an end may be: 2019年的, “双减”前的, 原来的.
    private static let qualifierLimit = 10

    /// The words before 由/从 when the figure is one end of a comparison in
    /// `left`, the clause text before it.
    static func subject(_ t: ScalarText, left: Range<Int>, figure: Range<Int>, clauseEnd: Int) -> Range<Int>? {
        guard let p = left.reversed().first(where: { fromMarks.contains(t.scalars[$0]) }), p > left.lowerBound else {
            return nil
        }
        let between = (p + 1)..<left.upperBound
        // 由12.1%提高到…: the start, followed by the verb that leads to the end.
        if isQualifier(t, between), toVerbEnd(t, from: figure.upperBound, limit: clauseEnd) != nil {
            return left.lowerBound..<p
        }
        // 从最初的几户发展到如今的40多户: the end, the start not a figure.
        var k = between.upperBound
        while k > between.lowerBound {
            k -= 1
            guard toMarks.contains(t.scalars[k]) else { continue }
            if isQualifier(t, (k + 1)..<between.upperBound), k - between.lowerBound >= 1,
               (max(between.lowerBound, k - verbLimit)..<k).allSatisfy({ t.scalars[$0].isHan }) {
                return left.lowerBound..<p
            }
            break
        }
        return nil
    }

    /// Whether `left` (the text since the figure before) only leads to the
    /// level reached: `提高到`, `缩短至去年的`, `压减到`.
    static func isLevelReached(_ t: ScalarText, _ left: Range<Int>) -> Bool {
        guard let end = toVerbEnd(t, from: left.lowerBound, limit: left.upperBound) else { return false }
        return isQualifier(t, end..<left.upperBound)
    }

    /// The end of a short verb closed by 到/至/为 that starts at `from`.
    private static func toVerbEnd(_ t: ScalarText, from: Int, limit: Int) -> Int? {
        var k = from
        while k < limit, k - from <= verbLimit, let s = t[k], s.isHan {
            if toMarks.contains(s) { return k > from ? k + 1 : nil }
            k += 1
        }
        return nil
    }

    /// Empty, or a short qualifier ending in 的 without a figure's digits.
    private static func isQualifier(_ t: ScalarText, _ r: Range<Int>) -> Bool {
        if r.isEmpty { return true }
        guard r.count <= qualifierLimit, t.scalars[r.upperBound - 1] == attributive else { return false }
        return !r.contains { TextSpans.isClauseEnd(t.scalars[$0]) }
    }
}
