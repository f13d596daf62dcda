/// A 64-bit FNV-1a hash of a file's bytes: tells a changed file from one that
/// was only touched. Not for security; eight bytes a step keeps it cheap next
/// to parsing.
enum ContentHash {
    static func of(_ bytes: [UInt8]) -> Int64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        let prime: UInt64 = 0x0000_0100_0000_01B3
        bytes.withUnsafeBufferPointer { buf in
            var i = 0
            let n = buf.count
            while i + 8 <= n {
                var word: UInt64 = 0
                for k in 0..<8 { word |= UInt64(buf[i + k]) << (8 * UInt64(k)) }
                h = (h ^ word) &* prime
                h ^= h >> 29
                i += 8
            }
            while i < n {
                h = (h ^ UInt64(buf[i])) &* prime
                i += 1
            }
        }
        h ^= UInt64(bytes.count)
        return Int64(bitPattern: h)
    }
}
