import Foundation

/// One page file, read and parsed.
public struct Page: Sendable, Hashable {
    /// The file name without its extension: the page's identity in ids.
    public var name: String
    public var source: String
    public var encoding: SourceEncoding
    public var articles: [Article]
    /// The latest date of the page's articles.
    public var pageDate: PartialDate? { articles.first?.pageDate }
}

/// A file that was passed over, and why.
public struct LoadWarning: Error, Sendable, Hashable, CustomStringConvertible {
    public var path: String
    public var message: String
    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }
    public var description: String { "\(path): \(message)" }
}

/// The pages a reader has opened: the unit every command and the reader work on.
public struct Library: Sendable {
    public var pages: [Page]
    public var warnings: [LoadWarning]

    public init(pages: [Page] = [], warnings: [LoadWarning] = []) {
        self.pages = pages
        self.warnings = warnings
    }

    /// Every article of every page, pages in the order given, articles in reading order.
    public var articles: [Article] { pages.flatMap(\.articles) }

    public func article(id: String) -> Article? {
        for page in pages { if let a = page.articles.first(where: { $0.id == id }) { return a } }
        return nil
    }

    /// Reads files and directories (recursively, `*.txt`). Paths that cannot be
    /// read become warnings; the rest is read.
    public static func load(paths: [String]) -> Library {
        var warnings: [LoadWarning] = []
        var files: [String] = []
        for path in paths {
            files += PageFiles.expand(path, warnings: &warnings)
        }
        var sources: [(source: String, bytes: [UInt8])] = []
        for file in files {
            switch FileBytes.read(file) {
            case .success(let bytes): sources.append((file, bytes))
            case .failure(let warning): warnings.append(warning)
            }
        }
        var library = load(sources: sources)
        library.warnings = warnings + library.warnings
        return library
    }

    /// Parses pages already in memory; `source` is the path recorded in articles.
    public static func load(sources: [(source: String, bytes: [UInt8])]) -> Library {
        var results = [Result<Page, LoadWarning>?](repeating: nil, count: sources.count)
        results.withUnsafeMutableBufferPointer { out in
            let buffer = UncheckedSendable(out)
            DispatchQueue.concurrentPerform(iterations: sources.count) { i in
                buffer.value[i] = readPage(source: sources[i].source, bytes: sources[i].bytes)
            }
        }
        var library = Library()
        for result in results {
            switch result {
            case .success(let page): library.pages.append(page)
            case .failure(let warning): library.warnings.append(warning)
            case nil: break
            }
        }
        return library
    }

    /// Decodes and parses one page, figures included; a page that cannot be
    /// read becomes a warning.
    public static func readPage(source: String, bytes: [UInt8]) -> Result<Page, LoadWarning> {
        do {
            let (text, encoding) = try TextDecoding.decode(bytes)
            return readPage(source: source, text: text, encoding: encoding)
        } catch {
            return .failure(LoadWarning(path: source, message: error.description))
        }
    }

    /// Parses a decoded page, with the chrome of its folder where the
    /// library knows it (`SiteChrome`).
    public static func readPage(source: String, text: String, encoding: SourceEncoding,
                                chrome: SiteChrome = .none) -> Result<Page, LoadWarning> {
        let name = PageFiles.pageName(of: source)
        // A page in Traditional characters is read in Simplified and given
        // back its own characters.
        let traditional = TraditionalPage(text: text)
        // (The parser finds each article's figures as it assembles it.)
        var articles = PageParser.parse(text: traditional?.foldedText ?? text, name: name, source: source, chrome: chrome)
        if let traditional { articles = traditional.restore(articles) }
        if articles.isEmpty {
            return .failure(LoadWarning(path: source, message: "no articles found in the text"))
        }
        return .success(Page(name: name, source: source, encoding: encoding, articles: articles))
    }
}

/// Wraps a value the compiler cannot prove thread-safe where each thread
/// touches its own part only (the output slots of `concurrentPerform`).
struct UncheckedSendable<T>: @unchecked Sendable {
    var value: T
    init(_ value: T) { self.value = value }
}

public enum PageFiles {
    public static func pageName(of path: String) -> String {
        let file = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = file.lastIndex(of: "."), dot != file.startIndex else { return file }
        return String(file[..<dot])
    }

    /// A file as it is; a directory as its `*.txt` files, recursively, sorted.
    public static func expand(_ path: String, warnings: inout [LoadWarning]) -> [String] {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else {
            warnings.append(LoadWarning(path: path, message: "no such file or directory"))
            return []
        }
        guard isDir.boolValue else { return [path] }
        guard let walker = FileManager.default.enumerator(atPath: path) else {
            warnings.append(LoadWarning(path: path, message: "directory cannot be read"))
            return []
        }
        var found: [String] = []
        while let relative = walker.nextObject() as? String {
            if relative.lowercased().hasSuffix(".txt") {
                let full = path.hasSuffix("/") ? path + relative : path + "/" + relative
                var sub: ObjCBool = false
                if FileManager.default.fileExists(atPath: full, isDirectory: &sub), !sub.boolValue {
                    found.append(full)
                }
            }
        }
        if found.isEmpty {
            warnings.append(LoadWarning(path: path, message: "no *.txt page files in this directory"))
        }
        return found.sorted()
    }
}
