/// `详细报道见8版`, `详见第3版`: a pointer to an article printed elsewhere.
enum Pointer {
    static func isPointer(_ t: [Unicode.Scalar]) -> Bool {
        // Asked of every line: a long one is no pointer, and needs no copy to
        // tell (16 characters, brackets aside).
        var nonSpace = 0
        for c in t where !Scalars.isSpace(c) {
            nonSpace += 1
            if nonSpace > 18 { return false }
        }
        var s = t.filter { !Scalars.isSpace($0) }
        if let f = s.first, f == "（" || f == "(", let l = s.last, l == "）" || l == ")" {
            s = Array(s.dropFirst().dropLast())
        }
        guard s.count <= 16, s.hasSuffix("版") else { return false }
        return s.hasPrefix("详细报道见") || s.hasPrefix("详见") || s.hasPrefix("全文见")
            || s.hasPrefix("报道见") || s.hasPrefix("见第") || (s.hasPrefix("见") && s.count <= 5)
            || ((s.hasPrefix("→") || s.hasPrefix("转")) && s.count <= 6)
    }

    /// `全市新增市场主体3.6万户　详见第三版`: a teaser line ending in its pointer.
    static func endsWithPointer(_ t: [Unicode.Scalar]) -> Bool {
        guard let gap = t.lastIndex(where: Scalars.isSpace), gap > 0, t.count - gap <= 12 else { return false }
        return isPointer(Array(t[(gap + 1)...]))
    }

    /// `…焕发新活力（6版）`: a line of a contents box, pointing to a page.
    static func endsWithPageReference(_ t: [Unicode.Scalar]) -> Bool {
        // Asked of a paragraph after each line joined to it: its end only.
        let end = t.trimmedEnd
        guard end > 0, t[end - 1] == "）" || t[end - 1] == ")",
              let open = t.lastIndex(from: end - 7, before: end, where: { $0 == "（" || $0 == "(" }) else { return false }
        let inner = t[(open + 1)..<(end - 1)]
        return inner.last == "版" && inner.dropLast().allSatisfy { Scalars.digit($0) != nil || ("A"..."Z").contains($0) || $0 == "第" }
    }
}
