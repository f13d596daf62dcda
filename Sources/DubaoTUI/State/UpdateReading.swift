import DubaoStore

/// The reader's own state: read and unread, stars, where it was left. Every
/// change is kept in the state at once (for the screen) and handed out as an
/// effect (for the library), so a dropped link loses nothing.
extension ReaderState {
    mutating func setFlags(_ i: Int, _ f: ReadingFlags) {
        let before = flags(i)
        guard f != before else { return }
        flagChanges[i] = f
        let wasUnread = !before.contains(.read), isUnread = !f.contains(.read)
        if wasUnread != isUnread {
            let d = isUnread ? 1 : -1
            unreadCount += d
            if let h = headerRow(ofArticle: i) { unreadUnder[h, default: 0] += d }
        }
    }

    mutating func markRead(_ i: Int) {
        guard !flags(i).contains(.read) else { return }
        setRead(i, true)
    }

    mutating func setRead(_ i: Int, _ read: Bool) {
        var f = flags(i)
        if read { f.insert(.read) } else { f.remove(.read) }
        setFlags(i, f)
        pendingRecords.append(.read([i], read))
        if !read { message = Message("Marked unread") }
    }

    mutating func toggleStar() {
        guard let i = focus == .reader ? layoutArticle : selectedArticle else { return }
        var f = flags(i)
        let on = !f.contains(.starred)
        if on { f.insert(.starred) } else { f.remove(.starred) }
        setFlags(i, f)
        pendingRecords.append(.starred(i, on))
        message = Message(on ? "Starred" : "Star removed")
    }

    /// Takes back a change the library did not keep: the screen shows what
    /// the library holds.
    mutating func undo(_ change: ReadingChange) {
        switch change {
        case .read(let indices, let on):
            for i in indices where catalog.entries.indices.contains(i) {
                var f = flags(i)
                if on { f.remove(.read) } else { f.insert(.read) }
                setFlags(i, f)
            }
        case .starred(let i, let on):
            guard catalog.entries.indices.contains(i) else { return }
            var f = flags(i)
            if on { f.remove(.starred) } else { f.insert(.starred) }
            setFlags(i, f)
        case .position, .session:
            break
        }
    }

    /// Marks read every article under the selected row's header.
    mutating func markGroupRead() {
        guard let selected, let header = (0...selected).last(where: { rows[$0].article == nil }) else { return }
        var marked: [Int] = []
        var r = header + 1
        while r < rows.count, let i = rows[r].article {
            if !flags(i).contains(.read) {
                var f = flags(i)
                f.insert(.read)
                setFlags(i, f)
                marked.append(i)
            }
            r += 1
        }
        guard !marked.isEmpty else { message = Message("Nothing unread here"); return }
        pendingRecords.append(.read(marked, true))
        message = Message("Marked \(marked.count) \(marked.count == 1 ? "article" : "articles") read")
    }

    /// Moves to the next unread article in list order (wrapping once), and
    /// opens it when an article was open.
    mutating func goToNextUnread() {
        guard !articleRows.isEmpty else { return }
        let start = selected.map { ordinal(ofRow: $0) } ?? -1
        let n = articleRows.count
        for step in 1...n {
            let k = (start + step) % n
            guard let i = rows[articleRows[k]].article, !flags(i).contains(.read), i != layoutArticle || focus == .list else { continue }
            if let current = layoutArticle, focus == .reader { markRead(current) }
            selected = articleRows[k]
            ensureSelectionVisible()
            syncReader()
            if k <= start { message = Message("Wrapped to the top for the next unread article") }
            return
        }
        message = Message("No unread articles")
    }

    /// To the article this one goes on in (下转), else back to the one it goes on from.
    mutating func followContinuation() {
        guard let here = layoutArticle else { return }
        let forward = catalog.continuation(of: here)
        guard let target = forward ?? catalog.continued(from: here) else {
            if let page = openArticle?.continues {
                message = Message("Goes on in \(page), which is not in the library", level: .warning)
            } else {
                message = Message("This article does not go on elsewhere")
            }
            return
        }
        if starredOnly || filter != nil || limit != nil, !rows.contains(where: { $0.article == target }) {
            // The list hides it: show everything, as opening a figure does.
            starredOnly = false
            filter = nil
            limit = nil
            rebuildRows(keeping: here)
        }
        guard let row = rows.firstIndex(where: { $0.article == target }) else { return }
        markRead(here)
        selected = row
        ensureSelectionVisible()
        syncReader()
        message = Message(forward != nil ? "The rest of the article · c goes back" : "Back where the article began")
    }

    /// The header row an article's row stands under.
    func headerRow(ofArticle i: Int) -> Int? {
        guard let row = rows.firstIndex(where: { $0.article == i }) else { return nil }
        return (0...row).last { rows[$0].article == nil }
    }

    /// Unread and new articles: in all, and under each header of the list.
    mutating func countUnread() {
        // Once a list is built, over every article: the entries are read
        // once, and the reader's own changes looked up only when it has any.
        let entries = catalog.entries
        let changes = flagChanges
        func flags(_ i: Int) -> ReadingFlags { changes.isEmpty ? entries[i].flags : changes[i] ?? entries[i].flags }
        var under: [Int: Int] = [:]
        var header: Int? = nil, unreadHere = 0
        for (r, row) in rows.enumerated() {
            if let i = row.article {
                if !flags(i).contains(.read) { unreadHere += 1 }
            } else {
                if let h = header, unreadHere > 0 { under[h] = unreadHere }
                header = r
                unreadHere = 0
            }
        }
        if let h = header, unreadHere > 0 { under[h] = unreadHere }
        unreadUnder = under
        unreadCount = 0
        newCount = 0
        for i in entries.indices {
            let f = flags(i)
            if !f.contains(.read) { unreadCount += 1 }
            if f.contains(.new) { newCount += 1 }
        }
    }

    /// Opens on the article and screen where the reader last stopped.
    public mutating func restoreSession() {
        guard let last = catalog.lastSession(), let article = last.article,
              let row = rows.firstIndex(where: { $0.article == article }) else { return }
        selected = row
        ensureSelectionVisible()
        if last.open { focus = .reader }
        syncReader()
    }

    /// Where the reader is, for the library to reopen there.
    public var session: ReadingChange { .session(article: selectedArticle, open: focus == .reader) }
}
