/// Numbered concepts of Chinese political writing: printed bare (without
/// quotes) they look like counts (`八项规定` is 8 项) but name a doctrine, a
/// rule or a body. Spec section 3: names and numbered concepts are not
/// figures. Add a name to `all` to pass over it everywhere.
enum NumberedNames {
    static let all: [String] = [
        "八项规定", "四个意识", "四个自信", "四个全面", "两个维护", "两个确立", "两个毫不动摇", "两个一百年",
        "两个结合", "三个代表", "三个务必", "三个有利于", "四个最严", "四个必须", "五位一体", "三严三实",
        "两学一做", "三会一课", "三重一大", "一岗双责", "两个责任", "四套班子", "五大发展理念", "五个必由之路",
        "六个必须坚持", "十个明确", "十四个坚持", "十三个方面成就", "四风", "三农", "两会",
    ]

    private static let byFirstScalar: [Unicode.Scalar: [[Unicode.Scalar]]] = {
        var map: [Unicode.Scalar: [[Unicode.Scalar]]] = [:]
        for name in all { let s = Array(name.unicodeScalars); map[s[0], default: []].append(s) }
        return map
    }()

    /// Whether a numbered name is printed at `i`.
    static func starts(_ t: ScalarText, at i: Int) -> Bool {
        guard let first = t[i], let names = byFirstScalar[first] else { return false }
        return names.contains { t.has($0, at: i) }
    }
}
