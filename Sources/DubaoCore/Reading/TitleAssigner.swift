/// Gives each title line to the article it belongs to.
///
/// Titles stand together between bodies; each belongs to the article it talks
/// about. Candidates are the untitled articles just before the group and the
/// article after it; the assignment keeps page order (a title never belongs
/// to an earlier article than the title before it) and maximises how much
/// each title shares with its article's text, with a prior from the page
/// layout (titles above or below their bodies).
enum TitleAssigner {
    /// A column banner and the article printed after it, if any.
    struct Banner {
        var line: TitleLine
        var next: Int?
        var name: String { ColumnBanner.name(of: line.string) }
    }

    /// Returns the title lines that belong to no article: column banners.
    static func assign(groups: [TitleGroup], to articles: inout [ArticleDraft], layout: TitleLayout,
                       announcedColumns: Set<String>) -> [Banner] {
        // Bigram sets are made for the articles some title could belong to, once.
        var bodyCache: [Int: BigramSet] = [:]
        let snapshot = articles
        func body(_ i: Int) -> BigramSet {
            if let b = bodyCache[i] { return b }
            let b = BigramSet(paragraphs: snapshot[i].paragraphs)
            bodyCache[i] = b
            return b
        }
        var titled = articles.map { !$0.titles.isEmpty }
        var banners: [Banner] = []
        for var group in groups {
            let size = group.titles.count + group.late.count
            let lines = group.titles + group.late
            let following = group.next
            let isBanner = { (t: TitleLine) in
                if ColumnBanner.isBanner(t, announced: announcedColumns, inGroupOf: size) { return true }
                guard let k = lines.firstIndex(of: t), k == 0 else { return false }
                // A title over an editor's note: the note has no title of its own.
                if lines.count == 1, let n = following, let lead = snapshot[n].paragraphs.first?.text,
                   ArticleKindRules.isEditorsNote(lead) { return true }
                return k + 1 < lines.count && ColumnBanner.isShortBanner(t, over: lines[k + 1])
            }
            // Each line is judged once (the test builds strings to look up).
            let bannerLines = lines.filter(isBanner)
            for t in bannerLines {
                banners.append(Banner(line: t, next: group.next))
            }
            if !bannerLines.isEmpty {
                group.titles.removeAll(where: bannerLines.contains)
                group.late.removeAll(where: bannerLines.contains)
            }
            var candidates: [(index: Int, prior: Double)] = []
            if let p = group.previous {
                var i = p
                var step = 0
                while i >= 0, step < 3, !titled[i], articles[i].pointer == nil, !articles[i].isPhotoLike {
                    let prior: Double
                    switch layout {
                    case .titlesAfter: prior = step == 0 ? 0.2 : 0.1 - 0.05 * Double(step)
                    case .titlesFirst: prior = -0.05 - 0.1 * Double(step)
                    }
                    candidates.insert((i, prior), at: 0)
                    i -= 1
                    step += 1
                }
            }
            if let n = group.next {
                candidates.append((n, layout == .titlesFirst ? 0.2 : (articles[n].bylines.isEmpty ? -0.1 : -0.3)))
            }
            var titles = group.titles
            if let n = group.next, !group.late.isEmpty {
                // Lines after the byline: the article's title if it has none
                // before, else its column banner, else its first intertitles.
                let isDash = { (t: TitleLine) in Headline.isSubtitle(t.text) }
                if titles.isEmpty { titles = group.late }
                else if group.late.allSatisfy(isDash) { titles += group.late }
                else if group.late.allSatisfy({ ColumnBanner.isBanner($0, announced: announcedColumns, inGroupOf: 2) }) {
                    articles[n].banners += group.late
                } else {
                    let heads = group.late.map {
                        BodyParagraph(text: Array($0.string.unicodeScalars), lineWidths: [$0.width], firstLine: $0.number)
                    }
                    articles[n].intertitles = Set(articles[n].intertitles.map { $0 + heads.count }).union(0..<heads.count)
                    articles[n].paragraphs.insert(contentsOf: heads, at: 0)
                }
            } else {
                titles += group.late
            }
            guard !titles.isEmpty else { continue }
            guard !candidates.isEmpty else {
                banners += titles.map { Banner(line: $0, next: group.next) }
                continue
            }
            let scores = titles.map { t in
                candidates.map { c in body(c.index).share(of: t.text) + c.prior }
            }
            // A lone title at the end of the page that shares nothing with the
            // article before it is a banner, not that article's title.
            if group.next == nil, scores.allSatisfy({ $0.allSatisfy { $0 < 0.3 } }) {
                banners += titles.map { Banner(line: $0, next: nil) }
                continue
            }
            let choice = monotoneBest(scores)
            for (k, c) in choice.enumerated() {
                let a = candidates[c].index
                articles[a].titles.append(titles[k])
                titled[a] = true
            }
        }
        return banners
    }

