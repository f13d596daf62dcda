import Foundation
import Testing

/// Nothing a user can type or leave in an archive takes the machine (issue 19).
@Suite struct InputLimitTests {
    @Test func aFileLargerThanAnyPageIsPassedOverByNameAndTheRestIsRead() throws {
        let (dir, names) = try LibraryCommandTests.pageDirectory(copies: 1)
        // A log left among the pages: 0.7 MB of text, over a limit set to half a MB.
        let log = String(repeating: "2024-02-22 10:00:00 服务启动，一切正常。\n", count: 15_000)
        try log.write(to: dir.appendingPathComponent("server.txt"), atomically: true, encoding: .utf8)
        let list = try Dubao.run(["list", dir.path], environment: ["DUBAO_MAX_PAGE_MB": "0.5"])
        #expect(list.status == 0)
        #expect(list.stderr.contains("server.txt"), "\(list.stderr)")
        #expect(list.stderr.contains("larger than any page"), "\(list.stderr)")
        #expect(Set(LibraryCommandTests.listedIDs(list.stdout).map { String($0.split(separator: "#")[0]) }) == names)
        // Under the default limit (16 MB) it is a page like any other.
        let all = try Dubao.run(["list", dir.path])
        #expect(!all.stderr.contains("larger than any page"))
    }

    @Test func aSearchLongerThanAnyoneTypesIsRefusedWithTheReason() throws {
        let (dir, _) = try LibraryCommandTests.pageDirectory(copies: 1)
        let long = String(repeating: "jingji", count: 50)
        let refused = try Dubao.run(["search", long, dir.path])
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("300 characters long; at most 256"), "\(refused.stderr)")
        let typed = try Dubao.run(["search", "聊城", dir.path])
        #expect(typed.status == 0)
    }
}

/// What comes out is what went in, and says when it is not (issue 19).
@Suite struct OutputTrustTests {
    @Test func aStrayByteCostsOneCharacterAndAWarningNotThePage() throws {
        let dir = try Dubao.temporaryDirectory().appendingPathComponent("pages")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        var bytes = Array("春灌全面展开\n\n　　本报讯 位山灌区开闸放水，春灌全面展开。\n".utf8)
        bytes.insert(0xFF, at: bytes.count - 5)
        try Data(bytes).write(to: dir.appendingPathComponent("01.txt"))
        let export = try Dubao.run(["export", "--json", dir.path])
        #expect(export.status == 0)
        #expect(export.stderr.contains("01.txt: has bytes that are not UTF-8"), "\(export.stderr)")
        #expect(export.stdout.contains("春灌全面展开"))
        #expect(export.stdout.contains("\u{FFFD}"))
    }

    @Test func jsonEscapesCharactersThatTurnOrHideText() throws {
        let dir = try Dubao.temporaryDirectory().appendingPathComponent("pages")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try "春灌全面展开\n\n　　本报讯 位山灌区\u{202E}开闸放水\u{200B}，春灌全面展开。\n"
            .write(to: dir.appendingPathComponent("01.txt"), atomically: true, encoding: .utf8)
        let export = try Dubao.run(["export", "--json", dir.path])
        #expect(export.status == 0)
        #expect(!export.stdout.unicodeScalars.contains { $0 == "\u{202E}" || $0 == "\u{200B}" })
        #expect(export.stdout.contains("\\u202e"))
        // And it reads back as it was.
        let document = try JSONSerialization.jsonObject(with: Data(export.stdout.utf8)) as? [String: Any]
        let articles = try #require(document?["articles"] as? [[String: Any]])
        let text = (articles.first?["paragraphs"] as? [String])?.joined() ?? ""
        #expect(text.contains("位山灌区\u{202E}开闸放水"))
    }

    @Test func indexSaysWhenItCouldNotKeepTheLibrary() throws {
        let (dir, _) = try LibraryCommandTests.pageDirectory(copies: 1)
        let index = try Dubao.run(["index", "--db", "/proc/no-such-dir/library.sqlite", dir.path])
        #expect(index.status == 2)
        #expect(index.stderr.contains("cannot write the library"), "\(index.stderr)")
    }
}
