/// `泰安今年将新建城市绿道120公里   本报泰安6月17日讯(记者…) 17日，…`: a
/// digital edition's index of a page prints each article's title and its
/// lead on one line, parted by a wide gap (three columns or more). The title
/// is a title by its shape; what follows the gap is a sentence.
enum TitleBeforeLead {
    /// Columns of space the gap takes at least (a title's parts are parted
    /// by one space or one full-width space).
    static let minimumGap = 3

    /// What no title holds (quotes it may: `济宁老街区“夜经济”热起来`).
    static let clauseMarks = ScalarClass("。，；：！？,;:!?")

    /// The title and the lead, or nil for a line of another form.
    static func split(_ t: [Unicode.Scalar]) -> (title: [Unicode.Scalar], lead: [Unicode.Scalar])? {
        guard t.count >= 16 else { return nil }
        // The first wide gap, after a title's length at least.
        var i = 6
        while i < min(t.count, 48) {
            guard Scalars.isSpace(t[i]) else { i += 1; continue }
            var j = i, width = 0
            while j < t.count, Scalars.isSpace(t[j]) { width += t[j] == "\u{3000}" ? 2 : 1; j += 1 }
            if width >= minimumGap {
                let title = Array(t[..<i]), lead = Array(t[j...])
                // `社区矫正对象有了“成长档案”   □ 本报记者 韦明 本报通讯员 覃丽娟`:
                // the byline set after the title, the text on the lines below.
                if let byline = Byline.parse(lead), !byline.names.isEmpty, !title.contains(where: clauseMarks.contains),
                   TitleShape.isTitleLike(title), Byline.parse(title) == nil {
                    return (title, lead)
                }
                guard lead.count >= 20, lead.contains(where: { $0 == "。" || $0 == "，" || $0 == "," }),
                      !title.contains(where: clauseMarks.contains),
                      TitleShape.isTitleLike(title), Byline.parse(title) == nil, Dateline.parse(t) == nil
                else { return nil }
                return (title, lead)
            }
            i = j
        }
        return nil
    }
}
