/// Words with numbers in them that count nothing: numbered concepts of
/// political writing (`八项规定` looks like 8 项) and idioms (`三番五次`,
/// `五花八门`). Spec section 3: names, numbered concepts and idioms are not
/// figures. Add a word to `concepts` or `idioms` to pass over it everywhere.
enum NumberedNames {
    static let concepts: [String] = [
        "八项规定", "四个意识", "四个自信", "四个全面", "两个维护", "两个确立", "两个毫不动摇", "两个一百年",
        "两个结合", "三个代表", "三个务必", "三个有利于", "四个最严", "四个必须", "五位一体", "三严三实",
        "两学一做", "三会一课", "三重一大", "一岗双责", "两个责任", "四套班子", "五大发展理念", "五个必由之路",
        "六个必须坚持", "十个明确", "十四个坚持", "十三个方面成就", "四风", "三农", "两会", "三次分配", "三次产业",
    ]
    static let idioms: [String] = [
        "三天两头", "三番五次", "五花八门", "三天打鱼", "两天晒网", "三头六臂", "三年五载", "两条腿走路", "两张皮",
        "十年磨一剑", "三五成群", "七上八下", "三令五申", "四面八方", "五湖四海", "九牛一毛", "十全十美", "七嘴八舌",
    ]

    /// Each word with the offset of each numeral in it, by that numeral.
    private static let byNumeral: [Unicode.Scalar: [(word: [Unicode.Scalar], offset: Int)]] = {
        var map: [Unicode.Scalar: [(word: [Unicode.Scalar], offset: Int)]] = [:]
        for word in concepts + idioms {
            let s = Array(word.unicodeScalars)
            for o in s.indices where ChineseNumeral.startsNumber(s[o]) { map[s[o], default: []].append((s, o)) }
        }
        return map
    }()

    /// Whether the number starting at `i` belongs to one of the words.
    static func covers(_ t: ScalarText, at i: Int) -> Bool {
        guard let candidates = byNumeral[t.scalars[i]] else { return false }
        return candidates.contains { $0.offset <= i && t.has($0.word, at: i - $0.offset) }
    }
}
