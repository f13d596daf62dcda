import Foundation

/// A search for a substring (no word segmentation), under `SearchFolding`: the
/// query and the text are folded alike, so `５０００` finds `5000`, `GDP` finds
/// `gdp` and `灌區` finds `灌区` (and the reverse).
public struct SearchQuery: Sendable, Hashable {
    /// What the user typed.
    public let text: String
    let needle: [UInt32]
    /// KMP failure function of `needle`: matching is linear in the text.
    let failure: [Int]

    /// Nil when the query is empty once whitespace is dropped.
    public init?(_ text: String) {
        let needle = SearchFolding.folded(text)
        guard !needle.isEmpty else { return nil }
        self.text = text
        self.needle = needle
        var failure = [Int](repeating: 0, count: needle.count)
        var k = 0
        for i in 1..<max(1, needle.count) {
            while k > 0 && needle[i] != needle[k] { k = failure[k - 1] }
            if needle[i] == needle[k] { k += 1 }
            failure[i] = k
        }
        self.failure = failure
    }

    /// Where the query occurs in `text`, as ranges of Unicode scalar offsets of
    /// the original text (a match may span skipped whitespace). Matches do not overlap.
    public func ranges(in text: some StringProtocol) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var k = 0
        var i = 0
        var recent = [Int](repeating: 0, count: needle.count)  // ring of recent origins
        var folded = 0
        for s in text.unicodeScalars {
            defer { i += 1 }
            guard let f = SearchFolding.fold(s.value) else { continue }
            recent[folded % needle.count] = i
            folded += 1
            while k > 0 && f != needle[k] { k = failure[k - 1] }
            if f == needle[k] { k += 1 }
            if k == needle.count {
                let first = recent[(folded - needle.count) % needle.count]
                out.append(first..<(i + 1))
                k = 0
            }
        }
        return out
    }

    /// Whether the query occurs in text folded beforehand with
    /// `SearchFolding.folded` (a filter over many short texts folds them once).
    public func occurs(inFolded haystack: [UInt32]) -> Bool {
        var k = 0
        for f in haystack {
            while k > 0 && f != needle[k] { k = failure[k - 1] }
            if f == needle[k] { k += 1 }
            if k == needle.count { return true }
        }
        return false
    }

    /// How many times the query occurs in `text`.
    public func count(in text: some StringProtocol) -> Int {
        var n = 0
        var k = 0
        for s in text.unicodeScalars {
            guard let f = SearchFolding.fold(s.value) else { continue }
            while k > 0 && f != needle[k] { k = failure[k - 1] }
            if f == needle[k] { k += 1 }
            if k == needle.count { n += 1; k = 0 }
        }
        return n
    }

    /// Matches in the titles and paragraphs of an article.
    public func count(in article: Article) -> Int {
        var n = 0
        for t in article.titles { n += count(in: t) }
        if article.titles.isEmpty, let h = article.headline { n += count(in: h) }
        for p in article.paragraphs { n += count(in: p) }
        return n
    }

    /// Hit counts of every article, computed on all cores.
    public func counts(in articles: [Article]) -> [Int] {
        var counts = [Int](repeating: 0, count: articles.count)
        let chunk = 256
        let chunks = (articles.count + chunk - 1) / chunk
        counts.withUnsafeMutableBufferPointer { out in
            let buffer = UncheckedSendable(out)
            DispatchQueue.concurrentPerform(iterations: chunks) { c in
                for i in (c * chunk)..<min(articles.count, (c + 1) * chunk) {
                    buffer.value[i] = count(in: articles[i])
                }
            }
        }
        return counts
    }
}
