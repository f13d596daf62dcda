import Foundation
import Testing

/// The executable embeds `seeds/`: its list of embedded pages must name every file there.
@Suite struct BuiltinSeedsTests {
    @Test func everySeedFileIsEmbedded() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let seeds = try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("seeds").path)
            .filter { $0.hasSuffix(".txt") }.sorted()
        let listing = try String(contentsOf: root.appendingPathComponent("Sources/dubao/BuiltinPages.swift"), encoding: .utf8)
        #expect(!seeds.isEmpty)
        for seed in seeds {
            #expect(listing.contains("\"seeds/\(seed)\""), "seeds/\(seed) is not in BuiltinPages.all")
        }
    }
}
