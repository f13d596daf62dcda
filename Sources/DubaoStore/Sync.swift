import DubaoCore
import Foundation
import GRDB

/// How far a sync has come, for a progress line.
public struct SyncProgress: Sendable {
    public var filesDone = 0
    public var filesTotal = 0
    public var bytesDone: Int64 = 0
    public var bytesTotal: Int64 = 0
    public var articles = 0
    public var elapsed: TimeInterval = 0

    /// Bytes a second so far.
    public var rate: Double { elapsed > 0 ? Double(bytesDone) / elapsed : 0 }
    /// Seconds left at the rate so far; nil before there is a rate.
    public var remaining: TimeInterval? {
        guard rate > 0, bytesDone > 0 else { return nil }
        return Double(bytesTotal - bytesDone) / rate
    }
}

/// What a sync did.
public struct SyncReport: Sendable {
    public var added = 0
    public var changed = 0
    public var removed = 0
    public var unchanged = 0
    public var articles = 0
    /// Files that could not be read or parsed in this sync, or before.
    public var warnings: [LoadWarning] = []
    public var elapsed: TimeInterval = 0
    public var parsed: Int { added + changed }
}

/// A page to sync: a file on disk, or bytes already in memory (the built-in pages).
public struct PageInput: Sendable {
    public var path: String
    public var size: Int64
    public var mtime: Int64
    /// The bytes, when the page is not a file.
    public var bytes: [UInt8]?
    /// The path recorded as the articles' source.
    public var source: String

    public init(file: ScannedFile) {
        path = file.path
        size = file.size
        mtime = file.mtime
        bytes = nil
        source = file.path
    }

    public init(name: String, source: String, bytes: [UInt8]) {
        path = LibraryScope.builtinPrefix + name
        size = Int64(bytes.count)
        mtime = 0
        self.bytes = bytes
        self.source = source
    }
}

/// Brings the library up to date with page files: new files are parsed,
/// changed ones (size or time differ, then the bytes) parsed again, files
/// gone from the scope dropped. Parsing runs on every core; writing goes in
/// batches, one transaction each, so that a sync stopped at any moment leaves
/// a consistent library, and the next one carries on where it stopped.
public struct LibrarySync: Sendable {
    public let database: LibraryDatabase
    /// What `page.pipeline` must hold for a page to be current.
    public var pipeline: Int
    /// Pages parsed together, then written in one transaction.
    public var batchSize = 48

    public static var currentPipeline: Int { PageParser.version * 1000 + SearchTokens.version * 10 + rowLayout }
    /// Bumped when what the rows hold changes for the same parse (2: article
    /// ids in date order, `DatedIDs`).
    static let rowLayout = 3

    public init(database: LibraryDatabase, pipeline: Int = LibrarySync.currentPipeline) {
        self.database = database
        self.pipeline = pipeline
    }

    struct Known {
        var id: Int64
        var size: Int64
        var mtime: Int64
        var hash: Int64
        var pipeline: Int
        var warning: String?
    }

