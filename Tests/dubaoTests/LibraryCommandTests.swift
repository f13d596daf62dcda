import DubaoCore
import DubaoStore
import Foundation
import GRDB
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// The library as the commands keep it: what survives a kill, two dubaos at
/// once, `dubao search`, and where the database goes.
@Suite struct LibraryCommandTests {
    static var seeds: [URL] {
        let dir = Dubao.packageRoot.appendingPathComponent("Sources/dubao/seeds")
        return ((try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? [])
            .filter { $0.hasSuffix(".txt") }.sorted().map { dir.appendingPathComponent($0) }
    }

    /// `copies` copies of every seed under names of their own; the page names.
    static func pageDirectory(copies: Int) throws -> (URL, Set<String>) {
        let dir = try Dubao.temporaryDirectory().appendingPathComponent("pages")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        var names = Set<String>()
        for n in 0..<copies {
            for seed in seeds {
                let name = "c\(n)_" + seed.deletingPathExtension().lastPathComponent
                try FileManager.default.copyItem(at: seed, to: dir.appendingPathComponent(name + ".txt"))
                names.insert(name)
            }
        }
        return (dir, names)
    }

    /// The ids `dubao list` prints, one an article line.
    static func listedIDs(_ output: String) -> [String] {
        output.split(separator: "\n").compactMap { line in
            guard line.hasPrefix("  "), let id = line.split(separator: " ").first, id.contains("#") else { return nil }
            return String(id)
        }
    }

    static func start(_ arguments: [String], db: String) throws -> Process {
        let process = Process()
        process.executableURL = Dubao.binary
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        env["DUBAO_DB"] = db
        process.environment = env
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        return process
    }

    /// How many articles a fresh sync of the directory makes, in memory.
    static func freshCount(_ dir: URL) throws -> Int {
        let (files, scope, _) = PageScan.scan([dir.path])
        let database = try LibraryDatabase.inMemory()
        _ = try LibrarySync(database: database).sync(files.map(PageInput.init(file:)), scope: scope)
        return try DatabaseCatalog(database: database, scope: scope).count
    }

    @Test func aSyncKilledAtAnyMomentLeavesALibraryThatWorks() throws {
        try #require(Self.seeds.count == 5)
        let (dir, names) = try Self.pageDirectory(copies: 60)
        let root = dir.deletingLastPathComponent()
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(names.count == 300)
        let db = root.appendingPathComponent("db/library.sqlite").path
        let side = root.appendingPathComponent("side.txt")
        try Data("全市春耕生产会议召开\n\n本报讯 3月8日，全市春耕生产会议召开。\n".utf8).write(to: side)
        let pages = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
        var killed = 0
        let ceilings = [250, 600, 1200]
        for round in 0..<21 {
            if round > 0 {
                // New work for this round: some pages change, so a kill meets a sync.
                for (k, name) in pages.enumerated() where k % 5 == round % 5 {
                    let url = dir.appendingPathComponent(name)
                    var text = try String(contentsOf: url, encoding: .utf8)
                    text += "\n第\(round)轮补记\n\n　　本报讯　第\(round)轮，补记一条消息。\n"
                    try text.write(to: url, atomically: false, encoding: .utf8)
                }
            }
            let process = try Self.start(["index", dir.path], db: db)
            usleep(UInt32(Int.random(in: 0...ceilings[round % ceilings.count])) * 1000)
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            if process.terminationReason == .uncaughtSignal { killed += 1 }
            // The library opens as it is: not damaged, not moved aside.
            let check = try Dubao.run(["index", side.path], environment: ["DUBAO_DB": db])
            #expect(check.status == 0, "round \(round): \(check.stderr)")
            #expect(!check.stderr.contains("damaged"), "round \(round): \(check.stderr)")
            #expect(!check.stderr.contains("memory"), "round \(round): \(check.stderr)")
            #expect(!FileManager.default.fileExists(atPath: db + ".damaged-1"))
        }
        #expect(killed >= 15, "only \(killed) kills landed during a sync")

        let database = try LibraryDatabase.open(path: db)
        let integrity = try database.writer.read { try String.fetchAll($0, sql: "PRAGMA integrity_check") }
        #expect(integrity == ["ok"])
        if let pool = database.writer as? DatabasePool { try pool.close() }

        let final = try Dubao.run(["index", dir.path], environment: ["DUBAO_DB": db])
        #expect(final.status == 0, "\(final.stderr)")
        let list = try Dubao.run(["list", dir.path], environment: ["DUBAO_DB": db])
        #expect(list.status == 0)
        let ids = Self.listedIDs(list.stdout)
        #expect(Set(ids.map { String($0.split(separator: "#")[0]) }) == names)
        #expect(Set(ids).count == ids.count)
        #expect(ids.count == (try Self.freshCount(dir)))
    }

    @Test func twoDubaosSyncingTheSameNewDirectoryAtOnce() throws {
        let (dir, names) = try Self.pageDirectory(copies: 12)
        let root = dir.deletingLastPathComponent()
        defer { try? FileManager.default.removeItem(at: root) }
        let db = root.appendingPathComponent("db/library.sqlite").path
        let one = try Self.start(["index", dir.path], db: db)
        let two = try Self.start(["index", dir.path], db: db)
        one.waitUntilExit()
        two.waitUntilExit()
        #expect(one.terminationStatus == 0)
        #expect(two.terminationStatus == 0)
        let list = try Dubao.run(["list", dir.path], environment: ["DUBAO_DB": db])
        #expect(list.status == 0)
        #expect(!list.stderr.contains("warning"), "\(list.stderr)")
        let ids = Self.listedIDs(list.stdout)
        #expect(Set(ids).count == ids.count)
        #expect(Set(ids.map { String($0.split(separator: "#")[0]) }) == names)
        let fresh = try Dubao.run(["list", dir.path])  // a new temporary library
        #expect(ids.count == Self.listedIDs(fresh.stdout).count)
        #expect(ids.count == (try Self.freshCount(dir)))
    }

    static func searchPages() throws -> URL {
        let dir = try Dubao.temporaryDirectory()
        let text = """

            位山灌区春灌全面展开

            　　本报聊城2024年3月5日讯　位山灌区今年春灌计划引水一亿立方米。
            　　沿渠群众忙着平整土地。

            城区道路改造工程启动

            　　本报聊城2024年3月5日讯　城区道路改造工程今天启动。
            　　工程总投资5000万元，年底完工。

            """
        try Data(text.utf8).write(to: dir.appendingPathComponent("p1.txt"))
        return dir
    }

    @Test func searchOnTheCommandLine() throws {
        let dir = try Self.searchPages()
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = dir.appendingPathComponent("library.sqlite").path
        let env = ["DUBAO_DB": db]
        let hit = try Dubao.run(["search", "春灌", dir.path], environment: env)
        #expect(hit.status == 0)
        #expect(hit.stdout.contains("p1#1"))
        #expect(!hit.stdout.contains("p1#2"))

        let fullWidth = try Dubao.run(["search", "５０００", dir.path], environment: env)
        #expect(fullWidth.status == 0)
        #expect(fullWidth.stdout.contains("p1#2"))

        let none = try Dubao.run(["search", "飞机场", dir.path], environment: env)
        #expect(none.status == 1)
        #expect(none.stdout.isEmpty)
        #expect(none.stderr.contains("飞机场"))

        let punctuation = try Dubao.run(["search", "，。！", dir.path], environment: env)
        #expect(punctuation.status == 2)
        #expect(punctuation.stderr.contains("nothing to search"))

        let json = try Dubao.run(["search", "--json", "chunguan", dir.path], environment: env)
        #expect(json.status == 0)
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(doc["total"] as? Int == 1)
        let results = try #require(doc["results"] as? [[String: Any]])
        #expect(results.first?["id"] as? String == "p1#1")

        let noneJSON = try Dubao.run(["search", "--json", "飞机场", dir.path], environment: env)
        #expect(noneJSON.status == 1)
        let empty = try #require(try JSONSerialization.jsonObject(with: Data(noneJSON.stdout.utf8)) as? [String: Any])
        #expect(empty["total"] as? Int == 0)
    }

    /// A library synced a while ago is searched without a stat of each page;
    /// a shown page edited in place, and a search that finds nothing, sync first.
    @Test func searchTrustsDirectoryTimesButChecksWhatItShows() throws {
        let dir = try Self.searchPages()
        defer { try? FileManager.default.removeItem(at: dir) }
        let env = ["DUBAO_DB": dir.appendingPathComponent("lib/library.sqlite").path]
        let page = dir.appendingPathComponent("p1.txt").path
        try FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(-60)], ofItemAtPath: dir.path)
        #expect(try Dubao.run(["index", dir.path], environment: env).status == 0)
        let first = try Dubao.run(["search", "春灌", dir.path], environment: env)
        #expect(first.stdout.contains("p1#1"))

