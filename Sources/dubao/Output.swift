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
            if code == EPIPE { exit(1) }
            Console.error("cannot write output: \(String(cString: strerror(code)))")
            exit(1)
        }
        buffer.removeAll(keepingCapacity: true)
    }
}
