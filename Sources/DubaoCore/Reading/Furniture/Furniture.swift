/// Page furniture: what a page prints around its articles — editors'
/// credits, page numbers and labels, dated page headers, a masthead's
/// footer — told by the form of a line. `isFurniture` asks every recogniser
/// of this folder (one a file); its words are `PageWords`'.
enum Furniture {
    static let creditWordScalars = PageWords.scalars(.pageCredit)
    static let footerWordScalars = PageWords.scalars(.footer)
    static let summaryLabels = PageWords.set(.summaryLabel)
    static let pageLabels = PageWords.set(.pageLabel)
    static let pageCountOpenings = PageWords.set(.pageCount)
    static let dashes = ScalarClass("-—－–")

    static func isFurniture(_ t: [Unicode.Scalar]) -> Bool {
        // (A sentence that names the hotline — `…拨打本报新闻热线962555求助。` —
        // is text: a footer prints its fields, never a sentence.)
        if t.count <= 120 && (hasFooterWord(t) && !t.contains("。") || isImprint(t)) { return true }
        if t.count <= 80, PublicationLine.date(in: t) != nil { return true }
        if isSiteFurniture(t) || isRecordPath(t) || isRuleLine(t) || isTemplateLine(t) || isPlayerLine(t) || isAddressLine(t) || isReprintSourceNote(t) || isScanPrompt(t)
            || isPostHeader(t) || isTopicTagLine(t) || isIndexTagLine(t) || isContactFooter(t) || isAppPromo(t) || isLinkTicker(t) { return true }
        // A page header with a weekday (`2 时 政 2023 年 11 月 23 日 星期四 责任编辑：…`,
        // set letter by letter): a date, and no sentence.
        if t.count <= 100, hasWeekdayWord(t), !t.contains(where: PublicationLine.sentenceMarks.contains),
           issueDate(in: t) != nil { return true }
        guard t.count <= 40 else { return false }
        if creditWordScalars.contains(where: { t.hasPrefix($0) }) { return true }
        if ColumnBanner.isEmptyLabel(t) { return true }
        if isBracketedEditingCredit(t) || isEditingChain(t) { return true }
        if t.count <= 8, summaryLabels.contains(t.filter { !Scalars.isSpace($0) && !navBrackets.contains($0) }.string) { return true }
        if t.count <= 4 && pageLabels.contains(t.filter { !Scalars.isSpace($0) }.string) { return true }
        // `第3版`, `A3`, `3`: page numbers.
        // `今日8版`, `本期共16版`: how many pages the issue has.
        if t.count <= 8, let ban = t.last, ban == "版", let first = t.firstIndex(where: { Scalars.digit($0) != nil }),
           pageCountOpenings.contains(Array(t[..<first]).string),
           t[first..<(t.count - 1)].allSatisfy({ Scalars.digit($0) != nil }) { return true }
        if t.count <= 9 {
            let s = t.filter { !Scalars.isSpace($0) && !dashes.contains($0) }
            var core = s
            if core.hasPrefix("第") { core.removeFirst() }
            // (`第三張`: the sheet, as the old papers numbered their pages.)
            if core.hasSuffix("版") || core.hasSuffix("张") || core.hasSuffix("張") { core.removeLast() }
            if let f = core.first, ("A"..."Z").contains(f) { core.removeFirst() }
            // (Three digits at most: `7452286` alone is the end of a number a
            // wrap broke, no page.)
            if !core.isEmpty, core.count <= 3, core.allSatisfy({ Scalars.digit($0) != nil }) { return true }
            // `第三版`: the number in Chinese numerals, as older pages print it.
            if s.first == "第", s.last == "版" || s.last == "张" || s.last == "張", !core.isEmpty, core.count <= 3,
               core.allSatisfy({ DateFinder.chineseDigits[$0] != nil || $0 == "十" }) { return true }
        }
        // `第3版　要闻`, `第5版　区域`: a page number with the page's label.
        // (Text without a space is one word at most: no split needed to tell.)
        if t.contains(where: Scalars.isSpace) {
            let words = t.split(whereSeparator: Scalars.isSpace)
            // (`A6 城事 责编：郑雨 美编：王琳 校对：李慧`: slot, label and credits.)
            // (More than four words open with the page's number, and are not
            // all numbers: a row of numbers is a table's or a calendar's.)
            if words.count >= 2, words.count <= 8,
               words.count <= 4 || words[0].count <= 4 && words[0].last.map({ Scalars.digit($0) != nil }) == true
                && words.contains(where: { $0.contains(where: Scalars.isCJK) }),
               words.allSatisfy({ isFurniture(Array($0)) }) { return true }
            if words.count == 2, isFurniture(Array(words[0])), words[0].last == "版", words[1].count <= 6,
               words[1].allSatisfy(Scalars.isCJK) { return true }
            // `第三張　（十）`: the sheet and, in brackets, the page's number.
            if words.count == 2, words[0].first == "第", isFurniture(Array(words[0])), isBracketedNumber(Array(words[1])) { return true }
        }
        let weekday = hasWeekdayWord(t), week = t.contains("周" as Unicode.Scalar)
        guard weekday || week else { return false }
        if t.count <= 40, issueDate(in: t) != nil, weekday || week && t.count <= 20 { return true }
        return false
    }

    /// `（十）`, `(3)`: a number in brackets.
    static func isBracketedNumber(_ w: [Unicode.Scalar]) -> Bool {
        guard w.count >= 3, w.count <= 5, w.first == "（" || w.first == "(", w.last == "）" || w.last == ")" else { return false }
        return w.dropFirst().dropLast().allSatisfy { Scalars.digit($0) != nil || DateFinder.chineseDigits[$0] != nil || $0 == "十" }
    }

    /// The first characters of the footer words: one pass over a line finds
    /// where one may start, instead of a pass per word.
    static let footerFirsts = PageWords.firsts(.footer)

    static func hasFooterWord(_ t: [Unicode.Scalar]) -> Bool {
        for i in t.indices where footerFirsts.contains(t[i]) {
            if footerWordScalars.contains(where: { t.matches($0, at: i) }) { return true }
        }
        return false
    }

    /// `星期`: one pass over the scalars (every line of a page is asked).
    static func hasWeekdayWord(_ t: [Unicode.Scalar]) -> Bool {
        var i = 0
        while i + 1 < t.count {
            if t[i] == "星" && t[i + 1] == "期" { return true }
            i += 1
        }
        return false
    }

    /// A full date in a page header.
    static func date(in t: [Unicode.Scalar]) -> PartialDate? {
        DateFinder.dates(in: t).first { $0.date.year != nil }?.date
    }

    /// The issue's date on a line of furniture: a publication line's, a
    /// web date (`2024-04-23`, `2020.09.30`) or a printed one (`2024年4月23日`,
    /// also set letter by letter: `2023 年 11 月 23 日`).
    static func issueDate(in t: [Unicode.Scalar]) -> PartialDate? {
        if let d = PublicationLine.date(in: t) ?? isoDate(in: t) ?? date(in: t) { return d }
        guard t.contains(where: Scalars.isSpace) else { return nil }
        return date(in: t.filter { !Scalars.isSpace($0) })
    }
}
