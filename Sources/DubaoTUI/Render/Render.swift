import DubaoCore
import DubaoStore

/// The pure render: the state, drawn into a grid of the state's size. Of the
/// catalog it reads only the summaries of the list rows on screen.
public enum Render {
    public static func grid(_ state: ReaderState) -> Grid {
        let g = state.geometry
        var grid = Grid(rows: g.rows, cols: g.cols, ambiguous: state.settings.ambiguous)
        guard g.rows > 0 && g.cols > 0 else { return grid }
        if g.tooSmall {
            drawTooSmall(into: &grid)
            return grid
        }
        if state.showsHelp {
            drawHelp(state, into: &grid)
        } else if let view = state.pageView {
            drawPage(view, into: &grid)
        } else if state.showsFigures {
            FiguresViewRender.draw(state, into: &grid)
        } else {
            if g.sideBySide || state.focus == .list { ListView.draw(state, into: &grid) }
            if let divider = g.divider {
                let bar = state.settings.ambiguous == .single ? "│" : "|"
                for y in 0..<g.list.height { grid.put(bar, row: y, col: divider, style: .divider) }
            }
            if state.readerVisible { ArticleView.draw(state, into: &grid) }
        }
        StatusLine.draw(state, into: &grid)
        return grid
    }

    static func drawTooSmall(into grid: inout Grid) {
        let text = "terminal too small"
        let w = DisplayWidth.of(text)
        let row = grid.rows / 2
        let col = max(0, (grid.cols - w) / 2)
        grid.put(text, row: row, col: col, style: .warning)
    }

    /// The raw page: its lines from the top shown, cut at the right edge;
    /// the line where the article starts stands out.
    static func drawPage(_ view: PageView, into grid: inout Grid) {
        for y in 0..<max(0, grid.rows - 2) {
            let i = view.top + y
            guard i < view.lines.count else { break }
            grid.put(view.lines[i], row: y, col: 0, style: i == view.start ? .headline : .normal, limit: grid.cols)
        }
    }

    static func drawHelp(_ state: ReaderState, into grid: inout Grid) {
        let height = state.geometry.rows - 2
        let lines = HelpText.lines()
        let keyWidth = min(26, grid.cols / 2)
        for y in 0..<height {
            let i = state.helpTop + y
            guard i < lines.count else { break }
            let line = lines[i]
            if line.isTitle {
                grid.put(line.text, row: y, col: 1, style: .groupHeader)
            } else {
                grid.put(line.keys, row: y, col: 2, style: line.sample ?? .helpKey, limit: keyWidth)
                grid.put(line.text, row: y, col: keyWidth + 1, style: .normal)
            }
        }
    }
}

/// The list of articles.
enum ListView {
    static func draw(_ state: ReaderState, into grid: inout Grid) {
        let rect = state.geometry.list
        let rule = state.settings.ambiguous == .single ? "── " : "== "
        let ambiguous = state.settings.ambiguous
        if state.rows.isEmpty, let sync = state.syncStatus {
            grid.put("Reading the pages into the library…", row: rect.y + 1, col: rect.x + 2, style: .normal, limit: rect.x + rect.width)
            grid.put(sync, row: rect.y + 3, col: rect.x + 2, style: .meta, limit: rect.x + rect.width)
            return
        }
        if state.rows.isEmpty {
            grid.put("No articles", row: rect.y, col: rect.x + 2, style: .meta, limit: rect.x + rect.width)
            return
        }
        for y in 0..<rect.height {
            let i = state.listTop + y
            guard i < state.rows.count else { break }
            let row = rect.y + y
            let right = rect.x + rect.width
            switch state.rows[i] {
            case .header(let title):
                let end = grid.put(rule + title, row: row, col: rect.x, style: .groupHeader, limit: right)
                if let unread = state.unreadUnder[i], unread > 0 {
                    grid.put("  \(unread) unread", row: row, col: end, style: .meta, limit: right)
                }
            case .article(let index):
                let a = state.catalog.summary(index)
                let flags = state.flags(index)
                let isSelected = state.selected == i
                let unread = !flags.contains(.read)
                let base: Style = isSelected
                    ? (state.focus == .list || !state.geometry.sideBySide ? .selection : .selectionInactive)
                    : (unread ? .unread : .normal)
                if isSelected { grid.fill(row: row, from: rect.x, to: right, style: base) }
                // The mark column, as newsboat's: * starred, + new since the
                // last sync, N unread.
                let mark: String? = flags.contains(.starred) ? "*" : (unread ? (flags.contains(.new) ? "+" : "N") : nil)
                if let mark { grid.put(mark, row: row, col: rect.x, style: isSelected ? base : .mark, limit: right) }
                var x = rect.x + 1
                if let hits = state.filter?.hits[index] {
                    x = grid.put("(\(hits)) ", row: row, col: x, style: isSelected ? base : .hitCount, limit: right)
                }
                // The tail (place · section · kind) takes at most a third of the row.
                var tail = ListModel.tail(a)
                var tailWidth = 0
                if rect.width >= 40 {
                    tail = DisplayWidth.truncate(tail, to: rect.width / 3, ambiguous: ambiguous)
                    tailWidth = DisplayWidth.of(tail, ambiguous: ambiguous)
                }
                let titleRight = tailWidth > 0 ? right - tailWidth - 3 : right - 1
                let title = DisplayWidth.truncate(a.displayTitle, to: max(0, titleRight - x), ambiguous: ambiguous)
                grid.put(title, row: row, col: x, style: base, limit: titleRight)
                if tailWidth > 0 {
                    grid.put(tail, row: row, col: right - tailWidth - 1, style: isSelected ? base : .meta, limit: right)
                }
            }
        }
    }
}

