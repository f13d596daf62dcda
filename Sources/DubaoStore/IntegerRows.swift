import Foundation

/// A page's articles as the list needs them, packed into one blob stored with
/// the page: for each, in reading order, its row id (8 bytes), page date key
/// and section id (4 bytes each), little-endian.
struct ListEntries {
    private(set) var data = Data()

    mutating func append(id: Int64, dateKey: Int32, section: Int64) {
        var id = id.littleEndian, date = dateKey.littleEndian, section = Int32(truncatingIfNeeded: section).littleEndian
        withUnsafeBytes(of: &id) { data.append(contentsOf: $0) }
        withUnsafeBytes(of: &date) { data.append(contentsOf: $0) }
        withUnsafeBytes(of: &section) { data.append(contentsOf: $0) }
    }

    static let stride = 16

    /// Calls `body` with each entry of a stored blob.
    static func forEach(in data: Data, _ body: (Int64, Int32, Int32) -> Void) {
        data.withUnsafeBytes { raw in
            var o = 0
            while o + stride <= raw.count {
                let id = Int64(littleEndian: raw.loadUnaligned(fromByteOffset: o, as: Int64.self))
                let date = Int32(littleEndian: raw.loadUnaligned(fromByteOffset: o + 8, as: Int32.self))
                let section = Int32(littleEndian: raw.loadUnaligned(fromByteOffset: o + 12, as: Int32.self))
                body(id, date, section)
                o += stride
            }
        }
    }
}
