import DubaoCore
import DubaoStore

/// The pure update: a state and an event give the next state and what to do
/// beyond it. No terminal, no clock, no I/O beyond reading the state's
/// catalog, an immutable snapshot (so the result still depends only on the
/// state and the event).
public enum Update {
    public static func update(_ state: ReaderState, _ event: Event) -> (ReaderState, [Effect]) {
        var next = state
        var effects = next.handle(event)
        effects += next.pendingRecords.map(Effect.record)
        next.pendingRecords = []
        return (next, effects)
    }
}

extension ReaderState {
    mutating func handle(_ event: Event) -> [Effect] {
        switch event {
        case .resize(let rows, let cols):
            geometry = Geometry(rows: rows, cols: cols)
            ensureSelectionVisible()
            syncReader()
            helpTop = min(helpTop, maxHelpTop)
            keepFiguresInView()
            if let view = pageView { scrollPage(to: view.top) }
            return []
        case .syncProgress(let text):
            syncStatus = text
            return []
        case .dwell:
            if focus == .reader, let i = layoutArticle { markRead(i) }
            return []
        case .syncFinished(let snapshot, let note):
            syncStatus = nil
            if let snapshot { replaceCatalog(with: snapshot.catalog) }
            if let note { message = note }
            return []
        case .notice(let note):
            message = note
            return []
        case .libraryChanged(let snapshot):
            replaceCatalog(with: snapshot.catalog)
            return []
        case .notKept(let change, let reason):
            undo(change)
            message = Message("Not kept: \(reason)", level: .error)
            return []
        case .key(let key):
            // The first-run hint goes at the first key pressed while it shows
            // (a message over it, it waits for the message to go).
            var dismissed: [Effect] = []
            if showsHint && message == nil && prompt == nil {
                showsHint = false
                dismissed = [.hintDismissed]
            }
            if prompt != nil { return dismissed + handlePrompt(key) }
            message = nil
            if geometry.tooSmall {
                return KeyBindings.action(for: key, on: .global) == .quit ? [.quit] : []
            }
            let screen = self.screen
            guard let action = KeyBindings.action(for: key, on: screen) else { return dismissed }
            return dismissed + perform(action, on: screen)
        }
    }

    mutating func perform(_ action: Action, on screen: KeyBindings.Screen) -> [Effect] {
        switch action {
        case .quit: return [.quit]
        case .redraw: return [.redrawAll]
        case .help:
            showsHelp = true
            helpTop = 0
        case .closeHelp:
            showsHelp = false
        case .toggleParagraphStyle:
            settings.paragraphStyle = settings.paragraphStyle == .indent ? .blankLine : .indent
            syncReader()
            message = Message(settings.paragraphStyle == .indent ? "Paragraphs indented" : "Paragraphs spaced")
        case .search:
            prompt = Prompt()
        default:
            switch screen {
            case .help: scrollHelp(action)
            case .list: performInList(action)
            case .reader: performInReader(action)
            case .figurePanel: performInFigurePanel(action)
            case .figuresView: performInFiguresView(action)
            case .pageView: performInPageView(action)
            case .global: break
            }
        }
        return []
    }

    // MARK: - The list

