/// `详细报道见8版`, `详见第3版`: a pointer to an article printed elsewhere.
enum Pointer {
    static func isPointer(_ t: [Unicode.Scalar]) -> Bool {
        var s = t.filter { !Scalars.isSpace($0) }
        if let f = s.first, f == "（" || f == "(", let l = s.last, l == "）" || l == ")" {
            s = Array(s.dropFirst().dropLast())
        }
        guard s.count <= 16, s.hasSuffix("版") else { return false }
        return s.hasPrefix("详细报道见") || s.hasPrefix("详见") || s.hasPrefix("全文见")
            || s.hasPrefix("报道见") || s.hasPrefix("见第") || (s.hasPrefix("见") && s.count <= 5)
    }
}
