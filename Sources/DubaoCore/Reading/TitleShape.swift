/// The shape of a line that can be a title: short, no sentence inside it.
enum TitleShape {
    /// `1.`, `2、`, `①` at the start of a line: an item of a numbered list
    /// (`18.6万吨` at a line start is a number, not an item).
    static func startsListItem(_ t: [Unicode.Scalar]) -> Bool {
        guard let first = t.first else { return false }
        if Scalars.isCircledNumber(first) { return true }
        var i = 0
        while i < t.count, i < 2, Scalars.digit(t[i]) != nil { i += 1 }
        guard i > 0, i + 1 < t.count else { return false }
        return (t[i] == "." || t[i] == "、" || t[i] == "．") && Scalars.digit(t[i + 1]) == nil
    }

    /// `●葡萄开园　5月6日，宾川县…。`: a bullet, a short title, a wide gap,
    /// then the item's text.
    static func bulletItem(_ t: [Unicode.Scalar]) -> ([Unicode.Scalar], [Unicode.Scalar])? {
        guard let first = t.first, TextCleanup.bullets.contains(first), t.count > 8 else { return nil }
        var i = 1
        while i < t.count && Scalars.isSpace(t[i]) { i += 1 }
        let start = i
        while i < t.count && !Scalars.isSpace(t[i]) && i - start <= 24 { i += 1 }
        guard i < t.count, i - start >= 2, t[i] == "\u{3000}" || (i + 1 < t.count && Scalars.isSpace(t[i + 1])) else { return nil }
        // (A title of more than fifteen characters only before the full-width
        // space a briefs box sets after its items' titles.)
        guard i - start <= 15 || t[i] == "\u{3000}" else { return nil }
        let title = Array(t[start..<i])
        guard isTitleLike(title) else { return nil }
        var j = i
        while j < t.count && Scalars.isSpace(t[j]) { j += 1 }
        let rest = Array(t[j...])
        // The item's text ends a sentence, or its closing credit does (`…（宋岚）`).
        guard rest.count >= 8, rest.endsSentence || TextCleanup.trailingClosingCredit(rest) != nil else { return nil }
        return (Array(t[0..<i]), rest)
    }

    /// `● 1486.3亿元`, `● 9.1%　规模以上工业增加值增速`: a bullet of a data box
    /// (数读), a figure first and then what it measures. Returns the text
    /// without the bullet, or nil.
    static func dataBullet(_ t: [Unicode.Scalar]) -> [Unicode.Scalar]? {
        guard let first = t.first, TextCleanup.bullets.contains(first), t.count >= 3 else { return nil }
        var i = 1
        while i < t.count && Scalars.isSpace(t[i]) { i += 1 }
        let start = i
        while i < t.count, Scalars.digit(t[i]) != nil || t[i] == "." || t[i] == "．" { i += 1 }
        guard i > start, i < t.count, !dateUnits.contains(t[i]) else { return nil }
        // The unit (and scale, and a bound) up to a space, a colon or the
        // end: `亿元`, `%左右`, `万人次以上：`.
        var j = i
        while j < t.count, !Scalars.isSpace(t[j]), t[j] != "：", t[j] != ":", j - i <= 8 { j += 1 }
        guard j - i <= 8, !t[i..<j].contains(where: { Scalars.clausePunct.contains($0) || Scalars.sentenceEnd.contains($0) })
        else { return nil }
        return Array(t[start...])
    }
    static let dateUnits = ScalarClass("年月日号时点届期版级-—:：、，,")

    /// `一、综合`, `（二）农业`, `3. 工业`: a numbered section heading.
    static func isNumberedHeading(_ t: [Unicode.Scalar]) -> Bool {
        guard t.count >= 3, t.count <= 24, !t.contains("。"), !t.contains("，") else { return false }
        var i = 0
        let bracket = t[0] == "（" || t[0] == "("
        if bracket { i = 1 }
        let start = i
        while i < t.count, DateFinder.chineseDigits[t[i]] != nil || t[i] == "十" || Scalars.digit(t[i]) != nil { i += 1 }
        guard i > start, i - start <= 3, i < t.count else { return false }
        if bracket { return t[i] == "）" || t[i] == ")" }
        return t[i] == "、" || (t[i] == "." && Scalars.digit(t[start]) != nil) || t[i] == "．"
    }

    static let commaClass = ScalarClass(",，")
    static let markClass = ScalarClass("？！?!")

