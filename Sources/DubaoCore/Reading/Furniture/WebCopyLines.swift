/// Lines a web copy or a read-later app puts around what it saved: rules
/// drawn with characters between articles (`==========`, `----------`),
/// the page's address (`https://www.news.cn/…/c.html`), the site beside its
/// domain (`新华网 · www.news.cn`), its template's unfilled placeholders.
/// No paper prints them as text.
extension Furniture {
    /// `{{ isview_popup.firstLine }}{{ isview_popup.highlight }}`: a web
    /// page's template its copy kept unfilled, placeholders and no text.
    /// (Or a markup comment's open or close left on the line, as an
    /// epaper's template leaves its properties: `--> 2024-12-06 3 3 …
    /// content_106482.html 1 … /enpproperty-->`, `<!--enpcontent-->`.)
    static func isTemplateLine(_ t: [Unicode.Scalar]) -> Bool {
        if t.count >= 4, t.starts(with: commentClose) || t.starts(with: commentOpen) || t.hasSuffix(commentClose) { return true }
        return t.count >= 4 && t[0] == "{" && (t[1] == "{" || t[1] == "%") && t[t.count - 1] == "}" && !t.contains(where: Scalars.isCJK)
    }
    /// `▶ 00:00 / 02:41`, `0:00 /0:00`: a web copy's media player, its
    /// play mark and its clock, no text.
    static func isPlayerLine(_ t: [Unicode.Scalar]) -> Bool {
        guard t.count >= 9, t.count <= 24, t.contains(":") else { return false }
        let body = t.filter { !Scalars.isSpace($0) && !playMarks.contains($0) }
        guard let slash = body.firstIndex(where: Scalars.isSlash) else { return false }
        let isClock = { (c: ArraySlice<Unicode.Scalar>) in
            c.count >= 4 && c.count <= 8 && c.contains(":") && c.allSatisfy { $0 == ":" || Scalars.digit($0) != nil }
        }
        return isClock(body[..<slash]) && isClock(body[(slash + 1)...])
    }
    static let playMarks = ScalarClass("▶►▷⏵")

    static let commentOpen = Array("<!--".unicodeScalars)
    static let commentClose = Array("-->".unicodeScalars)

    /// `扫一扫在手机打开当前页`, `扫码阅读全文`: the site's call to open the page
    /// on a phone, no sentence.
    static func isScanPrompt(_ t: [Unicode.Scalar]) -> Bool {
        guard t.count >= 4, t.count <= 20, t[0] == "扫" || t[0] == "微" || t[0] == "手" else { return false }
        return scanOpenings.contains { t.starts(with: $0) } && !t.contains { $0 == "。" || $0 == "，" }
    }
    static let scanOpenings = scalarWords(["扫一扫", "扫码", "微信扫一扫", "手机扫一扫", "手机扫码"])

    /// A field's label alone (`发布时间:`, `信息来源:`), its value on a line of
    /// its own: a site's facts split over lines.
    static func isBareFactLabel(_ t: [Unicode.Scalar]) -> Bool {
        guard t.count >= 3, t.count <= 8, let last = t.last, last == "：" || last == ":" else { return false }
        return metaKeys.contains(Array(t.dropLast()).trimmed().string)
    }

    /// Five or more rule characters and nothing else.
    static func isRuleLine(_ t: [Unicode.Scalar]) -> Bool {
        // (A column's vertical rule, read by OCR as a bar alone on its line:
        // `︱`, `｜`.)
        if t.count <= 3, !t.isEmpty, t.allSatisfy(verticalRules.contains) { return true }
        return t.count >= 5 && t.allSatisfy { ruleCharacters.contains($0) || Scalars.isSpace($0) }
            && t.contains { !Scalars.isSpace($0) }
    }
    static let ruleCharacters = ScalarClass("=-_*~—－＝─━＿")
    /// (`丨`, a Han stroke, is how OCR reads a column's rule alone on its line.)
    static let verticalRules = ScalarClass("︱｜|│┃丨")

    /// An address alone (`https://…`, `www.…`), or a short line naming a
    /// site by its domain (`新华网 · www.news.cn`), without a sentence.
    static func isAddressLine(_ t: [Unicode.Scalar]) -> Bool {
        guard let first = t.first, t.count <= 200 else { return false }
        if first == "h" || first == "w" {
            if (t.starts(with: "http://".unicodeScalars) || t.starts(with: "https://".unicodeScalars)
                || t.starts(with: "www.".unicodeScalars)), !t.contains(where: Scalars.isSpace) { return true }
        }
        guard t.count <= 40 else { return false }
        // `www.` opening a word of ASCII (one pass, no copies: every short
        // line of every page is asked).
        var i = 0
        while i + 4 < t.count {
            if t[i] == "w", t[i + 1] == "w", t[i + 2] == "w", t[i + 3] == ".", i == 0 || Scalars.isSpace(t[i - 1]) {
                var j = i
                while j < t.count, !Scalars.isSpace(t[j]) {
                    guard t[j].isASCII else { return false }
                    j += 1
                }
                return j - i > 6 && !t.contains(where: { $0 == "。" || $0 == "，" })
            }
            i += 1
        }
        return false
    }
}
