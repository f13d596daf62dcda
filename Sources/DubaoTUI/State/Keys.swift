import DubaoStore
/// A key as the reader understands it, whatever the terminal sent.
public enum Key: Sendable, Hashable {
    case char(Unicode.Scalar)
    /// A control key: `.ctrl("l")` is Ctrl-L.
    case ctrl(Unicode.Scalar)
    case up, down, left, right, pageUp, pageDown, home, end
    case enter, escape, backspace, tab
    case wheelUp, wheelDown

    /// The key's name in the help screen.
    public var label: String {
        switch self {
        case .char(" "): return "Space"
        case .char(let c): return String(c)
        case .ctrl(let c): return "Ctrl-" + String(c).uppercased()
        case .up: return "↑"
        case .down: return "↓"
        case .left: return "←"
        case .right: return "→"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .home: return "Home"
        case .end: return "End"
        case .enter: return "Enter"
        case .escape: return "Esc"
        case .backspace: return "Backspace"
        case .tab: return "Tab"
        case .wheelUp: return "wheel↑"
        case .wheelDown: return "wheel↓"
        }
    }
}

/// What happens to the reader: a key, or a new terminal size.
public enum Event: Sendable, Hashable {
    case key(Key)
    case resize(rows: Int, cols: Int)
    /// The library is being brought up to date: how far it has come.
    case syncProgress(String)
    /// The sync is over: the library as it now is (nil when nothing changed),
    /// and what to tell the user.
    case syncFinished(CatalogSnapshot?, Message?)
    /// The open article has been on screen a while with no key: it is read.
    case dwell
    /// What became of an effect the presenter carried out (`.save`): for the message line.
    case notice(Message)
    /// Another dubao changed the library's articles (a sync in another
    /// session): the library as it now is. The list is renewed on it and the
    /// selection stays on the same article.
    case libraryChanged(CatalogSnapshot)
    /// A change of the reader's state the library did not keep, and why:
    /// the screen stops showing it.
    case notKept(ReadingChange, String)
}

/// A catalog handed to the reader as an event; events compare by identity.
public struct CatalogSnapshot: Sendable, Hashable {
    public let catalog: any ArticleCatalog
    public init(_ catalog: any ArticleCatalog) { self.catalog = catalog }
    public static func == (a: Self, b: Self) -> Bool { a.catalog === b.catalog }
    public func hash(into hasher: inout Hasher) { hasher.combine(ObjectIdentifier(catalog)) }
}

/// What update asks of the world beyond the state.
public enum Effect: Sendable, Hashable {
    case quit
    /// Repaint every cell, whatever the terminal is thought to show (Ctrl-L).
    case redrawAll
    /// A search was committed: keep its text for the next sessions' history
    /// (`ReaderState.searchHistory` has it already for this one).
    case rememberSearch(String)
    /// Keep a change of the reader's state in the library, now.
    case record(ReadingChange)
    /// The first-run key hint was dismissed: never show it again.
    case hintDismissed
    /// Write `text` to a new file at `path` (a leading `~/` is the home
    /// directory), never over an existing one; the presenter answers with
    /// `Event.notice`.
    case save(text: String, path: String)
}
