import DubaoCore

/// The figure panel (`f`), drawn in the article's pane: the article's figures
/// one per row, and the selected one's indicator, value, kind and sentence.
enum FigurePanelView {
    static func draw(_ state: ReaderState, into grid: inout Grid) {
        guard let panel = state.figurePanel else { return }
        let ambiguous = state.settings.ambiguous
        let areas = FigureAreas.panel(state.geometry, count: panel.order.count)
        let pane = state.geometry.reader
        let right = pane.x + pane.width
        let figures = state.openArticle?.figures ?? []

        let targets = figures.filter { $0.kind == .target }.count
        let actuals = figures.filter { $0.kind == .actual }.count
        let title = "\(figures.count) \(figures.count == 1 ? "figure" : "figures"): \(targets) 目标, \(actuals) 实际"
        grid.put(DisplayWidth.truncate(title, to: max(0, pane.width - 1), ambiguous: ambiguous),
                 row: areas.title, col: pane.x + 1, style: .groupHeader, limit: right)

        // The value column is as wide as the widest value, within reason.
        let quantities = figures.map { FigureFormat.quantity($0, ambiguous: ambiguous) }
        let valueWidth = min(14, quantities.map { DisplayWidth.of($0, ambiguous: ambiguous) }.max() ?? 0)
        for y in 0..<areas.list.height {
            let i = panel.top + y
            guard i < panel.order.count else { break }
            guard figures.indices.contains(panel.order[i]) else { break }
            let f = figures[panel.order[i]]
            let row = areas.list.y + y
            let isSelected = i == panel.selected
            let base: Style = isSelected ? .selection : .normal
            if isSelected { grid.fill(row: row, from: pane.x, to: right, style: .selection) }
            var x = grid.put(DisplayWidth.pad(FigureFormat.kind(f.kind), to: 4, ambiguous: ambiguous) + " ",
                             row: row, col: pane.x + 1, style: base, limit: right)
            let value = DisplayWidth.truncate(quantities[panel.order[i]], to: valueWidth, ambiguous: ambiguous)
            grid.put(value, row: row, col: x, style: isSelected ? base : (FigureFormat.style(f.kind) ?? base), limit: right)
            x += valueWidth + 1
            grid.put(DisplayWidth.truncate(f.indicator ?? "—", to: max(0, right - 1 - x), ambiguous: ambiguous),
                     row: row, col: x, style: base, limit: right - 1)
        }

        guard areas.detail.height >= 3, let index = panel.figure, figures.indices.contains(index) else { return }
        let f = figures[index]
        let rule = state.settings.ambiguous == .single ? "─" : "-"
        grid.put(String(repeating: rule, count: pane.width), row: areas.detail.y, col: pane.x, style: .divider)
        let width = max(1, pane.width - 2)
        grid.put(DisplayWidth.truncate(f.indicator ?? "(no indicator)", to: width, ambiguous: ambiguous),
                 row: areas.detail.y + 1, col: pane.x + 1, style: f.indicator == nil ? .meta : .headline, limit: right)
        let facts = [FigureFormat.kind(f.kind), quantities[index], FigureFormat.change(f.change)].compactMap { $0 }
        grid.put(DisplayWidth.truncate(facts.joined(separator: " · "), to: width, ambiguous: ambiguous),
                 row: areas.detail.y + 2, col: pane.x + 1, style: .normal, limit: right)

        FigureSentence.draw(f, in: Rect(x: pane.x + 1, y: areas.detail.y + 3, width: width, height: areas.detail.height - 3),
                            ambiguous: ambiguous, into: &grid)
    }
}

/// A figure's sentence, wrapped into a rectangle, the figure in it highlighted.
enum FigureSentence {
    static func draw(_ f: Figure, in rect: Rect, ambiguous: DisplayWidth.Ambiguous, into grid: inout Grid) {
        guard rect.height > 0, rect.width > 0 else { return }
        let sentence = Array(f.sentence.unicodeScalars)
        let printed = Array(f.text.unicodeScalars)
        let at = FigurePlaces.firstIndex(of: printed, in: sentence, from: 0)
        let figure = at.map { $0..<($0 + printed.count) } ?? 0..<0
        let style = FigureFormat.style(f.kind) ?? .normal
        let right = rect.x + rect.width
        for (n, r) in LineBreaker(width: rect.width, ambiguous: ambiguous).breaks(sentence).prefix(rect.height).enumerated() {
            let row = rect.y + n
            var x = rect.x
            for part in [r.lowerBound..<max(r.lowerBound, min(r.upperBound, figure.lowerBound)), r.clamped(to: figure),
                         max(r.lowerBound, min(r.upperBound, figure.upperBound))..<r.upperBound] where !part.isEmpty {
                x = grid.put(sentence[part], row: row, col: x, style: part == r.clamped(to: figure) ? style : .normal, limit: right)
            }
        }
    }
}

/// The figures view (`F`), over the whole screen: a row per figure, and a
/// chart of the selected figure's indicator over time.
enum FiguresViewRender {
    static let dateWidth = 10

