/// Where the figure panel and the figures view draw, at a terminal size.
/// Update uses the same areas to keep the selection in view, so both agree
/// on how many rows there are. The areas depend on the size only, never on
/// the selection: moving through the rows never moves the frame.
enum FigureAreas {
    /// The figure panel, in the article's pane: a title row, the figures,
    /// and the selected figure's details under them (when there is room).
    struct Panel: Hashable {
        var title: Int
        var list: Rect
        var detail: Rect
    }

    /// The details follow the last figure when all of them fit, with the
    /// room left over for the sentence; `count` is the article's, so the
    /// frame still never moves while the selection does.
    static func panel(_ g: Geometry, count: Int = .max) -> Panel {
        let pane = g.reader
        var detailHeight = pane.height >= 8 ? min(8, pane.height / 2) : 0
        var listHeight = max(0, pane.height - 1 - detailHeight)
        if detailHeight > 0 && count < listHeight {
            detailHeight += listHeight - count
            listHeight = count
        }
        return Panel(title: pane.y,
                     list: Rect(x: pane.x, y: pane.y + 1, width: pane.width, height: listHeight),
                     detail: Rect(x: pane.x, y: pane.y + 1 + listHeight, width: pane.width, height: detailHeight))
    }

    /// The figures view, over the whole screen: a row of column names, the
    /// figures, and the chart of the selected figure's indicator (when there is room).
    struct View: Hashable {
        var header: Int
        var rows: Rect
        var chart: Rect
    }

    static func view(_ g: Geometry) -> View {
        let height = max(0, g.rows - 2)
        let chartHeight = height >= 9 ? min(8, height / 3) : 0
        let rowsHeight = max(0, height - 1 - chartHeight)
        return View(header: 0,
                    rows: Rect(x: 0, y: 1, width: g.cols, height: rowsHeight),
                    chart: Rect(x: 0, y: 1 + rowsHeight, width: g.cols, height: chartHeight))
    }
}
