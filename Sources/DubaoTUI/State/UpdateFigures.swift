import DubaoCore

/// The update of the figure panel (`f`) and the figures view (`F`).
extension ReaderState {
    // MARK: - The figure panel

    mutating func openFigurePanel() {
        guard let article = layoutArticle, let layout, let figures = openArticle?.figures else { return }
        guard !figures.isEmpty else {
            message = Message("No figures in this article")
            return
        }
        // Reading order: as the layout shows them; any it does not show, last.
        let places = layout.figures.places
        let order = figures.indices.sorted { a, b in
            switch (places[a], places[b]) {
            case let (x?, y?): return (x.block, x.range.lowerBound, a) < (y.block, y.range.lowerBound, b)
            case (.some, nil): return true
            case (nil, .some): return false
            case (nil, nil): return a < b
            }
        }
        let first = order.firstIndex { i in
            places[i].map { layout.line(block: $0.block, offset: $0.range.lowerBound) >= top } ?? false
        }
        // The figure last shown is selected, else the first at or below the top of the view.
        let marked = markedFigure.flatMap { m in order.firstIndex(of: m) }
        figurePanel = FigurePanel(article: article, order: order, selected: marked ?? first ?? 0)
        keepFiguresInView()
    }

    mutating func performInFigurePanel(_ action: Action) {
        guard var panel = figurePanel else { return }
        switch action {
        case .lineDown: panel.selected += 1
        case .lineUp: panel.selected -= 1
        case .top: panel.selected = 0
        case .bottom: panel.selected = panel.order.count - 1
        case .open:
            if let figure = panel.figure { figurePanel = nil; showFigure(figure) }
            return
        case .back:
            figurePanel = nil
            return
        default: return
        }
        panel.selected = max(0, min(panel.selected, panel.order.count - 1))
        figurePanel = panel
        keepFiguresInView()
    }

    /// Scrolls the article to a figure of it and marks it.
    mutating func showFigure(_ figure: Int) {
        guard let layout, let figures = openArticle?.figures, figures.indices.contains(figure) else { return }
        markedFigure = figure
        let f = figures[figure]
        guard let place = layout.figures.places[figure] else {
            message = Message("\(f.text): in a title this layout does not show", level: .warning)
            return
        }
        let line = layout.line(block: place.block, offset: place.range.lowerBound)
        if line < top || line >= top + pageHeight { scroll(to: line - pageHeight / 3) }
        message = Message([FigureFormat.kind(f.kind), f.indicator, FigureFormat.quantity(f, ambiguous: settings.ambiguous)]
            .compactMap { $0 }.joined(separator: " · "))
    }

    // MARK: - The figures view

    mutating func openFiguresView() {
        if figureIndex == nil {
            let index = FigureIndex(records: catalog.figureRecords())
            figureIndex = index
            figuresView.rows = index.rows(kind: figuresView.kind, text: figuresView.text, sort: figuresView.sort)
        }
        guard let index = figureIndex, !index.entries.isEmpty else {
            message = Message("No figures in these pages")
            return
        }
        showsFigures = true
        keepFiguresInView()
    }

    mutating func performInFiguresView(_ action: Action) {
        let page = max(1, FigureAreas.view(geometry).rows.height - 1)
        switch action {
        case .lineDown: figuresView.selected += 1
        case .lineUp: figuresView.selected -= 1
        case .pageDown: figuresView.selected += page
        case .pageUp: figuresView.selected -= page
        case .top: figuresView.selected = 0
        case .bottom: figuresView.selected = figuresView.rows.count
        case .open:
            guard let entry = figuresView.entry, let index = figureIndex else { return }
            openArticle(index.entries[entry].article, at: index.entries[entry].figure)
            return
        case .back:
            showsFigures = false
            return
        case .cycleKind:
            figuresView.kind = figuresView.kind.next
            refilterFigures()
            let names: [FigureIndex.KindFilter: String] = [.all: "all figures", .target: "targets only", .actual: "results only"]
            message = Message("Kind: \(names[figuresView.kind]!) · \(figuresView.rows.count) figures")
        case .cycleSort:
            figuresView.sort = figuresView.sort.next
            refilterFigures()
            let names: [FigureIndex.Sort: String] = [.date: "by date", .indicator: "by indicator, then date",
                                                     .value: "by value, largest first, within each unit"]
            message = Message("Sorted \(names[figuresView.sort]!)")
        default: return
        }
        keepFiguresInView()
    }

