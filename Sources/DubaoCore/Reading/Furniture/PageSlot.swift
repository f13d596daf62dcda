/// Where a page stands in its edition: `第002版：要闻`, `A03版`, `当前版：03版`.
extension Furniture {
    /// `第002版：要闻`, `A03版：城事`, `03版`, `当前版：03版`: where the page stands
    /// in the edition.
    static func isPageSlot(_ w: [Unicode.Scalar]) -> Bool {
        guard w.contains("版") else { return false }
        var s = w[...]
        for prefix in PageWords.words(.slotLabel) where w.hasPrefix(prefix) {
            s = s.dropFirst(prefix.unicodeScalars.count)
            if s.isEmpty { return true }
            break
        }
        // `版面:头版`: a corpus's field of the page, the front page by its name.
        if s.count < w.count, s.elementsEqual("头版".unicodeScalars) { return true }
        let ordinal = s.first == "第"
        if ordinal { s = s.dropFirst() }
        if let f = s.first, ("A"..."Z").contains(f) { s = s.dropFirst() }
        // `03版`, `第三版`, `第十二版`.
        var digits = s.prefix { Scalars.digit($0) != nil }
        if digits.isEmpty, ordinal { digits = s.prefix { DateFinder.chineseDigits[$0] != nil || $0 == "十" } }
        guard !digits.isEmpty, digits.count <= 3 else { return false }
        s = s.dropFirst(digits.count)
        guard s.first == "版" else { return false }
        s = s.dropFirst()
        if s.isEmpty { return true }
        // `第1版：要闻`, `第1版(要闻)`; `第2版()`, a corpus's slot whose label
        // it left empty.
        if let open = s.first, open == "（" || open == "(", let close = s.last, close == "）" || close == ")" {
            let label = s.dropFirst().dropLast()
            return label.count <= 8 && label.allSatisfy { Scalars.isCJK($0) || $0 == "·" }
        }
        guard s.first == "：" || s.first == ":" else { return false }
        let label = s.dropFirst()
        // (`第A5版：区县（市）`: a label may hold a bracketed part.)
        return label.count <= 10 && label.allSatisfy { Scalars.isCJK($0) || $0 == "·" || $0 == "（" || $0 == "）" }
    }
}

extension Furniture {
    /// `第1版(要闻)专栏:短评`: a by-date corpus's record of an article opens
    /// with its page slot glued to the column's label. The label and what
    /// follows it (`专栏:短评`, read as a banner; `专栏:` alone is furniture),
    /// or nil for a line of another form.
    static func columnLabelAfterSlot(_ t: [Unicode.Scalar]) -> [Unicode.Scalar]? {
        guard t.count <= 30, let close = t.prefix(14).firstIndex(where: { $0 == ")" || $0 == "）" }),
              isPageSlot(Array(t[...close])) else { return nil }
        let rest = Array(t[(close + 1)...]).trimmed()
        let labelled = ColumnBanner.nameLabels.contains { label in
            let l = Array(label.unicodeScalars)
            return rest.hasPrefix(l) && rest.count > l.count && (rest[l.count] == "：" || rest[l.count] == ":")
        }
        return labelled ? rest : nil
    }
}
