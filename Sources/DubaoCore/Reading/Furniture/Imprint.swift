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
