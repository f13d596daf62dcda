/// Turns reflowed source text into the text an article keeps.
enum TextCleanup {
    /// Finishes a paragraph: takes out continuation markers, a trailing
    /// photographer or closing credit, and justification spaces.
    static func finish(_ p: inout BodyParagraph) {
        var t = p.text
        if let first = t.first(where: { !Scalars.isSpace($0) }), first == "（" || first == "(",
           let (_, _, forward) = marker(t.trimmed(), at: 0), !forward {
            p.continuedFromElsewhere = true
        }
        if let rest = removeWrittenAt(t) { t = rest }
        if let (rest, page) = removeMarkers(t) {
            t = rest
            p.continues = page ?? p.continues
        }
        if let rest = removeEndMark(t) {
            t = rest
            p.endsArticle = true
        }
        if p.captionCredit == nil, let (rest, credit) = trailingCaptionCredit(t) {
            t = rest
            p.captionCredit = credit
            // `■市民在…参观。　记者 何家豪摄`: the mark opening a caption is ornament.
            if let first = t.first, Byline.markers.contains(first) { t = Array(t.dropFirst()).trimmed() }
        }
        if p.closingCredit == nil, p.captionCredit == nil, let (rest, credit) = trailingClosingCredit(t) ?? trailingGluedReporterCredit(t) {
            t = rest
            // `（本报记者 张雨 摄）` closes a caption, not a report.
            if credit.reports && credit.roles.contains(.photographer) { p.captionCredit = credit } else { p.closingCredit = credit }
        }
        // `◆5月18日，学校举行…` over `学生记者　方启航　摄影`: the mark opening a
        // credited caption is ornament too.
        if p.captionCredit != nil, let first = t.first, bullets.contains(first) || Byline.markers.contains(first) {
            t = Array(t.dropFirst()).trimmed()
        }
        // `■大埔海滨单车径晚间漆黑一片。` set in a story: a caption, its mark ornament.
        if p.interleaved, p.captionCredit == nil, PageItemizer.isMarkedCaption(t) {
            t = Array(t.dropFirst()).trimmed()
            p.markedCaption = true
        }
        // `◆ 小订单撬动大市场`: the mark before a subhead is ornament.
        if let first = t.first(where: { !Scalars.isSpace($0) }), bullets.contains(first), t.count <= 32, !t.contains("。") {
            t = Array(t.trimmed().dropFirst()).trimmed()
        }
        let trimmed = t.trimmed()
        p.dateline = Dateline.parse(trimmed)
        if p.dateline == nil, let k = p.placeLabel, k < trimmed.count {
            // `南京　行政院…`: the place, the gap kept as printed, the text (A31).
            p.dateline = Dateline(place: Array(trimmed[..<k]).string, credit: nil, length: k)
            var rest = k
            while rest < trimmed.count, Scalars.isSpace(trimmed[rest]) { rest += 1 }
            p.text = Array(trimmed[..<k]) + ["\u{3000}"] + bodyScalars(Array(trimmed[rest...]))
            return
        }
        if let d = p.dateline, d.credit != nil {
            // The credit in the dateline keeps the spaces between its parts
            // (`本报讯（记者 张三 通讯员 李四）`); the rest is body text.
            let opening = trimmed.unspreadOpening()
            let end = min(d.length, opening.count)
            var head = creditScalars(opening[..<end], names: d.credit?.names ?? [])
            // A credit without brackets is set off from the lead by its gap.
            if end < opening.count, Scalars.isSpace(opening[end]), let last = head.last, last != "）", last != ")" {
                head.append(" ")
            }
            p.text = head + bodyScalars(Array(opening[end...]))
        } else if p.dataBullet, let end = p.bulletLineEnd, end < t.count, !t[..<end].contains(where: Scalars.isSpace) {
            // A data bullet's figure and the measure on the line under it
            // (`■2.16万亿元` / `1—4月全国冷链物流总额`) read apart (S14).
            p.text = bodyScalars(Array(t[..<end])) + [" "] + bodyScalars(Array(t[end...]).trimmed())
        } else {
            p.text = bodyScalars(t)
        }
    }