    static func isTitleLike(_ t: [Unicode.Scalar]) -> Bool {
        guard t.count >= 2, t.count <= 64 else { return false }
        if isTableRow(t) { return false }
        // `圖：今年首季…`, `表：昨日地產股表現`, `資料來源：港交所`: a chart's or a
        // table's label, or its source: no title.
        if t.count > 2, let colon = t.prefix(5).firstIndex(where: { $0 == "：" || $0 == ":" }), colon >= 1,
           figureLabels.contains(Array(t[..<colon])) { return false }
        if t.contains("。") || t.contains("；") || t.contains(";") { return false }
        if let last = t.last, Scalars.clausePunct.contains(last) || last == "—" { return false }
        let commas = clauseCommas(t)
        if commas > 2 || (commas > 0 && t.count > 40) { return false }
        // `（应受访者要求，文中罗小川为化名）`: a note in brackets, a clause in it, is text.
        if commas > 0, let first = t.first, first == "（" || first == "(", let last = t.last, last == "）" || last == ")" { return false }
        let marks = t.countOf(markClass)
        if marks > 1 || (marks == 1 && t.count > 32) { return false }
        if t.filter(Scalars.isCJK).count < 2 { return false }
        if Dateline.parse(t) != nil { return false }
        return true
    }

    /// `江州海鹰 3:1 临川火炬`, `北京 12 8 4 28`: a row of a table or a results
    /// box, cells parted by spaces, one of them a number or a score alone.
    /// A title may hold figures, never a cell of nothing but one (T14).
    /// (Asked of every title-like line: one pass, nothing allocated.)
    static func isTableRow(_ t: [Unicode.Scalar]) -> Bool {
        guard t.count <= 64, t.count >= 5, t.contains(where: { $0 == " " || $0 == "\u{3000}" }) else { return false }
        var cells = 0, singles = 0, cellLength = 0
        var numericCell = false, cellHasDigit = false, cellAllNumeric = true
        func endCell() {
            guard cellLength > 0 else { return }
            cells += 1
            if cellLength == 1 { singles += 1 }
            if cellHasDigit && cellAllNumeric { numericCell = true }
            cellLength = 0; cellHasDigit = false; cellAllNumeric = true
        }
        for s in t {
            if Scalars.isSpace(s) { endCell(); continue }
            if s == "。" || s == "，" { return false }
            cellLength += 1
            if Scalars.digit(s) != nil {
                cellHasDigit = true
            } else {
                switch s {
                case ":", "：", ".", "．", "%", "％", "-", "－", "–", "比": break
                default: cellAllNumeric = false
                }
            }
        }
        endCell()
        // (Letter-spaced text, `全 省 春 耕 … 2 1 0 万 吨`, is cells of one character.)
        return cells >= 3 && singles * 2 < cells && numericCell
    }
    /// `图:雅京一家货币兑换商门前的汇率牌`, `圖：今年首季…`: a picture's or a
    /// chart's caption opened by its label, a line of its own.
    static func isLabelledCaption(_ t: [Unicode.Scalar]) -> Bool {
        guard t.count >= 6, t.count <= 90, let colon = t.prefix(3).firstIndex(where: { $0 == "：" || $0 == ":" }), colon >= 1
        else { return false }
        return captionLabels.contains(Array(t[..<colon]))
    }
    static let captionLabels = Set(scalarWords(["图", "圖", "图片", "圖片"]))

    /// `地点：省政府新闻发布厅`, `主持人：省政府新闻办副主任　尹书怀`: a field of
    /// an event's facts — a label of two to five Han characters, a colon,
    /// and a value that is no sentence.
    static func isFieldLine(_ t: [Unicode.Scalar]) -> Bool {
        guard t.count >= 5, t.count <= 60, let colon = t.prefix(6).firstIndex(where: { $0 == "：" || $0 == ":" }),
              colon >= 2, t[..<colon].allSatisfy(Scalars.isCJK), t.count - colon > 2 else { return false }
        return !t[colon...].contains(where: { $0 == "。" || $0 == "；" || $0 == "！" || $0 == "？" })
    }

    /// Commas that part clauses: not those grouping a number's digits (`16,060`).
    static func clauseCommas(_ t: [Unicode.Scalar]) -> Int {
        var n = 0
        for i in t.indices where commaClass.contains(t[i]) {
            if t[i] == ",", i > 0, i + 1 < t.count, Scalars.digit(t[i - 1]) != nil, Scalars.digit(t[i + 1]) != nil { continue }
            n += 1
        }
        return n
    }

    static let figureLabels = Set(scalarWords(["图", "圖", "表", "图表", "圖表", "资料来源", "資料來源", "数据来源", "數據來源", "来源", "來源"]))
}
