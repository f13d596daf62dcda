/// A publisher's imprint, printed at the foot of a page or a site.
extension Furniture {
    /// Who publishes the paper or the site, as its imprint prints it:
    /// `主办：宿迁日报社　地址：…　邮编：223800`. Fields `label：value` apart,
    /// one of them the publisher's (主办 or 主管, the label alone: an
    /// event's `主办单位：` is text) and no sentence among them.
    static func isImprint(_ t: [Unicode.Scalar]) -> Bool {
        // Most lines name no publisher: a look for a publisher's label
        // before a colon first.
        guard t.count >= 6,
              t.indices.contains(where: { i in
                  (t[i] == "：" || t[i] == ":") && publisherLabelScalars.contains { t.matches($0, at: i - $0.count) }
              }),
              !t.contains("。") else { return false }
        let fields = t.split(whereSeparator: Scalars.isSpace)
        guard fields.count >= 2 else { return false }
        var publisher = false
        for field in fields {
            guard let colon = field.firstIndex(where: { $0 == "：" || $0 == ":" }), colon > field.startIndex,
                  colon < field.endIndex - 1 else { return false }
            let label = String(String.UnicodeScalarView(field[field.startIndex..<colon]))
            guard imprintLabels.contains(label) else { return false }
            publisher = publisher || publisherLabels.contains(label)
        }
        return publisher
    }

    static let imprintLabels = PageWords.set(.imprintLabel)
    static let publisherLabels = PageWords.set(.publisherLabel)
    static let publisherLabelScalars = PageWords.scalars(.publisherLabel)
}

extension Furniture {
    /// `投稿邮箱：lcky@dyjkb.cn 读者热线：0531-82167435`: the page's contact
    /// fields at its foot, each `label：value` with a label of a way to reach
    /// the paper, and no sentence among them.
    static func isContactFooter(_ t: [Unicode.Scalar]) -> Bool {
        if isUnlabelledContactFooter(t) { return true }
        // Most lines open no contact label: look at the first one's first.
        guard t.count >= 10, t.count <= 100, t.count > 2, t[2] == "：" || t[2] == ":" || t[3] == "：" || t[3] == ":" || t[4] == "：" || t[4] == ":",
              let colon = t.prefix(8).firstIndex(where: { $0 == "：" || $0 == ":" }),
              contactEndings.contains(where: { t[..<colon].elementsEqual($0) || Array(t[..<colon]).hasSuffix($0) }),
              !t.contains("。") else { return false }
        let fields = t.split(whereSeparator: Scalars.isSpace)
        guard fields.count >= 2 else { return false }
        return fields.allSatisfy { field in
            guard let c = field.firstIndex(where: { $0 == "：" || $0 == ":" }), c > field.startIndex, c < field.endIndex - 1 else { return false }
            let label = Array(field[field.startIndex..<c])
            return contactEndings.contains { label.hasSuffix($0) }
        }
    }
    /// The fields without colons, as older pages print them: `本館地址望平街
    /// 一四二號　　電話九一八三七` — each field a label and its value, one of
    /// them a number to call.
    static func isUnlabelledContactFooter(_ t: [Unicode.Scalar]) -> Bool {
        // (Every line is asked: one pass for a contact word's last character first.)
        guard t.count >= 8, t.count <= 60, t.contains(where: contactLasts.contains), t.contains(where: Scalars.isSpace),
              !t.contains(where: Byline.sentencePunct.contains) else { return false }
        let fields = t.split(whereSeparator: Scalars.isSpace)
        guard (2...4).contains(fields.count) else { return false }
        var number = false
        for field in fields {
            let f = Array(field)
            guard f.count >= 5, let end = (2...min(6, f.count)).first(where: { e in contactEndings.contains { Array(f[..<e]).hasSuffix($0) } }),
                  f.count - end >= 3 else { return false }
            if f[end...].allSatisfy({ Scalars.digit($0) != nil || DateFinder.chineseDigits[$0] != nil || $0 == "-" }) { number = true }
        }
        return number
    }

    static let contactLasts = ScalarClass(String(String.UnicodeScalarView(contactEndings.compactMap(\.last))))
    static let contactEndings = scalarWords(["邮箱", "热线", "电话", "传真", "网址", "邮编", "地址", "微信", "信箱"])
}
