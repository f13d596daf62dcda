import DubaoCore
import DubaoStore

extension Library {
    /// The catalog `read` and `list` show: the one place that chooses it.
    /// For now the pages parsed into memory; the database catalog goes here.
    var catalog: any ArticleCatalog {
        MemoryCatalog(articles: articles, pageCount: pages.count)
    }
}