    /// A credit as shown (`本报讯（记者 张三 通讯员 李四）`): a gap printed
    /// between its parts, where a role word or a credited name starts or
    /// ends, is one space; gaps inside a word (`记 者`, an OCR's `梁 燕`) and
    /// next to brackets go. No space is added where none was printed.
    static func creditScalars(_ t: ArraySlice<Unicode.Scalar>, names: [String]) -> [Unicode.Scalar] {
        var closed: [Unicode.Scalar] = []
        var gapBefore = Set<Int>()
        for s in t {
            if Scalars.isSpace(s) {
                if !closed.isEmpty { gapBefore.insert(closed.count) }
            } else {
                closed.append(s)
            }
        }
        guard !gapBefore.isEmpty else { return closed }
        var boundaries = Set<Int>()
        // Where the dateline proper ends (`本报讯`, `…3月5日电`) and the credit begins.
        if let xun = closed.prefix(24).firstIndex(where: { $0 == "讯" || $0 == "电" }) { boundaries.insert(xun + 1) }
        let words = names.map { Array($0.unicodeScalars) } + Byline.longRoleWords.map(\.scalars)
        for w in words where !w.isEmpty {
            var from = 0
            while let r = closed.range(of: w, from: from) {
                boundaries.insert(r.lowerBound)
                boundaries.insert(r.upperBound)
                from = r.upperBound
            }
        }
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(closed.count + gapBefore.count)
        for (i, s) in closed.enumerated() {
            if gapBefore.contains(i), boundaries.contains(i), !openers.contains(closed[i - 1]), !closersOfCredit.contains(s) {
                out.append(" ")
            }
            out.append(s)
        }
        return out
    }

    static let openers = ScalarClass("（(")
    static let closersOfCredit = ScalarClass("）)、，,")

    /// `(下转8版)`, `（转第3版）`, `(上接1版)`: removed; the page a 下转 names is returned.
    static func removeMarkers(_ t: [Unicode.Scalar]) -> ([Unicode.Scalar], String?)? {
        // Most paragraphs have no marker: find the first before copying anything.
        guard let firstMarker = t.indices.first(where: { (t[$0] == "(" || t[$0] == "（") && marker(t, at: $0) != nil })
        else { return nil }
        var out = Array(t[..<firstMarker])
        var page: String?
        var found = false
        var i = firstMarker
        while i < t.count {
            if t[i] == "(" || t[i] == "（", let (end, target, forward) = marker(t, at: i) {
                found = true
                if forward { page = target }
                // Drop the spaces that stood before the marker.
                while let l = out.last, Scalars.isSpace(l) { out.removeLast() }
                i = end
                continue
            }
            out.append(t[i])
            i += 1
        }
        return found ? (out, page) : nil
    }

    /// Parses a marker starting at `i`: returns the index after it, the page
    /// (`8版`) and whether it points forward (下转/转) or back (上接/接).
    static func marker(_ t: [Unicode.Scalar], at i: Int) -> (Int, String, Bool)? {
        var j = i + 1
        func skipSpaces() { while j < t.count && Scalars.isSpace(t[j]) { j += 1 } }
        skipSpaces()
        var forward: Bool
        let rest = Array(t[j..<min(t.count, j + 3)])
        // `（文转A6）`, `（文接A1）`: the text goes on, as Malaysian papers mark it.
        if rest.hasPrefix("文转") { forward = true; j += 2 }
        else if rest.hasPrefix("文接") { forward = false; j += 2 }
        else if rest.hasPrefix("下转") || rest.hasPrefix("紧转") { forward = true; j += 2 }
        else if rest.hasPrefix("上接") || rest.hasPrefix("紧接") { forward = false; j += 2 }
        else if rest.hasPrefix("转") { forward = true; j += 1 }
        else if rest.hasPrefix("接") { forward = false; j += 1 }
        else { return nil }
        skipSpaces()
        if j < t.count && t[j] == "第" { j += 1 }
        skipSpaces()
        var page: [Unicode.Scalar] = []
        while j < t.count, page.count < 4,
              Scalars.digit(t[j]) != nil || ("A"..."Z").contains(t[j]) || DateFinder.chineseDigits[t[j]] != nil || t[j] == "十" {
            page.append(t[j]); j += 1
        }
        guard !page.isEmpty else { return nil }
        // `第一版`: the page number in Chinese numerals.
        if let first = page.first, Scalars.digit(first) == nil, !("A"..."Z").contains(first) {
            guard let n = DateFinder.number(before: page.count, in: page, maxDigits: 3), n.start == 0 else { return nil }
            page = Array(String(n.value).unicodeScalars)
        }
        skipSpaces()
        // A page with its section's letter may go without 版 (`A6`).
        let ban = j < t.count && t[j] == "版"
        guard ban || page.first.map({ ("A"..."Z").contains($0) }) == true else { return nil }
        if ban { j += 1 }
        skipSpaces()
        guard j < t.count, t[j] == ")" || t[j] == "）" else { return nil }
        let ascii = page.map { s -> Unicode.Scalar in
            if let d = Scalars.digit(s) { return Unicode.Scalar(UInt8(48 + d)) }
            return s
        }
        return (j + 1, ascii.string + (ban ? "版" : ""), forward)
    }

