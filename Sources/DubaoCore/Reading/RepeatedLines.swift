/// Lines printed again and again: a site's controls above every article of a
/// page, a paper's chrome on every page of an issue. What recurs that way is
/// furniture, whatever its words — except what recurs by design and means
/// something: a column's banner or a series line (they name the column), and
/// text (a sentence never counts).
///
/// Two kinds of evidence, one rule for what may count:
/// - on one page: a line printed `onPage` times or more;
/// - across the pages of one folder (`SiteChrome`, learned by the library
///   from the pages that share the folder and given to the parser): a line
///   on at least `minimumPages` pages and on at least half of them.
enum RepeatedLines {
    /// Times a line must stand on one page (a title is printed twice where
    /// an article is continued: that is no furniture).
    static let onPage = 3
    /// Chrome is short: a control, a label, a site's name.
    static let maxLength = 40
    /// What ends a sentence or a clause: a line holding it is text (and
    /// most lines of a page's text hold one: they are turned away at it).
    static let sentenceEnds = ScalarClass("。！？!?，；")

    /// The key of a line that may be furniture by repetition, or nil for a
    /// line that never is (text, a banner, a series line). Every short line
    /// of a page is asked: the key is a hash of its scalars without spaces
    /// (64-bit FNV-1a: the same in every process, so a library can tell
    /// whether a folder's chrome changed).
    static func key(_ t: [Unicode.Scalar]) -> Int? {
        guard t.count >= 2, t.count <= maxLength else { return nil }
        // One pass: the hash of the scalars without spaces, and whether a
        // sentence ends in the line (this runs on every short line of a page).
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        var n = 0
        let ends = sentenceEnds
        for s in t where !Scalars.isSpace(s) {
            if ends.contains(s) { return nil }
            hash = (hash ^ UInt64(s.value)) &* 0x100_0000_01b3
            n += 1
        }
        guard n >= 2, !Headline.isSubtitle(t), !endsWithBannerWord(t) else { return nil }
        return Int(bitPattern: UInt(hash))
    }

    /// Whether the line, spaces aside, ends in a column banner's word.
    static func endsWithBannerWord(_ t: [Unicode.Scalar]) -> Bool {
        guard let last = t.last(where: { !Scalars.isSpace($0) }), bannerLasts.contains(last) else { return false }
        return ColumnBanner.endingScalars.contains { word in
            var i = t.count - 1, k = word.count - 1
            while k >= 0 {
                while i >= 0, Scalars.isSpace(t[i]) { i -= 1 }
                guard i >= 0, t[i] == word[k] else { return false }
                i -= 1
                k -= 1
            }
            return true
        }
    }

    /// The last characters of the banners' words: most lines end in none.
    static let bannerLasts = ScalarClass(String(String.UnicodeScalarView(ColumnBanner.endingScalars.compactMap(\.last))))

    /// The key of each line of each block (nil where none), once a page.
    static func keys(_ blocks: [Block]) -> [[Int?]] {
        blocks.map { $0.lines.map { key($0.text) } }
    }

    /// The keys of the lines printed `onPage` times or more on a page,
    /// sorted. (Sorting, not hashing: most pages repeat nothing, and a line
    /// is then asked with no hash at all.)
    static func onPage(_ keys: [[Int?]]) -> [Int] {
        var all = keys.flatMap { $0.compactMap { $0 } }
        guard all.count >= onPage else { return [] }
        all.sort()
        var out: [Int] = []
        var i = 0
        while i < all.count {
            var j = i + 1
            while j < all.count, all[j] == all[i] { j += 1 }
            if j - i >= onPage { out.append(all[i]) }
            i = j
        }
        return out
    }
}

/// The lines a site or paper prints on most pages of one folder of an
/// archive (its menu, controls, masthead words), learned from those pages
/// by the library and given to the parser with each of them: a page parsed
/// alone has none, and parses as well as the rules read it.
public struct SiteChrome: Sendable, Hashable {
    /// Keys of `RepeatedLines.key`.
    let lines: Set<Int>

    public static let none = SiteChrome(lines: [])

    /// Folders of more pages than this learn no chrome: a flat dump of an
    /// archive is no site's issue, and a change in it would re-read it all.
    public static let maximumPages = 400

    /// The same for the same chrome in every process; 0 for none. A page's
    /// stored hash adds it, so a page whose folder's chrome changed is parsed
    /// again.
    public var fingerprint: Int64 {
        lines.reduce(Int64(0)) { $0 &+ Int64($1) }
    }

    /// Pages a line must stand on, at least.
    public static let minimumPages = 3

    public var isEmpty: Bool { lines.isEmpty }

    /// The chrome of the pages of one folder (their decoded texts).
    public static func learn(from texts: [String]) -> SiteChrome {
        guard texts.count >= minimumPages, texts.count <= maximumPages else { return .none }
        return learn(fromPages: texts.map(PageKeys.init(text:)))
    }

    /// The same from each page's keys, taken where the pages were read (on
    /// every core): what is left is counting.
    public static func learn(fromPages pages: [PageKeys]) -> SiteChrome {
        guard pages.count >= minimumPages, pages.count <= maximumPages else { return .none }
        var pagesOf: [Int: Int] = [:]
        for page in pages {
            for k in page.keys { pagesOf[k, default: 0] += 1 }
        }
        let lines = pagesOf.filter { $0.value >= minimumPages && $0.value * 2 >= pages.count }.keys
        return SiteChrome(lines: Set(lines))
    }

    /// The keys of the lines of one page that may be chrome, each once.
    public struct PageKeys: Sendable {
        let keys: Set<Int>

        public init(text: String) {
            var seen = Set<Int>()
            // The lines as the parser reads them (Simplified, `TraditionalPage`).
            for block in PageLines.blocks(of: TraditionalPage(text: text)?.foldedText ?? text) {
                for line in block.lines {
                    if let k = RepeatedLines.key(line.text) { seen.insert(k) }
                }
            }
            keys = seen
        }
    }

    func contains(_ t: [Unicode.Scalar]) -> Bool {
        guard !lines.isEmpty, let k = RepeatedLines.key(t) else { return false }
        return lines.contains(k)
    }
}
