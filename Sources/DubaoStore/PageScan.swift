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

/// A directory a walk went through, and its modification time then.
public struct DirectoryStamp: Sendable, Hashable {
    public var path: String
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

    /// File names (without extension) that more than one of `files` has.
    let sharedNames: Set<String>

    public init(files: [String], directories: [String]) {
        self.files = files
        self.directories = directories
        var seen = Set<String>(), shared = Set<String>()
        for f in files where !seen.insert(PageFiles.pageName(of: f)).inserted { shared.insert(PageFiles.pageName(of: f)) }
        sharedNames = shared
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

    /// The id an article is shown by: its page's path relative to the
    /// directory it was found under, without the extension, and `#n` (n from 1,
    /// in reading order): `2024/02/22/01#3`, unique within the library and the
    /// same from one sync to the next. A page named as a file is known by its
    /// file name (`01#3`), or by its whole path when two such files share it;
    /// a built-in page by its name.
    public func articleID(path: String, ordinal: Int) -> String {
        "\(pageID(path: path))#\(ordinal + 1)"
    }

    /// The page part of the id; a byte of the path that is not UTF-8 is
    /// spelled `\xFF` (`FileName.spelled`), so that the id can be read and typed.
    public func pageID(path: String) -> String {
        FileName.spelled(rawPageID(path: path))
    }

    private func rawPageID(path: String) -> String {
        if path.hasPrefix(Self.builtinPrefix) {
            return PageFiles.pageName(of: String(path.dropFirst(Self.builtinPrefix.count)))
        }
        if let root = directories.filter({ path.hasPrefix($0) }).max(by: { $0.count < $1.count }) {
            return withoutExtension(String(path.dropFirst(root.count)))
        }
        let name = PageFiles.pageName(of: path)
        return sharedNames.contains(name) ? withoutExtension(path) : name
    }

    private func withoutExtension(_ path: String) -> String {
        guard let slash = path.lastIndex(of: "/") ?? path.indices.first,
              let dot = path[slash...].lastIndex(of: "."), dot > slash else { return path }
        return String(path[..<dot])
    }

    /// The page paths an id's page part may stand for in this scope.
    func pathPrefixes(forPageID page: String) -> [String] {
        var out = directories.filter { $0 != Self.builtinPrefix }.map { $0 + page + "." }
        out += files.filter { PageFiles.pageName(of: $0) == page || withoutExtension($0) == page }
        if directories.contains(Self.builtinPrefix) { out.append(Self.builtinPrefix + page + ".") }
        return out
    }

    func contains(_ path: String) -> Bool {
        files.contains(path) || directories.contains { path.hasPrefix($0) }
    }
}

/// The paths a user gives, each a file or a directory: what the scope is can
/// be told at once (one stat a path), the files under them take a walk.
public struct PageRoots: Sendable {
    public struct Root: Sendable {
        public var given: String
        public var absolute: String
        public var isDirectory: Bool
    }
    public let roots: [Root]
    public let scope: LibraryScope
    /// Paths that do not exist or cannot be looked at.
    public let warnings: [LoadWarning]

    public init(_ paths: [String]) {
        var roots: [Root] = []
        var warnings: [LoadWarning] = []
        var files: [String] = []
        var dirs: [String] = []
        for given in paths {
            let absolute = PageScan.absolutePath(given)
            guard let info = statFile(absolute) else {
                let reason = errno == ENOENT ? "no such file or directory"
                    : errno == ELOOP ? "a loop of symbolic links" : String(cString: strerror(errno)).lowercased()
                warnings.append(LoadWarning(path: given, message: reason))
                continue
            }
            let isDirectory = (info.st_mode & S_IFMT) == S_IFDIR
            // A device, a FIFO or a socket is no page: reading one could block or never end.
            guard isDirectory || (info.st_mode & S_IFMT) == S_IFREG else {
                warnings.append(LoadWarning(path: given, message: "not a regular file (a device, a FIFO or a socket), passed over"))
                continue
            }
            roots.append(Root(given: given, absolute: absolute, isDirectory: isDirectory))
            if isDirectory { dirs.append(absolute.hasSuffix("/") ? absolute : absolute + "/") } else { files.append(absolute) }
        }
        self.roots = roots
        self.warnings = warnings
        scope = LibraryScope(files: files, directories: dirs)
    }

    /// Every page file under the roots, sorted, each once.
    public func files() -> (files: [ScannedFile], warnings: [LoadWarning]) {
        let walked = walk()
        return (walked.files, walked.warnings)
    }

