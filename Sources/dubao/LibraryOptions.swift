import ArgumentParser
import DubaoCore

#if canImport(Glibc)
import Glibc
#endif

/// The pages a command reads: paths on the command line, else the built-in seeds.
struct LibraryOptions: ParsableArguments {
    @Argument(help: ArgumentHelp("Page files (*.txt) or directories to read; the built-in sample pages when none.",
                                 valueName: "path"))
    var paths: [String] = []

    /// Loads the pages, reporting every file passed over on stderr. Throws
    /// (exit status 1) only when nothing at all could be read.
    func load() throws -> Library {
        let library = paths.isEmpty ? Library.load(sources: BuiltinPages.all) : Library.load(paths: paths)
        for warning in library.warnings {
            Console.warn("\(warning.path): \(warning.message)")
        }
        if library.pages.isEmpty {
            throw BadInput("no readable pages in \(paths.joined(separator: " "))")
        }
        return library
    }
}

/// Bad input: the command ran but what it was given cannot be used (exit 1).
struct BadInput: Error, CustomStringConvertible {
    var description: String
    init(_ message: String) { description = message }
}

enum Console {
    static func warn(_ message: String) {
        var stderr = StandardError()
        print("dubao: warning: \(message)", to: &stderr)
    }

    static func error(_ message: String) {
        var stderr = StandardError()
        print("dubao: \(message)", to: &stderr)
    }

    /// The width to lay text out in: `COLUMNS`, else the terminal's, else 80.
    static func width() -> Int {
        if let env = getenv("COLUMNS"), let n = Int(String(cString: env)), n > 0 { return n }
        var size = winsize()
        if isatty(STDOUT_FILENO) != 0, ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 {
            return Int(size.ws_col)
        }
        return 80
    }
}

struct StandardError: TextOutputStream {
    mutating func write(_ string: String) {
        var bytes = Array(string.utf8)
        _ = Glibc.write(STDERR_FILENO, &bytes, bytes.count)
    }
}
