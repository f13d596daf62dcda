import DubaoCore

/// The figure panel (`f`): the figures of the open article, in reading order.
public struct FigurePanel: Sendable, Hashable {
    /// The article's index in the catalog.
    public var article: Int
    /// Indices into the article's `figures`, in the order the text shows them.
    public var order: [Int]
    /// Index into `order`.
    public var selected = 0
    /// The first row shown.
    public var top = 0

    /// The index into the article's `figures` of the selected figure.
    public var figure: Int? { order.indices.contains(selected) ? order[selected] : nil }
}

/// The figures view (`F`): every figure of the archive, filtered and sorted.
/// Kept when closed, so that `F` comes back to the same place.
public struct FiguresView: Sendable {
    public var kind: FigureIndex.KindFilter = .all
    public var text: FigureFilterText?
    public var sort: FigureIndex.Sort = .date
    /// Indices into the index's entries: the rows shown.
    public var rows: [Int] = []
    /// Index into `rows`.
    public var selected = 0
    /// The first row shown.
    public var top = 0

    /// The figures of the articles of the figures on screen, by article
    /// index: read by the update from the catalog, so that render reads no article.
    public internal(set) var shown: [Int: [Figure]] = [:]

    /// The entry of the selected row.
    public var entry: Int? { rows.indices.contains(selected) ? rows[selected] : nil }
}