    /// The figures view's text filter, from the prompt; an empty one shows every figure.
    mutating func filterFigures(by text: String) {
        // The library's search says what to look for (pinyin spelled out as
        // the library's words); a text of only punctuation is refused there.
        let filter: FigureFilterText?
        do {
            filter = FigureFilterText(text: text, queries: try catalog.queries(for: text))
        } catch {
            if SearchQuery(text) != nil { message = Message(error.description.prefix(1).uppercased() + error.description.dropFirst(), level: .warning); return }
            filter = nil
        }
        let before = figuresView.text
        figuresView.text = filter
        refilterFigures()
        if figuresView.rows.isEmpty && filter != nil {
            message = Message("Not found: \(text)", level: .warning)
            figuresView.text = before
            refilterFigures()
            return
        }
        message = Message(filter == nil ? "\(figuresView.rows.count) figures" : "\(figuresView.rows.count) figures match · / and Enter shows all")
    }

    /// Applies the filters and the sort, keeping the selected figure selected where it still shows.
    mutating func refilterFigures() {
        guard let index = figureIndex else { return }
        let keep = figuresView.entry
        figuresView.rows = index.rows(kind: figuresView.kind, text: figuresView.text, sort: figuresView.sort)
        figuresView.selected = keep.flatMap { figuresView.rows.firstIndex(of: $0) } ?? 0
        figuresView.top = 0
        keepFiguresInView()
    }

    /// Opens an article from the figures view, scrolled to one of its figures.
    mutating func openArticle(_ article: Int, at figure: Int) {
        showsFigures = false
        figurePanel = nil
        if !rows.contains(.article(article)) {
            // The list's search left it out: show every article again.
            filter = nil
            rebuildRows(keeping: article)
        }
        selected = rows.firstIndex(of: .article(article))
        ensureSelectionVisible()
        focus = .reader
        syncReader()
        showFigure(figure)
    }

    /// Clamps the selections of the panel and the view, and scrolls their rows to keep them in view.
    mutating func keepFiguresInView() {
        if var panel = figurePanel {
            panel.selected = max(0, min(panel.selected, panel.order.count - 1))
            panel.top = Self.scrolled(top: panel.top, selected: panel.selected, count: panel.order.count,
                                      height: FigureAreas.panel(geometry).list.height)
            figurePanel = panel
        }
        var view = figuresView
        view.selected = max(0, min(view.selected, view.rows.count - 1))
        view.top = Self.scrolled(top: view.top, selected: view.selected, count: view.rows.count,
                                 height: FigureAreas.view(geometry).rows.height)
        figuresView = view
        if showsFigures { loadShownFigures() }
    }

    /// Reads the figures the view shows (its rows on screen and the chart's)
    /// from their articles: the index has what sorting and filtering need,
    /// not the bound, range and sentence drawn. Articles already read and
    /// still on screen are kept; render reads only `figuresView.shown`.
    mutating func loadShownFigures() {
        guard let index = figureIndex else { return }
        let areas = FigureAreas.view(geometry)
        var wanted = Array(figuresView.rows.dropFirst(figuresView.top).prefix(max(0, areas.rows.height)))
        if let selected = figuresView.entry {
            wanted.append(selected)
            if let series = index.chart(for: selected) {
                wanted += FiguresViewRender.chartWindow(series, selected: selected, room: areas.chart.height - 1)
            }
        }
        var shown: [Int: [Figure]] = [:]
        for e in wanted {
            let article = index.entries[e].article
            guard shown[article] == nil else { continue }
            shown[article] = figuresView.shown[article] ?? catalog.article(article)?.figures ?? []
        }
        figuresView.shown = shown
    }

    static func scrolled(top: Int, selected: Int, count: Int, height: Int) -> Int {
        let height = max(1, height)
        var top = top
        if selected < top { top = selected }
        if selected >= top + height { top = selected - height + 1 }
        return max(0, min(top, max(0, count - height)))
    }
}