    /// Every page file under the roots, sorted, each once, and every
    /// directory walked with its time.
    public func walk() -> (files: [ScannedFile], directories: [DirectoryStamp], warnings: [LoadWarning]) {
        var warnings: [LoadWarning] = []
        var found: [String: ScannedFile] = [:]
        var directories: [DirectoryStamp] = []
        for root in roots {
            if root.isDirectory {
                var walk = DirectoryWalk()
                walk.visit(root.absolute)
                for f in walk.files { found[f.path] = f }
                directories += walk.directories
                warnings += walk.warnings
                if walk.files.isEmpty && walk.warnings.isEmpty {
                    warnings.append(LoadWarning(path: root.given, message: "no *.txt page files in this directory"))
                }
            } else if let s = PageScan.fileInfo(root.absolute) {
                found[root.absolute] = s
            }
        }
        return (found.values.sorted { $0.path < $1.path }, directories, warnings)
    }
}

/// Finds the page files under the paths a user gives.
public enum PageScan {
    /// The files under `paths` (a file as it is, a directory as its `*.txt`
    /// files, recursively), with absolute paths, and the scope they make.
    /// What cannot be read becomes a warning.
    public static func scan(_ paths: [String]) -> (files: [ScannedFile], scope: LibraryScope, warnings: [LoadWarning]) {
        let roots = PageRoots(paths)
        let (files, warnings) = roots.files()
        return (files, roots.scope, roots.warnings + warnings)
    }

    static func fileInfo(_ file: String) -> ScannedFile? {
        guard let info = statFile(file) else { return nil }
        return ScannedFile(path: file, size: Int64(info.st_size), mtime: modificationTime(info))
    }

    /// A directory's time now; nil when it is gone or cannot be looked at.
    static func directoryTime(_ path: String) -> Int64? {
        guard let info = statFile(path), (info.st_mode & S_IFMT) == S_IFDIR else { return nil }
        return modificationTime(info)
    }

    static func modificationTime(_ info: stat) -> Int64 {
        Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
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
    return FileName.withSystemName(path) { stat($0, &info) } == 0 ? info : nil
}

/// A walk of a directory tree with readdir(3) and fstatat(2): the `*.txt`
/// files under it with their size and time, in one pass and without a
/// Foundation object a file (an archive has tens of thousands). Symbolic links
/// to directories are followed once each; a loop is not walked twice.
struct DirectoryWalk {
    var files: [ScannedFile] = []
    var directories: [DirectoryStamp] = []
    var warnings: [LoadWarning] = []
    private var seen = Set<[UInt64]>()

    mutating func visit(_ path: String) {
        guard let info = statFile(path) else { return }
        guard seen.insert([UInt64(info.st_dev), UInt64(info.st_ino)]).inserted else { return }
        // Taken before the entries are read: a file added while the walk goes
        // on changes the time after this, and the next check sees it.
        directories.append(DirectoryStamp(path: path.hasSuffix("/") ? path : path + "/", mtime: PageScan.modificationTime(info)))
        guard let dir = FileName.withSystemName(path, { opendir($0) }) else {
            warnings.append(LoadWarning(path: path, message: "directory cannot be read (\(String(cString: strerror(errno))))"))
            return
        }
        defer { closedir(dir) }
        let fd = dirfd(dir)
        var subdirectories: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                FileName.string(fromBytes: UnsafeRawBufferPointer(rebasing: raw.prefix { $0 != 0 }))
            }
            if name == "." || name == ".." || name.hasPrefix(".") && name.count > 1 && !isPage(name) { continue }
            var st = stat()
            let type = entry.pointee.d_type
            if type == DT_DIR {
                subdirectories.append(path + "/" + name)
                continue
            }
            guard isPage(name) || type == DT_LNK || type == DT_UNKNOWN else { continue }
            // Follows a link to what it names.
            guard FileName.withSystemName(name, { fstatat(fd, $0, &st, 0) }) == 0 else { continue }
            if (st.st_mode & S_IFMT) == S_IFDIR {
                subdirectories.append(path + "/" + name)
            } else if (st.st_mode & S_IFMT) == S_IFREG, isPage(name) {
                files.append(ScannedFile(path: path + "/" + name, size: Int64(st.st_size), mtime: PageScan.modificationTime(st)))
            }
        }
        for sub in subdirectories { visit(sub) }
    }

    private func isPage(_ name: String) -> Bool {
        name.utf8.count > 4 && name.lowercased().hasSuffix(".txt")
    }
}
