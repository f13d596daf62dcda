/// The facts a digital edition prints about an article: `作者：…　来源：…
/// 发布时间：…` under its title, a source field glued before its dateline.
extension Furniture {
    static let metaKeys = PageWords.set(.factKey).union(editingKeys)
    static let originalTitleKeys = PageWords.set(.originalTitleKey)
    /// The site's editing chain (`编辑：X　二审：Y　三审：Z`): never text, even alone.
    static let editingKeys = PageWords.set(.editingKey)
    static let sourceKeys = PageWords.set(.sourceKey)
    /// How far into a line a key's colon may stand: the longest key's length.
    static let keyReach = metaKeys.map(\.unicodeScalars.count).max()! + 1

    /// `来源：娄底新闻网　　娄底日报讯 记者 刘洋报道：8月8日，…`: a site's
    /// source field glued before an article's dateline. The dateline and
    /// what follows, or nil when the line is of another kind.
    static func afterSourceField(_ t: [Unicode.Scalar]) -> [Unicode.Scalar]? {
        guard t.count > 8, let colon = t.prefix(6).firstIndex(where: { $0 == "：" || $0 == ":" }),
              sourceKeys.contains(Array(t[..<colon]).string) else { return nil }
        // The value is one short name; a gap parts it from the lead.
        var i = colon + 1
        while i < t.count, Scalars.isSpace(t[i]) { i += 1 }
        var j = i
        while j < t.count, !Scalars.isSpace(t[j]) { j += 1 }
        guard j - i >= 2, j - i <= 20, !t[i..<j].contains(where: Scalars.clausePunct.contains) else { return nil }
        while j < t.count, Scalars.isSpace(t[j]) { j += 1 }
        let rest = Array(t[j...])
        guard !rest.isEmpty, Dateline.parse(rest) != nil else { return nil }
        return rest
    }

    /// `作者：本报记者 杜娟　来源：江城日报　发布时间：2023-12-05`: the site's
    /// facts about an article (two or more, or the author alone). Returns
    /// the author's part (empty when none), or nil for a line of another kind.
    /// Where a `来源：` field starts after a gap, past some text; nil where none does.
    static func sourceFieldAfterGap(_ t: [Unicode.Scalar]) -> Int? {
        // (Every line is asked: a byline runs 40 characters at most, and
        // the key's last character is 源.)
        guard t.count > 8, let yuan = t[6..<min(t.count, 48)].firstIndex(of: "源"), yuan + 1 < t.count,
              t[yuan + 1] == "：" || t[yuan + 1] == ":" else { return nil }
        let colon = yuan + 1
        for key in sourceKeyScalars where colon >= key.count {
            let start = colon - key.count
            if Array(t[start..<colon]) == key, start >= 4, Scalars.isSpace(t[start - 1]) { return start }
        }
        return nil
    }
    static let sourceKeyScalars = PageWords.scalars(.sourceKey)

    static func articleMeta(_ t: [Unicode.Scalar]) -> [Unicode.Scalar]? {
        // `（原标题：…）`: a portal's note of the title the piece first ran under.
        if let open = t.first, open == "（" || open == "(", let close = t.last, close == "）" || close == ")", t.count > 6,
           let colon = t.prefix(keyReach + 1).firstIndex(where: { $0 == "：" || $0 == ":" }),
           originalTitleKeys.contains(Array(t[1..<colon]).string) {
            return []
        }
        // `2026-03-04 02:33:11 来源:中国新闻网 责任编辑:王宁`: a portal's facts
        // open with the time the copy went up.
        if let f = t.first, Scalars.digit(f) != nil, t.count <= 90 {
            var i = 0
            while i < t.count {
                var j = i
                while j < t.count, !Scalars.isSpace(t[j]) { j += 1 }
                guard isWebDateWord(Array(t[i..<j])) else { break }
                i = j
                while i < t.count, Scalars.isSpace(t[i]) { i += 1 }
            }
            if i > 0, i < t.count { return articleMeta(Array(t[i...])) }
        }
        // `中青报·中青网记者 X 实习生 Y⇥来源：中国青年报⇥（2025年11月19日 04版）`:
        // the byline, then the site's facts after a gap; the byline is the author.
        if t.count <= 90, let source = sourceFieldAfterGap(t), !t.contains("。"),
           case let credit = Array(t[..<source]).trimmed(), Byline.parse(credit) != nil {
            return credit
        }
        guard t.count <= 90, !t.contains("。"), let colon = t.prefix(keyReach).firstIndex(where: { $0 == "：" || $0 == ":" }),
              metaKeys.contains(Array(t[..<colon]).string) else { return nil }
        // The line's parts: `key：value`, keys at the start or after a gap.
        var parts: [(key: String, value: [Unicode.Scalar])] = []
        var i = 0
        while i < t.count {
            guard let c = t[i...].prefix(keyReach).firstIndex(where: { $0 == "：" || $0 == ":" }) else { break }
            let key = Array(t[i..<c]).trimmed().string
            var j = c + 1
            var end = t.count
            // The value runs to the next gap followed by a key and a colon.
            while j < t.count {
                if Scalars.isSpace(t[j]) {
                    var k = j
                    while k < t.count && Scalars.isSpace(t[k]) { k += 1 }
                    if let c2 = t[k...].prefix(keyReach).firstIndex(where: { $0 == "：" || $0 == ":" }),
                       metaKeys.contains(Array(t[k..<c2]).string) {
                        end = j
                        break
                    }
                    j = k
                } else {
                    j += 1
                }
            }
            parts.append((key, Array(t[(c + 1)..<end]).trimmed()))
            i = end
            while i < t.count && Scalars.isSpace(t[i]) { i += 1 }
        }
        guard parts.allSatisfy({ metaKeys.contains($0.key) }) else { return nil }
        var author = parts.first { $0.key == "作者" }?.value
        // `作者：本报记者 陈丽萍 - 2024年11月19日`: the date the site put after
        // the author, set off by a dash between spaces.
        if let value = author, let dash = value.indices.first(where: { k in
            k > 0 && k + 1 < value.count && Scalars.isSpace(value[k - 1]) && Self.dashes.contains(value[k]) && Scalars.isSpace(value[k + 1])
        }), case let rest = Array(value[(dash + 1)...]).trimmed(),
           DateFinder.dates(in: rest).first?.range.lowerBound == 0 || isWebDateWord(rest) {
            author = Array(value[..<dash]).trimmed()
        }
        // `作者：编辑部`: the desk, no one's name.
        if let value = author, value.count <= 6, value.allSatisfy(Scalars.isCJK), let last = value.last, last == "部" || last == "组" {
            author = []
        }
        if parts.count == 1, author == nil {
            // Alone: an editing credit, or the outlet an item came from.
            let part = parts[0]
            guard editingKeys.contains(part.key) || originalTitleKeys.contains(part.key)
                    || sourceKeys.contains(part.key) && part.value.count <= 30
                        && !part.value.contains(where: { Scalars.clausePunct.contains($0) }) else { return nil }
        }
        return author ?? []
    }
}
