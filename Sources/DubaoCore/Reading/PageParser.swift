/// Turns the text of one page into articles (spec sections 1 and 2).
public enum PageParser {
    /// Bumped whenever a change to the parser or the figure extractor changes
    /// what a page yields: a library made by an older version is re-parsed on
    /// its next sync.
    public static let version = 29

    /// `chrome`: the lines the pages of this page's folder share (`SiteChrome`),
    /// which the library learns; a page parsed alone has none.
    public static func parse(text: String, name: String, source: String, chrome: SiteChrome = .none) -> [Article] {
        let blocks = PageLines.blocks(of: text)
        let blankLines = blocks.count > 1
        let (items, _, issueDates, documentDates) = PageItemizer.items(of: blocks, chrome: chrome)
        let segmenter = Segmenter(items: items)
        var drafts = segmenter.articles
        let announced = ColumnBanner.announced(in: drafts.flatMap { $0.paragraphs.map(\.text) })
        let banners = TitleAssigner.assign(groups: segmenter.groups, to: &drafts, layout: segmenter.layout,
                                           announcedColumns: announced)
        let texts = drafts.flatMap { d in d.paragraphs.map(\.text) + d.titles.map(\.text) }
        let issue = IssueDate.resolve(issueDates, path: source)
        let years = YearResolver(texts: texts, issue: issue, documents: documentDates)

        var articles = drafts.enumerated().map { n, d in
            ArticleAssembly.article(from: d, id: "\(name)#\(n + 1)", source: source, years: years, blankLines: blankLines)
        }
        let bulleted = drafts.map { d in d.titles.first.map { TextCleanup.bullets.contains($0.text.first ?? " ") } ?? false }
        applyBanners(banners, to: &articles, bulleted: bulleted)
        var kept = articles.compactMap { $0 }
        // Renumber in case an empty draft was dropped.
        for i in kept.indices { kept[i].id = "\(name)#\(i + 1)" }
        let pageDate = issue ?? kept.compactMap(\.date).max()
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
                    // A box of teasers is all its label heads.
                    if i > next, articles[next]?.kind == .teaser { break }
                    // The article right under the banner is in the column; the
                    // run goes on through commentary, notes and features.
                    // (Under a banner over pictures, `图片新闻`, the run goes on
                    // through the pictures.)
                    guard i == next || bulleted[i] || (a.kind != .news && a.kind != .photo && a.kind != .teaser)
                            || a.kind == .photo && articles[next]?.kind == .photo else { break }
                    if a.column == nil {
                        articles[i]?.column = banner.name
                        // A piece in a commentary column (`记者手记`) is commentary,
                        // also where its lead opens with the day it comments on
                        // (`安源时评`: `6月10日，市住建局公布…`) — a report has its dateline.
                        if a.kind == .feature || a.kind == .news && a.place == nil,
                           ColumnBanner.commentaryEndings.contains(where: { banner.name.hasSuffix($0) }) {
                            articles[i]?.kind = .opinion
                        }
                        if a.kind == .opinion, ColumnBanner.literaryEndings.contains(where: { banner.name.hasSuffix($0) }) {
                            articles[i]?.kind = .feature
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
