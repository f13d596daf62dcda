import Foundation
import Testing

/// Output that cannot be written, widths that make no sense, values too large
/// for a number: a message and a status, never a trap.
@Suite struct OutputErrorTests {
    /// Runs dubao with standard output going to `path` (e.g. /dev/full).
    func run(_ arguments: [String], stdoutTo path: String) throws -> (status: Int32, stderr: String) {
        let process = Process()
        process.executableURL = Dubao.binary
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        env["DUBAO_DB"] = Dubao.temporaryLibrary()
        process.environment = env
        let err = Pipe()
        process.standardOutput = try #require(FileHandle(forWritingAtPath: path))
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    @Test(arguments: [["export", "--json"], ["list"], ["figures", "--csv"], ["figures", "--json"], ["show", "001_537eb11364c73f41#4"]])
    func aFullDiskIsAMessageAndStatusOne(arguments: [String]) throws {
        guard FileManager.default.fileExists(atPath: "/dev/full") else { return }
        let result = try run(arguments, stdoutTo: "/dev/full")
        #expect(result.status == 1)
        #expect(result.stderr.contains("dubao: cannot write output: No space left on device"), "\(result.stderr)")
        #expect(!result.stderr.contains("Fatal error"))
    }

    @Test func widthsThatAreNoWidthsAreRefusedWithTheReason() throws {
        let negative = try Dubao.run(["list", "--width", "-5"])
        #expect(negative.status == 2)
        #expect(negative.stderr.contains("positive"))
        let huge = try Dubao.run(["list", "--width", "9223372036854775807"])
        #expect(huge.status == 2)
        #expect(huge.stderr.contains("between 20 and 10000"))
        #expect(try Dubao.run(["show", "001_537eb11364c73f41#4", "--width", "10000"]).status == 0)
    }

    @Test func aFigureTooLargeForANumberIsExportedAsNull() throws {
        let dir = try Dubao.temporaryDirectory()
        let digits = String(repeating: "9", count: 400)
        let page = "\n大数字\n\n　　本报聊城2月22日讯　全县今年完成投资\(digits)亿元，同比增长5%。\n\n"
        try Data(page.utf8).write(to: dir.appendingPathComponent("big.txt"))
        let export = try Dubao.run(["export", "--json", dir.path])
        #expect(export.status == 0, "\(export.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(export.stdout.utf8)) as? [String: Any])
        let figures = ((json["articles"] as? [[String: Any]])?.first?["figures"] as? [[String: Any]]) ?? []
        let big = try #require(figures.first { ($0["text"] as? String)?.hasPrefix("999") == true })
        #expect(big["value"] is NSNull)
        #expect(figures.contains { ($0["value"] as? Double) == 5 })
    }
}
