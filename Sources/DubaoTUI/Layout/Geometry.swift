/// A rectangle of the screen.
public struct Rect: Sendable, Hashable {
    public var x, y, width, height: Int
}

/// Where everything goes at a given terminal size. Update and render both use
/// it, so the width the text is wrapped to is the width it is drawn in.
public struct Geometry: Sendable, Hashable {
    public static let minRows = 5
    public static let minCols = 20
    /// From this width on, list and article stand side by side.
    public static let sideBySideCols = 120

    public let rows: Int
    public let cols: Int
    public let tooSmall: Bool
    public let sideBySide: Bool
    public let list: Rect
    public let reader: Rect
    /// The column of the line between the panes, when side by side.
    public let divider: Int?
    public let statusRow: Int
    public let messageRow: Int
    /// The text column of the article: its left edge and width.
    public let textLeft: Int
    public let measure: Int

    public init(rows: Int, cols: Int) {
        self.rows = rows
        self.cols = cols
        tooSmall = rows < Self.minRows || cols < Self.minCols
        sideBySide = cols >= Self.sideBySideCols
        statusRow = max(0, rows - 2)
        messageRow = max(0, rows - 1)
        let height = max(0, rows - 2)
        if sideBySide {
            let listWidth = max(40, cols * 2 / 5)
            list = Rect(x: 0, y: 0, width: listWidth, height: height)
            divider = listWidth
            reader = Rect(x: listWidth + 1, y: 0, width: cols - listWidth - 1, height: height)
        } else {
            list = Rect(x: 0, y: 0, width: cols, height: height)
            divider = nil
            reader = list
        }
        let margin = reader.width >= 60 ? 2 : (reader.width >= 30 ? 1 : 0)
        measure = max(1, min(reader.width - 2 * margin, Settings.maxMeasure))
        textLeft = reader.x + (reader.width - measure) / 2
    }
}
