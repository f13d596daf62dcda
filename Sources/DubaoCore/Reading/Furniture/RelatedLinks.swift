/// A web copy's box of links to other pieces under an article: a label
/// (`延伸閱讀`, `相关阅读`) over bulleted titles (`‧老屋加裝電梯卡關…`), none a
/// sentence. The titles belong to pages the copy did not keep: the label
/// and its titles are furniture, never the next article's titles.
/// So is a site's call to install its app (`點我下載APP　按我看活動辦法`):
/// an app word on a line with no sentence; and the app's slogan set under
/// its name (`解放军报客户端` / `兵在掌上阅 亮剑弹指间`), and its notice about
/// the reader's browser.
extension Furniture {
    static let relatedLinksLabels = Set(PageWords.scalars(.relatedLinksLabel))
    static let appPromoWords = PageWords.scalars(.appPromo)
    /// What opens a link's line.
    static let linkBullets = ScalarClass("‧·•●◆■▪>")

    /// The lines of a block that are such a box: its label and the linked
    /// titles under it.
    static func relatedLinks(_ lines: [SourceLine]) -> Set<Int> {
        var out = Set<Int>()
        for (k, line) in lines.enumerated() where line.text.count <= 6 && relatedLinksLabels.contains(line.text) {
            var j = k + 1
            while j < lines.count, let first = lines[j].text.first, linkBullets.contains(first),
                  lines[j].text.count <= 40, !lines[j].text.contains("。" as Unicode.Scalar) {
                j += 1
            }
            if j > k + 1 { out.formUnion(k..<j) }
        }
        return out
    }

    /// `解放军报客户端`, `XX新闻APP`: the name of a paper's app alone.
    static func isAppName(_ t: [Unicode.Scalar]) -> Bool {
        t.count <= 12 && (t.hasSuffix(appEnding) || t.hasSuffix(latinAppEnding))
    }
    static let appEnding = Array("客户端".unicodeScalars)
    static let latinAppEnding = Array("APP".unicodeScalars)

    static let browserNoticeWords = PageWords.scalars(.browserNotice)

    /// `您的IE浏览器版本太低，请升级…`: the site speaks to the reader's
    /// browser, a sentence no paper prints. (Asked of a page's first and
    /// last blocks only, where a site prints it.)
    static func isBrowserNotice(_ t: [Unicode.Scalar]) -> Bool {
        guard t.count >= 8, t.count <= 80, t.contains("浏" as Unicode.Scalar) || t.contains("辨" as Unicode.Scalar) else { return false }
        return browserNoticeWords.contains { t.contains($0) }
    }

    static func isAppPromo(_ t: [Unicode.Scalar]) -> Bool {
        guard t.count >= 5, t.count <= 60 else { return false }
        // (Every line is asked: one pass for an app word's mark, `A` or `客`,
        // turns away the rest.)
        var mark = false
        for s in t {
            if s == "A" || s == "客" { mark = true } else if s == "。" || s == "，" { return false }
        }
        return mark && appPromoWords.contains { t.contains($0) }
    }
}