/// The open article.
enum ArticleView {
    static func draw(_ state: ReaderState, into grid: inout Grid) {
        let g = state.geometry
        guard let layout = state.layout else {
            grid.put("No article", row: g.reader.y, col: g.textLeft, style: .meta, limit: g.reader.x + g.reader.width)
            return
        }
        if state.figurePanel != nil && state.focus == .reader {
            FigurePanelView.draw(state, into: &grid)
            return
        }
        let right = g.textLeft + g.measure
        for y in 0..<g.reader.height {
            let i = state.top + y
            guard i < layout.lines.count else { break }
            let line = layout.lines[i]
            if line.isBlank || line.range.isEmpty { continue }
            let block = layout.blocks[line.block]
            let styles = lineStyles(state, layout: layout, line: line)
            if let cells = line.tableCells {
                drawRow(cells, of: block, styles: styles, base: line.range.lowerBound, row: g.reader.y + y,
                        left: g.textLeft, right: right, offset: state.tableOffset, into: &grid)
                continue
            }
            // Runs of one style, drawn one put each.
            var x = g.textLeft + line.indent
            var runStart = 0
            for k in 1...styles.count where k == styles.count || styles[k] != styles[runStart] {
                let from = line.range.lowerBound + runStart, to = line.range.lowerBound + k
                x = grid.put(block.scalars[from..<to], row: g.reader.y + y, col: x, style: styles[runStart], limit: right)
                runStart = k
            }
        }
    }

    /// A table row, its cells at their columns less `offset`, cut at `left`
    /// and `right` (a wide glyph across either edge is left out).
    static func drawRow(_ cells: [ArticleLayout.TableCell], of block: ArticleLayout.Block, styles: [Style],
                        base: Int, row: Int, left: Int, right: Int, offset: Int, into grid: inout Grid) {
        for cell in cells {
            var x = left + cell.column - offset
            for i in cell.range {
                let w = Glyph.of(block.scalars[i], ambiguous: grid.ambiguous).width
                if x >= right { break }
                if x >= left && x + w <= right {
                    grid.put(CollectionOfOne(block.scalars[i]), row: row, col: x, style: styles[i - base], limit: right)
                }
                x += w
            }
        }
    }

    /// The style of each scalar of a line: the block's, then figures (their
    /// places worked out once per layout), then the figure last shown, then
    /// search matches, each over the one before.
    static func lineStyles(_ state: ReaderState, layout: ArticleLayout, line: ArticleLayout.Line) -> [Style] {
        let base = line.range.lowerBound
        var styles = [Style](repeating: baseStyle(layout.blocks[line.block].kind), count: line.range.count)
        func paint(_ range: Range<Int>, _ style: Style) {
            let r = range.clamped(to: line.range)
            for i in r { styles[i - base] = style }
        }
        if let marks = layout.figures.marksByBlock[line.block] {
            for m in marks where m.range.overlaps(line.range) {
                if let style = FigureFormat.style(m.kind) { paint(m.range, style) }
            }
        }
        if let marked = state.markedFigure, marked < layout.figures.places.count,
           let place = layout.figures.places[marked], place.block == line.block {
            paint(place.range, .currentMatch)
        }
        if let search = state.search, let indices = search.byBlock[line.block] {
            for m in indices {
                paint(search.matches[m].range, m == search.current ? .currentMatch : .match)
            }
        }
        return styles
    }

    static func baseStyle(_ kind: ArticleLayout.BlockKind) -> Style {
        switch kind {
        case .kicker: return .kicker
        case .headline: return .headline
        case .subtitle: return .subtitle
        case .meta: return .meta
        case .paragraph: return .normal
        }
    }
}