    mutating func performInList(_ action: Action) {
        let page = max(1, geometry.list.height - 1)
        switch action {
        case .lineDown: moveSelection(by: 1)
        case .lineUp: moveSelection(by: -1)
        case .pageDown: moveSelection(by: page)
        case .pageUp: moveSelection(by: -page)
        case .top: moveSelection(by: -rows.count)
        case .bottom: moveSelection(by: rows.count)
        case .wheelDown: moveSelection(by: 3)
        case .wheelUp: moveSelection(by: -3)
        case .nextMatch:
            if filter == nil { message = Message("No search: / searches all articles") } else { moveSelection(by: 1, wrapping: true) }
        case .previousMatch:
            if filter == nil { message = Message("No search: / searches all articles") } else { moveSelection(by: -1, wrapping: true) }
        case .open:
            guard selectedArticle != nil else { return }
            focus = .reader
            syncReader()
        case .clearSearch:
            guard filter != nil || limit != nil else { return }
            let keep = selectedArticle
            if filter != nil { filter = nil } else {
                limit = nil
                message = Message("All articles")
            }
            rebuildRows(keeping: keep)
            syncReader()
        case .limit:
            prompt = Prompt(text: limit?.text ?? "", purpose: .limit)
        case .figuresView: openFiguresView()
        case .nextUnread: goToNextUnread()
        case .toggleRead: if let i = selectedArticle { setRead(i, !flags(i).contains(.read)) }
        case .markGroupRead: markGroupRead()
        case .toggleStar: toggleStar()
        case .toggleStarredOnly:
            starredOnly.toggle()
            rebuildRows(keeping: selectedArticle)
            syncReader()
            message = Message(starredOnly ? "Starred articles only · S shows all" : "All articles")
        case .toggleGrouping:
            grouping = grouping.toggled
            rebuildRows(keeping: selectedArticle)
            message = Message(grouping == .dateThenSection ? "Grouped by date, then section" : "Grouped by section, then date")
        default: break
        }
    }

    /// Moves the selection over article rows (headers are skipped).
    mutating func moveSelection(by delta: Int, wrapping: Bool = false) {
        guard !articleRows.isEmpty else { selected = nil; return }
        let current = selected.map { ordinal(ofRow: $0) } ?? 0
        var target = current + delta
        if wrapping {
            if target >= articleRows.count { target = 0; message = Message("Search wrapped to the top") }
            if target < 0 { target = articleRows.count - 1; message = Message("Search wrapped to the bottom") }
        }
        target = max(0, min(articleRows.count - 1, target))
        selected = articleRows[target]
        ensureSelectionVisible()
        syncReader()
    }

    /// The library changed under the reader (a sync finished): the list is
    /// rebuilt from the new catalog, keeping the selected and the open article
    /// where they are still there. A search or the figures view, whose indices
    /// were the old catalog's, is closed.
    mutating func replaceCatalog(with new: any ArticleCatalog) {
        // By identity: a page parsed again numbers its articles anew, and its
        // rows get new ids. (The summaries were read while the old catalog's
        // ids were good: the selected one is on screen, so it was read.)
        let selectedIdentity = selectedArticle.map { catalog.summary($0).identity }.flatMap { $0.isEmpty ? nil : $0 }
        let openIdentity = layoutArticle.map { catalog.summary($0).identity }.flatMap { $0.isEmpty ? nil : $0 }
        catalog = new
        // The reader's changes were kept by the old catalog's indices; the
        // new one has them from the library (every change is written at once).
        flagChanges = [:]
        filter = nil
        if let old = limit, case .success(let again) = ListLimit.make(old.text, catalog: new) { limit = again } else { limit = nil }
        figureIndex = nil
        figurePanel = nil
        showsFigures = false
        let keep = selectedIdentity.flatMap { new.index(ofIdentity: $0) }
        rebuildRows(keeping: keep)
        if let openIdentity, let index = new.index(ofIdentity: openIdentity), index == selectedArticle {
            layoutArticle = index
        } else {
            closeArticle()
            if focus == .reader && selectedArticle == nil { focus = .list }
        }
        syncReader()
    }

    mutating func rebuildRows(keeping article: Int?) {
        var included = filter.map { $0.hits.keys.sorted() }
        if let limit {
            included = included.map { $0.filter(limit.articles.contains) } ?? limit.articles.sorted()
        }
        if starredOnly {
            included = (included ?? Array(catalog.entries.indices)).filter { flags($0).contains(.starred) }
        }
        rows = ListModel.rows(entries: catalog.entries, sectionNames: catalog.sectionNames, grouping: grouping,
                              included: included)
        countUnread()
        articleRows = rows.indices.filter { rows[$0].article != nil }
        selected = rows.firstIndex { $0.article != nil && $0.article == article }
            ?? rows.firstIndex { $0.article != nil }
        listTop = 0
        ensureSelectionVisible()
    }