    /// The non-decreasing choice of candidate per title with the best total score.
    static func monotoneBest(_ scores: [[Double]]) -> [Int] {
        let m = scores.count, n = scores[0].count
        var best = Array(repeating: Array(repeating: -Double.infinity, count: n), count: m)
        var from = Array(repeating: Array(repeating: 0, count: n), count: m)
        for c in 0..<n { best[0][c] = scores[0][c] }
        for k in 1..<max(1, m) {
            var runBest = -Double.infinity, runArg = 0
            for c in 0..<n {
                if best[k - 1][c] > runBest { runBest = best[k - 1][c]; runArg = c }
                best[k][c] = runBest + scores[k][c]
                from[k][c] = runArg
            }
        }
        var c = (0..<n).max { best[m - 1][$0] < best[m - 1][$1] } ?? 0
        var out = Array(repeating: 0, count: m)
        for k in stride(from: m - 1, through: 0, by: -1) {
            out[k] = c
            c = from[k][c]
        }
        return out
    }
}

/// The pairs of adjacent Han characters of a text, for comparing a title
/// with a body.
///
/// An open-addressing table of the pairs (a power-of-two number of slots, 0
/// for an empty one: a pair of Han characters is never 0). `Set<UInt64>`
/// hashed every pair of every candidate body with SipHash, most of the time
/// title assignment took on long pages.
struct BigramSet {
    private var slots: [UInt64]
    private let mask: Int

    init(paragraphs: [BodyParagraph]) {
        self.init(capacity: paragraphs.reduce(0) { $0 + $1.text.count })
        for p in paragraphs { add(p.text) }
    }

    init(_ text: [Unicode.Scalar]) {
        self.init(capacity: text.count)
        add(text)
    }

    /// Room for `count` pairs at a load of at most one half.
    private init(capacity count: Int) {
        var size = 16
        while size < count * 2 { size <<= 1 }
        slots = Array(repeating: 0, count: size)
        mask = size - 1
    }

    private func slot(of pair: UInt64) -> Int {
        Int(truncatingIfNeeded: (pair &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }

    mutating func add(_ text: [Unicode.Scalar]) {
        var previous: UInt32 = 0
        for s in text where Scalars.isCJK(s) {
            if previous != 0 { insert(UInt64(previous) << 32 | UInt64(s.value)) }
            previous = s.value
        }
    }

    private mutating func insert(_ pair: UInt64) {
        var i = slot(of: pair)
        while true {
            let held = slots[i]
            if held == pair { return }
            if held == 0 { slots[i] = pair; return }
            i = (i + 1) & mask
        }
    }

    func contains(_ pair: UInt64) -> Bool {
        var i = slot(of: pair)
        while true {
            let held = slots[i]
            if held == pair { return true }
            if held == 0 { return false }
            i = (i + 1) & mask
        }
    }

    static func pairs(_ text: [Unicode.Scalar]) -> [UInt64] {
        var out: [UInt64] = []
        var previous: UInt32 = 0
        for s in text where Scalars.isCJK(s) {
            if previous != 0 { out.append(UInt64(previous) << 32 | UInt64(s.value)) }
            previous = s.value
        }
        return out
    }

    /// For each paragraph index in `lines`, the share of that paragraph's
    /// bigrams printed in the paragraphs before it and after it, in one pass
    /// over the text (an article may have many intertitles).
    static func sharesBeforeAndAfter(_ lines: [Int], in paragraphs: [BodyParagraph]) -> [Int: (before: Double, after: Double)] {
        var pairsOf: [Int: Set<UInt64>] = [:]
        for k in lines {
            pairsOf[k] = Set(Self.pairs(paragraphs[k].text))
        }
        // The pairs of the lines, in a table quick to ask of every pair of the article.
        let wanted = BigramSet(paragraphs: lines.map { paragraphs[$0] })
        // For every wanted pair, the first and last paragraph it stands in.
        var first: [UInt64: Int] = [:], last: [UInt64: Int] = [:]
        for (j, paragraph) in paragraphs.enumerated() {
            for p in Self.pairs(paragraph.text) where wanted.contains(p) {
                if first[p] == nil { first[p] = j }
                last[p] = j
            }
        }
        var out: [Int: (Double, Double)] = [:]
        for k in lines {
            guard let pairs = pairsOf[k], !pairs.isEmpty else { continue }
            // A pair found only in the line itself counts for neither side.
            let before = pairs.filter { (first[$0] ?? k) < k }.count
            let after = pairs.filter { (last[$0] ?? k) > k }.count
            out[k] = (Double(before) / Double(pairs.count), Double(after) / Double(pairs.count))
        }
        return out
    }

    /// The share of the text's bigrams found in this set.
    func share(of text: [Unicode.Scalar]) -> Double {
        var pairs = 0, found = 0
        var previous: UInt32 = 0
        for s in text where Scalars.isCJK(s) {
            if previous != 0 {
                pairs += 1
                if contains(UInt64(previous) << 32 | UInt64(s.value)) { found += 1 }
            }
            previous = s.value
        }
        guard pairs > 0 else { return 0 }
        return Double(found) / Double(pairs)
    }
}
