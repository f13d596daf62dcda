import DubaoCore
import DubaoStore

/// Every figure of the archive (the catalog's figure records, no article
/// read), with what filtering and sorting need worked
/// out once when the index is built: folded text to match, a key per sort
/// order (each order sorted once), and the series of each indicator for the
/// chart. A filter then only walks a sorted order and compares integers and
/// folded scalars: instant on tens of thousands of figures.
public struct FigureIndex: Sendable {
    public struct Entry: Sendable {
        /// Index into the catalog's articles.
        public var article: Int
        /// Index into the article's `figures`.
        public var figure: Int
        /// The article's date as the list shows it.
        public var date: String
        /// The article's title as the list shows it.
        public var headline: String
        /// Chronological, undated last.
        let dateKey: Int
        /// Indicator, printed text and headline, folded for search, separated by 0.
        let folded: [UInt32]
        /// Index into `series`.
        public var series: Int?
    }

    public enum Sort: String, Sendable, CaseIterable {
        case date, indicator, value
        public var next: Sort { Self.allCases[(Self.allCases.firstIndex(of: self)! + 1) % Self.allCases.count] }
    }

    public enum KindFilter: String, Sendable, CaseIterable {
        case all, target, actual
        public var next: KindFilter { Self.allCases[(Self.allCases.firstIndex(of: self)! + 1) % Self.allCases.count] }
        func admits(_ k: Figure.Kind?) -> Bool {
            switch self {
            case .all: return true
            case .target: return k == .target
            case .actual: return k == .actual
            }
        }
    }

    /// Figures of one indicator in one unit, comparable over time.
    public struct Series: Sendable {
        public var indicator: String
        public var unit: String
        /// Indices into `entries`, by date.
        public var entries: [Int]
        public var dateCount: Int
        /// The largest value: the chart's scale.
        public var maximum: Double
    }

    public let entries: [Entry]
    public let series: [Series]
    /// Indices into `entries` in each sort order.
    let orders: [Sort: [Int]]
    let kinds: [Figure.Kind?]

    /// What the index knows of each entry's figure: enough to draw it where
    /// its article cannot be read.
    public let records: [FigureRecord]

    public init(records unordered: [FigureRecord]) {
        // In article order, then the article's: ties in every sort keep it.
        let records = unordered.sorted { ($0.article, $0.figure) < ($1.article, $1.figure) }
        var entries: [Entry] = []
        entries.reserveCapacity(records.count)
        var kinds: [Figure.Kind?] = []
        var indicators: [String] = []
        var units: [String] = []
        var values: [Double] = []
        var seriesOf: [SeriesKey: Int] = [:]
        var series: [Series] = []
        var headlines: (article: Int, folded: [UInt32])? = nil
        for r in records {
            let dateKey = r.date.map { Int($0.sortKey) } ?? Int.max
            let dateText = r.date?.iso ?? ListModel.undatedTitle
            if headlines?.article != r.article { headlines = (r.article, SearchFolding.folded(r.headline)) }
            let headline = headlines!.folded
            let indicator = SearchFolding.folded(r.indicator ?? "")
            var seriesIndex: Int?
            if !indicator.isEmpty {
                // Charted by the canonical name: 生产总值 and GDP line up on one chart.
                let name = r.canonicalIndicator ?? ""
                let key = SeriesKey(indicator: SearchFolding.folded(name), unit: r.unit)
                if let s = seriesOf[key] { seriesIndex = s } else {
                    seriesIndex = series.count
                    seriesOf[key] = series.count
                    series.append(Series(indicator: name, unit: r.unit, entries: [], dateCount: 0, maximum: 0))
                }
                series[seriesIndex!].entries.append(entries.count)
            }
            entries.append(Entry(article: r.article, figure: r.figure, date: dateText, headline: r.headline,
                                 dateKey: dateKey, folded: indicator + [0] + SearchFolding.folded(r.text) + [0] + headline,
                                 series: seriesIndex))
            kinds.append(r.kind)
            indicators.append(r.indicator ?? "")
            units.append(r.unit)
            values.append(r.value)
        }

        // Sort keys: ranks of the strings, computed once, so that sorting compares integers.
        func ranks(_ strings: [String]) -> [Int] {
            let distinct = Array(Set(strings)).sorted { a, b in
                // No indicator sorts last.
                if a.isEmpty != b.isEmpty { return !a.isEmpty }
                return a < b
            }
            let rank = Dictionary(uniqueKeysWithValues: distinct.enumerated().map { ($1, $0) })
            return strings.map { rank[$0]! }
        }
        let indicatorRank = ranks(indicators)
        let unitRank = ranks(units)
        let byDate = entries.indices.sorted { (entries[$0].dateKey, $0) < (entries[$1].dateKey, $1) }
        let byIndicator = entries.indices.sorted {
            (indicatorRank[$0], entries[$0].dateKey, $0) < (indicatorRank[$1], entries[$1].dateKey, $1)
        }
        // Values compare only within a unit: by unit, largest first.
        let byValue = entries.indices.sorted { x, y in
            if unitRank[x] != unitRank[y] { return unitRank[x] < unitRank[y] }
            if values[x] != values[y] { return values[x] > values[y] }
            return (entries[x].dateKey, x) < (entries[y].dateKey, y)
        }
        for s in series.indices {
            series[s].entries.sort { (entries[$0].dateKey, $0) < (entries[$1].dateKey, $1) }
            series[s].dateCount = Set(series[s].entries.map { entries[$0].dateKey }).count
            series[s].maximum = series[s].entries.map { values[$0] }.max() ?? 0
        }
        self.entries = entries
        self.records = records
        self.kinds = kinds
        self.series = series
        orders = [.date: byDate, .indicator: byIndicator, .value: byValue]
    }

    struct SeriesKey: Hashable {
        var indicator: [UInt32]
        var unit: String
    }

    /// The entries that pass the filters, in the sort order.
    public func rows(kind: KindFilter, text: FigureFilterText?, sort: Sort) -> [Int] {
        let order = orders[sort] ?? []
        if kind == .all && text == nil { return order }
        return order.filter { i in
            kind.admits(kinds[i]) && (text.map { $0.matches(entries[i].folded) } ?? true)
        }
    }

    /// An entry's figure as the record has it: exact (the record keeps no
    /// bound or range) and without its sentence.
    public func recordFigure(_ entry: Int) -> Figure {
        let r = records[entry]
        return Figure(text: r.text, value: r.value, unit: r.unit, kind: r.kind, indicator: r.indicator, sentence: "")
    }

    /// The series of an entry when its indicator has values on two dates or more.
    public func chart(for entry: Int) -> Series? {
        guard let s = entries[entry].series, series[s].dateCount >= 2 else { return nil }
        return series[s]
    }
}

/// A text filter of the figures view: the queries of the library's search
/// for the text (the text itself and the words its pinyin spells), run over
/// the folded text the index keeps of each figure.
public struct FigureFilterText: Sendable, Hashable {
    public let queries: [SearchQuery]
    public let text: String

    /// Nil when nothing is left to match once blanks are dropped.
    public init?(_ text: String) {
        guard let query = SearchQuery(text) else { return nil }
        self.init(text: text, queries: [query])
    }

    public init?(text: String, queries: [SearchQuery]) {
        guard !queries.isEmpty else { return nil }
        self.text = text
        self.queries = queries
    }

    func matches(_ folded: [UInt32]) -> Bool { queries.contains { $0.occurs(inFolded: folded) } }
}