    /// Syncs `inputs`, which are every page of `scope`. `directories` are
    /// those the walk that found them went through, kept when the sync is
    /// complete for `isCurrent`.
    public func sync(_ inputs: [PageInput], scope: LibraryScope, directories: [DirectoryStamp] = [],
                     progress: ((SyncProgress) -> Void)? = nil) throws -> SyncReport {
        let start = Date()
        var report = SyncReport()
        let writer = database.writer

        // A library made by another pipeline is parsed again from scratch: its
        // index words cannot be trusted to match what this build would make.
        try writer.write { db in
            let stale = try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM page WHERE pipeline != ?)",
                                          arguments: [pipeline]) ?? false
            if stale {
                try db.execute(sql: "INSERT INTO search_title(search_title) VALUES('delete-all')")
                try db.execute(sql: "INSERT INTO search_body(search_body) VALUES('delete-all')")
                try db.execute(sql: "DELETE FROM page")
                try db.execute(sql: "DELETE FROM article_text")
                try db.execute(sql: "DELETE FROM section")
                try db.execute(sql: "DELETE FROM directory")
                try CatalogVersion.bump(in: db)
            }
            // Until this sync is complete, its directories' times vouch for nothing.
            let (condition, arguments) = scope.condition(column: "path")
            try db.execute(sql: "DELETE FROM directory WHERE \(condition)", arguments: StatementArguments(arguments))
        }

        let known = try writer.read { db -> [String: Known] in
            let (condition, arguments) = scope.condition(column: "path")
            var out: [String: Known] = [:]
            let rows = try Row.fetchCursor(db, sql: "SELECT id, path, size, mtime, hash, pipeline, warning FROM page WHERE \(condition)",
                                           arguments: StatementArguments(arguments))
            while let row = try rows.next() {
                out[row["path"]] = Known(id: row["id"], size: row["size"], mtime: row["mtime"], hash: row["hash"],
                                         pipeline: row["pipeline"], warning: row["warning"])
            }
            return out
        }

        // Dropped: pages of the scope that are no longer there.
        let present = Set(inputs.map(\.path))
        let gone = known.filter { !present.contains($0.key) }.map(\.value.id)
        if !gone.isEmpty {
            try writer.write { db in
                for id in gone { try Self.deletePage(id: id, in: db) }
                try CatalogVersion.bump(in: db)
            }
            report.removed = gone.count
        }

        var changedPaths = Set<String>()
        for input in inputs {
            if let k = known[input.path], k.size == input.size, k.mtime == input.mtime, k.pipeline == pipeline {
                continue
            }
            changedPaths.insert(input.path)
        }
        // A page is parsed with what its folder's pages share (`SiteChrome`):
        // where one changes, its folder's pages are read with it (those whose
        // chrome stayed the same are only touched).
        let folders = Self.folders(of: inputs)
        let touchedFolders = Set(inputs.filter { changedPaths.contains($0.path) }.map { Self.folder(of: $0.path) })
        var work: [PageInput] = []
        for input in inputs {
            let folder = Self.folder(of: input.path)
            let withFolder = touchedFolders.contains(folder) && (folders[folder] ?? 0) <= SiteChrome.maximumPages
            if changedPaths.contains(input.path) || withFolder {
                work.append(input)
            } else {
                report.unchanged += 1
                if let w = known[input.path]?.warning { report.warnings.append(LoadWarning(path: input.source, message: w)) }
            }
        }
        // Batches hold whole folders, so that each learns its chrome at once.
        work = Self.groupedByFolder(work)

        // A bulk of writes: a larger page cache keeps the index's segments in
        // memory while they are merged, and fewer checkpoints copy each page
        // from the log fewer times.
        if !work.isEmpty {
            try writer.writeWithoutTransaction { db in
                try db.execute(sql: "PRAGMA cache_size = -65536; PRAGMA wal_autocheckpoint = 8192")
            }
        }
        // Articles first met in this sync are of a new generation: "new since last time".
        let generation = (try writer.read { db in try ReadingStateRecords.generation(in: db) }) + 1
        var status = SyncProgress(filesTotal: work.count, bytesTotal: work.reduce(0) { $0 + $1.size })
        if !work.isEmpty { progress?(status) }
        // Parsing the next batch (on every core) goes on while the last one is
        // written (on the writer's connection): the two overlap.
        let writing = WriteInFlight()
        func account(_ done: WriteInFlight.Done) {
            report.added += done.added
            report.changed += done.changed
            report.unchanged += done.touched
            for page in done.pages {
                if let w = page.warning { report.warnings.append(LoadWarning(path: page.input.source, message: w)) }
                report.articles += page.articles.count
            }
            status.filesDone += done.pages.count
            status.bytesDone += done.pages.reduce(0) { $0 + $1.input.size }
            status.articles = report.articles
            status.elapsed = Date().timeIntervalSince(start)
            progress?(status)
        }
        var index = 0
        while index < work.count {
            let batch = Array(work[index..<Self.batchEnd(work, from: index, size: batchSize)])
            index += batch.count
            // A page of megabytes is parsed only once the batch before it is
            // written: the two would hold a page's thirty-fold in memory each.
            if batch.contains(where: { $0.size > Int64(Self.parsedAlone) }), let done = try writing.wait() { account(done) }
            let prepared = Self.prepare(batch)
            if let done = try writing.wait() { account(done) }
            writing.start(prepared) { pages in
                var written = (added: 0, changed: 0, touched: 0)
                try writer.write { db in written = try self.write(pages, known: known, generation: generation, in: db) }
                return WriteInFlight.Done(pages: pages, added: written.added, changed: written.changed, touched: written.touched)
            }
        }
        if let done = try writing.wait() { account(done) }
        // A directory changed just before the walk may change again within the
        // same tick of the file system's clock, leaving its time as it was
        // (git's "racy" entries): the times vouch for the scope only when all
        // of them are older than that, and are kept only then.
        let settled = Int64((start.timeIntervalSince1970 - 2) * 1e9)
        if !directories.isEmpty && directories.allSatisfy({ $0.mtime < settled }) {
            try writer.write { db in
                let insert = try db.cachedStatement(sql: "INSERT OR REPLACE INTO directory (path, mtime) VALUES (?, ?)")
                for d in directories { try insert.execute(arguments: [d.path, d.mtime]) }
            }
        }
        // What was written goes from the log into the library file itself
        // (PASSIVE: without waiting for anyone reading it): the file alone
        // then holds the library, should the log be lost.
        if report.added + report.changed + report.removed > 0 {
            try? writer.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA wal_checkpoint(PASSIVE)") }
        }
        report.elapsed = Date().timeIntervalSince(start)
        return report
    }

    /// Whether the library holds the pages of `scope` as they are, told
    /// without a stat of every page: the pipeline is this build's, every
    /// directory the last complete sync walked has the time it had then (a
    /// page added, removed or renamed changes its directory's time), and each
    /// page named as a file has its size and time. A page edited in place
    /// keeps its directory's time: `search` checks the pages it shows.
    public func isCurrent(scope: LibraryScope) -> Bool {
        guard !scope.directories.contains(LibraryScope.builtinPrefix),
              !scope.directories.isEmpty || !scope.files.isEmpty else { return false }
        return (try? database.writer.read { db -> Bool in
            if try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM page WHERE pipeline != ?)", arguments: [pipeline]) ?? true {
                return false
            }
            for root in scope.directories {
                guard try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM directory WHERE path = ?)", arguments: [root]) == true else {
                    return false
                }
            }
            let (condition, arguments) = scope.condition(column: "path")
            let rows = try Row.fetchCursor(db, sql: "SELECT path, mtime FROM directory WHERE \(condition)",
                                           arguments: StatementArguments(arguments))
            while let row = try rows.next() {
                guard PageScan.directoryTime(row["path"]) == row["mtime"] else { return false }
            }
            for file in scope.files {
                guard let now = PageScan.fileInfo(file),
                      let known = try Row.fetchOne(db, sql: "SELECT size, mtime FROM page WHERE path = ?", arguments: [file]),
                      known["size"] == now.size, known["mtime"] == now.mtime else { return false }
            }
            return true
        }) ?? false
    }

    /// Whether the pages at `paths` have the size and time the library holds.
    public func unchanged(paths: [String]) -> Bool {
        (try? database.writer.read { db -> Bool in
            for path in Set(paths) {
                guard let now = PageScan.fileInfo(path),
                      let known = try Row.fetchOne(db, sql: "SELECT size, mtime FROM page WHERE path = ?", arguments: [path]),
                      known["size"] == now.size, known["mtime"] == now.mtime else { return false }
            }
            return true
        }) ?? false
    }

    /// A page read and parsed, ready to be written.
    struct PreparedPage: Sendable {
        var input: PageInput
        var hash: Int64
        var size: Int64
        var encoding: String?
        var warning: String?
        var articles: [StoredArticle]
        var words: [SearchWords]
    }

    /// The folder a page's path is in (`builtin:` pages are one folder).
    static func folder(of path: String) -> Substring {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return path[..<slash]
    }

    /// How many pages each folder holds.
    static func folders(of inputs: [PageInput]) -> [Substring: Int] {
        var counts: [Substring: Int] = [:]
        for input in inputs { counts[folder(of: input.path), default: 0] += 1 }
        return counts
    }

    /// The pages with each folder's together, folders in the order first met.
    static func groupedByFolder(_ work: [PageInput]) -> [PageInput] {
        var order: [Substring] = []
        var groups: [Substring: [PageInput]] = [:]
        for input in work {
            let f = folder(of: input.path)
            if groups[f] == nil { order.append(f) }
            groups[f, default: []].append(input)
        }
        return order.flatMap { groups[$0]! }
    }

    /// Where a batch from `start` ends: after `size` pages, at the end of a
    /// folder (a folder too large to learn chrome from may be cut), and
    /// before its pages hold more than `batchBytes` (a batch's texts are all
    /// in memory at once: a folder of pages of megabytes is cut too).
    static func batchEnd(_ work: [PageInput], from start: Int, size: Int) -> Int {
        var end = start
        var bytes: Int64 = 0
        while end < work.count, end - start < size, end == start || bytes < batchBytes {
            bytes += work[end].size
            end += 1
        }
        let last = folder(of: work[end - 1].path)
        var extra = 0
        while end < work.count, folder(of: work[end].path) == last, extra < SiteChrome.maximumPages, bytes < batchBytes {
            bytes += work[end].size
            end += 1
            extra += 1
        }
        return end
    }

    /// Bytes of page files a batch holds, at most (but one page).
    static let batchBytes: Int64 = 4 << 20

    /// A page this large is parsed alone, not beside another: parsing takes
    /// some thirty times a page's size in memory.
    static let parsedAlone = 1 << 20

    /// A page read and decoded, before it is parsed; or why it could not be.
    enum DecodedPage {
        case text(String, SourceEncoding, hash: Int64, size: Int64)
        /// Kept with the bytes' hash where they were read: such a page is not
        /// read again until it changes.
        case unreadable(String, hash: Int64, size: Int64)
    }

    /// Reads and parses pages on every core: first every page of the batch
    /// is read and decoded, then each folder's chrome is learned from its
    /// pages, then each page is parsed with it.
    static func prepare(_ batch: [PageInput]) -> [PreparedPage] {
        // Only a folder with pages enough in the batch can learn chrome: the
        // keys of its pages' lines are taken as each page is read.
        let pagesIn = batch.reduce(into: [Substring: Int]()) { $0[folder(of: $1.path), default: 0] += 1 }
        var slots = [(page: DecodedPage, keys: SiteChrome.PageKeys?)?](repeating: nil, count: batch.count)
        slots.withUnsafeMutableBufferPointer { buffer in
            let out = UncheckedSlots(buffer)
            DispatchQueue.concurrentPerform(iterations: batch.count) { i in
                let page = decode(batch[i])
                var keys: SiteChrome.PageKeys?
                // (A file of megabytes is no site's page: it learns nothing.)
                if case .text(let text, _, _, _) = page, batch[i].size <= Int64(parsedAlone),
                   (pagesIn[folder(of: batch[i].path)] ?? 0) >= SiteChrome.minimumPages {
                    keys = SiteChrome.PageKeys(text: text)
                }
                out.base[i] = (page, keys)
            }
        }
        let decoded = slots.map { $0!.page }
        var keysOf: [Substring: [SiteChrome.PageKeys]] = [:]
        for (input, slot) in zip(batch, slots) {
            if let keys = slot!.keys { keysOf[folder(of: input.path), default: []].append(keys) }
        }
        let chrome = keysOf.mapValues { SiteChrome.learn(fromPages: $0) }
        var out = [PreparedPage?](repeating: nil, count: batch.count)
        let alone = batch.indices.filter { batch[$0].size > Int64(parsedAlone) }
        let together = batch.indices.filter { batch[$0].size <= Int64(parsedAlone) }
        out.withUnsafeMutableBufferPointer { buffer in
            let slots = UncheckedSlots(buffer)
            DispatchQueue.concurrentPerform(iterations: together.count) { k in
                let i = together[k]
                slots.base[i] = prepare(batch[i], decoded[i], chrome: chrome[folder(of: batch[i].path)] ?? .none)
            }
            for i in alone {
                slots.base[i] = prepare(batch[i], decoded[i], chrome: chrome[folder(of: batch[i].path)] ?? .none)
            }
        }
        return out.map { $0! }
    }

    static func decode(_ input: PageInput) -> DecodedPage {
        let bytes: [UInt8]
        if let inMemory = input.bytes {
            bytes = inMemory
        } else {
            switch FileBytes.read(input.path) {
            case .success(let read): bytes = read
            case .failure(let warning): return .unreadable(warning.message, hash: 0, size: input.size)
            }
        }
        let hash = ContentHash.of(bytes), size = Int64(bytes.count)
        do {
            let (text, encoding) = try TextDecoding.decode(bytes)
            return .text(text, encoding, hash: hash, size: size)
        } catch {
            return .unreadable(error.description, hash: hash, size: size)
        }
    }

    static func prepare(_ input: PageInput, _ decoded: DecodedPage, chrome: SiteChrome) -> PreparedPage {
        switch decoded {
        case .unreadable(let message, let hash, let size):
            return PreparedPage(input: input, hash: hash, size: size, encoding: nil, warning: message, articles: [], words: [])
        case .text(let text, let encoding, let contentHash, let size):
            // The stored hash adds the chrome's: a page whose folder's chrome
            // changed is written again.
            let hash = contentHash &+ chrome.fingerprint
            switch Library.readPage(source: input.source, text: text, encoding: encoding, chrome: chrome) {
            case .success(let parsed):
                let stored = parsed.articles.map(StoredArticle.init)
                // A stray byte costs a character, not the page: said once a sync.
                let warning = encoding == .utf8Repaired
                    ? "has bytes that are not UTF-8, each shown as �; the rest of the page is read"
                    : nil
                return PreparedPage(input: input, hash: hash, size: size, encoding: parsed.encoding.rawValue,
                                    warning: warning, articles: stored, words: stored.map(\.searchWords))
            case .failure(let warning):
                return PreparedPage(input: input, hash: hash, size: size, encoding: nil,
                                    warning: warning.message, articles: [], words: [])
            }
        }
    }

    /// Writes a batch; returns how many pages were new, changed, or only touched.
    func write(_ pages: [PreparedPage], known: [String: Known], generation: Int64,
               in db: Database) throws -> (added: Int, changed: Int, touched: Int) {
        var added = 0, changed = 0, touched = 0
        var sections = SectionIDs()
        var ids = DatedIDs()
        // FTS5 writes its pending words out whenever a row id is not above
        // the last one: the batch's index rows go in at the end, ids ascending.
        var indexRows: [(id: Int64, words: SearchWords)] = []
        for page in pages {
            // Another dubao may have written this page since we looked.
            let current = try Row.fetchOne(db, sql: "SELECT id, hash, pipeline FROM page WHERE path = ?",
                                           arguments: [page.input.path])
            if let current {
                let id: Int64 = current["id"]
                if current["hash"] == page.hash && current["pipeline"] == pipeline {
                    try db.execute(sql: "UPDATE page SET size = ?, mtime = ? WHERE id = ?",
                                   arguments: [page.size, page.input.mtime, id])
                    touched += 1
                    continue
                }
                try Self.deletePage(id: id, in: db)
                changed += 1
            } else {
                added += 1
            }
            try db.execute(sql: """
                INSERT INTO page (path, source, size, mtime, hash, encoding, pipeline, warning)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [page.input.path, page.input.source, page.size, page.input.mtime, page.hash, page.encoding,
                                 pipeline, page.warning])
            let pageID = db.lastInsertedRowID
            var entries = ListEntries()
            var titlesSeen: [String: Int] = [:]
            var arrived = false
            for (n, stored) in page.articles.enumerated() {
                let title = stored.article.displayTitle
                let identity = ReadingStateRecords.identity(path: page.input.path, title: title, occurrence: titlesSeen[title, default: 0])
                titlesSeen[title, default: 0] += 1
                let (id, section) = try insert(stored, ordinal: n, page: pageID,
                                               identity: identity, sections: &sections, ids: &ids, in: db)
                indexRows.append((id, page.words[n]))
                let state = try ReadingStateRecords.arrive(identity, generation: generation, in: db)
                arrived = arrived || state.generation == generation
                entries.append(id: id, dateKey: stored.article.pageDate?.sortKey ?? 0, section: section,
                               flags: state.flags, generation: state.generation)
            }
            if arrived { try ReadingStateRecords.setGeneration(generation, in: db) }
            try db.cachedStatement(sql: "UPDATE page SET entries = ? WHERE id = ?").execute(arguments: [entries.data, pageID])
        }
        indexRows.sort { $0.id < $1.id }
        let titles = try db.cachedStatement(sql: "INSERT INTO search_title (rowid, title, initials) VALUES (?, ?, ?)")
        let bodies = try db.cachedStatement(sql: "INSERT INTO search_body (rowid, body) VALUES (?, ?)")
        for row in indexRows { try titles.execute(arguments: [row.id, row.words.title, row.words.initials]) }
        for row in indexRows { try bodies.execute(arguments: [row.id, row.words.body]) }
        if added + changed > 0 { try CatalogVersion.bump(in: db) }
        return (added, changed, touched)
    }

    /// Inserts an article; returns its row id and its section's.
    func insert(_ stored: StoredArticle, ordinal: Int, page: Int64, identity: String,
                sections: inout SectionIDs, ids: inout DatedIDs, in db: Database) throws -> (Int64, Int64) {
        let a = stored.article
        let section = try sections.id(of: a.section, in: db)
        let articleID = try ids.next(dateKey: a.pageDate?.sortKey ?? 0, in: db)
        // Statements are prepared once per connection, not once per row.
        try db.cachedStatement(sql: "INSERT INTO article_text (body) VALUES (?)").execute(arguments: [stored.bodyText])
        let textID = db.lastInsertedRowID
        try db.cachedStatement(sql: """
            INSERT INTO article (id, page_id, ordinal, key, date_key, section_id, display_title, titles, headline,
                                 column_name, kind, authors, place, date, page_date, continues, text_id, identity)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [articleID, page, ordinal, a.id, a.pageDate?.sortKey ?? 0, section, a.displayTitle,
                             a.titles.joined(separator: "\n"), a.headline, a.column, a.kind.rawValue,
                             a.authors.joined(separator: "\n"), a.place, a.date?.iso, a.pageDate?.iso,
                             a.continues, textID, identity])
        let insertFigure = try db.cachedStatement(sql: """
            INSERT INTO figure (article_id, ordinal, text, value, value_max, unit, bound, kind, indicator,
                                change, place, block, offset, length, sentence_start, sentence_length, sentence)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        var blockScalars = BlockScalars()
        for (i, f) in a.figures.enumerated() {
            let span = ArticleRecords.sentenceSpan(of: f, in: a, blocks: &blockScalars)
            try insertFigure.execute(arguments: [
                articleID, i, f.text, f.value.isFinite ? f.value : nil,
                f.valueMax.flatMap { $0.isFinite ? $0 : nil }, f.unit, f.bound.rawValue,
                f.kind?.rawValue, f.indicator, f.change?.rawValue, f.place.rawValue,
                f.block, f.offset, f.length, span?.start, span?.length, span == nil ? f.sentence : nil])
        }
        return (articleID, section)
    }

    /// Drops a page, its articles, their figures and their index entries.
    static func deletePage(id: Int64, in db: Database) throws {
        let rows = try Row.fetchAll(db, sql: """
            SELECT a.id, a.titles, a.headline, t.body FROM article a JOIN article_text t ON t.id = a.text_id WHERE a.page_id = ?
            """, arguments: [id])
        for row in rows {
            let words = SearchWords(title: StoredArticle.titleText(stored: row["titles"], headline: row["headline"]),
                                    body: row["body"])
            let id: Int64 = row["id"]
            try db.cachedStatement(sql: "INSERT INTO search_title (search_title, rowid, title, initials) VALUES ('delete', ?, ?, ?)")
                .execute(arguments: [id, words.title, words.initials])
            try db.cachedStatement(sql: "INSERT INTO search_body (search_body, rowid, body) VALUES ('delete', ?, ?)")
                .execute(arguments: [id, words.body])
        }
        try db.execute(sql: "DELETE FROM article_text WHERE id IN (SELECT text_id FROM article WHERE page_id = ?)", arguments: [id])
        try db.execute(sql: "DELETE FROM page WHERE id = ?", arguments: [id])
    }
}

/// The one batch being written on a thread of its own, and its outcome.
final class WriteInFlight: @unchecked Sendable {
    struct Done {
        var pages: [LibrarySync.PreparedPage]
        var added: Int
        var changed: Int
        var touched: Int
    }
    private let queue = DispatchQueue(label: "dubao.sync.write")
    private let group = DispatchGroup()
    private var outcome: Result<Done, Error>?

    func start(_ pages: [LibrarySync.PreparedPage], _ work: @escaping @Sendable ([LibrarySync.PreparedPage]) throws -> Done) {
        group.enter()
        queue.async {
            self.outcome = Result { try work(pages) }
            self.group.leave()
        }
    }

    /// Waits for the batch in flight; its outcome, or nil when none was.
    func wait() throws -> Done? {
        group.wait()
        defer { outcome = nil }
        return try outcome?.get()
    }
}

/// Article row ids in date order: the page date's key in the high 32 bits,
/// and below, a count down from the top within the date, so that of one
/// date the article synced first has the highest id. Walking an index's row
/// ids down (`BestFirstSearch`) then lists its matches newest date first,
/// and within a date in the order they were synced (page path, then reading
/// order, for the pages of one sync), with no need to read every match.
struct DatedIDs {
    private var next: [Int32: Int64] = [:]

    static func dateKey(of id: Int64) -> Int32 { Int32(truncatingIfNeeded: id >> 32) }

    mutating func next(dateKey: Int32, in db: Database) throws -> Int64 {
        if let id = next[dateKey] {
            next[dateKey] = id - 1
            return id
        }
        let base = Int64(max(0, dateKey)) << 32
        let lowest = try Int64.fetchOne(db, sql: "SELECT min(id) FROM article WHERE id > ? AND id < ?",
                                        arguments: [base, base + (1 << 32)])
        let id = (lowest ?? base + (1 << 32)) - 1
        next[dateKey] = id - 1
        return id
    }
}

/// Section names to ids, made as they are first met.
struct SectionIDs {
    var cache: [String: Int64] = [:]
    mutating func id(of name: String, in db: Database) throws -> Int64 {
        if let id = cache[name] { return id }
        try db.execute(sql: "INSERT OR IGNORE INTO section (name) VALUES (?)", arguments: [name])
        let id = try Int64.fetchOne(db, sql: "SELECT id FROM section WHERE name = ?", arguments: [name])!
        cache[name] = id
        return id
    }
}

/// Output slots of `concurrentPerform`, each written by one iteration only.
struct UncheckedSlots<T>: @unchecked Sendable {
    let base: UnsafeMutableBufferPointer<T>
    init(_ base: UnsafeMutableBufferPointer<T>) { self.base = base }
}
