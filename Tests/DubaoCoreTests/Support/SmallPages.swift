@testable import DubaoCore

/// Suites that parse small pages written for one rule each.
protocol SmallPages {}

extension SmallPages {
    func parse(_ text: String) -> [Article] {
        PageParser.parse(text: text, name: "t", source: "t.txt")
    }

    /// Read as the library reads a file: a Traditional page through its
    /// Simplified form, and given back its own characters.
    func read(_ text: String) -> [Article] { read("t.txt", text) }

    /// The same, the page kept at `source` (a dated path gives its issue date).
    func read(_ source: String, _ text: String) -> [Article] {
        guard case .success(let page) = Library.readPage(source: source, bytes: Array(text.utf8)) else { return [] }
        return page.articles
    }
}
