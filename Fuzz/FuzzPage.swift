// The fuzz target of the page parser and the figure extractor: libFuzzer
// hands it bytes, which go where a page file's bytes go (decoding, articles,
// figures), and the export encodes what comes out. Built with the parser's
// sources into one program by `make fuzz`; not part of the package.
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
    return 0
}
