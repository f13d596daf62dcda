/// A web edition prints a picture's caption twice on one line: once as the
/// picture's text and once under it, with the credit or without
/// (`■大埔海滨单车径晚间漆黑一片。■大埔海滨单车径晚间漆黑一片。`,
/// `■元朗区长者需求殷切。记者 梁子朗 摄■元朗区长者需求殷切。`). The reader
/// keeps it once, the copy that carries the credit.
enum DoubledCaption {
    /// The caption once, opened by its mark, or nil for a line of another
    /// form: exactly two parts, each opened by the same mark, one the other
    /// or the other and a credit after it.
    static func single(_ t: [Unicode.Scalar]) -> [Unicode.Scalar]? {
        guard t.count >= 12, let mark = t.first, Byline.markers.contains(mark) else { return nil }
        let marks = t.indices.filter { t[$0] == mark }
        guard marks.count == 2, case let second = marks[1], second > 5 else { return nil }
        let a = Array(t[1..<second]).trimmed()
        let b = Array(t[(second + 1)...]).trimmed()
        guard a.count >= 5, b.count >= 5 else { return nil }
        let longer = a.count >= b.count ? a : b
        let shorter = a.count >= b.count ? b : a
        // (The credit after the repeated text is short: a name and its role.)
        guard longer.hasPrefix(shorter), longer.count - shorter.count <= 24 else { return nil }
        return [mark] + longer
    }
}
