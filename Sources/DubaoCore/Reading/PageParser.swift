/// Turns the text of one page into articles (spec sections 1 and 2).
public enum PageParser {
    public static func parse(text: String, name: String, source: String) -> [Article] {
        let blocks = PageLines.blocks(of: text)
        let (items, _, furnitureDates) = PageItemizer.items(of: blocks)
        let segmenter = Segmenter(items: items)
        var drafts = segmenter.articles
        let announced = ColumnBanner.announced(in: drafts.flatMap { $0.paragraphs.map(\.text) })
        let banners = TitleAssigner.assign(groups: segmenter.groups, to: &drafts, layout: segmenter.layout,
                                           announcedColumns: announced)
        let texts = drafts.flatMap { d in d.paragraphs.map(\.text) + d.titles.map(\.text) }
        let years = YearResolver(texts: texts, furniture: furnitureDates)

        var articles = drafts.enumerated().map { n, d in
            ArticleAssembly.article(from: d, id: "\(name)#\(n + 1)", source: source, years: years)
        }
        let bulleted = drafts.map { d in d.titles.first.map { TextCleanup.bullets.contains($0.text.first ?? " ") } ?? false }
        applyBanners(banners, to: &articles, bulleted: bulleted)
        var kept = articles.compactMap { $0 }
        // Renumber in case an empty draft was dropped.
        for i in kept.indices { kept[i].id = "\(name)#\(i + 1)" }
        let pageDate = kept.compactMap(\.date).max()
        for i in kept.indices { kept[i].pageDate = pageDate }
        return kept
    }

    /// A banner heads the commentary, notes and features printed after it,
    /// up to the next news report or picture; a banner the text puts at the
    /// end of the page heads the page's commentary and notes.
    /// Items whose titles open with a bullet (`●松北区…`) are the items of a
    /// briefs column, news or not.
    static func applyBanners(_ banners: [TitleAssigner.Banner], to articles: inout [Article?], bulleted: [Bool]) {
        let headed = Set(banners.compactMap(\.next))
        for banner in banners {
            if let next = banner.next {
                for i in next..<articles.count {
                    guard let a = articles[i], i == next || !headed.contains(i) else { break }
                    // The article right under the banner is in the column; the
                    // run goes on through commentary, notes and features.
                    guard i == next || bulleted[i] || (a.kind != .news && a.kind != .photo && a.kind != .teaser) else { break }
                    if a.column == nil {
                        articles[i]?.column = banner.name
                        // A piece in a commentary column (`记者手记`) is commentary.
                        if a.kind == .feature, ColumnBanner.commentaryEndings.contains(where: { banner.name.hasSuffix($0) }) {
                            articles[i]?.kind = .opinion
                        }
                    }
                }
            } else {
                for i in articles.indices where articles[i]?.column == nil {
                    if let kind = articles[i]?.kind, kind == .opinion || kind == .notice {
                        articles[i]?.column = banner.name
                    }
                }
            }
        }
    }
}

/// Makes the article record from a draft.
enum ArticleAssembly {
    static func article(from d: ArticleDraft, id: String, source: String, years: YearResolver) -> Article? {
        let paragraphs = d.paragraphs.map(\.string).filter { !$0.isEmpty }
        guard !paragraphs.isEmpty || !d.titles.isEmpty else { return nil }
        let titles = d.titles.sorted { $0.number < $1.number }
        let head = Headline.choose(titles: titles, bodyWidth: Headline.bodyWidth(d.paragraphs))
        let lead = d.paragraphs.enumerated().first { !d.intertitles.contains($0.offset) }?.element
        let leadText = lead?.text ?? []
        var article = Article(id: id, source: source)
        article.titles = titles.map(\.string)
        article.headline = head.headline
        article.paragraphs = paragraphs
        article.kind = ArticleKindRules.kind(of: d, firstParagraph: leadText, hasSeries: head.series != nil)
        article.column = head.series ?? d.banners.first?.string
        article.place = lead?.dateline?.place
        article.continues = d.paragraphs.compactMap(\.continues).last
        article.authors = authors(of: d)
        if article.kind != .teaser {
            if let date = leadDate(leadText) {
                article.date = PartialDate(year: years.year(for: date), month: date.month, day: date.day)
            } else if let day = leadDay(leadText), let reference = years.latestFullDate {
                article.date = reference.sameOrPrevious(day: day)
            }
        }
        return article
    }

    static func authors(of d: ArticleDraft) -> [String] {
        var names: [String] = []
        for b in d.bylines { names += b.names }
        if let credit = d.paragraphs.first?.dateline?.credit { names += credit.names }
        if let closing = d.closing { names += closing.names }
        for p in d.paragraphs { if let c = p.captionCredit { names += c.names } }
        var seen = Set<String>()
        return names.filter { seen.insert($0).inserted }
    }

    /// `本报讯 记者 沈梦 6日，…`: a lead dated by the day alone, early on.
    static func leadDay(_ t: [Unicode.Scalar]) -> Int? {
        let head = Array(t.prefix(40))
        for i in head.indices where head[i] == "日" && i >= 1 {
            var j = i - 1
            var value = 0, scale = 1
            while j >= 0, let d = Scalars.digit(head[j]), scale <= 10 {
                value += d * scale; scale *= 10; j -= 1
            }
            guard scale > 1, (1...31).contains(value) else { continue }
            if j >= 0, head[j] == "月" || head[j] == "年" || head[j] == "第" { continue }
            let next = i + 1 < head.count ? head[i + 1] : "，"
            if "，,上下中晚凌早傍起至".unicodeScalars.contains(next) { return value }
        }
        return nil
    }

    /// The date of the event the lead reports: its first date, unless that
    /// date is recalled before the event (`继2月18日…之后，2月19日，…`).
    static func leadDate(_ t: [Unicode.Scalar]) -> PartialDate? {
        let found = DateFinder.dates(in: t)
        for (k, f) in found.enumerated() {
            let clauseStart = t[..<f.range.lowerBound].lastIndex { "，。；,;".unicodeScalars.contains($0) } ?? -1
            let clause = Array(t[(clauseStart + 1)..<f.range.lowerBound])
            if k + 1 < found.count && (clause.contains("继") || clause.hasPrefix("自") || clause.hasPrefix("从")) { continue }
            return f.date
        }
        return nil
    }
}
