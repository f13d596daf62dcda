import DubaoCore
@testable import DubaoStore
import Foundation
import GRDB

/// One article of a page written by a test: a title line and its paragraphs.
struct TestArticle {
    var title: String
    var paragraphs: [String]
}

/// A page file's text in the style the parser reads: a title, then paragraphs
/// indented with two full-width spaces, the first one led by a dateline.
func pageText(date: String, _ articles: [TestArticle]) -> String {
    // `date` is "2024年3月5日".
    var out = "\n"
    for a in articles {
        out += a.title + "\n\n"
        for (i, p) in a.paragraphs.enumerated() {
            out += "　　" + (i == 0 ? "本报聊城\(date)讯　" : "") + p + "\n"
        }
        out += "\n"
    }
    return out
}

/// A temporary directory, removed by `cleanup()`.
final class TempDir {
    let url: URL
    var path: String { url.path }

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("dubao-store-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    func sub(_ name: String) throws -> String {
        let p = url.appendingPathComponent(name).path
        try FileManager.default.createDirectory(atPath: p, withIntermediateDirectories: true)
        return p
    }

    @discardableResult
    func write(_ relative: String, _ text: String, mtime: Date? = nil) throws -> String {
        try write(relative, bytes: Array(text.utf8), mtime: mtime)
    }

    @discardableResult
    func write(_ relative: String, bytes: [UInt8], mtime: Date? = nil) throws -> String {
        let p = url.appendingPathComponent(relative).path
        try FileManager.default.createDirectory(atPath: (p as NSString).deletingLastPathComponent,
                                                withIntermediateDirectories: true)
        try Data(bytes).write(to: URL(fileURLWithPath: p))
        if let mtime { try setMtime(p, mtime) }
        return p
    }
}

func setMtime(_ path: String, _ date: Date) throws {
    try FileManager.default.setAttributes([.modificationDate: date], ofItemAtPath: path)
}

func mtime(_ path: String) throws -> Date {
    try FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as! Date
}

/// A library of the pages under `paths`: sync, then the catalog of their scope.
struct Synced {
    var report: SyncReport
    var catalog: DatabaseCatalog
}

@discardableResult
func sync(_ database: LibraryDatabase, _ paths: [String], pipeline: Int = LibrarySync.currentPipeline) throws -> Synced {
    let roots = PageRoots(paths)
    let walked = roots.walk()
    let report = try LibrarySync(database: database, pipeline: pipeline)
        .sync(walked.files.map(PageInput.init(file:)), scope: roots.scope, directories: walked.directories)
    return Synced(report: report, catalog: try DatabaseCatalog(database: database, scope: roots.scope))
}

extension DatabaseCatalog {
    var allArticles: [Article] { articles(0..<count) }

    func article(key: String) -> Article? {
        index(ofKey: key).flatMap { article($0) }
    }
}

/// The catalog indices whose articles contain `query` on one title line or in
/// one paragraph, compared as search compares (folded): the brute-force answer.
func bruteForce(_ query: String, in catalog: DatabaseCatalog) -> Set<Int> {
    let needle = SearchFolding.folded(query)
    var out = Set<Int>()
    for (i, a) in catalog.allArticles.enumerated() {
        let lines = (a.titles.isEmpty ? [a.headline ?? ""] : a.titles) + a.paragraphs
        if lines.contains(where: { contains(SearchFolding.folded($0), needle) }) { out.insert(i) }
    }
    return out
}

private func contains(_ hay: [UInt32], _ needle: [UInt32]) -> Bool {
    guard !needle.isEmpty, hay.count >= needle.count else { return false }
    for start in 0...(hay.count - needle.count) where hay[start..<(start + needle.count)].elementsEqual(needle) {
        return true
    }
    return false
}

func found(_ query: String, in catalog: DatabaseCatalog) throws -> Set<Int> {
    Set(try catalog.search(query).hits.keys)
}

func close(_ database: LibraryDatabase) throws {
    if let pool = database.writer as? DatabasePool { try pool.close() }
    if let queue = database.writer as? DatabaseQueue { try queue.close() }
}
