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
