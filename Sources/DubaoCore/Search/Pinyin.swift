/// Toneless pinyin of Chinese characters, for searching by pinyin or by
/// initials (`wsgq` for 位山灌区).
///
/// One reading per character: what ICU's mandarinToLatin gives the character
/// alone (`Generated/HanTables.swift`, written by
/// `scripts/generate-search-tables.swift`), tones stripped, lowercase, ü
/// written `v` (绿 is `lv`, 女 is `nv`, 略 is `lve`). A Traditional character has
/// its own reading (乾 is `qian`, though it folds to 干 `gan`). In queries `lu`,
/// `nu`, `lue`, `nue` also stand for the ü syllables.
public enum Pinyin {
    /// The toneless syllable of a Han character, nil for anything else (and for
    /// the few ideographs ICU has no reading for). 〇 reads as 零.
    @inline(__always)
    public static func syllable(of v: UInt32) -> String? {
        guard let n = number(of: v) else { return nil }
        return syllables[n]
    }

    /// The ASCII first letter of `syllable(of:)` (zh, ch, sh give z, c, s).
    @inline(__always)
    public static func initial(of v: UInt32) -> UInt8? {
        guard let n = number(of: v) else { return nil }
        return initialLetters[n]
    }

    /// The initials of the Han characters of `text`, with its other letters and
    /// digits folded (lowercase, half-width) and everything else dropped:
    /// "位山灌区" is "wsgq", "5G网络" is "5gwl".
    public static func initials(of text: some StringProtocol) -> String {
        var out = ""
        for s in text.unicodeScalars {
            if let i = initial(of: s.value) {
                out.unicodeScalars.append(Unicode.Scalar(i))
                continue
            }
            guard let f = SearchFolding.fold(s.value), let folded = Unicode.Scalar(f) else { continue }
            if f < 0x80 {
                if (0x30...0x39).contains(f) || (0x61...0x7A).contains(f) { out.unicodeScalars.append(folded) }
            } else if folded.properties.isAlphabetic && !folded.properties.isIdeographic {
                out += String(folded).lowercased()
            }
        }
        return out
    }

    /// Every Simplified Han character (one that `SearchFolding` leaves as it is)
    /// whose syllable is `s`, in code point order, CJK Unified Ideographs before
    /// Extension A. Case-insensitive; `lu` also gives the `lv` characters (绿),
    /// `nue` the `nve` ones, and `ü` may be typed for `v`.
    public static func characters(forSyllable s: String) -> [UInt32] {
        let key = s.lowercased().replacingOccurrences(of: "ü", with: "v")
        var out = charactersBySyllable[key] ?? []
        if let ü = umlautAliases[key] { out += charactersBySyllable[ü] ?? [] }
        return out
    }

    /// The ways a Latin query splits into whole toneless syllables, most
    /// plausible first: "chunguan" is [["chun", "guan"], …], "xian" is
    /// [["xian"], ["xi", "an"]]. Spaces and apostrophes fix boundaries
    /// ("xi'an", "chun guan"); case does not matter. Empty when the query holds
    /// anything but ASCII letters, spaces and apostrophes, or does not split.
    ///
    /// Ranking: fewest syllables that start with a, e or o inside a run of
    /// letters (the spelling would want an apostrophe there), then fewest
    /// syllables, then longest first syllables. The syllables without a vowel
    /// (嗯 `ng`, 呣 `m`, `n`, `hm`) only count when they are a whole run, or
    /// every word with an n in it would split around it. At most `limit`
    /// results; the work is linear in the query's length.
    public static func segmentations(of query: String, limit: Int = 8) -> [[String]] {
        guard limit > 0 else { return [] }
        var runs: [[UInt8]] = [[]]
        for u in query.utf8 {
            switch u {
            case 0x41...0x5A: runs[runs.count - 1].append(u + 0x20)
            case 0x61...0x7A: runs[runs.count - 1].append(u)
            case 0x20, 0x27: if !runs[runs.count - 1].isEmpty { runs.append([]) }
            default: return []
            }
        }
        if runs[runs.count - 1].isEmpty { runs.removeLast() }
        guard !runs.isEmpty else { return [] }

        var best: [Split] = [Split(awkward: 0, syllables: [])]
        for run in runs {
            let splits = split(run, limit: limit)
            guard !splits.isEmpty else { return [] }
            var next: [Split] = []
            for a in best { for b in splits { next.append(Split(awkward: a.awkward + b.awkward, syllables: a.syllables + b.syllables)) } }
            next.sort(by: Split.precedes)
            best = Array(next.prefix(limit))
        }
        return best.map(\.syllables)
    }

