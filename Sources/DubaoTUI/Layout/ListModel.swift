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
        // Section order: first appearance in the corpus (page order).
        var sectionRank: [String: Int] = [:]
        for i in indices where sectionRank[articles[i].section] == nil {
            sectionRank[articles[i].section] = sectionRank.count
        }
        func dateKey(_ d: PartialDate?) -> (Int, Int, Int, Int) {
            guard let d else { return (0, 0, 0, 0) }       // undated last
            return (1, d.year ?? Int.min / 2, d.month, d.day)
        }
        let sorted = indices.enumerated().sorted { x, y in
            let a = articles[x.element], b = articles[y.element]
            let da = dateKey(a.pageDate), db = dateKey(b.pageDate)
            let sa = sectionRank[a.section]!, sb = sectionRank[b.section]!
            switch grouping {
            case .dateThenSection:
                if da != db { return da > db }
                if sa != sb { return sa < sb }
            case .sectionThenDate:
                if sa != sb { return sa < sb }
                if da != db { return da > db }
            }
            return x.offset < y.offset
        }.map(\.element)

        var rows: [ListRow] = []
        rows.reserveCapacity(sorted.count + 64)
        var current: (PartialDate?, String)? = nil
        for i in sorted {
            let a = articles[i]
            let key = (a.pageDate, a.section)
            if current == nil || current!.0 != key.0 || current!.1 != key.1 {
                let date = a.pageDate?.iso ?? undatedTitle
                rows.append(.header(grouping == .dateThenSection ? "\(date) · \(a.section)" : "\(a.section) · \(date)"))
                current = key
            }
            rows.append(.article(i))
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