    /// `（2024年3月写于北京）`: where and when a piece was written, after its
    /// text: no part of it.
    static func removeWrittenAt(_ t: [Unicode.Scalar]) -> [Unicode.Scalar]? {
        let end = t.trimmedEnd
        guard end > 0, t[end - 1] == "）" || t[end - 1] == ")" else { return nil }
        let trimmed = t.trimmed()
        guard let last = trimmed.last, last == "）" || last == ")",
              let open = trimmed.lastIndex(where: { $0 == "（" || $0 == "(" }), trimmed.count - open <= 24 else { return nil }
        let inner = Array(trimmed[(open + 1)..<(trimmed.count - 1)])
        guard ["写于", "草于", "改于", "作于"].contains(where: { inner.contains($0) }) || inner.hasSuffix("于北京") else { return nil }
        return Array(trimmed[..<open]).trimmed()
    }

    /// `…稳步推进。（完）`: a wire story's end mark.
    static func removeEndMark(_ t: [Unicode.Scalar]) -> [Unicode.Scalar]? {
        // Asked of a paragraph after each line joined to it: look at its end
        // in place, copy only when a mark is there.
        let end = t.trimmedEnd
        for mark in endMarks where t.matches(mark, at: end - mark.count) {
            return Array(t[..<(end - mark.count)]).trimmed()
        }
        return nil
    }

    static let endMarks = scalarWords(["（完）", "(完)", "（全文完）", "（终）"])

    /// `…高质量发展。 ■ 田柏林`: a photographer's credit after a caption.
    static func trailingCaptionCredit(_ t: [Unicode.Scalar]) -> ([Unicode.Scalar], Byline)? {
        // The last marker counts only in the last 30 characters: search those
        // alone, and copy the text before it only for a credit.
        guard let m = t.lastIndex(from: t.count - 30, before: t.count, where: { Byline.markers.contains($0) }) else {
            return trailingUnmarkedPhotoCredit(t) ?? trailingProvidedPictureCredit(t) ?? trailingAgencyPictureCredit(t)
        }
        guard t.endsSentence(before: m), var credit = Byline.parse(Array(t[m...])), !credit.names.isEmpty else { return nil }
        credit.roles.insert(.photographer)
        return (Array(t[..<m]).trimmed(), credit)
    }

    /// `…浇筑楼板。　本报记者 王东 摄`, `…收获玉米。本报记者 李明 摄`: a
    /// photographer's credit set after the caption's last sentence without a
    /// marker; it must say 摄. A picture's number printed before it
    /// (`③2 王俊祥 摄`: the third picture of page 2) goes with it.
    static func trailingUnmarkedPhotoCredit(_ t: [Unicode.Scalar]) -> ([Unicode.Scalar], Byline)? {
        var t = t
        // `…分拣蔬菜。　王　晨摄（中经视觉）`: the agency that sent the picture,
        // in brackets after the credit, goes with it.
        if let last = t.last, last == "）" || last == ")",
           let open = t.lastIndex(from: t.count - 12, before: t.count, where: { $0 == "（" || $0 == "(" }),
           open > 0, t[open - 1] == "摄", t[(open + 1)..<(t.count - 1)].allSatisfy(Scalars.isCJK) {
            t = Array(t[..<open])
        }
        guard let last = t.last, last == "摄" || last == "影" && t.hasSuffix("摄影"),
              let end = t.lastIndex(from: t.count - 24, before: t.count, where: { Scalars.sentenceEnd.contains($0) }) else { return nil }
        var j = end + 1
        while j < t.count, Scalars.closers.contains(t[j]) { j += 1 }
        var k = j
        while k < t.count, Scalars.isSpace(t[k]) { k += 1 }
        if k < t.count, Scalars.isCircledNumber(t[k]) {
            k += 1
            while k < t.count, Scalars.digit(t[k]) != nil { k += 1 }
        }
        guard k < t.count, let credit = Byline.parse(Array(t[k...]).trimmed()),
              !credit.names.isEmpty, credit.roles.contains(.photographer) else { return nil }
        return (Array(t[..<j]).trimmed(), credit)
    }

