/// A wire story's editor credited in brackets after its text.
extension Furniture {
    /// `（编辑：张雅婷）1130513`, `【编辑:王宁】`, `[责任编辑：孙佳]`: the editor
    /// of a story, in brackets after its text, maybe with the wire's date
    /// code: no text, no credit of the article's.
    static func isBracketedEditingCredit(_ t: [Unicode.Scalar]) -> Bool {
        guard let open = t.first, let closing = closingBracket(open),
              let close = t.firstIndex(where: { $0 == closing.0 || $0 == closing.1 }), close > 3,
              t[(close + 1)...].allSatisfy({ Scalars.digit($0) != nil || Scalars.isSpace($0) }),
              t.count - close <= 10 else { return false }
        let inner = Array(t[1..<close])
        guard let colon = inner.firstIndex(where: { $0 == "：" || $0 == ":" }) else { return false }
        let value = inner[(colon + 1)...]
        return editingKeys.contains(Array(inner[..<colon]).string) && (2...12).contains(value.count)
            && !value.contains(where: Scalars.clausePunct.contains)
    }

    /// The brackets a credit is set in, and what may close each (copies mix
    /// full-width and half-width ones).
    /// `编辑 刘洋 校对 赵琳`: the editing chain without colons, roles and
    /// names in turn.
    static func isEditingChain(_ t: [Unicode.Scalar]) -> Bool {
        // Roles and names in turn: three gaps at least, and no punctuation.
        guard t.count <= 40, t.count >= 8, let first = t.first, editingKeyFirsts.contains(first) else { return false }
        var gaps = 0
        for (i, s) in t.enumerated() {
            if Scalars.isSpace(s) { if i > 0, !Scalars.isSpace(t[i - 1]) { gaps += 1 } }
            else if Scalars.clausePunct.contains(s) || s == "：" || s == ":" { return false }
        }
        guard gaps >= 3 else { return false }
        let words = t.split(whereSeparator: Scalars.isSpace).map { Array($0) }
        guard words.count >= 4, words.count % 2 == 0 else { return false }
        return stride(from: 0, to: words.count, by: 2).allSatisfy { k in
            editingKeys.contains(words[k].string) && Byline.isName(words[k + 1])
        }
    }

    static let editingKeyFirsts = ScalarBitmap(editingKeys.compactMap(\.unicodeScalars.first))

    /// (A switch: this is asked of every short line, and a dictionary would
    /// hash each line's first scalar.)
    static func closingBracket(_ open: Unicode.Scalar) -> (Unicode.Scalar, Unicode.Scalar)? {
        switch open {
        case "（", "(": return ("）", ")")
        case "【": return ("】", "】")
        case "[", "［": return ("]", "］")
        default: return nil
        }
    }
}
