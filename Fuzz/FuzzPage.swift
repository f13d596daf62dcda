// The fuzz target of the page parser, the figure extractor and the search
// query's reading: libFuzzer hands it bytes, which go where a page file's
// bytes go (decoding, articles, figures; the export encodes what comes out),
// and, as text, where a typed search goes (folding, the query, its pinyin
// readings). Built with the parser's sources into one program by `make fuzz`;
// not part of the package.
import Foundation

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPage(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    if case .success(let page) = Library.readPage(source: "fuzz.txt", bytes: bytes) {
        let encoder = JSONEncoder()
        for article in page.articles {
            // An article the export cannot write is a finding: trap on it.
            _ = try! encoder.encode(article)
        }
    }
    // A query is at most 256 characters (longer ones are refused before
    // any work): its first 256 of the input, read as UTF-8.
    let query = String(String(decoding: bytes.prefix(1024), as: UTF8.self).prefix(256))
    _ = SearchFolding.folded(query)
    if let q = SearchQuery(query) {
        _ = q.count(in: Substring("位山灌区开闸放水，春灌全面展开。" + query))
    }
    // The readings of a query as pinyin are bounded however it is spelled.
    let readings = Pinyin.segmentations(of: query, limit: 4)
    precondition(readings.count <= 4, "more pinyin readings than asked for")
    return 0
}
