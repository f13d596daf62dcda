#if canImport(Glibc)
import Glibc
#endif

/// The bytes of a page file, read with open(2) and read(2) by the name the
/// system knows it by (`FileName`), with the reason when that fails.
public enum FileBytes {
    public static func read(_ path: String) -> Result<[UInt8], LoadWarning> {
        let fd = FileName.withSystemName(path) { open($0, O_RDONLY | O_CLOEXEC | O_NONBLOCK) }
        guard fd >= 0 else { return .failure(warning(path, errno)) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { return .failure(warning(path, errno)) }
        guard (info.st_mode & S_IFMT) == S_IFREG else {
            return .failure(LoadWarning(path: path, message: "not a regular file (a device, a FIFO or a socket), passed over"))
        }
        var bytes = [UInt8](repeating: 0, count: max(0, Int(info.st_size)))
        var filled = 0
        while true {
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