    mutating func ensureSelectionVisible() {
        let height = max(1, geometry.list.height)
        guard let selected else { listTop = 0; return }
        if selected < listTop { listTop = selected > 0 && rows[selected - 1].article == nil ? selected - 1 : selected }
        if selected >= listTop + height { listTop = selected - height + 1 }
        listTop = max(0, min(listTop, max(0, rows.count - height)))
        if selected < listTop { listTop = selected }
    }

    // MARK: - The article

    mutating func performInReader(_ action: Action) {
        guard let layout else {
            if action == .back || action == .clearSearchOrBack { focus = .list }
            return
        }
        let page = pageHeight > 2 ? pageHeight - 1 : max(1, pageHeight)
        switch action {
        case .lineDown: scroll(to: top + 1)
        case .lineUp: scroll(to: top - 1)
        case .pageDown where top >= maxTop:
            // Space at the end goes on, as in newsboat and mutt.
            goToNextUnread()
        case .pageDown: scroll(to: top + page)
        case .pageUp: scroll(to: top - page)
        case .top: scroll(to: 0)
        case .bottom: scroll(to: layout.lines.count)
        case .wheelDown: scroll(to: top + 3)
        case .wheelUp: scroll(to: top - 3)
        case .back: focus = .list
        case .clearSearchOrBack:
            if search != nil { search = nil } else { focus = .list }
        case .nextArticle, .previousArticle:
            let before = selectedArticle
            moveSelection(by: action == .nextArticle ? 1 : -1)
            if selectedArticle == before {
                message = Message(action == .nextArticle ? "This is the last article" : "This is the first article")
            }
        case .scrollLeft, .scrollRight:
            guard maxTableOffset > 0 else {
                message = Message("No table here is wider than the page")
                return
            }
            let step = max(1, geometry.measure / 2)
            scrollTable(to: tableOffset + (action == .scrollRight ? step : -step))
        case .nextMatch: stepMatch(by: 1)
        case .previousMatch: stepMatch(by: -1)
        case .figurePanel: openFigurePanel()
        case .figuresView: openFiguresView()
        case .nextUnread: goToNextUnread()
        case .toggleRead: if let i = layoutArticle { setRead(i, !flags(i).contains(.read)) }
        case .toggleStar: toggleStar()
        case .followContinuation: followContinuation()
        case .rawPage: openPageView()
        case .save: startSave()
        default: break
        }
    }

    // MARK: - The raw page and saving

    /// Lines of the raw page on screen.
    var pageViewHeight: Int { max(1, geometry.statusRow) }

    /// The page file of the open article, scrolled to where the article starts.
    mutating func openPageView() {
        guard let i = layoutArticle else { return }
        let summary = catalog.summary(i)
        guard let page = catalog.pageText(i) else {
            message = Message("No page file to show for \(summary.id): built-in pages are not on disk, or the file cannot be read",
                              level: .warning)
            return
        }
        let lines = PageLocation.lines(of: page.text).map { TerminalSafe.visible(String($0), ambiguous: settings.ambiguous) }
        pageView = PageView(title: ArticleText.shownPath(summary.source), lines: lines, top: 0, start: max(0, min(page.line, lines.count - 1)))
        scrollPage(to: page.line)
    }

    mutating func scrollPage(to line: Int) {
        guard var view = pageView else { return }
        view.top = max(0, min(line, view.lines.count - pageViewHeight))
        pageView = view
    }

    mutating func performInPageView(_ action: Action) {
        guard let view = pageView else { return }
        let page = pageViewHeight > 2 ? pageViewHeight - 1 : pageViewHeight
        switch action {
        case .lineDown, .wheelDown: scrollPage(to: view.top + 1)
        case .lineUp, .wheelUp: scrollPage(to: view.top - 1)
        case .pageDown: scrollPage(to: view.top + page)
        case .pageUp: scrollPage(to: view.top - page)
        case .top: scrollPage(to: 0)
        case .bottom: scrollPage(to: view.lines.count)
        case .back: pageView = nil
        default: break
        }
    }

    /// `s`: the prompt for the file, with `~/<id>.txt` to begin with.
    mutating func startSave() {
        guard let a = openArticle else { return }
        prompt = Prompt(text: "~/" + String(a.id.map { $0 == "/" ? "_" : $0 }) + ".txt", purpose: .save)
    }

