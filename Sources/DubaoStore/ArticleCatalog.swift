import DubaoCore
import GRDB

/// What the reader needs of a library: its articles by index (0..<count, in
/// the library's page order), with the little the list groups by held in
/// memory and everything else read when it is asked for. The reader never
/// parses and never sees SQL: it asks a catalog.
///
/// A catalog is a snapshot: its articles do not change under the reader.
/// Implementations may cache, so they are reference types; they must be safe
/// to call from one thread at a time (the reader's).
public protocol ArticleCatalog: AnyObject, Sendable {
    /// How many page files the articles came from.
    var pageCount: Int { get }
    /// How many articles there are.
    var count: Int { get }
    /// Every article's date and section, by index: what grouping and sorting
    /// need, a few bytes per article.
    var entries: [CatalogEntry] { get }
    /// The names `CatalogEntry.section` points into, in page order.
    var sectionNames: [String] { get }
    /// What a list row shows of an article.
    func summary(_ index: Int) -> ArticleSummary
    /// The whole article, figures included; nil if it cannot be read.
    func article(_ index: Int) -> Article?
    /// The index of the article with this id (`page#n`), if there is one.
    func index(ofKey key: String) -> Int?
    /// The articles that match a search, with their hit counts, and the
    /// queries to highlight in an article (more than one when the text was
    /// pinyin standing for Chinese words).
    func search(_ text: String) throws(SearchError) -> CatalogSearch
    /// The articles whose place holds `place` and whose authors (any of
    /// them) hold `author`, as substrings; a nil text does not limit. For
    /// the list's limit (`L`): read once when a limit is set, not per key.
    func articles(place: String?, author: String?) -> Set<Int>
    /// What a search for `text` looks for, without running it: the text
    /// itself and the Chinese words of the library its pinyin spells (the
    /// figures view filters with these).
    func queries(for text: String) throws(SearchError) -> [SearchQuery]
    /// Every figure of every article, for the figures view.
    func figureRecords() -> [FigureRecord]
    /// The article an article goes on in (its `continues`, `下转3版`), when the
    /// library has that page: a page of the same folder numbered so, and on
    /// it the article of the same headline.
    func continuation(of index: Int) -> Int?
    /// The article whose continuation this one is, the other way.
    func continued(from index: Int) -> Int?
    /// Where the reader left an article, if it did.
    func readingPosition(_ index: Int) -> ReadingPosition?
    /// Keeps a change of the reader's state (read, starred, position, where
    /// it stopped), and says whether it was kept. The catalog's entries keep
    /// the flags they were read with: the reader keeps its own changes over them.
    @discardableResult
    func record(_ change: ReadingChange) -> RecordOutcome
    /// The article's lasting identity (page, title, the title's occurrence):
    /// the same article in a catalog read later has it too.
    func identity(_ index: Int) -> String?
    /// The index of the article with this identity, if it is here.
    func index(ofIdentity identity: String) -> Int?
    /// The catalog read again when the library's articles changed since this
    /// one was read (another dubao synced); nil when they did not.
    func renewed() -> (any ArticleCatalog)?
    /// Where the reader was when it last stopped, if that article is here.
    func lastSession() -> ReaderSession?
    /// The decoded text of the page file the article came from, read again
    /// from disk, and the 0-based line where the article starts in it
    /// (`PageLocation`); nil when the file cannot be read, and for built-in
    /// pages, which are not on disk.
    func pageText(_ index: Int) -> (text: String, line: Int)?
}

/// What became of a change of the reader's state.
public enum RecordOutcome: Sendable, Hashable {
    case kept
    /// Kept until the reader quits, not in the library: why (the library
    /// could not be written, and the pages were read into memory).
    case sessionOnly(String)
    /// Not written: the library's articles changed since the catalog was
    /// read, so its indices may name other articles. Renew and ask again.
    case libraryChanged
    /// Not written: why (a full disk, a read-only file, a lock held too long).
    case notKept(String)

    /// The reason a write failed, as a user would say it (`DatabaseFailure`,
    /// but for a lock: the reader waits a second for it, not thirty).
    static func reason(_ error: any Error) -> String {
        if let e = error as? DatabaseError, e.resultCode == .SQLITE_BUSY || e.resultCode == .SQLITE_LOCKED {
            return "another program is writing to the library"
        }
        return DatabaseFailure(error, subject: "the library")?.reason ?? "\(error)"
    }
}