    /// `布达佩斯郊外一座物流园区内的集装箱堆场 视觉中国`: a caption credited to
    /// a picture agency, its name set after a space: no one's picture.
    static func trailingAgencyPictureCredit(_ t: [Unicode.Scalar]) -> ([Unicode.Scalar], Byline)? {
        guard let last = t.last, pictureAgencyEnds.contains(last) else { return nil }
        // `…检查身体。受访者供图`: the credit glued after the caption's last sentence.
        for agency in pictureAgencies where t.count > agency.count + 6 && t.hasSuffix(agency) && t.endsSentence(before: t.count - agency.count)
            && !Scalars.isSpace(t[t.count - agency.count - 1]) {
            return (Array(t[..<(t.count - agency.count)]).trimmed(), Byline(names: [], roles: [.photographer], reports: true))
        }
        guard let gap = t.lastIndex(from: t.count - 14, before: t.count, where: Scalars.isSpace), gap >= 6 else { return nil }
        var name = Array(t[(gap + 1)...])
        // (`IC photo`: the agency's name holds a space of its own.)
        if !pictureAgencies.contains(name), let before = t[..<gap].lastIndex(where: Scalars.isSpace), gap - before <= 3 {
            name = Array(t[(before + 1)...])
            guard pictureAgencies.contains(name) else { return nil }
            return (Array(t[..<before]).trimmed(), Byline(names: [], roles: [.photographer], reports: true))
        }
        guard pictureAgencies.contains(name) else { return nil }
        return (Array(t[..<gap]).trimmed(), Byline(names: [], roles: [.photographer], reports: true))
    }
    static let pictureAgencies = Set(PageWords.scalars(.pictureAgency))
    static let pictureAgencyEnds = ScalarClass(String(String.UnicodeScalarView(PageWords.words(.pictureAgency).compactMap(\.unicodeScalars.last))))

    /// `…排队品尝炒米粉。图／新竹市政府提供`: a picture an organisation gave,
    /// credited after the caption's last sentence. It names nobody.
    /// So is `…散场人流。图：九龙城民政事务处`, a Hong Kong paper's form; where
    /// the credit names people (`图：记者 何家豪`), they are its authors.
    static func trailingProvidedPictureCredit(_ t: [Unicode.Scalar]) -> ([Unicode.Scalar], Byline)? {
        // Most paragraphs have no 图 near their end: look for it first.
        guard t.lastIndex(from: t.count - 24, before: t.count, where: { $0 == "图" }) != nil,
              let end = t.lastIndex(from: t.count - 24, before: t.count, where: { Scalars.sentenceEnd.contains($0) }) else { return nil }
        var k = end + 1
        while k < t.count, Scalars.isSpace(t[k]) { k += 1 }
        guard k + 2 < t.count, t[k] == "图" else { return nil }
        var giver: [Unicode.Scalar]
        if Scalars.isSlash(t[k + 1]) || t[k + 1] == "：" || t[k + 1] == ":" {
            giver = Array(t[(k + 2)...]).trimmed()
        } else if k + 5 < t.count, t[k + 1] == "片", t[k + 2] == "由", t.last == "供", t[t.count - 2] == "提" {
            // `…更换塌陷的井盖。　图片由历下区城市管理局提供`: who gave the picture.
            giver = Array(t[(k + 3)...])
        } else {
            return nil
        }
        if giver.hasSuffix("提供") { giver.removeLast(2) }
        if var named = Byline.parse(giver), !named.names.isEmpty, named.roles.contains(where: { $0 != .photographer }) {
            named.roles.insert(.photographer)
            return (Array(t[...end]).trimmed(), named)
        }
        guard (2...16).contains(giver.count), giver.allSatisfy(Scalars.isCJK) else { return nil }
        var credit = Byline()
        credit.roles.insert(.photographer)
        return (Array(t[...end]).trimmed(), credit)
    }

