import DubaoCore
import DubaoStore

/// How the list groups articles.
public enum Grouping: Sendable, Hashable {
    /// Newest date first, then sections in page order.
    case dateThenSection
    /// Sections in page order, then newest date first.
    case sectionThenDate

    public var toggled: Grouping { self == .dateThenSection ? .sectionThenDate : .dateThenSection }
}

/// One row of the list: a group header or an article (an index into the catalog).
public enum ListRow: Sendable, Hashable {
    case header(String)
    case article(Int)

    public var article: Int? { if case .article(let i) = self { return i }; return nil }
}

/// Groups articles into the rows of the list, from the catalog's entries
/// (date key and section of each article): no article is read.
public enum ListModel {
    public static let undatedTitle = "日期不详"

    /// The rows for `entries` (indexed as the catalog's articles), keeping
    /// only `included` (ascending indices) when given. Sections rank by their
    /// first appearance in index order among the articles listed.
    public static func rows(entries: [CatalogEntry], sectionNames: [String], grouping: Grouping,
                            included: [Int]? = nil) -> [ListRow] {
        let indices = included ?? Array(entries.indices)
        var sectionRank = [Int](repeating: -1, count: sectionNames.count)
        var sections: [Int] = []
        var keys: [(date: Int, section: Int, order: Int)] = []
        keys.reserveCapacity(indices.count)
        for (order, i) in indices.enumerated() {
            let entry = entries[i]
            let section = max(0, Int(entry.section))
            if section >= sectionRank.count {
                sectionRank += [Int](repeating: -1, count: section - sectionRank.count + 1)
            }
            if sectionRank[section] < 0 {
                sectionRank[section] = sections.count
                sections.append(section)
            }
            // Undated (0) last; an unknown year before known ones.
            keys.append((Int(entry.dateKey), sectionRank[section], order))
        }
        let sorted = packedOrder(keys, grouping: grouping) ?? keys.indices.sorted { x, y in
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
                let date = PartialDate(sortKey: Int32(key.date))?.iso ?? undatedTitle
                let n = sections[key.section]
                let section = n < sectionNames.count ? sectionNames[n] : ""
                rows.append(.header(grouping == .dateThenSection ? "\(date) · \(section)" : "\(section) · \(date)"))
                current = (key.date, key.section)
            }
            rows.append(.article(indices[k]))
        }
        return rows
    }

    /// The same order as the comparison sort, by sorting one integer a row:
    /// the three keys packed into 64 bits (a date, a section rank of 8 bits,
    /// the order of 24), three times faster at 100,000 rows. Nil when the
    /// library has more sections or articles than that holds.
    static func packedOrder(_ keys: [(date: Int, section: Int, order: Int)], grouping: Grouping) -> [Int]? {
        guard keys.count < 1 << 24 else { return nil }
        var packed: [UInt64] = []
        packed.reserveCapacity(keys.count)
        for k in keys {
            guard k.section < 1 << 8, let date = Int32(exactly: k.date) else { return nil }
            // Newest first: the date's complement ascends as the date descends.
            let newestFirst = UInt64(Int64(Int32.max) - Int64(date))
            let section = UInt64(k.section), order = UInt64(k.order)
            switch grouping {
            case .dateThenSection: packed.append(newestFirst << 32 | section << 24 | order)
            case .sectionThenDate: packed.append(section << 56 | newestFirst << 24 | order)
            }
        }
        packed.sort()
        return packed.map { Int($0 & 0xFF_FFFF) }
    }

    /// The row's right-hand tail: place · section · kind (the kind only when
    /// the section is not already its name).
    public static func tail(_ a: ArticleSummary) -> String {
        var parts: [String] = []
        if let place = a.place, !place.isEmpty { parts.append(place) }
        parts.append(a.section)
        if a.section != a.kind.chineseName { parts.append(a.kind.chineseName) }
        return parts.joined(separator: " · ")
    }
}
