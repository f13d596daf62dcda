import DubaoCore
import GRDB

/// A search of the whole library through its index: what the list search,
/// the figures view and `dubao search` share.
struct LibrarySearch {
    let reader: any DatabaseReader

    struct Found {
        /// Matching article row ids, those matched in a title first.
        var ids: [Int64]
        var inTitle: Set<Int64>
        var queries: [SearchQuery]
    }

    func run(_ text: String) throws(SearchError) -> Found {
        let needle = SearchFolding.folded(text)
        guard SearchTokens.hasSubstance(needle), let literal = SearchQuery(text) else {
            throw .nothingToSearch(text)
        }
        var queries = [literal]
        var phrases = [needle]
        do {
            return try reader.read { db in
                phrases += try PinyinSearch.words(for: text, in: db).map(SearchFolding.folded)
                queries += phrases.dropFirst().compactMap { SearchQuery(String(String.UnicodeScalarView($0.compactMap(Unicode.Scalar.init)))) }
                var all: [Int64] = []
                var seen = Set<Int64>()
                var inTitle = Set<Int64>()
                for phrase in phrases {
                    guard let match = SearchTokens.match(folded: phrase) else { continue }
                    for id in try Int64.fetchAll(db, sql: "SELECT rowid FROM search WHERE search MATCH ?",
                                                 arguments: ["title : " + match]) {
                        inTitle.insert(id)
                    }
                    for id in try Int64.fetchAll(db, sql: "SELECT rowid FROM search WHERE search MATCH ?",
                                                 arguments: ["{title body} : " + match]) where seen.insert(id).inserted {
                        all.append(id)
                    }
                }
                if let initials = PinyinSearch.initialsMatch(for: text) {
                    for id in try Int64.fetchAll(db, sql: "SELECT rowid FROM search WHERE search MATCH ?",
                                                 arguments: ["initials : " + initials]) {
                        inTitle.insert(id)
                        if seen.insert(id).inserted { all.append(id) }
                    }
                }
                return Found(ids: all, inTitle: inTitle, queries: queries)
            }
        } catch let error as SearchError {
            throw error
        } catch {
            throw .unreadable("\(error)")
        }
    }

    /// Matches of any of the queries in a title and a body (one line each).
    static func count(_ queries: [SearchQuery], title: String, body: String) -> Int {
        var n = 0
        for q in queries {
            for line in title.split(separator: "\n") { n += q.count(in: line) }
            for line in body.split(separator: "\n") { n += q.count(in: line) }
        }
        return n
    }
}

