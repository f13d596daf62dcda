/// Page furniture: editors' credits, page numbers and dated page headers.
enum Furniture {
    static let creditWords = ["责任编辑", "责编", "美术编辑", "美编", "校对", "组版", "版式设计", "值班编辑", "版面编辑", "本版编辑"]
    /// Section labels printed in a page's header.
    static let pageLabels: Set<String> = ["要闻", "综合", "国内", "国际", "经济", "社会", "体育", "文化", "评论", "理论",
                                          "副刊", "地方", "民生", "财经", "时政", "专题", "本地", "城事", "特刊", "专版",
                                          "新闻", "县域", "区县", "教育", "科技", "健康", "法治", "视觉", "图片",
                                          "区域", "社会新闻", "综合新闻", "国内新闻", "国际新闻", "本地新闻", "要闻版"]
    /// Words of a masthead footer: address, post code, hotline, price, licence.
    static let footerWords = ["邮政编码", "零售价", "本报地址", "新闻热线", "广告经营许可证", "国内统一连续出版物号",
                              "订阅电话", "发行热线", "印刷：", "社址"]
    /// The word lists as scalars, once: this runs on every line of a page.
    static let footerWordScalars = scalarWords(footerWords)
    static let creditWordScalars = scalarWords(creditWords)
    static let dashes = ScalarClass("-—－–")
    static let xingqi = Array("星期".unicodeScalars)

    static func isFurniture(_ t: [Unicode.Scalar]) -> Bool {
        if t.count <= 120 && hasFooterWord(t) { return true }
        guard t.count <= 40 else { return false }
        if creditWordScalars.contains(where: { t.hasPrefix($0) }) { return true }
        if t.count <= 4 && pageLabels.contains(t.filter { !Scalars.isSpace($0) }.string) { return true }
        // `第3版`, `A3`, `3`: page numbers.
        if t.count <= 9 {
            let s = t.filter { !Scalars.isSpace($0) && !dashes.contains($0) }
            var core = s
            if core.hasPrefix("第") { core.removeFirst() }
            if core.hasSuffix("版") { core.removeLast() }
            if let f = core.first, ("A"..."Z").contains(f) { core.removeFirst() }
            if !core.isEmpty && core.allSatisfy({ Scalars.digit($0) != nil }) { return true }
        }
        // `第3版　要闻`, `第5版　区域`: a page number with the page's label.
        // (Text without a space is one word at most: no split needed to tell.)
        if t.contains(where: Scalars.isSpace) {
            let words = t.split(whereSeparator: Scalars.isSpace)
            if words.count >= 2, words.count <= 4, words.allSatisfy({ isFurniture(Array($0)) }) { return true }
            if words.count == 2, isFurniture(Array(words[0])), words[0].last == "版", words[1].count <= 6,
               words[1].allSatisfy(Scalars.isCJK) { return true }
        }
        let weekday = t.contains(xingqi), week = t.contains("周" as Unicode.Scalar)
        guard weekday || week else { return false }
        if t.count <= 40, date(in: t) != nil, weekday || week && t.count <= 20 { return true }
        return false
    }

    /// The first characters of the footer words: one pass over a line finds
    /// where one may start, instead of a pass per word.
    static let footerFirsts = ScalarClass(String(String.UnicodeScalarView(footerWordScalars.compactMap(\.first))))

    static func hasFooterWord(_ t: [Unicode.Scalar]) -> Bool {
        for i in t.indices where footerFirsts.contains(t[i]) {
            if footerWordScalars.contains(where: { t.matches($0, at: i) }) { return true }
        }
        return false
    }

    /// A full date in a page header.
    static func date(in t: [Unicode.Scalar]) -> PartialDate? {
        DateFinder.dates(in: t).first { $0.date.year != nil }?.date
    }
}
