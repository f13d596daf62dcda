import Foundation

/// A page's articles as the list needs them, packed into one blob stored with
/// the page: for each, in reading order, its row id (8 bytes), page date key,
/// section id, reading flags and generation (4 bytes each), little-endian.
/// The flags are a copy of `article_state`, written with it, so that the
/// list's marks cost nothing to read.
struct ListEntries {
    private(set) var data = Data()

    mutating func append(id: Int64, dateKey: Int32, section: Int64, flags: ReadingFlags, generation: Int64) {
        var id = id.littleEndian, date = dateKey.littleEndian, section = Int32(truncatingIfNeeded: section).littleEndian
        var flags = flags.rawValue.littleEndian, generation = Int32(truncatingIfNeeded: generation).littleEndian
        withUnsafeBytes(of: &id) { data.append(contentsOf: $0) }
        withUnsafeBytes(of: &date) { data.append(contentsOf: $0) }
        withUnsafeBytes(of: &section) { data.append(contentsOf: $0) }
        withUnsafeBytes(of: &flags) { data.append(contentsOf: $0) }
        withUnsafeBytes(of: &generation) { data.append(contentsOf: $0) }
    }

    static let stride = 24
    static let flagsOffset = 16

    struct Entry {
        var id: Int64
        var dateKey: Int32
        var section: Int32
        var flags: ReadingFlags
        var generation: Int32
    }

    /// Calls `body` with each entry of a stored blob.
    static func forEach(in data: Data, _ body: (Entry) -> Void) {
        data.withUnsafeBytes { raw in
            var o = 0
            while o + stride <= raw.count {
                body(Entry(id: Int64(littleEndian: raw.loadUnaligned(fromByteOffset: o, as: Int64.self)),
                           dateKey: Int32(littleEndian: raw.loadUnaligned(fromByteOffset: o + 8, as: Int32.self)),
                           section: Int32(littleEndian: raw.loadUnaligned(fromByteOffset: o + 12, as: Int32.self)),
                           flags: ReadingFlags(rawValue: UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: o + 16, as: UInt32.self))),
                           generation: Int32(littleEndian: raw.loadUnaligned(fromByteOffset: o + 20, as: Int32.self))))
                o += stride
            }
        }
    }

    /// The blob with the flags of the article at `ordinal` replaced.
    static func setting(_ flags: ReadingFlags, at ordinal: Int, in data: Data) -> Data {
        var out = data
        let o = ordinal * stride + flagsOffset
        guard o + 4 <= out.count else { return data }
        var v = flags.rawValue.littleEndian
        withUnsafeBytes(of: &v) { out.replaceSubrange(o..<(o + 4), with: $0) }
        return out
    }
}
