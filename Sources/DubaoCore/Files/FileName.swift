#if canImport(Glibc)
import Glibc
#endif

/// File names are bytes on Linux, not always UTF-8: a name written by an old
/// tool in GBK, or cut in the middle of a character, is still the user's page.
/// A Swift `String` cannot hold such bytes, so each byte of a name that is not
/// UTF-8 is kept as one scalar of its own (U+10FF00 plus the byte, at the end
/// of the last private-use plane, which no text uses), and turned back into
/// the byte when the name is given to the system. Paths stay `String`s
/// everywhere else; only the edges — reading a directory, the command line,
/// opening a file, showing a name — know of this.
public enum FileName {
    static let escapeBase: UInt32 = 0x10_FF00

    /// The name of these bytes: UTF-8 as it is, each byte of anything else
    /// kept as its escape scalar.
    public static func string(fromBytes bytes: UnsafeRawBufferPointer) -> String {
        // Nearly every name is UTF-8: decoded once, and kept when decoding
        // changed nothing (this runs for every entry of every directory).
        let decoded = String(decoding: bytes, as: UTF8.self)
        if decoded.utf8.elementsEqual(bytes) { return decoded }
        var out = String.UnicodeScalarView()
        var iterator = bytes.makeIterator()
        var parser = Unicode.UTF8.ForwardParser()
        // The parser says how long a bad sequence was, not which bytes: a
        // second iterator walks beside it to put them back.
        var copy = bytes.makeIterator()
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                out.append(Unicode.UTF8.decode(encoded))
                for _ in 0..<encoded.count { _ = copy.next() }
            case .error(let length):
                for _ in 0..<length {
                    if let b = copy.next() { out.append(Unicode.Scalar(escapeBase + UInt32(b))!) }
                }
            case .emptyInput:
                return String(out)
            }
        }
    }

    public static func string(fromBytes bytes: [UInt8]) -> String {
        bytes.withUnsafeBytes { string(fromBytes: $0) }
    }

    /// The name of a NUL-terminated C string.
    public static func string(cString: UnsafePointer<CChar>) -> String {
        string(fromBytes: UnsafeRawBufferPointer(start: cString, count: strlen(cString)))
    }

    /// The bytes the system knows this name by.
    public static func bytes(of name: String) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(name.utf8.count)
        for s in name.unicodeScalars {
            if let b = escapedByte(s) { out.append(b) } else { out.append(contentsOf: UTF8.encode(s)!) }
        }
        return out
    }

    /// Calls `body` with the name as the system knows it, NUL-terminated.
    public static func withSystemName<R>(_ name: String, _ body: (UnsafePointer<CChar>) throws -> R) rethrows -> R {
        guard name.unicodeScalars.contains(where: { escapedByte($0) != nil }) else {
            return try name.withCString(body)
        }
        var raw = bytes(of: name).map { CChar(bitPattern: $0) }
        raw.append(0)
        return try raw.withUnsafeBufferPointer { try body($0.baseAddress!) }
    }

    /// The byte an escape scalar stands for, nil for any other scalar.
    @inline(__always)
    public static func escapedByte(_ s: Unicode.Scalar) -> UInt8? {
        let v = s.value
        return v >= escapeBase + 0x80 && v <= escapeBase + 0xFF ? UInt8(v - escapeBase) : nil
    }

    /// The name as a person reads and types it: each byte that is not UTF-8
    /// spelled `\xFF`, as `ls` does.
    public static func spelled(_ name: String) -> String {
        guard name.unicodeScalars.contains(where: { escapedByte($0) != nil }) else { return name }
        var out = String.UnicodeScalarView()
        for s in name.unicodeScalars {
            if let b = escapedByte(s) {
                out.append(contentsOf: "\\x".unicodeScalars)
                out.append(contentsOf: hex(b).unicodeScalars)
            } else {
                out.append(s)
            }
        }
        return String(out)
    }

    /// The name a spelled one stands for: `\xFF` (either case) back to its
    /// byte; nil when the text spells no byte.
    public static func unspelled(_ text: String) -> String? {
        let scalars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        var i = 0, changed = false
        while i < scalars.count {
            if scalars[i] == "\\", i + 3 < scalars.count, scalars[i + 1] == "x",
               let hi = hexValue(scalars[i + 2]), let lo = hexValue(scalars[i + 3]), hi >= 8 {
                out.append(Unicode.Scalar(escapeBase + UInt32(hi * 16 + lo))!)
                i += 4
                changed = true
            } else {
                out.append(scalars[i])
                i += 1
            }
        }
        return changed ? String(out) : nil
    }

    private static func hex(_ b: UInt8) -> String {
        let digits = Array("0123456789ABCDEF".unicodeScalars)
        return String(String.UnicodeScalarView([digits[Int(b >> 4)], digits[Int(b & 15)]]))
    }

    private static func hexValue(_ s: Unicode.Scalar) -> Int? {
        switch s.value {
        case 0x30...0x39: return Int(s.value - 0x30)
        case 0x41...0x46: return Int(s.value - 0x41 + 10)
        case 0x61...0x66: return Int(s.value - 0x61 + 10)
        default: return nil
        }
    }
}
