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
        if s.first == "第" { s = s.dropFirst() }
        if let f = s.first, ("A"..."Z").contains(f) { s = s.dropFirst() }
        // `03版`, `第三版`, `第十二版`.
        var digits = s.prefix { Scalars.digit($0) != nil }
        if digits.isEmpty, w.first == "第" { digits = s.prefix { DateFinder.chineseDigits[$0] != nil || $0 == "十" } }
        guard !digits.isEmpty, digits.count <= 3 else { return false }
        s = s.dropFirst(digits.count)
        guard s.first == "版" else { return false }
        s = s.dropFirst()
        if s.isEmpty { return true }
        // `第1版：要闻`, `第1版(要闻)`.
        if let open = s.first, open == "（" || open == "(", let close = s.last, close == "）" || close == ")" {
            let label = s.dropFirst().dropLast()
            return !label.isEmpty && label.count <= 8 && label.allSatisfy { Scalars.isCJK($0) || $0 == "·" }
        }
        guard s.first == "：" || s.first == ":" else { return false }
        let label = s.dropFirst()
        return label.count <= 8 && label.allSatisfy { Scalars.isCJK($0) || $0 == "·" }
    }
}
