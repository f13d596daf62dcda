@testable import DubaoCore

/// Suites that parse small pages written for one rule each.
protocol SmallPages {}

extension SmallPages {
    func parse(_ text: String) -> [Article] {
        PageParser.parse(text: text, name: "t", source: "t.txt")
    }
}