    // MARK: Segmentation

    struct Split {
        var awkward: Int
        var syllables: [String]

        static func precedes(_ a: Split, _ b: Split) -> Bool {
            if a.awkward != b.awkward { return a.awkward < b.awkward }
            if a.syllables.count != b.syllables.count { return a.syllables.count < b.syllables.count }
            for (x, y) in zip(a.syllables, b.syllables) where x.utf8.count != y.utf8.count {
                return x.utf8.count > y.utf8.count
            }
            return false
        }
    }

    /// The best `limit` splits of one run of lowercase letters: a DP from the
    /// end, keeping the best `limit` splits of every suffix (the ranking key
    /// adds up, so the best splits of a run extend best splits of its suffixes).
    static func split(_ run: [UInt8], limit: Int) -> [Split] {
        let n = run.count
        var best = [[Split]](repeating: [], count: n + 1)
        best[n] = [Split(awkward: 0, syllables: [])]
        for i in stride(from: n - 1, through: 0, by: -1) {
            var here: [Split] = []
            for length in 1...min(longestSyllable, n - i) where !best[i + length].isEmpty {
                let s = String(decoding: run[i..<(i + length)], as: UTF8.self)
                guard let kind = validSyllables[s] else { continue }
                if kind == .vowelless && length != n { continue }
                let awkward = i > 0 && (run[i] == 0x61 || run[i] == 0x65 || run[i] == 0x6F) ? 1 : 0
                for rest in best[i + length] {
                    here.append(Split(awkward: awkward + rest.awkward, syllables: [s] + rest.syllables))
                }
            }
            here.sort(by: Split.precedes)
            best[i] = Array(here.prefix(limit))
        }
        return best[0]
    }

    enum Kind { case plain, vowelless }

    /// Every syllable some character has, plus the ü aliases (lue, nue).
    static let validSyllables: [String: Kind] = {
        var out: [String: Kind] = [:]
        for s in syllables.dropFirst() {
            out[s] = s.utf8.contains { "aeiouv".utf8.contains($0) } ? .plain : .vowelless
        }
        for (alias, _) in umlautAliases where out[alias] == nil { out[alias] = .plain }
        return out
    }()

    static let longestSyllable = validSyllables.keys.map(\.utf8.count).max() ?? 6

    /// A syllable typed with u for ü, and the ü syllable it may stand for.
    static let umlautAliases: [String: String] = {
        var out: [String: String] = [:]
        for s in syllables where s.contains("v") {
            out[s.replacingOccurrences(of: "v", with: "u")] = s
        }
        return out
    }()

    // MARK: Tables

    /// Syllables by number; number 0 is no syllable.
    static let syllables: [String] = [""] + HanTables.syllables.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)

    /// The first letter of every syllable, by number.
    static let initialLetters: [UInt8] = syllables.map { $0.utf8.first ?? 0 }

    /// The syllable number of every scalar of `HanTables`.
    static let numbers: [UInt16] = {
        let alphabet = Array("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz+/".utf8)
        var value = [UInt16](repeating: 0xFFFF, count: 256)
        for (d, u) in alphabet.enumerated() { value[Int(u)] = UInt16(d) }
        var out: [UInt16] = []
        out.reserveCapacity(HanTables.count)
        var high: UInt16?
        for u in HanTables.syllableCodes.utf8 {
            let d = value[Int(u)]
            guard d != 0xFFFF else { continue }  // newlines
            if let h = high { out.append(h * 64 + d); high = nil } else { high = d }
        }
        precondition(out.count == HanTables.count, "HanTables.syllableCodes does not match HanTables.count")
        return out
    }()

    @inline(__always)
    static func number(of v: UInt32) -> Int? {
        guard let i = HanTables.index(of: v == 0x3007 ? 0x96F6 : v) else { return nil }
        let n = Int(numbers[i])
        return n == 0 ? nil : n
    }

    /// The reverse of the table, Simplified characters only.
    static let charactersBySyllable: [String: [UInt32]] = {
        var out: [String: [UInt32]] = [:]
        let order: [ClosedRange<UInt32>] = [0x4E00...0x9FFF, 0x3400...0x4DBF, 0xF900...0xFAFF]
        for range in order {
            for v in range {
                guard SearchFolding.fold(v) == v, let i = HanTables.index(of: v) else { continue }
                let n = Int(numbers[i])
                if n != 0 { out[syllables[n], default: []].append(v) }
            }
        }
        return out
    }()
}
