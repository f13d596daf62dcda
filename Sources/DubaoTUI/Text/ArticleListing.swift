import DubaoCore

/// The text of `dubao list`: articles grouped by date (newest first), then by
/// section, one row each, aligned by display width.
public enum ArticleListing {
    public static func lines(for articles: [Article], width: Int,
                             ambiguous: DisplayWidth.Ambiguous = .single) -> [String] {
        let groups = ArticleGrouping.byDateThenSection(articles)
        let idWidth = min(28, articles.map { DisplayWidth.of($0.id) }.max() ?? 0)
        var out: [String] = []
        for group in groups {
            out.append(DisplayWidth.truncate("── \(group.title)", to: width, ambiguous: ambiguous))
            for a in group.articles {
                let tail = [a.place, a.kind.chineseName].compactMap { $0 }.joined(separator: " · ")
                let tailWidth = DisplayWidth.of(tail, ambiguous: ambiguous)
                let titleWidth = max(4, width - idWidth - tailWidth - 6)
                let row = "  " + DisplayWidth.pad(a.id, to: idWidth) + "  "
                    + DisplayWidth.pad(a.displayTitle, to: titleWidth, ambiguous: ambiguous) + "  " + tail
                out.append(DisplayWidth.truncate(row, to: width, ambiguous: ambiguous))
            }
        }
        return out
    }
}

/// Grouping of articles for lists: by date then section, or section then date.
public enum ArticleGrouping {
    public struct Group: Sendable, Hashable {
        public var title: String
        public var articles: [Article]
    }

    public static func byDateThenSection(_ articles: [Article]) -> [Group] {
        let byDate = Dictionary(grouping: articles) { $0.pageDate }
        let dates = byDate.keys.sorted { a, b in
            switch (a, b) {
            case let (x?, y?): return x > y
            case (nil, _): return false
            case (_, nil): return true
            }
        }
        var groups: [Group] = []
        for date in dates {
            let items = byDate[date] ?? []
            var sections: [String] = []
            for a in items where !sections.contains(a.section) { sections.append(a.section) }
            for section in sections {
                groups.append(Group(title: "\(date?.iso ?? "日期不详") · \(section)",
                                    articles: items.filter { $0.section == section }))
            }
        }
        return groups
    }
}
