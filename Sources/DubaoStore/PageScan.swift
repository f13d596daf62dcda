import DubaoCore
import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// A page file found on disk, with what tells whether it changed.
public struct ScannedFile: Sendable, Hashable {
    public var path: String
    public var size: Int64
    /// Modification time in nanoseconds.
    public var mtime: Int64
}

/// Which pages of the library a command works on: the files and the
/// directories (every page under them) it was given, or the built-in pages.
public struct LibraryScope: Sendable, Hashable {
    public var files: [String]
    public var directories: [String]

    /// The prefix of built-in page paths.
    public static let builtinPrefix = "builtin:"
    public static let builtin = LibraryScope(files: [], directories: [builtinPrefix])

    public init(files: [String], directories: [String]) {
        self.files = files
        self.directories = directories
    }

    /// The SQL condition on a path column, and its arguments.
    func condition(column: String) -> (sql: String, arguments: [String]) {
        var parts: [String] = []
        var arguments: [String] = []
        if !files.isEmpty {
            parts.append("\(column) IN (\(files.map { _ in "?" }.joined(separator: ",")))")
            arguments += files
        }
        for dir in directories {
            // Every path that starts with the prefix: a range the path index answers.
            parts.append("(\(column) >= ? AND \(column) < ?)")
            arguments += [dir, dir + "\u{10FFFF}"]
        }
        return (parts.isEmpty ? "0" : "(" + parts.joined(separator: " OR ") + ")", arguments)
    }

    func contains(_ path: String) -> Bool {
        files.contains(path) || directories.contains { path.hasPrefix($0) }
    }
}

/// Finds the page files under the paths a user gives.
public enum PageScan {
    /// The files under `paths` (a file as it is, a directory as its `*.txt`
    /// files, recursively), with absolute paths, and the scope they make.
    /// What cannot be read becomes a warning.
    public static func scan(_ paths: [String]) -> (files: [ScannedFile], scope: LibraryScope, warnings: [LoadWarning]) {
        var warnings: [LoadWarning] = []
        var scopeFiles: [String] = []
        var scopeDirs: [String] = []
        var found: [String: ScannedFile] = [:]
        for given in paths {
            let absolute = absolutePath(given)
            guard let info = statFile(absolute) else {
                warnings.append(LoadWarning(path: given, message: errno == ENOENT ? "no such file or directory" : String(cString: strerror(errno))))
                continue
            }
            if (info.st_mode & S_IFMT) == S_IFDIR {
                let prefix = absolute.hasSuffix("/") ? absolute : absolute + "/"
                scopeDirs.append(prefix)
                var inner: [LoadWarning] = []
                let files = PageFiles.expand(absolute, warnings: &inner)
                warnings += inner.map { LoadWarning(path: $0.path == absolute ? given : $0.path, message: $0.message) }
                for f in files {
                    if let s = fileInfo(f) { found[f] = s }
                }
            } else {
                scopeFiles.append(absolute)
                if let s = fileInfo(absolute) { found[absolute] = s }
            }
        }
        let files = found.values.sorted { $0.path < $1.path }
        return (files, LibraryScope(files: scopeFiles, directories: scopeDirs), warnings)
    }

    static func fileInfo(_ file: String) -> ScannedFile? {
        guard let info = statFile(file) else { return nil }
        let mtime = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
        return ScannedFile(path: file, size: Int64(info.st_size), mtime: mtime)
    }

    /// The path made absolute and without `.` and `..` parts (symbolic links
    /// are kept: they are the names the user chose).
    public static func absolutePath(_ path: String) -> String {
        let full = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        var parts: [Substring] = []
        for part in full.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == ".." { if !parts.isEmpty { parts.removeLast() }; continue }
            parts.append(part)
        }
        return "/" + parts.joined(separator: "/")
    }
}

/// `stat(2)`; nil with `errno` set when it fails.
private func statFile(_ path: String) -> stat? {
    var info = stat()
    return stat(path, &info) == 0 ? info : nil
}