    /// Enter in the save prompt: the article as `dubao show` prints it, for
    /// the presenter to write.
    mutating func commitSave(_ typed: String) -> [Effect] {
        let path = String(typed.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
        guard !path.isEmpty, let a = openArticle else {
            message = Message("Not saved")
            return []
        }
        let lines = ArticleText.lines(for: a, width: geometry.measure, settings: settings)
        return [.save(text: lines.joined(separator: "\n") + "\n", path: path)]
    }

    /// How far the widest table can scroll sideways.
    var maxTableOffset: Int { max(0, (layout?.widestTable ?? 0) - (layout?.width ?? 0)) }

    mutating func scrollTable(to offset: Int) {
        tableOffset = max(0, min(offset, maxTableOffset))
    }

    var maxTop: Int { max(0, (layout?.lines.count ?? 0) - pageHeight) }

    mutating func scroll(to line: Int) {
        let before = top
        top = max(0, min(line, maxTop))
        guard let layout else { return }
        let was = anchor
        anchor = layout.anchor(ofLine: top)
        guard let i = layoutArticle, top != before else { return }
        // Scrolled is read; where it was left is kept, a paragraph at a time.
        markRead(i)
        if anchor.block != was.block {
            pendingRecords.append(.position(i, ReadingPosition(block: anchor.block, offset: anchor.offset)))
        }
    }

    mutating func stepMatch(by delta: Int) {
        guard var s = search, !s.matches.isEmpty else {
            message = Message("No search: / searches this article")
            return
        }
        var next = s.current + delta
        if next >= s.matches.count { next = 0; message = Message("Search wrapped to the top") }
        if next < 0 { next = s.matches.count - 1; message = Message("Search wrapped to the bottom") }
        s.current = next
        search = s
        reveal(s.matches[next])
    }

    /// Scrolls so that a match is in view, a third down the page when it was not.
    mutating func reveal(_ match: ArticleSearch.Match) {
        guard let layout else { return }
        let line = layout.line(block: match.block, offset: match.range.lowerBound)
        if line < top || line >= top + pageHeight { scroll(to: line - pageHeight / 3) }
    }

    /// Lays out the article of the selection when it is on screen and the
    /// article, the width or the settings changed; a new width keeps the text
    /// that was at the top at the top.
    mutating func syncReader() {
        guard readerVisible, let article = selectedArticle else {
            if selectedArticle == nil { closeArticle() }
            return
        }
        let width = geometry.measure
        if article == layoutArticle, let layout, layout.width == width, layout.settings == settings {
            top = max(0, min(top, maxTop))
            scrollTable(to: tableOffset)
            return
        }
        let same = article == layoutArticle && openArticle != nil
        // The whole article is read from the catalog only when another one opens.
        guard let opened = same ? openArticle : catalog.article(article) else {
            closeArticle()
            layoutArticle = article
            message = Message("Cannot read article \(catalog.summary(article).id)", level: .error)
            return
        }
        let fresh = ArticleLayout(article: opened, width: width, settings: settings)
        layout = fresh
        scrollTable(to: same ? tableOffset : 0)
        if same {
            // The anchor stays as it was, so that going back to a width gives
            // back the very same view.
            top = max(0, min(fresh.line(block: anchor.block, offset: anchor.offset), maxTop))
            if let queries = search?.queries {
                let current = search?.current ?? 0
                var again = ArticleSearch(queries: queries, layout: fresh)
                again.current = min(current, max(0, again.matches.count - 1))
                search = again
            }
        } else {
            layoutArticle = article
            openArticle = opened
            top = 0
            anchor = Anchor(block: 0, offset: 0)
            search = nil
            markedFigure = nil
            figurePanel = nil
            // Opened from a search of the list: the same search, in the
            // article, at its first match (as `less +/pattern`); else where
            // the reader left it last time.
            if let queries = filter?.queries {
                let found = ArticleSearch(queries: queries, layout: fresh)
                if let first = found.matches.first {
                    search = found
                    reveal(first)
                }
            }
            if search == nil, let left = catalog.readingPosition(article) {
                anchor = Anchor(block: left.block, offset: left.offset)
                top = max(0, min(fresh.line(block: left.block, offset: left.offset), maxTop))
            }
        }
    }

    /// No article open.
    mutating func closeArticle() {
        layout = nil
        layoutArticle = nil
        openArticle = nil
        search = nil
        markedFigure = nil
        figurePanel = nil
    }

    // MARK: - The search prompt

    /// A key typed into the prompt: it edits the line (the keys of
    /// `KeyBindings.prompt`), every other printable key is text.
    mutating func handlePrompt(_ key: Key) -> [Effect] {
        guard var p = prompt else { return [] }
        var chars = Array(p.text)
        func edit(_ new: [Character], cursor: Int) {
            chars = new
            p.text = String(new)
            p.cursor = max(0, min(cursor, new.count))
        }
        guard let action = KeyBindings.promptAction(for: key) else {
            if case .char(let c) = key {
                edit(Array(chars[..<p.cursor]) + [Character(c)] + Array(chars[p.cursor...]), cursor: p.cursor + 1)
                prompt = p
            }
            return []
        }
        switch action {
        case .commit:
            prompt = nil
            if p.purpose == .limit { commitLimit(p.text); return [] }
            return p.purpose == .save ? commitSave(p.text) : commitPrompt(p.text)
        case .cancel:
            prompt = nil
            return []
        case .redraw:
            return [.redrawAll]
        case .deleteBack:
            if chars.isEmpty { prompt = nil; return [] }
            if p.cursor > 0 { edit(Array(chars[..<(p.cursor - 1)] + chars[p.cursor...]), cursor: p.cursor - 1) }
        case .left:
            p.cursor = max(0, p.cursor - 1)
        case .right:
            p.cursor = min(chars.count, p.cursor + 1)
        case .start:
            p.cursor = 0
        case .end:
            p.cursor = chars.count
        case .deleteWord:
            // The word before the cursor, and the spaces after it (as readline's Ctrl-W).
            var start = p.cursor
            while start > 0 && chars[start - 1].isWhitespace { start -= 1 }
            while start > 0 && !chars[start - 1].isWhitespace { start -= 1 }
            edit(Array(chars[..<start] + chars[p.cursor...]), cursor: start)
        case .deleteToStart:
            edit(Array(chars[p.cursor...]), cursor: 0)
        case .deleteToEnd:
            edit(Array(chars[..<p.cursor]), cursor: p.cursor)
        case .older:
            guard p.purpose != .save else { break }
            let history = p.purpose == .limit ? limitHistory : searchHistory
            guard !history.isEmpty else { break }
            let index: Int
            if let current = p.historyIndex { index = max(0, current - 1) } else {
                p.draft = p.text
                index = history.count - 1
            }
            p.historyIndex = index
            edit(Array(history[index]), cursor: Int.max)
        case .newer:
            guard p.purpose != .save else { break }
            let history = p.purpose == .limit ? limitHistory : searchHistory
            guard let current = p.historyIndex else { break }
            if current + 1 < history.count {
                p.historyIndex = current + 1
                edit(Array(history[current + 1]), cursor: Int.max)
            } else {
                p.historyIndex = nil
                edit(Array(p.draft), cursor: Int.max)
            }
        }
        prompt = p
        return []
    }

    /// The screen a search belongs to: the list, the article or the figures view.
    var searchScreen: KeyBindings.Screen { showsFigures ? .figuresView : (focus == .list ? .list : .reader) }

    /// Enter in the prompt. An empty line repeats the last search of this
    /// screen (else the newest of the history), except in the figures view,
    /// where it clears the filter. What is searched is remembered.
    mutating func commitPrompt(_ typed: String) -> [Effect] {
        let screen = searchScreen
        var text = typed
        if text.allSatisfy(\.isWhitespace) && screen != .figuresView {
            guard let again = lastSearch[screen] ?? searchHistory.last else {
                message = Message("No earlier search: type what to search for")
                return []
            }
            text = again
        }
        commitSearch(text)
        guard !text.allSatisfy(\.isWhitespace) else { return [] }
        lastSearch[screen] = text
        searchHistory.removeAll { $0 == text }
        searchHistory.append(text)
        if searchHistory.count > Self.historyLimit { searchHistory.removeFirst(searchHistory.count - Self.historyLimit) }
        return [.rememberSearch(text)]
    }

    mutating func commitSearch(_ text: String) {
        if showsFigures {
            filterFigures(by: text)
            return
        }
        guard let query = SearchQuery(text) else { return }
        if focus == .list {
            let found: CatalogSearch
            do {
                found = try catalog.search(text)
            } catch {
                switch error {
                case .nothingToSearch, .tooLong: message = Message(error.description, level: .warning)
                case .unreadable: message = Message(error.description, level: .error)
                }
                return
            }
            let hits = found.hits.filter { $0.value > 0 && $0.key >= 0 && $0.key < catalog.count
                && limit?.articles.contains($0.key) ?? true }
            guard !hits.isEmpty else {
                message = Message(limit == nil ? "Not found: \(text)" : "Not found within the limit: \(text)", level: .warning)
                return
            }
            let total = hits.values.reduce(0, +)
            filter = ListFilter(text: text, hits: hits, queries: found.queries.isEmpty ? [query] : found.queries)
            rebuildRows(keeping: nil)
            layoutArticle = nil
            openArticle = nil
            syncReader()
            message = Message("\(hits.count) \(hits.count == 1 ? "article" : "articles"), \(total) \(total == 1 ? "match" : "matches") · Esc shows all")
        } else {
            // In the article, what was typed is searched for as it is (no
            // pinyin): `/` here finds the text the user sees.
            guard let layout else { return }
            var found = ArticleSearch(queries: [query], layout: layout)
            guard !found.matches.isEmpty else {
                message = Message("Not found: \(text)", level: .warning)
                search = nil
                return
            }
            // The first match at or after the top of the view.
            let firstLine = found.matches.firstIndex {
                layout.line(block: $0.block, offset: $0.range.lowerBound) >= top
            }
            found.current = firstLine ?? 0
            search = found
            reveal(found.matches[found.current])
            message = Message("\(found.matches.count) \(found.matches.count == 1 ? "match" : "matches") · n next, N previous")
        }
    }

    // MARK: - The limit

    /// Enter in the limit prompt: the list keeps only what the limit leaves;
    /// an empty line shows everything again. A limit that leaves nothing,
    /// or cannot be read, changes nothing and says why.
    mutating func commitLimit(_ text: String) {
        let keep = selectedArticle
        guard !text.allSatisfy(\.isWhitespace) else {
            guard limit != nil else { return }
            limit = nil
            rebuildRows(keeping: keep)
            syncReader()
            message = Message("All articles")
            return
        }
        switch ListLimit.make(text, catalog: catalog) {
        case .failure(let error):
            message = Message("Cannot limit: \(error.reason)", level: .warning)
        case .success(let new):
            limitHistory.removeAll { $0 == new.text }
            limitHistory.append(new.text)
            if limitHistory.count > Self.historyLimit { limitHistory.removeFirst() }
            let visible = filter.map { new.articles.intersection($0.hits.keys) } ?? new.articles
            guard !visible.isEmpty else {
                message = Message("No article within the limit: \(new.text)", level: .warning)
                return
            }
            limit = new
            rebuildRows(keeping: keep)
            syncReader()
            let n = articleRows.count
            message = Message("\(n) \(n == 1 ? "article" : "articles") · Esc shows all")
        }
    }

    // MARK: - Help

    var maxHelpTop: Int { max(0, HelpText.lines().count - max(1, geometry.rows - 2)) }

    mutating func scrollHelp(_ action: Action) {
        let page = max(1, geometry.rows - 3)
        switch action {
        case .lineDown: helpTop += 1
        case .lineUp: helpTop -= 1
        case .pageDown: helpTop += page
        case .pageUp: helpTop -= page
        default: break
        }
        helpTop = max(0, min(helpTop, maxHelpTop))
    }
}
