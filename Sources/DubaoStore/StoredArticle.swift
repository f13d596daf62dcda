import DubaoCore

/// An article as the library stores it: the record's columns, and the words
/// the search index is given (made again, the same, when a page is dropped,
/// since the index keeps no text of its own).
struct StoredArticle: Sendable {
    var article: Article
    /// The title lines, one a line (the headline when no title is printed).
    var titleText: String
    /// The paragraphs, one a line.
    var bodyText: String

    init(_ article: Article) {
        self.article = article
        titleText = StoredArticle.titleText(titles: article.titles, headline: article.headline)
        bodyText = article.paragraphs.joined(separator: "\n")
    }

    static func titleText(titles: [String], headline: String?) -> String {
        titles.isEmpty ? (headline ?? "") : titles.joined(separator: "\n")
    }

    /// The same, from the stored `titles` column (lines joined).
    static func titleText(stored titles: String, headline: String?) -> String {
        titles.isEmpty ? (headline ?? "") : titles
    }

    var searchWords: SearchWords { SearchWords(title: titleText, body: bodyText) }
}

/// The three columns of a row of the search index.
struct SearchWords: Sendable {
    var title: String
    var body: String
    var initials: String

    init(title: String, body: String) {
        self.title = SearchTokens.words(of: title)
        self.body = SearchTokens.words(of: body)
        self.initials = SearchTokens.initialsWords(ofTitle: title)
    }
}

extension SearchTokens {
    /// The words of the pinyin initials of a title, for queries such as `wsgq`.
    static func initialsWords(ofTitle title: String) -> String {
        words(of: title.split(separator: "\n").map { Pinyin.initials(of: $0) }.joined(separator: "\n"))
    }
}
