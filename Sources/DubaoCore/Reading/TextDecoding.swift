#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The encodings a page file may come in.
public enum SourceEncoding: String, Sendable, Hashable {
    case utf8 = "UTF-8", utf8BOM = "UTF-8 (BOM)", utf16LE = "UTF-16LE", utf16BE = "UTF-16BE"
    case gb18030 = "GB18030"
    /// UTF-8 but for a few bytes (a copy cut mid-character, a stray byte),
    /// each read as U+FFFD: the page is kept, with a warning.
    case utf8Repaired = "UTF-8 (bytes replaced)"
}

/// Why a file could not be turned into text.
public enum DecodingProblem: Error, Sendable, Hashable, CustomStringConvertible {
    case empty
    case binary
    case undecodable

    public var description: String {
        switch self {
        case .empty: return "the file is empty"
        case .binary: return "the file is binary, not text"
        case .undecodable: return "the bytes are neither UTF-8, UTF-16 nor GB18030"
        }
    }
}

/// Turns the bytes of a page file into text with LF line ends.
///
/// UTF-8 (with or without BOM) and UTF-16 with a BOM are recognised by their
/// bytes; anything that is not valid UTF-8 is tried as GB18030 (a superset of
/// GBK and GB2312) through iconv.
public enum TextDecoding {
    public static func decode(_ bytes: [UInt8]) throws(DecodingProblem) -> (text: String, encoding: SourceEncoding) {
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) {
            throw .empty
        }
        let text: String
        let encoding: SourceEncoding
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            guard let t = validUTF8(bytes[3...]) else { throw .undecodable }
            (text, encoding) = (t, .utf8BOM)
        } else if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let little = bytes[0] == 0xFF
            guard let t = utf16(bytes[2...], littleEndian: little) else { throw .undecodable }
            (text, encoding) = (t, little ? .utf16LE : .utf16BE)
        } else if let little = bomlessUTF16(bytes) {
            guard let t = utf16(bytes[...], littleEndian: little) else { throw .undecodable }
            (text, encoding) = (t, little ? .utf16LE : .utf16BE)
        } else if looksBinary(bytes) {
            throw .binary
        } else if let t = validUTF8(bytes[...]) {
            (text, encoding) = (t, .utf8)
        } else if let t = iconvDecode(bytes, from: "GB18030") {
            (text, encoding) = (t, .gb18030)
        } else if let t = repairedUTF8(bytes) {
            (text, encoding) = (t, .utf8Repaired)
        } else {
            throw .undecodable
        }
        if text.unicodeScalars.allSatisfy({ $0.properties.isWhitespace }) { throw .empty }
        return (normalizeLineEnds(text), encoding)
    }

    /// UTF-16 saved without a BOM: Chinese text with ASCII line ends and
    /// digits puts a zero byte in most even (big-endian) or odd
    /// (little-endian) positions, and few in the other (a Han character such
    /// as 开, U+5F00, has a zero byte of its own). Returns the byte order.
    static func bomlessUTF16(_ bytes: [UInt8]) -> Bool? {
        let head = bytes.prefix(4096)
        guard head.count >= 16, head.count % 2 == 0 || bytes.count > head.count else { return nil }
        var zeroEven = 0, zeroOdd = 0
        for (i, b) in head.enumerated() where b == 0 {
            if i % 2 == 0 { zeroEven += 1 } else { zeroOdd += 1 }
        }
        let pairs = head.count / 2
        // Line ends and digits alone give a zero in at least a tenth of the units.
        guard bytes.count % 2 == 0 else { return nil }
        if zeroOdd * 10 >= pairs && zeroEven * 3 <= zeroOdd { return true }
        if zeroEven * 10 >= pairs && zeroOdd * 3 <= zeroEven { return false }
        return nil
    }

    /// NUL bytes never occur in UTF-8 or GB18030 text; many control bytes in
    /// the first kilobytes mean a binary file too.
    static func looksBinary(_ bytes: [UInt8]) -> Bool {
        let n = min(bytes.count, 8192)
        return bytes.withUnsafeBytes { raw in
            var controls = 0, i = 0
            // Eight bytes at a time: only a word holding a byte below 0x20 (a
            // line end, mostly) is looked at byte by byte. (The test may also
            // flag a byte after one that is: the look settles it.)
            while i + 8 <= n {
                let w = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                if (w &- 0x2020_2020_2020_2020) & ~w & 0x8080_8080_8080_8080 != 0 {
                    for k in i..<(i + 8) {
                        let b = raw[k]
                        if b == 0 { return true }
                        if isStrayControl(b) { controls += 1 }
                    }
                }
                i += 8
            }
            while i < n {
                let b = raw[i]
                if b == 0 { return true }
                if isStrayControl(b) { controls += 1 }
                i += 1
            }
            return controls * 20 > n
        }
    }

    /// A control byte text does not hold (tab, line ends, form feed and escape it does).
    @inline(__always)
    static func isStrayControl(_ b: UInt8) -> Bool {
        b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D && b != 0x0C && b != 0x1B
    }

    /// UTF-8 with a few bytes that are not (four, or one in a thousand, but
    /// never more than 64 or one in twenty — more is another encoding),
    /// each made U+FFFD.
    static func repairedUTF8(_ bytes: [UInt8]) -> String? {
        let text = String(decoding: bytes, as: UTF8.self)
        let replaced = replacements(in: text) - literalReplacements(in: bytes)
        guard replaced > 0, replaced <= min(64, max(4, bytes.count / 1000)), replaced * 20 <= bytes.count else { return nil }
        return text
    }

    static func replacements(in text: String) -> Int {
        text.unicodeScalars.reduce(0) { $0 + ($1 == "\u{FFFD}" ? 1 : 0) }
    }

    /// U+FFFD printed in the file itself (EF BF BD).
    static func literalReplacements(in bytes: [UInt8]) -> Int {
        var n = 0, i = 0
        while i + 2 < bytes.count {
            if bytes[i] == 0xEF && bytes[i + 1] == 0xBF && bytes[i + 2] == 0xBD { n += 1; i += 3 } else { i += 1 }
        }
        return n
    }

    static func validUTF8(_ bytes: ArraySlice<UInt8>) -> String? {
        String(validating: bytes, as: UTF8.self)
    }

    static func utf16(_ bytes: ArraySlice<UInt8>, littleEndian: Bool) -> String? {
        guard bytes.count % 2 == 0 else { return nil }
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var i = bytes.startIndex
        while i < bytes.endIndex {
            let a = UInt16(bytes[i]), b = UInt16(bytes[i + 1])
            units.append(littleEndian ? (b << 8 | a) : (a << 8 | b))
            i += 2
        }
        var out = String.UnicodeScalarView()
        var it = units.makeIterator()
        var codec = UTF16()
        loop: while true {
            switch codec.decode(&it) {
            case .scalarValue(let s): out.append(s)
            case .emptyInput: break loop
            case .error: return nil
            }
        }
        return String(out)
    }

    /// Converts with the C library's iconv; nil when a byte sequence is invalid.
    static func iconvDecode(_ bytes: [UInt8], from charset: String) -> String? {
        let cd = iconv_open("UTF-8", charset)
        if cd == iconv_t(bitPattern: -1) { return nil }
        defer { iconv_close(cd) }
        var input = bytes
        var output = [UInt8](repeating: 0, count: bytes.count * 2 + 16)
        let produced: Int? = input.withUnsafeMutableBufferPointer { inBuf in
            output.withUnsafeMutableBufferPointer { outBuf in
                var inPtr: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(inBuf.baseAddress!)
                    .assumingMemoryBound(to: CChar.self)
                var inLeft = inBuf.count
                var outPtr: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outBuf.baseAddress!)
                    .assumingMemoryBound(to: CChar.self)
                var outLeft = outBuf.count
                let r = iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft)
                if r == -1 || inLeft != 0 { return nil }
                return outBuf.count - outLeft
            }
        }
        guard let produced else { return nil }
        return validUTF8(output[0..<produced])
    }

    /// CRLF and lone CR become LF.
    static func normalizeLineEnds(_ text: String) -> String {
        // On the UTF-8 bytes: CR and LF are ASCII and never part of another
        // character's bytes.
        var text = text
        return text.withUTF8 { bytes in
            // (memchr: every page is asked, and few have a CR.)
            guard let base = bytes.baseAddress, memchr(base, 0x0D, bytes.count) != nil else { return nil }
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count)
            var previousCR = false
            for b in bytes {
                if b == UInt8(ascii: "\r") {
                    out.append(UInt8(ascii: "\n"))
                    previousCR = true
                    continue
                }
                if b == UInt8(ascii: "\n") && previousCR { previousCR = false; continue }
                previousCR = false
                out.append(b)
            }
            return String(decoding: out, as: UTF8.self)
        } ?? text
    }
}
