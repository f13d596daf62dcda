import DubaoCore
import DubaoStore

/// A line for the user at the bottom of the screen.
public struct Message: Sendable, Hashable {
    public enum Level: Sendable, Hashable { case info, warning, error }
    public var text: String
    public var level: Level
    public init(_ text: String, level: Level = .info) {
        self.text = text
        self.level = level
    }
}

/// The search or the limit being typed: the line, where the cursor is, and
/// which earlier query ↑/↓ have brought back.
public struct Prompt: Sendable, Hashable {
    /// What Enter does with the line: search (`/`), limit the list (`L`), or
    /// save the article to the file named (`s`).
    public enum Purpose: Sendable, Hashable { case search, limit, save }
    public internal(set) var purpose: Purpose = .search
    public internal(set) var text: String = ""
    /// The cursor, in characters from the start (0...text.count): it stands
    /// before the character at that index, or after the end.
    public internal(set) var cursor: Int = 0
    /// The index into the history of the query shown; nil when editing a new line.
    public internal(set) var historyIndex: Int?
    /// The new line, kept while ↑ walks the history.
    var draft: String = ""

    public init(text: String = "", purpose: Purpose = .search) {
        self.text = text
        self.purpose = purpose
        cursor = text.count
    }
}

/// The list's search: what was typed, the articles that match with their
/// hit counts, and the queries to find in an opened article (the catalog's:
/// more than one when pinyin stood for Chinese words).
public struct ListFilter: Sendable {
    public var text: String
    public var hits: [Int: Int]
    public var queries: [SearchQuery]
}

/// A search in the open article: every match of any of its queries, in text
/// order and not overlapping, and the one last moved to.
public struct ArticleSearch: Sendable {
    public struct Match: Sendable, Hashable {
        public var block: Int
        public var range: Range<Int>
    }
    public var queries: [SearchQuery]
    public var matches: [Match]
    public var current: Int
    /// For each block, the indices of its matches (in order).
    public var byBlock: [Int: [Int]]

    init(queries: [SearchQuery], layout: ArticleLayout) {
        self.queries = queries
        var matches: [Match] = []
        var byBlock: [Int: [Int]] = [:]
        // The meta line is not the article's text: the list's counts do not include it either.
        for (b, block) in layout.blocks.enumerated() where block.kind != .meta {
            for r in Self.merged(queries.map { $0.ranges(in: block.text) }) {
                byBlock[b, default: []].append(matches.count)
                matches.append(Match(block: b, range: r))
            }
        }
        self.matches = matches
        self.byBlock = byBlock
        current = 0
    }

    /// The ranges of several queries in one text, in text order; where two
    /// overlap, the one that starts first (else the longer) is kept.
    static func merged(_ lists: [[Range<Int>]]) -> [Range<Int>] {
        if lists.count == 1 { return lists[0] }
        let all = lists.joined().sorted {
            $0.lowerBound != $1.lowerBound ? $0.lowerBound < $1.lowerBound : $0.upperBound > $1.upperBound
        }
        var out: [Range<Int>] = []
        for r in all where out.last.map({ $0.upperBound <= r.lowerBound }) ?? true { out.append(r) }
        return out
    }
}

/// The page file an article came from, shown whole (`r`): its lines made
/// safe for the terminal, and the first one shown.
public struct PageView: Sendable, Hashable {
    public var title: String
    public var lines: [String]
    public var top: Int
    /// The line where the article starts (drawn in the headline's style).
    public var start: Int
}

/// Which pane the keys go to.
public enum Focus: Sendable, Hashable { case list, reader }

/// Everything the reader shows, in one value. Changed only by `update`, drawn
/// only by `render`.
///
/// The articles are not in the state: it asks `catalog` for them. A catalog
/// is an immutable snapshot, so the same state and event still give the same
/// next state: `update` stays deterministic though it reads the catalog
/// (entries for the list, `search`, `article` when one is opened, figure
/// records for the figures view). `render` reads only what is on screen:
/// the summaries of the list's rows shown; the open article is kept here.
public struct ReaderState: Sendable {
    public internal(set) var catalog: any ArticleCatalog
    /// How far a sync of the library running beside the reader has come; nil when none runs.
    public internal(set) var syncStatus: String?

    // The reader's own state (read, starred). The catalog's entries hold it
    // as it was when the catalog was read; what changed since is here.
    public internal(set) var flagChanges: [Int: ReadingFlags] = [:]
    /// Only starred articles are listed.
    public internal(set) var starredOnly = false
    /// Unread articles under each header row of `rows`.
    public internal(set) var unreadUnder: [Int: Int] = [:]
    public internal(set) var unreadCount = 0
    public internal(set) var newCount = 0
    /// Changes for the library, handed out as effects by `update`.
    var pendingRecords: [ReadingChange] = []
    public internal(set) var geometry: Geometry
    public internal(set) var settings: Settings