    /// `…天天都这么热闹。”本报记者 顾佳 周明浩`: the reporters credited right
    /// after the last sentence, without brackets or a gap of a line, as a web
    /// copy glues them. A role word and names, nothing else.
    static func trailingGluedReporterCredit(_ t: [Unicode.Scalar]) -> ([Unicode.Scalar], Byline)? {
        guard let last = t.last, Scalars.isCJK(last),
              let end = t.lastIndex(from: t.count - 24, before: t.count, where: { Scalars.sentenceEnd.contains($0) }) else { return nil }
        var j = end + 1
        while j < t.count, Scalars.closers.contains(t[j]) { j += 1 }
        let credit = Array(t[j...]).trimmed()
        guard credit.count >= 4, credit.starts(with: "本报记者".unicodeScalars) || credit.starts(with: "记者".unicodeScalars),
              let byline = Byline.parse(credit), !byline.names.isEmpty, byline.roles.contains(.journalist),
              !byline.roles.contains(.photographer) else { return nil }
        return (Array(t[..<j]).trimmed(), byline)
    }

    /// `…发展新胜利。（记者 张三）`: a closing credit printed on the last line.
    static func trailingClosingCredit(_ t: [Unicode.Scalar]) -> ([Unicode.Scalar], Byline)? {
        guard let last = t.last, last == "）" || last == ")",
              let open = t.lastIndex(from: t.count - 60, before: t.count, where: { $0 == "（" || $0 == "(" }),
              let credit = Byline.parseClosing(Array(t[open...])) else { return nil }
        // (After the old punctuation's last clause too, a source's: `…再議、（十一日專電）`.)
        guard t.endsSentence(before: open)
                || open > 0 && t[open - 1] == "、" && credit.names.isEmpty && credit.roles == [.unnamed] else { return nil }
        return (Array(t[..<open]).trimmed(), credit)
    }

    /// Body text: spaces between wide characters are justification and go;
    /// other runs of spaces become one.
    static func body(_ t: [Unicode.Scalar]) -> String {
        bodyScalars(t).string
    }

    static func bodyScalars(_ t: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(t.count)
        var i = 0
        let n = t.count
        while i < n {
            let s = t[i]
            if Scalars.isSpace(s) {
                var j = i
                while j < n && Scalars.isSpace(t[j]) { j += 1 }
                let prev = out.last
                let next = j < n ? t[j] : nil
                if let prev, let next, !(Scalars.isWide(prev) && Scalars.isWide(next)),
                   !(Scalars.isWide(prev) && isParenOrComma(next)),
                   !(isParenOrComma(prev) && Scalars.isWide(next)) {
                    out.append(" ")
                }
                i = j
                continue
            }
            out.append(s)
            i += 1
        }
        return out
    }

    /// `(`, `,` or `)`: half-width marks a wide character takes without a space.
    static func isParenOrComma(_ s: Unicode.Scalar) -> Bool { s == "(" || s == "," || s == ")" }

    /// A title as the record keeps it: trimmed, runs of spaces collapsed.
    static let bullets = ScalarClass("●•◆◇■□▲△★☆▶►◎")

    static func title(_ t: [Unicode.Scalar]) -> String { titleScalars(t).string }

    static func titleScalars(_ t: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var out: [Unicode.Scalar] = []
        var space = false
        var text = t.trimmed().unspread()
        while let first = text.first, bullets.contains(first) { text = Array(text.dropFirst()).trimmed() }
        for s in text {
            if Scalars.isSpace(s) { space = true; continue }
            if space { out.append(" "); space = false }
            out.append(s)
        }
        return out
    }
}
