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

    /// Runs a shell script with the dubao binary as `$0` and `extra` after it.
    func shell(_ shell: String, _ script: String, _ extra: [String] = []) throws -> Dubao.Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: shell)
        process.arguments = ["-c", script, Dubao.binary.path] + extra
        process.environment = ["DUBAO_DB": Dubao.temporaryLibrary(), "PATH": "/usr/bin:/bin"]
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Dubao.Result(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                            stderr: String(decoding: stderr, as: UTF8.self))
    }

    /// A shell that closed standard output, or one that ignores SIGPIPE in
    /// front of `head`: a message and status 1, or quietly as `cat` does.
    @Test func aClosedStdoutIsAMessageAndABrokenPipeEndsQuietly() throws {
        let closed = try shell("/bin/sh", "exec \"$0\" export --json >&-")
        #expect(closed.status == 1)
        #expect(closed.stderr.contains("dubao: cannot write output: Bad file descriptor"), "\(closed.stderr)")

        let stderrFile = try Dubao.temporaryDirectory().appendingPathComponent("stderr").path
        let piped = try shell("/bin/bash", "trap '' PIPE; \"$0\" export --json 2>\"$1\" | head -c 100 >/dev/null; echo \"${PIPESTATUS[0]}\"",
                              [stderrFile])
        #expect(piped.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "1", "no trap (132): \(piped.stdout)")
        #expect(try String(contentsOfFile: stderrFile, encoding: .utf8).isEmpty, "a broken pipe is no error to tell")
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

/// Odd things given as pages: said what they are, never read, never echoed raw.
@Suite struct OddPathTests {
    @Test func devicesFifosAndLoopsAreNamedForWhatTheyAre() throws {
        let dir = try Dubao.temporaryDirectory()
        let fifo = dir.appendingPathComponent("pipe.txt").path
        #expect(mkfifo(fifo, 0o644) == 0)
        let loopA = dir.appendingPathComponent("a").path, loopB = dir.appendingPathComponent("b").path
        try FileManager.default.createSymbolicLink(atPath: loopA, withDestinationPath: loopB)
        try FileManager.default.createSymbolicLink(atPath: loopB, withDestinationPath: loopA)
        let page = Dubao.packageRoot.appendingPathComponent("seeds/001_537eb11364c73f41.txt").path
        // The FIFO is never opened: this would block for ever.
        let result = try Dubao.run(["list", "/dev/zero", fifo, loopA, page])
        #expect(result.status == 0)
        #expect(result.stderr.contains("/dev/zero: not a regular file"))
        #expect(result.stderr.contains("pipe.txt: not a regular file"))
        #expect(result.stderr.contains("a loop of symbolic links"))
        #expect(result.stdout.contains("位山灌区提前开闸蓄水保春灌"))
    }

    @Test func argumentsAndFileNamesReachStderrEscaped() throws {
        let result = try Dubao.run(["show", "\u{1B}]0;pwned\u{07}#1"])
        #expect(result.status == 1)
        #expect(!result.stderr.contains("\u{1B}") && !result.stderr.contains("\u{07}"))
        #expect(result.stderr.contains("\\u{1B}]0;pwned\\u{7}"))
    }

    @Test func aUsageErrorQuotesItsArgumentEscaped() throws {
        let result = try Dubao.run(["list", "--width", "\u{1B}[2J"])
        #expect(result.status == 2)
        #expect(!result.stderr.contains("\u{1B}"))
        #expect(result.stderr.contains("\\u{1B}[2J"))
        #expect(result.stderr.contains("\nUsage: dubao list"), "line breaks of the usage stay")
    }

    /// A page whose file name is not UTF-8 (a GBK name, here 新闻 in GBK)
    /// is read, listed with the bytes spelled, and shown by that id.
    @Test func aFileNameThatIsNotUTF8IsReadAndReachableByShow() throws {
        let dir = try Dubao.temporaryDirectory()
        let seed = try Data(contentsOf: Dubao.packageRoot.appendingPathComponent("seeds/001_537eb11364c73f41.txt"))
        let name: [UInt8] = Array((dir.path + "/").utf8) + [0xD0, 0xC2, 0xCE, 0xC5] + Array(".txt".utf8)
        let fd = (name.map(CChar.init(bitPattern:)) + [0]).withUnsafeBufferPointer { open($0.baseAddress!, O_WRONLY | O_CREAT, 0o644) }
        #expect(fd >= 0)
        _ = seed.withUnsafeBytes { write(fd, $0.baseAddress!, $0.count) }
        close(fd)

        let db = Dubao.temporaryLibrary()
        let list = try Dubao.run(["list", "--db", db, dir.path])
        #expect(list.status == 0, "\(list.stderr)")
        #expect(list.stdout.contains("\\xD0\\xC2\\xCE\\xC5#1"))
        #expect(list.stdout.contains("位山灌区提前开闸蓄水保春灌"))
        for typed in ["\\xD0\\xC2\\xCE\\xC5#1", "\\xd0\\xc2\\xce\\xc5#1"] {
            let show = try Dubao.run(["show", "--db", db, typed, dir.path])
            #expect(show.status == 0, "\(typed): \(show.stderr)")
            #expect(show.stdout.contains("\\xD0\\xC2\\xCE\\xC5.txt"), "the source line spells the name")
        }
    }

    @Test func aFileNameWithALineBreakIsShownByItsListedID() throws {
        let dir = try Dubao.temporaryDirectory()
        try FileManager.default.copyItem(at: Dubao.packageRoot.appendingPathComponent("seeds/001_537eb11364c73f41.txt"),
                                         to: dir.appendingPathComponent("new\nline.txt"))
        let db = Dubao.temporaryLibrary()
        let list = try Dubao.run(["list", "--db", db, dir.path])
        #expect(list.stdout.contains("new\u{240A}line#1"))
        #expect(!list.stdout.contains("new\nline"))
        let shown = try ["new\u{240A}line#1", "new\nline#1"].map { typed in
            try Dubao.run(["show", "--db", db, typed, dir.path])
        }
        for show in shown {
            #expect(show.status == 0, "\(show.stderr)")
            #expect(show.stdout.contains("new\u{240A}line.txt"), "the source line shows the break as its picture")
        }
        #expect(shown[0].stdout == shown[1].stdout)
    }
}

/// Work in proportion to the input: a shape grown 4× gives about 4× the output.
@Suite struct GrowthTests {
    func exportSize(_ page: String) throws -> Int {
        let dir = try Dubao.temporaryDirectory()
        try Data(page.utf8).write(to: dir.appendingPathComponent("p.txt"))
        let export = try Dubao.run(["export", "--json", dir.path])
        #expect(export.status == 0, "\(export.stderr)")
        return export.stdout.utf8.count
    }

    @Test func aParagraphOfFiguresWithNoSentenceEndGrowsLinearly() throws {
        // Every figure once carried the whole paragraph as its sentence.
        func page(_ n: Int) -> String { "标题\n\n　　" + String(repeating: "产值增长5%，", count: n) + "\n" }
        let small = try exportSize(page(500)), large = try exportSize(page(2000))
        #expect(Double(large) / Double(small) < 4.6, "\(small) → \(large) bytes")
    }

    @Test func shortParagraphsGrowLinearly() throws {
        func page(_ n: Int) -> String { (0..<n).map { "短段落\($0)。" }.joined(separator: "\n\n") }
        let small = try exportSize(page(2000)), large = try exportSize(page(8000))
        #expect(Double(large) / Double(small) < 4.6, "\(small) → \(large) bytes")
    }
}

/// Text of a page never drives the terminal it is shown on; JSON keeps it exact.
@Suite struct PageControlCharacterTests {
    @Test func bidiControlsStayOutOfTablesAndListsAndJSONEscapesThem() throws {
        let dir = try Dubao.temporaryDirectory()
        let page = "\n标题\u{202E}反转\n\n　　本报聊城2月22日讯　全县\u{202E}今年完成投资5000亿元，同比增长5%。\n\n"
        try Data(page.utf8).write(to: dir.appendingPathComponent("bidi.txt"))
        for command in [["figures"], ["list"], ["show", "bidi#1"]] {
            let out = try Dubao.run(command + [dir.path])
            #expect(out.status == 0, "\(command): \(out.stderr)")
            #expect(!out.stdout.unicodeScalars.contains("\u{202E}"), "\(command) printed U+202E")
        }
        // JSON keeps the text as it was, escaped so that it shows as it is.
        let json = try Dubao.run(["figures", "--json", dir.path])
        #expect(!json.stdout.unicodeScalars.contains("\u{202E}"))
        #expect(json.stdout.contains("\\u202e"))
        func strings(_ value: Any) -> [String] {
            if let s = value as? String { return [s] }
            if let a = value as? [Any] { return a.flatMap(strings) }
            if let d = value as? [String: Any] { return d.values.flatMap(strings) }
            return []
        }
        let document = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8))
        #expect(strings(document).contains { $0.unicodeScalars.contains("\u{202E}") })
    }
}