    static func draw(_ state: ReaderState, into grid: inout Grid) {
        guard let index = state.figureIndex else { return }
        let view = state.figuresView
        let areas = FigureAreas.view(state.geometry)
        let ambiguous = state.settings.ambiguous
        let cols = grid.cols
        let columns = Columns(cols: cols)
        let valueWidth = columns.value

        var x = grid.put(" " + DisplayWidth.pad("Date", to: dateWidth) + " Kind ", row: areas.header, col: 0, style: .meta)
        x = grid.put(DisplayWidth.pad("Value", to: valueWidth) + " ", row: areas.header, col: x, style: .meta)
        grid.put("Indicator", row: areas.header, col: x, style: .meta, limit: cols)
        if let article = columns.article { grid.put("Article", row: areas.header, col: article, style: .meta, limit: cols) }

        if view.rows.isEmpty {
            grid.put("No figures", row: areas.rows.y, col: 1, style: .meta, limit: cols)
        }
        for y in 0..<areas.rows.height {
            let i = view.top + y
            guard i < view.rows.count else { break }
            let entry = index.entries[view.rows[i]]
            let f = figure(state, index: index, view.rows[i])
            let row = areas.rows.y + y
            let isSelected = i == view.selected
            let base: Style = isSelected ? .selection : .normal
            if isSelected { grid.fill(row: row, style: .selection) }
            var x = grid.put(" " + DisplayWidth.pad(entry.date, to: dateWidth) + " ", row: row, col: 0, style: base, limit: cols)
            x = grid.put(DisplayWidth.pad(FigureFormat.kind(f.kind), to: 4, ambiguous: ambiguous) + " ",
                         row: row, col: x, style: base, limit: cols)
            grid.put(DisplayWidth.truncate(FigureFormat.quantity(f, ambiguous: ambiguous), to: valueWidth, ambiguous: ambiguous),
                     row: row, col: x, style: isSelected ? base : (FigureFormat.style(f.kind) ?? base), limit: cols)
            x += valueWidth
            let indicatorEnd = (columns.article ?? cols) - 1
            grid.put(DisplayWidth.truncate(f.indicator ?? "—", to: max(0, indicatorEnd - x - 1), ambiguous: ambiguous),
                     row: row, col: x + 1, style: base, limit: indicatorEnd)
            if let col = columns.article {
                grid.put(DisplayWidth.truncate(entry.headline, to: max(0, cols - 1 - col), ambiguous: ambiguous),
                         row: row, col: col, style: isSelected ? base : .meta, limit: cols - 1)
            }
        }
        drawChart(state, index: index, in: areas.chart, into: &grid)
    }

    /// An entry's figure: as its article has it when the update read it
    /// (`FiguresView.shown`), else as the index's record has it.
    static func figure(_ state: ReaderState, index: FigureIndex, _ e: Int) -> Figure {
        let entry = index.entries[e]
        if let figures = state.figuresView.shown[entry.article], figures.indices.contains(entry.figure) {
            return figures[entry.figure]
        }
        return index.recordFigure(e)
    }

    /// The entries of a series the chart shows in `room` rows: those around the selected one.
    static func chartWindow(_ series: FigureIndex.Series, selected: Int, room: Int) -> ArraySlice<Int> {
        guard room > 0 else { return [] }
        let at = series.entries.firstIndex(of: selected) ?? 0
        let first = max(0, min(at - room / 2, series.entries.count - room))
        return series.entries[first..<min(series.entries.count, first + room)]
    }

    /// Where the article column starts: only from 60 columns on, where the
    /// indicator still gets a fair share.
    struct Columns {
        /// Values wider than this are cut (with …); narrow screens keep `≥3000亿元` whole.
        var value: Int
        var article: Int?
        init(cols: Int) {
            value = cols >= 60 ? 11 : 9
            let fixed = 1 + dateWidth + 1 + 5 + value + 1
            article = cols >= 60 ? fixed + (cols - fixed) * 9 / 20 : nil
        }
    }

    /// The chart: one row per figure of the selected one's indicator and unit,
    /// by date: the date, a bar scaled to the largest value, the value.
    static func drawChart(_ state: ReaderState, index: FigureIndex, in rect: Rect, into grid: inout Grid) {
        guard rect.height >= 2, let selected = state.figuresView.entry else { return }
        let ambiguous = state.settings.ambiguous
        let rule = ambiguous == .single ? "── " : "== "
        let figure = { (e: Int) -> Figure in Self.figure(state, index: index, e) }
        guard let series = index.chart(for: selected) else {
            // Nothing to compare: the figure's sentence instead.
            let f = figure(selected)
            let note = f.indicator.map { "\($0): no other date to compare with" } ?? "No indicator: nothing to compare"
            grid.put(DisplayWidth.truncate(rule + note, to: rect.width, ambiguous: ambiguous),
                     row: rect.y, col: rect.x, style: .meta)
            FigureSentence.draw(f, in: Rect(x: rect.x + 1, y: rect.y + 1, width: rect.width - 2, height: rect.height - 1),
                                ambiguous: ambiguous, into: &grid)
            return
        }
        let unit = series.unit.isEmpty ? "" : " (\(series.unit))"
        let title = "\(rule)\(series.indicator)\(unit) · \(series.entries.count) values on \(series.dateCount) dates"
        grid.put(DisplayWidth.truncate(title, to: rect.width, ambiguous: ambiguous), row: rect.y, col: rect.x, style: .groupHeader)

        // The rows that fit, around the selected figure.
        let shown = chartWindow(series, selected: selected, room: rect.height - 1)
        let barWidth = max(0, rect.width - (1 + dateWidth + 1) - 1 - Columns(cols: rect.width).value - 1)
        for (n, e) in shown.enumerated() {
            let row = rect.y + 1 + n
            let f = figure(e)
            let style = FigureFormat.style(f.kind) ?? .normal
            let x = grid.put(" " + DisplayWidth.pad(index.entries[e].date, to: dateWidth) + " ", row: row, col: rect.x,
                             style: e == selected ? .selection : .normal, limit: rect.x + rect.width)
            let bar = FigureChart.bar(f.value, maximum: series.maximum, width: barWidth, ambiguous: ambiguous)
            let end = grid.put(bar, row: row, col: x, style: style, limit: x + barWidth)
            grid.put(FigureFormat.quantity(f, ambiguous: ambiguous), row: row, col: end + 1, style: style,
                     limit: rect.x + rect.width)
        }
    }
}
