/// Everything a key can do.
public enum Action: Sendable, Hashable, CaseIterable {
    case lineDown, lineUp, pageDown, pageUp, top, bottom
    case wheelDown, wheelUp
    case open, back, clearSearch, clearSearchOrBack
    case nextArticle, previousArticle
    case scrollLeft, scrollRight
    case search, limit, nextMatch, previousMatch
    case toggleGrouping, toggleParagraphStyle
    case figurePanel, figuresView, cycleKind, cycleSort
    case help, closeHelp, redraw, quit
    case nextUnread, toggleRead, markGroupRead, toggleStar, toggleStarredOnly
    case followContinuation
    case rawPage, save
}

/// A key binding: the keys, what they do, and the line the help shows.
public struct Binding: Sendable, Hashable {
    public var keys: [Key]
    public var action: Action
    public var help: String
}

/// What a key does in the search prompt.
public enum PromptAction: Sendable, Hashable, CaseIterable {
    case commit, cancel
    case left, right, start, end
    case deleteBack, deleteWord, deleteToStart, deleteToEnd
    case older, newer
    case redraw
}

/// A key binding of the search prompt.
public struct PromptBinding: Sendable, Hashable {
    public var keys: [Key]
    public var action: PromptAction
    public var help: String
}

/// The key bindings, one table per screen; the help screen is generated from
/// these tables, so what it says is what the keys do.
public enum KeyBindings {
    public enum Screen: String, Sendable, CaseIterable {
        case list = "List", reader = "Article", figurePanel = "Figures of the article (f)"
        case figuresView = "Figures of the archive (F)", pageView = "Page of the article (r)"
        case help = "Help", global = "Everywhere"
    }

    public static let list: [Binding] = [
        Binding(keys: [.char("j"), .down], action: .lineDown, help: "next article"),
        Binding(keys: [.char("k"), .up], action: .lineUp, help: "previous article"),
        Binding(keys: [.char(" "), .pageDown], action: .pageDown, help: "page down"),
        Binding(keys: [.char("b"), .pageUp], action: .pageUp, help: "page up"),
        Binding(keys: [.char("g"), .home], action: .top, help: "first article"),
        Binding(keys: [.char("G"), .end], action: .bottom, help: "last article"),
        Binding(keys: [.wheelDown], action: .wheelDown, help: "scroll down"),
        Binding(keys: [.wheelUp], action: .wheelUp, help: "scroll up"),
        Binding(keys: [.enter, .char("l"), .right], action: .open, help: "open the article"),
        Binding(keys: [.char("/")], action: .search, help: "search all titles and texts"),
        Binding(keys: [.char("n")], action: .nextMatch, help: "next article found"),
        Binding(keys: [.char("N")], action: .previousMatch, help: "previous article found"),
        Binding(keys: [.char("L")], action: .limit, help: "limit the list: dates, section, place, author"),
        Binding(keys: [.escape], action: .clearSearch, help: "clear the search, else the limit"),
        Binding(keys: [.tab], action: .nextUnread, help: "next unread article"),
        Binding(keys: [.char("m")], action: .toggleRead, help: "mark read / unread"),
        Binding(keys: [.char("A")], action: .markGroupRead, help: "mark this date and section read"),
        Binding(keys: [.char("*")], action: .toggleStar, help: "star / unstar"),
        Binding(keys: [.char("S")], action: .toggleStarredOnly, help: "starred articles only / all"),
        Binding(keys: [.char("s")], action: .toggleGrouping, help: "group by date or by section"),
        Binding(keys: [.char("F")], action: .figuresView, help: "figures of the whole archive"),
        Binding(keys: [.char("q")], action: .quit, help: "quit"),
    ]

