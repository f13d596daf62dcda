/// What an account's post prints around an article it carries (a paper's
/// WeChat or app copy): the post's header under its title
/// (`原创 衢阳日报 衢阳日报 2025年04月09日 07:00 浙江`), its topic tags
/// (`#衢阳城事 286个`), and labels set off by a bar (`来源丨衢阳日报`).
extension Furniture {
    /// A full date and a time of day among short words (the account, its
    /// author, the region), no sentence: when and by whom the post went up.
    static func isPostHeader(_ t: [Unicode.Scalar]) -> Bool {
        guard t.count >= 12, t.count <= 60 else { return false }
        // (Every short line is asked: one pass for a time's `d:dd` and two
        // gaps before any word is cut out.)
        var gaps = 0, time = false
        for i in t.indices {
            let s = t[i]
            if s == " " || s == "\u{3000}" { gaps += 1 } else if s == ":", i > 0, i + 2 < t.count, Scalars.digit(t[i - 1]) != nil,
                                                               Scalars.digit(t[i + 1]) != nil { time = true }
            else if s == "。" || s == "，" { return false }
        }
        guard time, gaps >= 2 else { return false }
        let words = t.split(whereSeparator: Scalars.isSpace).map(Array.init)
        guard (3...8).contains(words.count) else { return false }
        var dated = false, timed = false
        for w in words {
            // (A time of day first: a site's time is a date word too.)
            if w.count >= 4, w.count <= 5, w.contains(":"), isWebDateWord(w) { timed = true; continue }
            if isDateWord(w) { dated = true; continue }
            guard w.count <= 12, !w.contains(where: Byline.sentencePunct.contains) else { return false }
        }
        return dated && timed
    }

    /// `#衢阳城事 286个`: a topic tag and how many posts it holds.
    static func isTopicTagLine(_ t: [Unicode.Scalar]) -> Bool {
        guard t.count >= 2, t.count <= 30, t[0] == "#" || t[0] == "＃", Scalars.isCJK(t[1]) else { return false }
        return !t.contains { $0 == "。" || $0 == "，" }
    }

    /// `文丨衢阳日报全媒体记者 方一鸣`, `来源丨衢阳日报`, `编辑｜周雨桐`: a post
    /// sets its labels off with a bar where a page prints a colon. Returns
    /// the line with the colon, or nil where the words before the bar are no
    /// label (a title's kicker, `重磅丨…`, keeps its bar).
    static func labelBarAsColon(_ t: [Unicode.Scalar]) -> [Unicode.Scalar]? {
        guard t.count >= 3, let bar = t.prefix(6).firstIndex(where: { $0 == "丨" || $0 == "｜" || $0 == "|" }), bar >= 1,
              bar + 1 < t.count else { return nil }
        let label = Array(t[..<bar]).trimmed()
        guard metaKeys.contains(label.string) || barCreditLabels.contains(label) else { return nil }
        return label + ["："] + Array(t[(bar + 1)...]).trimmed()
    }
    static let barCreditLabels = Set(scalarWords(["文", "图", "文字", "图片", "摄影", "视频", "撰文", "整理", "采写", "文图", "记者"]))
}
