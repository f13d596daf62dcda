import DubaoStore
import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Standard output for every command: buffered (one write(2) per 64 KB), and
/// a write that fails ends the command with one line and status 1 — `dubao:
/// cannot write output: No space left on device` — rather than a trap or a
/// silent loss. A closed pipe (`| head`) ends it quietly, as it ends `cat`.
enum Output {
    nonisolated(unsafe) private static var buffer: [UInt8] = []

    static func line(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        buffer.append(0x0A)
        if buffer.count >= 1 << 16 { flush() }
    }

    static func write(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= 1 << 16 { flush() }
    }

    static func write(_ data: Data) {
        buffer.append(contentsOf: data)
        if buffer.count >= 1 << 16 { flush() }
    }

    static func flush() {
        var done = 0
        while done < buffer.count {
            let n = buffer.withUnsafeBytes { raw in
                Glibc.write(STDOUT_FILENO, raw.baseAddress! + done, raw.count - done)
            }
            if n > 0 { done += n; continue }
            if n < 0 && errno == EINTR { continue }
            let code = n < 0 ? errno : EIO
            buffer.removeAll()
            // (The reader of the output went away, `| head`: the end is still clean.)
            if code == EPIPE { LibraryDatabase.closeAll(); exit(1) }
            Console.error("cannot write output: \(String(cString: strerror(code)))")
            exit(1)
        }
        buffer.removeAll(keepingCapacity: true)
    }
}

/// A JSON document whose first key holds an array written element by
/// element, as `JSONEncoder` would pretty-print the whole (sorted keys, two
/// spaces): memory holds one element, not the document.
struct JSONArrayStream {
    private let encoder: JSONEncoder = {
        let e = JSONEncoder()
        e.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return e
    }()
    private var first = true

    /// Opens `{ "key" : [`.
    init(key: String) {
        Output.write("{\n  \"\(key)\" : [")
    }

    mutating func append(_ element: some Encodable) throws {
        let text = JSONSafe.text(try encoder.encode(element))
        // Indented as it stands inside the document.
        Output.write((first ? "\n    " : ",\n    ") + text.replacingOccurrences(of: "\n", with: "\n    "))
        first = false
    }

    /// Closes the array, then the document after the keys that follow it
    /// (in order, each value encoded whole).
    func finish(then keys: [(String, any Encodable)] = []) throws {
        Output.write(first ? "\n\n  ]" : "\n  ]")
        for (key, value) in keys {
            let text = JSONSafe.text(try encoder.encode(value))
            Output.write(",\n  \"\(key)\" : " + text.replacingOccurrences(of: "\n", with: "\n  "))
        }
        Output.write("\n}\n")
    }
}

/// JSON text that shows on a terminal as it is: `JSONEncoder` escapes the
/// C0 controls, not the characters that reorder or hide text (`\u202e`
/// turns the rest of a line around), the C1 controls, or the line
/// separators. Those stand only inside strings, so each is written as a
/// `\uXXXX` escape wherever it is.
enum JSONSafe {
    static func text(_ data: Data) -> String {
        let text = String(decoding: data, as: UTF8.self)
        guard text.unicodeScalars.contains(where: needsEscape) else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count + 16)
        for s in text.unicodeScalars {
            if needsEscape(s) {
                out += "\\u" + String(repeating: "0", count: 4 - String(s.value, radix: 16).count) + String(s.value, radix: 16)
            } else {
                out.unicodeScalars.append(s)
            }
        }
        return out
    }

    static func data(_ data: Data) -> Data { Data(text(data).utf8) }

    static func needsEscape(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x7F...0x9F, 0x061C, 0x200B...0x200F, 0x2028...0x202E, 0x2060...0x2069, 0xFEFF: return true
        default: return false
        }
    }
}