        // The page rewritten in place: its directory keeps its time.
        let before = try FileManager.default.attributesOfItem(atPath: dir.path)[.modificationDate] as! Date
        let handle = try #require(FileHandle(forWritingAtPath: page))
        try handle.truncate(atOffset: 0)
        try handle.write(contentsOf: Data("\n黄河大桥合龙\n\n　　本报聊城2024年3月6日讯　黄河大桥今天合龙，春灌不受影响。\n\n".utf8))
        try handle.close()
        try FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(5)], ofItemAtPath: page)
        try FileManager.default.setAttributes([.modificationDate: before], ofItemAtPath: dir.path)

        let again = try Dubao.run(["search", "春灌", dir.path], environment: env)
        #expect(again.status == 0)
        #expect(again.stdout.contains("黄河大桥合龙"))
        #expect(!again.stdout.contains("位山灌区"))
        let newWord = try Dubao.run(["search", "大桥", dir.path], environment: env)
        #expect(newWord.status == 0)
        #expect(newWord.stdout.contains("p1#1"))
    }

    @Test func searchCountsEveryMatchWhenAsked() throws {
        let dir = try Self.searchPages()
        defer { try? FileManager.default.removeItem(at: dir) }
        let env = ["DUBAO_DB": dir.appendingPathComponent("library.sqlite").path]
        let limited = try Dubao.run(["search", "--limit", "1", "年", dir.path], environment: env)
        #expect(limited.status == 0)
        #expect(limited.stdout.contains("more matches"))
        let counted = try Dubao.run(["search", "--count", "年", dir.path], environment: env)
        #expect(counted.stdout == "2\n")
        let json = try Dubao.run(["search", "--json", "--limit", "1", "工程", dir.path], environment: env)
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(doc["more"] as? Bool == false)
        #expect(doc["total"] as? Int == 1)
        #expect(try Dubao.run(["search", "--count", "飞机场", dir.path], environment: env).status == 1)
    }

    @Test func theDatabaseIsWhereDbOrDubaoDbSays() throws {
        let dir = try Self.searchPages()
        defer { try? FileManager.default.removeItem(at: dir) }
        let byOption = dir.appendingPathComponent("option/lib.sqlite").path
        let byEnvironment = dir.appendingPathComponent("env/lib.sqlite").path
        let r = try Dubao.run(["index", "--db", byOption, dir.path], environment: ["DUBAO_DB": byEnvironment])
        #expect(r.status == 0)
        #expect(r.stdout.contains(byOption))
        #expect(FileManager.default.fileExists(atPath: byOption))
        #expect(!FileManager.default.fileExists(atPath: byEnvironment))

        let e = try Dubao.run(["index", dir.path], environment: ["DUBAO_DB": byEnvironment])
        #expect(e.status == 0)
        #expect(FileManager.default.fileExists(atPath: byEnvironment))
        // The library remembers: the next sync parses nothing.
        let again = try Dubao.run(["index", "--db", byOption, dir.path])
        #expect(again.stdout.contains("0 new, 0 changed, 0 removed, 1 unchanged"))
    }

    @Test func aLibraryThatCannotBeWrittenStillListsThePages() throws {
        let dir = try Self.searchPages()
        defer {
            chmod(dir.appendingPathComponent("ro").path, 0o755)
            try? FileManager.default.removeItem(at: dir)
        }
        // Under a file: no directory can be made there, even by root.
        let underFile = dir.appendingPathComponent("p1.txt/library.sqlite").path
        let a = try Dubao.run(["list", "--db", underFile, dir.path])
        #expect(a.status == 0)
        #expect(Set(Self.listedIDs(a.stdout)) == ["p1#1", "p1#2"])
        #expect(a.stderr.contains("warning"))

        let ro = dir.appendingPathComponent("ro")
        try FileManager.default.createDirectory(at: ro, withIntermediateDirectories: true)
        chmod(ro.path, 0o555)
        guard access(ro.path, W_OK) != 0 else { return }  // root writes anyway
        let b = try Dubao.run(["list", "--db", ro.appendingPathComponent("library.sqlite").path, dir.path])
        #expect(b.status == 0)
        #expect(Set(Self.listedIDs(b.stdout)) == ["p1#1", "p1#2"])
        #expect(b.stderr.contains("warning"))
    }
}
