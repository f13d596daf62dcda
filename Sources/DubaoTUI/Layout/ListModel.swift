import DubaoCore

/// How the list groups articles.
public enum Grouping: Sendable, Hashable {
    /// Newest date first, then sections in page order.
    case dateThenSection
    /// Sections in page order, then newest date first.
    case sectionThenDate

    public var toggled: Grouping { self == .dateThenSection ? .sectionThenDate : .dateThenSection }
}

/// One row of the list: a group header or an article (an index into the corpus).
public enum ListRow: Sendable, Hashable {
    case header(String)
    case article(Int)

    public var article: Int? { if case .article(let i) = self { return i }; return nil }
}

/// Groups articles into the rows of the list. Works on indices so a large
/// corpus is not copied.
public enum ListModel {
    public static let undatedTitle = "日期不详"

    /// The rows for `articles`, keeping only `included` (indices) when given.
    public static func rows(_ articles: [Article], grouping: Grouping, included: [Int]? = nil) -> [ListRow] {
        let indices = included ?? Array(articles.indices)
        // Keys computed once per article, not per comparison: sorting a large
        // corpus must not copy articles.
        var sectionRank: [String: Int] = [:]
        var sections: [String] = []
        var dates: [PartialDate?] = []
        var keys: [(date: Int, section: Int, order: Int)] = []
        keys.reserveCapacity(indices.count)
        for (order, i) in indices.enumerated() {
            let section = articles[i].section
            let date = articles[i].pageDate
            let rank: Int
            if let r = sectionRank[section] { rank = r } else {
                rank = sections.count
                sectionRank[section] = rank
                sections.append(section)
            }
            dates.append(date)
            // Undated last; an unknown year before known ones.
            let dateKey = date.map { d in ((d.year ?? 0) * 13 + d.month) * 32 + d.day + 1 } ?? 0
            keys.append((dateKey, rank, order))
        }
        let sorted = keys.indices.sorted { x, y in
            let a = keys[x], b = keys[y]
            switch grouping {
            case .dateThenSection:
                if a.date != b.date { return a.date > b.date }
                if a.section != b.section { return a.section < b.section }
            case .sectionThenDate:
                if a.section != b.section { return a.section < b.section }
                if a.date != b.date { return a.date > b.date }
            }
            return a.order < b.order
        }

        var rows: [ListRow] = []
        rows.reserveCapacity(sorted.count + 64)
        var current: (date: Int, section: Int)? = nil
        for k in sorted {
            let key = keys[k]
            if current == nil || current!.date != key.date || current!.section != key.section {
                let date = dates[k]?.iso ?? undatedTitle
                let section = sections[key.section]
                rows.append(.header(grouping == .dateThenSection ? "\(date) · \(section)" : "\(section) · \(date)"))
                current = (key.date, key.section)
            }
            rows.append(.article(indices[k]))
        }
        return rows
    }

    /// The row's right-hand tail: place · section · kind (the kind only when
    /// the section is not already its name).
    public static func tail(_ a: Article) -> String {
        var parts: [String] = []
        if let place = a.place, !place.isEmpty { parts.append(place) }
        parts.append(a.section)
        if a.section != a.kind.chineseName { parts.append(a.kind.chineseName) }
        return parts.joined(separator: " · ")
    }
}
