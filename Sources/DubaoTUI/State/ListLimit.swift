import DubaoCore
import DubaoStore

/// The list's limit (`L`): what was typed and the articles it leaves.
///
/// Terms are separated by spaces and all must hold:
/// - `2024-02-22` a day, `2024-02` a month, `2024` a year,
///   `2024-02-01..2024-02-15` a range (either end a day, a month or a year);
/// - `section:要闻` (`版:`), `place:聊城` (`地:`), `author:孙亚飞` (`作者:`):
///   the field holds the text (a full-width `：` does as well);
/// - any other word: the section, the place or an author holds it.
///
/// Dates and sections are the catalog's entries, filtered in memory; places
/// and authors are asked of the catalog, once, when the limit is set.
public struct ListLimit: Sendable {
    public var text: String
    /// The catalog indices left.
    public var articles: Set<Int>

    enum Term: Equatable {
        case dates(ClosedRange<Int32>)
        case section(String)
        case place(String)
        case author(String)
        case word(String)
    }

    /// The terms of a limit, or why it cannot be read.
    static func terms(_ text: String) -> Result<[Term], LimitError> {
        var out: [Term] = []
        for raw in text.split(whereSeparator: \.isWhitespace).map(String.init) {
            let word = raw.replacingOccurrences(of: "：", with: ":")
            if let colon = word.firstIndex(of: ":") {
                let field = word[..<colon].lowercased()
                let value = String(word[word.index(after: colon)...])
                guard !value.isEmpty else { return .failure(LimitError("nothing after “\(raw)”")) }
                switch field {
                case "section", "版", "版面": out.append(.section(value))
                case "place", "地", "地点": out.append(.place(value))
                case "author", "作者": out.append(.author(value))
                case "date", "日期":
                    guard let r = dateRange(value) else { return .failure(LimitError("not a date: “\(value)”")) }
                    out.append(.dates(r))
                default:
                    return .failure(LimitError("no field “\(word[..<colon])”: section:, place:, author: or a date"))
                }
            } else if word.first.map({ $0.isASCII && $0.isNumber }) == true {
                guard let r = dateRange(word) else {
                    return .failure(LimitError("not a date: “\(raw)” (2024-02-22, 2024-02, 2024-02-01..2024-02-15)"))
                }
                out.append(.dates(r))
            } else {
                out.append(.word(word))
            }
        }
        return .success(out)
    }

    /// The sort keys (`PartialDate.sortKey`) of a day, a month, a year or a range of them.
    static func dateRange(_ text: String) -> ClosedRange<Int32>? {
        let ends = text.components(separatedBy: "..")
        guard ends.count == 1 || ends.count == 2,
              let first = period(ends[0]), let last = period(ends.count == 2 ? ends[1] : ends[0]),
              first.lowerBound <= last.upperBound else { return nil }
        return first.lowerBound...last.upperBound
    }

    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD` as a range of sort keys.
    static func period(_ text: String) -> ClosedRange<Int32>? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false).map { Int($0) }
        guard (1...3).contains(parts.count), parts.allSatisfy({ $0 != nil }) else { return nil }
        let n = parts.map { $0! }
        guard n[0] >= 1, n[0] <= 9999 else { return nil }
        func key(_ m: Int, _ d: Int) -> Int32 { Int32((n[0] * 13 + m) * 32 + d + 1) }
        switch n.count {
        case 1: return key(0, 0)...key(12, 31)
        case 2:
            guard (1...12).contains(n[1]) else { return nil }
            return key(n[1], 0)...key(n[1], 31)
        default:
            guard (1...12).contains(n[1]), (1...31).contains(n[2]) else { return nil }
            return key(n[1], n[2])...key(n[1], n[2])
        }
    }

    /// The limit `text` on `catalog`; an error when it cannot be read.
    static func make(_ text: String, catalog: any ArticleCatalog) -> Result<ListLimit, LimitError> {
        let terms: [Term]
        switch Self.terms(text) {
        case .failure(let e): return .failure(e)
        case .success(let t): terms = t
        }
        let entries = catalog.entries
        var left = Set(entries.indices)
        func sections(_ holds: (String) -> Bool) -> Set<Int32> {
            Set(catalog.sectionNames.indices.filter { holds(catalog.sectionNames[$0]) }.map(Int32.init))
        }
        for term in terms {
            switch term {
            case .dates(let range):
                left = left.filter { range.contains(entries[$0].dateKey) }
            case .section(let name):
                let s = sections { $0.contains(name) }
                left = left.filter { s.contains(entries[$0].section) }
            case .place(let name):
                left.formIntersection(catalog.articles(place: name, author: nil))
            case .author(let name):
                left.formIntersection(catalog.articles(place: nil, author: name))
            case .word(let word):
                let s = sections { $0.contains(word) }
                var any = Set(left.filter { s.contains(entries[$0].section) })
                any.formUnion(catalog.articles(place: word, author: nil).intersection(left))
                any.formUnion(catalog.articles(place: nil, author: word).intersection(left))
                left = any
            }
            if left.isEmpty { break }
        }
        return .success(ListLimit(text: text.split(whereSeparator: \.isWhitespace).joined(separator: " "), articles: left))
    }
}

/// A limit that cannot be read, and why.
struct LimitError: Error {
    var reason: String
    init(_ reason: String) { self.reason = reason }
}