    public static let reader: [Binding] = [
        Binding(keys: [.char("j"), .down], action: .lineDown, help: "scroll down a line"),
        Binding(keys: [.char("k"), .up], action: .lineUp, help: "scroll up a line"),
        Binding(keys: [.char(" "), .pageDown], action: .pageDown, help: "page down; at the end, the next unread article"),
        Binding(keys: [.char("b"), .pageUp], action: .pageUp, help: "page up"),
        Binding(keys: [.char("g"), .home], action: .top, help: "beginning of the article"),
        Binding(keys: [.char("G"), .end], action: .bottom, help: "end of the article"),
        Binding(keys: [.wheelDown], action: .wheelDown, help: "scroll down"),
        Binding(keys: [.wheelUp], action: .wheelUp, help: "scroll up"),
        Binding(keys: [.char("<")], action: .scrollLeft, help: "scroll a wide table left"),
        Binding(keys: [.char(">")], action: .scrollRight, help: "scroll a wide table right"),
        Binding(keys: [.char("J")], action: .nextArticle, help: "next article"),
        Binding(keys: [.tab], action: .nextUnread, help: "next unread article"),
        Binding(keys: [.char("m")], action: .toggleRead, help: "mark read / unread"),
        Binding(keys: [.char("*")], action: .toggleStar, help: "star / unstar"),
        Binding(keys: [.char("c")], action: .followContinuation, help: "to where the article goes on (下转), or back from it"),
        Binding(keys: [.char("K")], action: .previousArticle, help: "previous article"),
        Binding(keys: [.char("/")], action: .search, help: "search this article"),
        Binding(keys: [.char("n")], action: .nextMatch, help: "next match"),
        Binding(keys: [.char("N")], action: .previousMatch, help: "previous match"),
        Binding(keys: [.char("f")], action: .figurePanel, help: "figures of this article"),
        Binding(keys: [.char("F")], action: .figuresView, help: "figures of the whole archive"),
        Binding(keys: [.char("r")], action: .rawPage, help: "the page file the article came from"),
        Binding(keys: [.char("s")], action: .save, help: "save the article as text to a file"),
        Binding(keys: [.char("h"), .left, .char("q")], action: .back, help: "back to the list"),
        Binding(keys: [.escape], action: .clearSearchOrBack, help: "clear the search, else back"),
    ]

    public static let figurePanel: [Binding] = [
        Binding(keys: [.char("j"), .down, .wheelDown], action: .lineDown, help: "next figure"),
        Binding(keys: [.char("k"), .up, .wheelUp], action: .lineUp, help: "previous figure"),
        Binding(keys: [.char("g"), .home], action: .top, help: "first figure"),
        Binding(keys: [.char("G"), .end], action: .bottom, help: "last figure"),
        Binding(keys: [.enter], action: .open, help: "show the figure in the text"),
        Binding(keys: [.char("q"), .escape, .char("h"), .left], action: .back, help: "back to the article"),
    ]

    public static let figuresView: [Binding] = [
        Binding(keys: [.char("j"), .down, .wheelDown], action: .lineDown, help: "next figure"),
        Binding(keys: [.char("k"), .up, .wheelUp], action: .lineUp, help: "previous figure"),
        Binding(keys: [.char(" "), .pageDown], action: .pageDown, help: "page down"),
        Binding(keys: [.char("b"), .pageUp], action: .pageUp, help: "page up"),
        Binding(keys: [.char("g"), .home], action: .top, help: "first figure"),
        Binding(keys: [.char("G"), .end], action: .bottom, help: "last figure"),
        Binding(keys: [.enter], action: .open, help: "open the article at the figure"),
        Binding(keys: [.char("t")], action: .cycleKind, help: "kind: all, targets, results"),
        Binding(keys: [.char("/")], action: .search, help: "filter by indicator, figure or headline (empty: all)"),
        Binding(keys: [.char("o")], action: .cycleSort, help: "sort by date, indicator or value"),
        Binding(keys: [.char("q"), .escape, .char("h"), .left], action: .back, help: "back"),
    ]

