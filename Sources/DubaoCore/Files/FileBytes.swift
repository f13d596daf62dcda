import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The bytes of a page file, read with open(2) and read(2) by the name the
/// system knows it by (`FileName`), with the reason when that fails.
public enum FileBytes {
    /// Bytes a page file may have: a printed page is rarely over 100 KB, a
    /// whole issue in one file a few MB (parsing takes some thirty times a
    /// file's size in memory: 8 MB keeps it within 300 MB). A larger file in an archive folder
    /// (a log, a dump) is passed over with a warning, not read into memory.
    /// `DUBAO_MAX_PAGE_MB` sets it.
    public static let pageLimit: Int = {
        if let text = getenv("DUBAO_MAX_PAGE_MB").map({ String(cString: $0) }), let mb = Double(text), mb > 0 {
            return Int(min(mb, 1_048_576) * 1_048_576)
        }
        return 8 << 20
    }()

    public static func read(_ path: String, limit: Int = pageLimit) -> Result<[UInt8], LoadWarning> {
        let fd = FileName.withSystemName(path) { open($0, O_RDONLY | O_CLOEXEC | O_NONBLOCK) }
        guard fd >= 0 else { return .failure(warning(path, errno)) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { return .failure(warning(path, errno)) }
        guard (info.st_mode & S_IFMT) == S_IFREG else {
            return .failure(LoadWarning(path: path, message: "not a regular file (a device, a FIFO or a socket), passed over"))
        }
        guard Int(info.st_size) <= limit else { return .failure(tooLarge(path, Int(info.st_size), limit)) }
        var bytes = [UInt8](repeating: 0, count: max(0, Int(info.st_size)))
        var filled = 0
        while true {
            // (A file that grows while it is read is held to the limit too.)
            if filled > limit { return .failure(tooLarge(path, filled, limit)) }
            if filled == bytes.count { bytes.append(contentsOf: repeatElement(0, count: max(4096, bytes.count / 2))) }
            let n = bytes.withUnsafeMutableBytes { buffer in
                Glibc.read(fd, buffer.baseAddress! + filled, buffer.count - filled)
            }
            if n < 0 {
                if errno == EINTR { continue }
                return .failure(warning(path, errno))
            }
            if n == 0 { break }
            filled += n
        }
        bytes.removeSubrange(filled...)
        return .success(bytes)
    }

    static func tooLarge(_ path: String, _ size: Int, _ limit: Int) -> LoadWarning {
        func mb(_ n: Int) -> String { String(format: "%.1f MB", Double(n) / 1_048_576) }
        return LoadWarning(path: path, message: "is \(mb(size)), larger than any page (the limit is \(mb(limit)); DUBAO_MAX_PAGE_MB sets it): passed over")
    }

    static func warning(_ path: String, _ code: Int32) -> LoadWarning {
        let reason: String
        switch code {
        case ENOENT: reason = "vanished before it could be read"
        case EACCES, EPERM: reason = "cannot be read (permission denied)"
        case EISDIR: reason = "is a directory"
        default: reason = "cannot be read (\(String(cString: strerror(code))))"
        }
        return LoadWarning(path: path, message: reason)
    }
}