/// An article's place in the list: its date and section.
public struct CatalogEntry: Sendable, Hashable {
    /// `PartialDate.sortKey` of the page date; 0 when undated.
    public var dateKey: Int32
    /// Index into `ArticleCatalog.sectionNames`.
    public var section: Int32
    /// Read, starred, new: as the library held them when the catalog was read.
    public var flags: ReadingFlags
    public init(dateKey: Int32, section: Int32, flags: ReadingFlags = []) {
        self.dateKey = dateKey
        self.section = section
        self.flags = flags
    }
}

/// What the reader has done with an article, and whether it is new.
public struct ReadingFlags: OptionSet, Sendable, Hashable {
    public let rawValue: UInt32
    public init(rawValue: UInt32) { self.rawValue = rawValue }
    public static let read = ReadingFlags(rawValue: 1)
    public static let starred = ReadingFlags(rawValue: 2)
    /// Brought by the latest sync that brought any (not kept in the library:
    /// worked out when a catalog is read).
    public static let new = ReadingFlags(rawValue: 4)
}

/// Where a reader left an article: the paragraph (block) and the offset in it.
public struct ReadingPosition: Sendable, Hashable {
    public var block: Int
    public var offset: Int
    public init(block: Int, offset: Int) {
        self.block = block
        self.offset = offset
    }
}

/// What a list row shows of an article.
public struct ArticleSummary: Sendable, Hashable {
    public var id: String
    public var displayTitle: String
    public var place: String?
    public var section: String
    public var kind: ArticleKind
    public var pageDate: PartialDate?
    public var source: String
    /// The article's lasting identity (`ArticleCatalog.identity`), read with
    /// the row: the reader finds the same article in a renewed catalog by it.
    public var identity: String

    public init(id: String, displayTitle: String, place: String?, section: String, kind: ArticleKind,
                pageDate: PartialDate?, source: String, identity: String? = nil) {
        self.identity = identity ?? id
        self.id = id
        self.displayTitle = displayTitle
        self.place = place
        self.section = section
        self.kind = kind
        self.pageDate = pageDate
        self.source = source
    }

    public init(_ article: Article) {
        self.init(id: article.id, displayTitle: article.displayTitle, place: article.place,
                  section: article.section, kind: article.kind, pageDate: article.pageDate,
                  source: article.source)
    }
}

/// The result of a search over a catalog.
public struct CatalogSearch: Sendable {
    /// Article index → number of matches in its titles and text.
    public var hits: [Int: Int]
    /// What to find and highlight in an article: the query itself, and the
    /// Chinese words a pinyin query stood for.
    public var queries: [SearchQuery]
    public init(hits: [Int: Int], queries: [SearchQuery]) {
        self.hits = hits
        self.queries = queries
    }
}

/// A search that cannot be run.
public enum SearchError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Nothing is left to search for once spaces and punctuation are dropped.
    case nothingToSearch(String)
    /// The library could not be read.
    case unreadable(String)
    /// Longer than anyone types (`SearchError.maximumLength` characters):
    /// refused before any work, so that no text can take the machine's memory.
    case tooLong(Int)

    /// Characters a query may have: a long phrase is twenty.
    public static let maximumLength = 256

    /// Refuses a query longer than `maximumLength`.
    public static func check(_ text: String) throws(SearchError) {
        let n = text.count
        if n > maximumLength { throw .tooLong(n) }
    }

    public var description: String {
        switch self {
        case .nothingToSearch(let text):
            return "nothing to search for in “\(text)”: give letters, digits or Chinese characters"
        case .unreadable(let reason):
            return "the library cannot be searched: \(reason)"
        case .tooLong(let n):
            return "the search is \(n) characters long; at most \(Self.maximumLength) are searched for"
        }
    }
}

/// One figure of the archive with what the figures view shows and sorts by.
public struct FigureRecord: Sendable {
    /// Index of the article in the catalog.
    public var article: Int
    /// Index into the article's figures.
    public var figure: Int
    public var text: String
    public var value: Double
    public var unit: String
    public var kind: Figure.Kind?
    public var indicator: String?
    /// One name per indicator across pages (see `IndicatorNames`).
    public var canonicalIndicator: String? { indicator.map(IndicatorNames.canonical) }
    /// The article's date, else its page's.
    public var date: PartialDate?
    public var headline: String

    public init(article: Int, figure: Int, text: String, value: Double, unit: String, kind: Figure.Kind?,
                indicator: String?, date: PartialDate?, headline: String) {
        self.article = article
        self.figure = figure
        self.text = text
        self.value = value
        self.unit = unit
        self.kind = kind
        self.indicator = indicator
        self.date = date
        self.headline = headline
    }
}