    public static let pageView: [Binding] = [
        Binding(keys: [.char("j"), .down, .wheelDown], action: .lineDown, help: "scroll down a line"),
        Binding(keys: [.char("k"), .up, .wheelUp], action: .lineUp, help: "scroll up a line"),
        Binding(keys: [.char(" "), .pageDown], action: .pageDown, help: "page down"),
        Binding(keys: [.char("b"), .pageUp], action: .pageUp, help: "page up"),
        Binding(keys: [.char("g"), .home], action: .top, help: "beginning of the page"),
        Binding(keys: [.char("G"), .end], action: .bottom, help: "end of the page"),
        Binding(keys: [.char("q"), .escape, .char("h"), .left], action: .back, help: "back to the article"),
    ]

    public static let help: [Binding] = [
        Binding(keys: [.char("j"), .down, .wheelDown], action: .lineDown, help: "scroll down"),
        Binding(keys: [.char("k"), .up, .wheelUp], action: .lineUp, help: "scroll up"),
        Binding(keys: [.char(" "), .pageDown], action: .pageDown, help: "page down"),
        Binding(keys: [.char("b"), .pageUp], action: .pageUp, help: "page up"),
        Binding(keys: [.char("?"), .char("q"), .char("h"), .escape, .left], action: .closeHelp, help: "close the help"),
    ]

    public static let global: [Binding] = [
        Binding(keys: [.char("?")], action: .help, help: "help"),
        Binding(keys: [.char("p")], action: .toggleParagraphStyle, help: "paragraphs: indented or spaced"),
        Binding(keys: [.ctrl("l")], action: .redraw, help: "redraw the screen"),
        Binding(keys: [.char("Q"), .ctrl("c")], action: .quit, help: "quit (in the search prompt Ctrl-C cancels it)"),
    ]

    /// The keys of the search prompt (`/`) and the limit prompt (`L`); every other printable key is text.
    public static let prompt: [PromptBinding] = [
        PromptBinding(keys: [.enter], action: .commit, help: "search (empty: again); limit (empty: all)"),
        PromptBinding(keys: [.escape, .ctrl("c"), .ctrl("g")], action: .cancel, help: "cancel"),
        PromptBinding(keys: [.left, .ctrl("b")], action: .left, help: "cursor left"),
        PromptBinding(keys: [.right, .ctrl("f")], action: .right, help: "cursor right"),
        PromptBinding(keys: [.ctrl("a"), .home], action: .start, help: "to the start of the line"),
        PromptBinding(keys: [.ctrl("e"), .end], action: .end, help: "to the end of the line"),
        PromptBinding(keys: [.backspace], action: .deleteBack, help: "delete before the cursor (empty: cancel)"),
        PromptBinding(keys: [.ctrl("w")], action: .deleteWord, help: "delete the word before the cursor"),
        PromptBinding(keys: [.ctrl("u")], action: .deleteToStart, help: "delete to the start of the line"),
        PromptBinding(keys: [.ctrl("k")], action: .deleteToEnd, help: "delete to the end of the line"),
        PromptBinding(keys: [.up, .ctrl("p")], action: .older, help: "an earlier search (limit)"),
        PromptBinding(keys: [.down, .ctrl("n")], action: .newer, help: "a later search (limit)"),
        PromptBinding(keys: [.ctrl("l")], action: .redraw, help: "redraw the screen"),
    ]

    /// What `key` does in the prompt; nil for text (and keys that do nothing there).
    public static func promptAction(for key: Key) -> PromptAction? {
        prompt.first(where: { $0.keys.contains(key) })?.action
    }

    public static func table(_ screen: Screen) -> [Binding] {
        switch screen {
        case .list: return list
        case .reader: return reader
        case .figurePanel: return figurePanel
        case .figuresView: return figuresView
        case .pageView: return pageView
        case .help: return help
        case .global: return global
        }
    }

    /// The action of `key` on `screen`: its own table first, then the global one
    /// (the help screen has no global keys but quit and redraw).
    public static func action(for key: Key, on screen: Screen) -> Action? {
        if let b = table(screen).first(where: { $0.keys.contains(key) }) { return b.action }
        let globals = screen == .help ? global.filter { $0.action == .quit || $0.action == .redraw } : global
        return globals.first(where: { $0.keys.contains(key) })?.action
    }
}