/// The status line (library, position, the key for help) and the message line
/// under it (messages, or the search being typed).
enum StatusLine {
    static func draw(_ state: ReaderState, into grid: inout Grid) {
        let g = state.geometry
        let ambiguous = state.settings.ambiguous
        grid.fill(row: g.statusRow, style: .status)
        let left: String
        var right: String
        if state.showsHelp {
            left = " Help"
            right = "q close"
        } else if let view = state.pageView {
            left = " Page · \(ArticleText.shownPath(view.title))"
            let last = min(view.lines.count, view.top + max(1, g.statusRow))
            right = "\(view.lines.isEmpty ? 0 : view.top + 1)-\(last)/\(view.lines.count)  ? help"
        } else if state.showsFigures {
            let view = state.figuresView
            let kinds: [FigureIndex.KindFilter: String] = [.all: "all", .target: "目标", .actual: "实际"]
            var l = " Figures · \(kinds[view.kind]!) · by \(view.sort.rawValue)"
            if let text = view.text { l += " · /\(text.text)" }
            left = l
            right = "\(view.rows.isEmpty ? 0 : view.selected + 1)/\(view.rows.count)  ? help"
        } else if state.focus == .reader, let panel = state.figurePanel {
            let id = state.openArticle?.id ?? state.catalog.summary(panel.article).id
            left = " \(id) · figures"
            right = "\(panel.selected + 1)/\(panel.order.count)  ? help"
        } else if state.focus == .reader, let index = state.layoutArticle {
            // n/N · headline: where the article is in the list, and what it is.
            let headline = state.openArticle?.displayTitle ?? state.catalog.summary(index).displayTitle
            let (n, count) = state.listPosition
            left = " \(n)/\(count) · \(headline)"
            right = state.readerPosition
            if let s = state.search { right = "\(s.current + 1)/\(s.matches.count) · " + right }
            right += "  ? help"
        } else {
            var l = " \(state.catalog.pageCount) pages · \(state.catalog.count) articles"
            if state.unreadCount > 0 { l += " · \(state.unreadCount) unread" }
            if state.newCount > 0 { l += " · \(state.newCount) new" }
            if state.starredOnly { l += " · starred" }
            if let limit = state.limit { l += " · limit: \(limit.text)" }
            if let f = state.filter { l += " · /\(f.text)" }
            if let sync = state.syncStatus { l += " · " + sync }
            left = l
            let (n, count) = state.listPosition
            right = "\(n)/\(count)  ? help"
        }
        let rightText = right + " "
        let rightWidth = DisplayWidth.of(rightText, ambiguous: ambiguous)
        let rightCol = max(0, g.cols - rightWidth)
        grid.put(DisplayWidth.truncate(left, to: max(0, rightCol - 1), ambiguous: ambiguous),
                 row: g.statusRow, col: 0, style: .status, limit: max(0, rightCol - 1))
        grid.put(rightText, row: g.statusRow, col: rightCol, style: .status)

        if let prompt = state.prompt {
            let label = prompt.purpose == .limit ? "Limit: " : (prompt.purpose == .save ? "Save to: " : "/")
            let x = grid.put(label, row: g.messageRow, col: 0, style: .prompt)
            // The cursor stays in view, a reversed cell: on the character it
            // stands before, or on a blank after the end.
            let room = max(1, g.cols - x)
            let chars = Array(prompt.text)
            let cursor = min(prompt.cursor, chars.count)
            var before = chars[..<cursor]
            let under = cursor < chars.count ? String(chars[cursor]) : " "
            let underWidth = max(1, DisplayWidth.of(under, ambiguous: ambiguous))
            while !before.isEmpty && DisplayWidth.of(String(before), ambiguous: ambiguous) + underWidth > room {
                before = before.dropFirst()
            }
            var col = grid.put(String(before), row: g.messageRow, col: x, style: .prompt)
            col = grid.put(under, row: g.messageRow, col: col, style: .promptCursor)
            if cursor + 1 < chars.count {
                grid.put(String(chars[(cursor + 1)...]), row: g.messageRow, col: col, style: .prompt)
            }
        } else if let message = state.message {
            let style: Style = message.level == .error ? .error : (message.level == .warning ? .warning : .message)
            grid.put(DisplayWidth.truncate(message.text, to: g.cols, ambiguous: ambiguous), row: g.messageRow, col: 0, style: style)
        } else if state.showsHint {
            grid.put(DisplayWidth.truncate(ReaderState.hint, to: g.cols, ambiguous: ambiguous), row: g.messageRow, col: 0, style: .message)
        }
    }
}
