/// A page printed in Traditional characters, read through its Simplified
/// form: the parser's vocabulary (`本报讯`, `记者`, `新华社…电`, `亿`, `个`)
/// is written once, in Simplified, and a Hong Kong, Macau or Taiwan page
/// (`本報訊`, `記者`, `新華社…電`, `億`, `個`) is the same page to it.
///
/// Folding is one scalar to one (`SearchFolding`'s Hant → Hans table), so
/// every string the parser returns is made of the folded page's scalars in
/// page order. Each is put back into the characters the page printed by
/// walking it along the page; a figure's offsets stay valid because no
/// string changes its length. Units stay Simplified, as the contract asks.
struct TraditionalPage {
    /// The page's scalars without whitespace, as printed and as folded.
    private let printed: [Unicode.Scalar]
    private let folded: [Unicode.Scalar]
    /// The text to parse.
    let foldedText: String

    /// Traditional characters a page must hold to be read this way: a
    /// Simplified page with a name in an old form (`乾隆`) is read as it is.
    static let minimumTraditional = 5
    /// Han characters read, at most, to tell.
    static let sampledHan = 1000

    /// nil when the page is not in Traditional characters.
    init?(text: String) {
        guard Self.holdsTraditional(text) else { return nil }
        var out = String.UnicodeScalarView()
        var printed: [Unicode.Scalar] = [], folded: [Unicode.Scalar] = []
        printed.reserveCapacity(text.unicodeScalars.count)
        folded.reserveCapacity(text.unicodeScalars.count)
        for s in text.unicodeScalars {
            let f = SearchFolding.simplifiedHan(s)
            out.append(f)
            if !Scalars.isSpace(s) && s != "\n" && s != "\r" {
                printed.append(s)
                folded.append(f)
            }
        }
        self.printed = printed
        self.folded = folded
        foldedText = String(out)
    }

    /// Whether `text` holds `minimumTraditional` Traditional characters
    /// among its first `sampledHan` Han characters (a page in Traditional
    /// characters shows them from its first lines; a Simplified page quoting
    /// a few names far down is no Traditional page).
    /// Every page is asked, so this reads UTF-8 bytes: only the three-byte
    /// sequences of the Han blocks are decoded, and the table is fetched once.
    static func holdsTraditional(_ text: String) -> Bool {
        let table = SearchFolding.simplified
        var text = text
        return text.withUTF8 { b in
            var changed = 0, han = 0, i = 0
            while i + 2 < b.count, han < sampledHan {
                let lead = b[i]
                guard lead >= 0xE3 && lead <= 0xE9 || lead == 0xEF else { i += 1; continue }
                let v = UInt32(lead & 0x0F) << 12 | UInt32(b[i + 1] & 0x3F) << 6 | UInt32(b[i + 2] & 0x3F)
                i += 3
                let folded: UInt32
                if v >= 0x3400 && v < 0xA000 { folded = table[Int(v &- 0x3400)] }
                else if v >= 0xF900 && v < 0xFB00 { folded = table[Int(v &- 0xF900) &+ 0x6C00] }
                else { continue }
                han += 1
                if folded != v {
                    changed += 1
                    if changed == minimumTraditional { return true }
                }
            }
            return false
        }
    }

    /// How far ahead a scalar is looked for when the parser left something
    /// of the page out between two of a string's scalars (a marker, a credit).
    static let window = 64
    /// Scalars of a string that must match the page to find where it starts.
    static let anchor = 8

    /// `s` (made by the parser from the folded page) in the page's own characters.
    func restore(_ s: String) -> String {
        var from = 0
        return restore(s, from: &from)
    }

    /// The same, looking for where `s` starts from `from` on first (the
    /// parser's strings come in page order: a page of thousands of articles
    /// is then restored in one pass, not one pass an article); `from` is
    /// left where `s` was found, or where it ends (`toEnd`: the next string
    /// follows it, as a paragraph follows the one before — a paragraph that
    /// opens with the words the one before it opened with, a caption
    /// repeating its story's lead, is then found where it stands).
    func restore(_ s: String, from: inout Int, reach: Int = TraditionalPage.reach, toEnd: Bool = false) -> String {
        let scalars = Array(s.unicodeScalars)
        let key = scalars.filter { !Scalars.isSpace($0) && $0 != "\n" }.prefix(Self.anchor)
        guard !key.isEmpty, var q = start(of: Array(key), from: from, reach: reach) else { return s }
        from = q
        var out = String.UnicodeScalarView()
        for c in scalars {
            if Scalars.isSpace(c) || c == "\n" { out.append(c); continue }
            var k = q
            while k < folded.count, k - q < Self.window, folded[k] != c { k += 1 }
            if k < folded.count, folded[k] == c {
                out.append(printed[k])
                q = k + 1
            } else {
                out.append(c)
            }
        }
        if toEnd { from = q }
        return String(out)
    }

    /// Where `key` first stands at `from` or after, else before it.
    private func start(of key: [Unicode.Scalar], from: Int, reach: Int) -> Int? {
        guard key.count <= folded.count else { return nil }
        func find(_ range: Range<Int>) -> Int? {
            var i = range.lowerBound
            while i < range.upperBound, i + key.count <= folded.count {
                if folded[i] == key[0], folded[i..<(i + key.count)].elementsEqual(key) { return i }
                i += 1
            }
            return nil
        }
        // Within `reach` of where the last string stood: a page of ordinary
        // size is looked through whole; on a page of megabytes a string the
        // parser made up (an indicator) is not looked for in all of it.
        let from = min(max(0, from), folded.count)
        return find(from..<min(folded.count, from + reach)) ?? find(max(0, from - reach)..<from)
    }

    /// How far from the last string found a string is looked for.
    static let reach = 1 << 17

    /// The articles of the page in its own characters, in page order.
    func restore(_ articles: [Article]) -> [Article] {
        var from = 0
        return articles.map { restore($0, from: &from) }
    }

    /// The article in the page's own characters; `from` as for a string: the
    /// article's paragraphs are looked for from its start on.
    func restore(_ a: Article, from: inout Int) -> Article {
        var a = a
        // Each heading is looked for from where the article may begin; the
        // paragraphs one after another.
        func heading(_ s: String) -> String {
            var at = from
            return restore(s, from: &at)
        }
        a.titles = a.titles.map(heading)
        a.headline = a.headline.map(heading)
        a.column = a.column.map(heading)
        var text = from
        // Where its text starts: a caption the parser sets after the story it
        // interrupts stands before where that story ended.
        var start = from
        if let first = a.paragraphs.first { _ = restore(first, from: &start) }
        a.paragraphs = a.paragraphs.map { restore($0, from: &text, toEnd: true) }
        // What stands inside the article (or is made of its words, as an
        // indicator is) is looked for there only: to the end of its text.
        let begin = min(from, start)
        let end = text + Self.anchor * 8
        let extent = max(Self.window, end - begin)
        func inside(_ s: String) -> String {
            var at = begin
            return restore(s, from: &at, reach: extent)
        }
        a.authors = a.authors.map(inside)
        a.place = a.place.map(inside)
        for i in a.figures.indices {
            a.figures[i].text = inside(a.figures[i].text)
            a.figures[i].indicator = a.figures[i].indicator.map(inside)
        }
        from = max(from, text)
        return a
    }

    func restore(_ a: Article) -> Article {
        var from = 0
        return restore(a, from: &from)
    }
}
