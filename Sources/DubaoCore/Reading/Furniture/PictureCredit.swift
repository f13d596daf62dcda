/// A picture's credit standing alone, the picture and its caption not
/// kept by the copy: `图片来源：衢阳发布`, `图：运输联线提供`,
/// `(图片:素里消防局) V21`, `(CTV图片)`. It names no one's work on the page.
extension Furniture {
    /// The line is a picture's credit and nothing else (a page code the
    /// site printed beside it, `V21`, aside).
    static func isBarePictureCredit(_ line: [Unicode.Scalar]) -> Bool {
        var t = line.trimmed()
        // `… V21`, `… T02`: the print page's code after a gap.
        if let gap = t.lastIndex(where: Scalars.isSpace), isPageCode(t[(gap + 1)...]) { t = Array(t[..<gap]).trimmed() }
        guard t.count >= 4, t.count <= 24 else { return false }
        if Byline.pictureSourceLabels.contains(where: { t.starts(with: $0) }) { return true }
        if let first = t.first, first == "(" || first == "（", let last = t.last, last == ")" || last == "）" {
            let inner = Array(t.dropFirst().dropLast()).trimmed()
            // `(图片:素里消防局)`, `（图：资料）`: a label, a colon, the source.
            if let colon = inner.prefix(4).firstIndex(where: { $0 == "：" || $0 == ":" }), colon >= 1,
               pictureWords.contains(Array(inner[..<colon])) { return true }
            // `(CTV图片)`, `（资料图片）`: whose picture.
            return inner.count <= 12 && (inner.hasSuffix(Array("图片".unicodeScalars)) || inner.hasSuffix(Array("供图".unicodeScalars)))
                && !inner.contains(where: Byline.sentencePunct.contains)
        }
        // `图：运输联线提供`, `图/受访者提供`: a label and who gave it.
        guard let sep = t.prefix(4).firstIndex(where: { $0 == "：" || $0 == ":" || Scalars.isSlash($0) }), sep >= 1,
              pictureWords.contains(Array(t[..<sep])) else { return false }
        return t.hasSuffix(Array("提供".unicodeScalars)) && !t[(sep + 1)...].contains(where: Byline.sentencePunct.contains)
    }
    static let pictureWords = Set(scalarWords(["图", "图片", "照片", "圖", "圖片"]))

    /// `V21`, `A3`, `T02`: a letter or two and up to three digits.
    static func isPageCode(_ t: ArraySlice<Unicode.Scalar>) -> Bool {
        guard t.count >= 2, t.count <= 5 else { return false }
        let letters = t.prefix { ("A"..."Z").contains($0) }
        return (1...2).contains(letters.count) && t.dropFirst(letters.count).allSatisfy { Scalars.digit($0) != nil }
            && t.count > letters.count
    }
}
