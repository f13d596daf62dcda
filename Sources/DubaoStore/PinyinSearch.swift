import DubaoCore
import GRDB

/// Pinyin for people without a Chinese input method: a query of Latin
/// letters is also read as toneless syllables (`chunguan`, `chun guan`), and
/// the Chinese words of the library those syllables spell are searched too;
/// a run of letters is also the initials of a title (`wsgq` → 位山灌区).
enum PinyinSearch {
    /// Words asked of the index at most, so that a query of common syllables
    /// stays quick.
    static let maxChecks = 2000
    /// Chinese words a query may stand for, at most.
    static let maxWords = 32

    /// Whether the text can be pinyin: ASCII letters, spaces and apostrophes.
    static func isLatin(_ text: String) -> Bool {
        var letters = 0
        for s in text.unicodeScalars {
            switch s.value {
            case 0x41...0x5A, 0x61...0x7A: letters += 1
            case 0x20, 0x27: continue
            default: return false
            }
        }
        return letters >= 2
    }

    /// The Chinese words of the library that the query spells in pinyin, of
    /// two syllables or more: each syllable is one of its characters, and each
    /// pair of neighbours must stand together somewhere in the library.
    static func words(for text: String, in db: Database) throws -> [String] {
        guard isLatin(text) else { return [] }
        // The characters of everyday text first (the URO block); the rarer
        // ones of the extensions only when those spell nothing: it halves the
        // words asked of the index for a common syllable.
        let common = try words(for: text, in: db, only: { (0x4E00...0x9FFF).contains($0) })
        return common.isEmpty ? try words(for: text, in: db, only: { _ in true }) : common
    }

    private static func words(for text: String, in db: Database, only keep: (UInt32) -> Bool) throws -> [String] {
        var found: [String] = []
        var checks = 0
        let inBodies = try db.makeStatement(sql: "SELECT 1 FROM search_body WHERE search_body MATCH ? LIMIT 1")
        let inTitles = try db.makeStatement(sql: "SELECT 1 FROM search_title WHERE search_title MATCH ? LIMIT 1")
        for syllables in Pinyin.segmentations(of: text, limit: 4) where syllables.count >= 2 {
            let choices = syllables.map { Pinyin.characters(forSyllable: $0).filter(keep) }
            var words: [[UInt32]] = choices[0].map { [$0] }
            for next in choices.dropFirst() {
                var longer: [[UInt32]] = []
                for word in words {
                    for c in next {
                        checks += 1
                        if checks > maxChecks { break }
                        let pair = "\"" + SearchTokens.pair(word.last!, c) + "\""
                        if try Int.fetchOne(inBodies, arguments: ["body : " + pair]) != nil
                            || Int.fetchOne(inTitles, arguments: ["title : " + pair]) != nil {
                            longer.append(word + [c])
                        }
                    }
                }
                words = longer
                if words.isEmpty || checks > maxChecks { break }
            }
            for word in words where word.count == syllables.count {
                found.append(String(String.UnicodeScalarView(word.compactMap(Unicode.Scalar.init))))
                if found.count >= maxWords { return found }
            }
            // The likeliest reading that spells words of the library is the
            // reading: `chunguan` is 春灌, not also chun-gu-an.
            if !found.isEmpty || checks > maxChecks { break }
        }
        return found
    }

    /// The index query for titles whose initials hold the letters of the text.
    static func initialsMatch(for text: String) -> String? {
        guard isLatin(text) else { return nil }
        let letters = SearchFolding.folded(text).filter { $0 != 0x27 }
        return SearchTokens.match(folded: letters)
    }
}
