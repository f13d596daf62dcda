import Foundation
import Testing

@Suite struct CommandLineTests {
    @Test func exportPrintsTheContractDocumentForTheBuiltInPages() throws {
        let r = try Dubao.run(["export", "--json"])
        #expect(r.status == 0)
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        #expect(doc["schema"] as? String == "dubao.export/1")
        let articles = try #require(doc["articles"] as? [[String: Any]])
        #expect(articles.count >= 25)
        for key in ["id", "source", "section", "page_date", "titles", "headline", "column", "kind", "authors",
                    "place", "date", "continues", "paragraphs", "figures", "display_title"] {
            #expect(articles.allSatisfy { $0.keys.contains(key) }, "missing \(key)")
        }
        #expect(articles.first?["id"] as? String == "000_edb39025c419ceb3#1")
    }

    @Test func badFilesAreNamedWithTheirProblemAndTheRestIsRead() throws {
        let dir = try Dubao.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data().write(to: dir.appendingPathComponent("empty.txt"))
        try Data([0x7F, 0x45, 0x4C, 0x46, 0, 0, 0, 1]).write(to: dir.appendingPathComponent("binary.txt"))
        try Data("全市春耕生产会议召开\n\n本报讯 3月8日，全市春耕生产会议召开。\n".utf8)
            .write(to: dir.appendingPathComponent("good.txt"))
        let r = try Dubao.run(["export", "--json", dir.path])
        #expect(r.status == 0)
        #expect(r.stderr.contains("empty.txt: the file is empty"))
        #expect(r.stderr.contains("binary.txt: the file is binary"))
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        #expect((doc["articles"] as? [[String: Any]])?.count == 1)
        #expect((doc["warnings"] as? [String])?.count == 2)
    }

    @Test func nothingReadableIsBadInputAndBadUsageIsTwo() throws {
        let missing = try Dubao.run(["list", "/nonexistent/page.txt"])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("/nonexistent/page.txt: no such file or directory"))
        let usage = try Dubao.run(["list", "--width", "abc"])
        #expect(usage.status == 2)
        let unknown = try Dubao.run(["show", "nosuch#1"])
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("no article with id nosuch#1"))
    }

    @Test func helpAndVersionOnEveryCommand() throws {
        for command in [[], ["list"], ["show"], ["export"]] {
            let help = try Dubao.run(command + ["--help"])
            #expect(help.status == 0)
            #expect(help.stdout.contains("USAGE"))
        }
        let version = try Dubao.run(["--version"])
        #expect(version.status == 0)
        #expect(!version.stdout.isEmpty)
    }

    @Test func showWrapsTheArticleToTheWidthWithChineseIndent() throws {
        let r = try Dubao.run(["show", "001_537eb11364c73f41#4", "--width", "40"])
        #expect(r.status == 0)
        let lines = r.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.first?.trimmingCharacters(in: .whitespaces) == "位山灌区提前开闸蓄水保春灌")
        #expect(lines.contains { $0.hasPrefix("　　本报聊城讯") })
        #expect(r.stdout.contains("孙亚飞"))
    }

    @Test func gb18030AndCRLFPagesReadLikeUTF8() throws {
        // A page of our fixtures saved in GB18030 with CRLF line ends.
        let page = Dubao.packageRoot.appendingPathComponent("Tests/DubaoCoreTests/Fixtures/pages/p05_nanfeng_gb18030_crlf.txt")
        let bytes = try Data(contentsOf: page)
        #expect(String(data: bytes, encoding: .utf8) == nil)
        #expect(bytes.contains(0x0D))
        let r = try Dubao.run(["export", "--json", page.path])
        #expect(r.status == 0)
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let articles = try #require(doc["articles"] as? [[String: Any]])
        #expect(articles.count >= 2)
        let text = articles.flatMap { ($0["paragraphs"] as? [String]) ?? [] }.joined()
        #expect(text.contains("本报") && !text.contains("\r"))
    }

    /// The export is what `../shared/tools/score.py` reads; run it where the
    /// shared materials are beside the checkout (as in CI).
    @Test func scorerReadsTheExportAndTheSeedsMeetTheThresholds() throws {
        let shared = Dubao.packageRoot.deletingLastPathComponent().appendingPathComponent("shared")
        let scorer = shared.appendingPathComponent("tools/score.py")
        guard FileManager.default.fileExists(atPath: scorer.path) else { return }
        let seeds = try FileManager.default.contentsOfDirectory(atPath: shared.appendingPathComponent("seeds").path)
            .filter { $0.hasSuffix(".txt") }.sorted().map { shared.appendingPathComponent("seeds/\($0)").path }
        let export = try Dubao.run(["export", "--json"] + seeds)
        #expect(export.status == 0)
        let file = try Dubao.temporaryDirectory().appendingPathComponent("export.json")
        try Data(export.stdout.utf8).write(to: file)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", scorer.path, "--gold", shared.appendingPathComponent("gold").path, "--export", file.path]
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let last = String(decoding: data, as: UTF8.self).split(separator: "\n").last.map(String.init) ?? "{}"
        let summary = try #require(try JSONSerialization.jsonObject(with: Data(last.utf8)) as? [String: Any])
        let thresholds: [String: Double] = ["segmentation_f1": 1.0, "body_exact": 0.95, "paragraph_f1": 0.95,
                                            "titles": 0.95, "headline": 0.9, "authors": 0.95, "place": 1.0,
                                            "date": 0.9, "page_date": 0.8, "kind": 0.9]
        for (metric, minimum) in thresholds {
            let value = summary[metric] as? Double ?? 0
            #expect(value >= minimum, "\(metric) = \(value), needs \(minimum)")
        }
    }
}
