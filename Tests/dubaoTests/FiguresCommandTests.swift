import Foundation
import Testing

/// `dubao figures` as a user and a script see it.
@Suite struct FiguresCommandTests {
    @Test func tableHasOneAlignedRowPerFigureWithKind() throws {
        let r = try Dubao.run(["figures"])
        #expect(r.status == 0)
        let lines = r.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count > 100)
        #expect(lines.allSatisfy { $0.hasSuffix("目标") || $0.hasSuffix("实际") })
        // The article column starts at the same place on every row.
        let starts = Set(lines.map { $0.firstRange(of: "_")?.lowerBound.utf16Offset(in: $0) })
        #expect(starts.count == 1)
        #expect(lines.contains { $0.contains("001_537eb11364c73f41#6") && $0.contains("≥10万户") })
    }

    @Test func jsonCarriesEveryFieldAndKindFilters() throws {
        let r = try Dubao.run(["figures", "--json", "--kind", "target"])
        #expect(r.status == 0)
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let figures = try #require(doc["figures"] as? [[String: Any]])
        #expect(!figures.isEmpty)
        for key in ["article", "source", "date", "text", "value", "unit", "bound", "kind", "where", "block",
                    "offset", "length", "sentence"] {
            #expect(figures.allSatisfy { $0.keys.contains(key) }, "missing \(key)")
        }
        #expect(figures.allSatisfy { $0["kind"] as? String == "target" })
        let all = try Dubao.run(["figures", "--json"])
        let allFigures = try #require((try JSONSerialization.jsonObject(with: Data(all.stdout.utf8)) as? [String: Any])?["figures"] as? [Any])
        #expect(allFigures.count > figures.count)
    }

    @Test func csvQuotesFieldsWithCommasAndQuotes() throws {
        let r = try Dubao.run(["figures", "--csv"])
        #expect(r.status == 0)
        let rows = Self.parseCSV(r.stdout)
        #expect(rows.first == ["date", "article", "where", "text", "value", "value_max", "unit", "bound", "kind",
                               "indicator", "change", "sentence"])
        #expect(rows.count > 100)
        #expect(rows.allSatisfy { $0.count == 12 }, "every row has 12 fields")
        // Page 003 prints half-width commas: its sentences must come back whole.
        #expect(rows.contains { $0[1].hasPrefix("003_") && $0[11].contains(",") })
    }

    @Test func usageErrorsAreTwoAndUnreadablePagesOne() throws {
        #expect(try Dubao.run(["figures", "--json", "--csv"]).status == 2)
        #expect(try Dubao.run(["figures", "--kind", "promised"]).status == 2)
        let missing = try Dubao.run(["figures", "/nonexistent/page.txt"])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("no such file or directory"))
        let help = try Dubao.run(["figures", "--help"])
        #expect(help.status == 0 && help.stdout.contains("--kind"))
    }

    /// RFC 4180, enough for the test: quoted fields, doubled quotes, commas and newlines inside.
    static func parseCSV(_ text: String) -> [[String]] {
        var rows: [[String]] = [], row: [String] = [], field = ""
        var quoted = false
        var chars = Array(text)[...]
        while let c = chars.popFirst() {
            if quoted {
                if c == "\"" {
                    if chars.first == "\"" { field.append("\""); chars.removeFirst() } else { quoted = false }
                } else { field.append(c) }
            } else if c == "\"" { quoted = true }
            else if c == "," { row.append(field); field = "" }
            else if c == "\n" { row.append(field); rows.append(row); row = []; field = "" }
            else { field.append(c) }
        }
        if !field.isEmpty || !row.isEmpty { row.append(field); rows.append(row) }
        return rows
    }
}