    // The list.
    public internal(set) var grouping: Grouping = .dateThenSection
    public internal(set) var rows: [ListRow] = []
    /// The indices of the article rows of `rows`, ascending.
    public internal(set) var articleRows: [Int] = []
    /// Index into `rows` of the selected article row; nil when the list is empty.
    public internal(set) var selected: Int?
    public internal(set) var listTop = 0
    public internal(set) var filter: ListFilter?
    /// The list's limit (`L`): only its articles are listed, and searched.
    public internal(set) var limit: ListLimit?

    // The article.
    public internal(set) var focus: Focus = .list
    /// The article laid out, its index in the catalog, and the article itself
    /// (read from the catalog once, when it is opened; nil if it cannot be read).
    public internal(set) var layout: ArticleLayout?
    public internal(set) var layoutArticle: Int?
    public internal(set) var openArticle: Article?
    /// The first line shown, and the text it starts with (kept across resizes).
    public internal(set) var top = 0
    public internal(set) var anchor = Anchor(block: 0, offset: 0)
    /// Columns the article's tables are scrolled sideways (tables only: the
    /// text around them stays put).
    public internal(set) var tableOffset = 0
    public internal(set) var search: ArticleSearch?

    // The figures.
    /// Open over the article when set.
    public internal(set) var figurePanel: FigurePanel?
    /// Built on the first `F`, then kept: the catalog does not change.
    public internal(set) var figureIndex: FigureIndex?
    public internal(set) var figuresView = FiguresView()
    public internal(set) var showsFigures = false
    /// The figure last shown from the panel or the view (index into the
    /// article's figures), marked in the text until another article opens.
    public internal(set) var markedFigure: Int?

    // Around.
    public internal(set) var prompt: Prompt?
    public internal(set) var message: Message?
    public internal(set) var showsHelp = false
    /// The first-run key hint is in the message row (until a key is pressed).
    public internal(set) var showsHint = false
    /// The raw page, over everything but the help, when set.
    public internal(set) var pageView: PageView?
    public internal(set) var helpTop = 0
    /// Earlier queries, oldest first (no repeats): ↑ and ↓ in the prompt walk them.
    public internal(set) var searchHistory: [String] = []
    /// The last search committed on each screen: `/` and Enter repeats it.
    public internal(set) var lastSearch: [KeyBindings.Screen: String] = [:]
    /// Earlier limits, oldest first: ↑ and ↓ in the limit prompt walk them.
    public internal(set) var limitHistory: [String] = []

    /// The first-run hint: the keys to begin with.
    public static let hint = "j/k move · Enter open · / search · Tab next unread · ? help · q quit"

    /// How many queries the history keeps.
    public static let historyLimit = 200

    public init(catalog: any ArticleCatalog, rows: Int, cols: Int, settings: Settings = Settings(),
                message: Message? = nil, searchHistory: [String] = [], showsHint: Bool = false) {
        self.catalog = catalog
        self.showsHint = showsHint
        self.searchHistory = Array(searchHistory.suffix(Self.historyLimit))
        self.geometry = Geometry(rows: rows, cols: cols)
        self.settings = settings
        self.message = message
        rebuildRows(keeping: nil)
        syncReader()
    }

    /// What the reader has done with an article.
    public func flags(_ index: Int) -> ReadingFlags { flagChanges[index] ?? catalog.entries[index].flags }

    /// The article of the selected row.
    public var selectedArticle: Int? { selected.flatMap { rows[$0].article } }

    /// Which key table the keys go to.
    public var screen: KeyBindings.Screen {
        if showsHelp { return .help }
        if pageView != nil { return .pageView }
        if showsFigures { return .figuresView }
        if focus == .list { return .list }
        return figurePanel != nil ? .figurePanel : .reader
    }

    /// True when the article pane is on screen.
    public var readerVisible: Bool { geometry.sideBySide || focus == .reader }

    /// Lines of the article pane.
    var pageHeight: Int { geometry.reader.height }

    /// 1-based position of the selected article among the listed ones, and their count.
    public var listPosition: (Int, Int) {
        guard let selected else { return (0, articleRows.count) }
        return (ordinal(ofRow: selected) + 1, articleRows.count)
    }

    /// The position of an article row among the article rows (binary search).
    func ordinal(ofRow row: Int) -> Int {
        var lo = 0, hi = articleRows.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if articleRows[mid] < row { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// How far through the article the view is, as the status line shows it.
    public var readerPosition: String {
        guard let layout else { return "" }
        let total = max(1, layout.lines.count)
        let bottom = min(total, top + pageHeight)
        return "\(bottom * 100 / total)%"
    }
}
