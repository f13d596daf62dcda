import DubaoCore
import Foundation
#if canImport(Glibc)
import Glibc
#endif
import Testing

/// The real binary in a real terminal (tmux, 100×30): what a user would see.
@Suite(.serialized) struct ReaderEndToEndTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let binary = root.appendingPathComponent(".build/debug/dubao").path
    static let tmuxPath = ["/usr/bin/tmux", "/usr/local/bin/tmux", "/bin/tmux"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    /// One tmux server of its own, killed at the end.
    final class Tmux {
        let socket = "dubao-e2e-\(getpid())-\(UInt32.random(in: 0..<UInt32.max))"
        let path: String

        init(path: String) { self.path = path }
        deinit { _ = run(["kill-server"]) }

        /// Runs a tmux command; its output only when asked for (a server
        /// started by the command would otherwise hold the pipe open for ever).
        @discardableResult
        func run(_ args: [String], output: Bool = false) -> String {
            // posix_spawn and waitpid: Foundation's Process can miss the exit
            // of a child whose grandchild (the tmux server) lives on.
            var pipe: [Int32] = [0, 0]
            guard Glibc.pipe(&pipe) == 0 else { return "" }
            var actions = posix_spawn_file_actions_t()
            posix_spawn_file_actions_init(&actions)
            defer { posix_spawn_file_actions_destroy(&actions) }
            posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
            if output {
                posix_spawn_file_actions_adddup2(&actions, pipe[1], 1)
            } else {
                posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
            }
            posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
            posix_spawn_file_actions_addclose(&actions, pipe[0])
            posix_spawn_file_actions_addclose(&actions, pipe[1])
            let argv = [path, "-L", socket, "-f", "/dev/null"] + args
            var cArgs = argv.map { strdup($0) } + [nil]
            var env = ProcessInfo.processInfo.environment
            env["LC_ALL"] = "C.UTF-8"
            // The reader's library lives in a temporary directory, never the user's.
            env["DUBAO_DB"] = Dubao.temporaryLibrary()
            var cEnv = env.map { strdup("\($0.key)=\($0.value)") } + [nil]
            defer {
                cArgs.forEach { free($0) }
                cEnv.forEach { free($0) }
            }
            // The test's threads block signals; tmux and the reader must not inherit that.
            var attributes = posix_spawnattr_t()
            posix_spawnattr_init(&attributes)
            defer { posix_spawnattr_destroy(&attributes) }
            var none = sigset_t()
            sigemptyset(&none)
            posix_spawnattr_setsigmask(&attributes, &none)
            posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK))
            var pid: pid_t = 0
            let spawned = posix_spawn(&pid, path, &actions, &attributes, &cArgs, &cEnv)
            close(pipe[1])
            var data = [UInt8]()
            if spawned == 0 && output {
                var buffer = [UInt8](repeating: 0, count: 65536)
                while true {
                    let n = read(pipe[0], &buffer, buffer.count)
                    if n <= 0 { break }
                    data += buffer[0..<n]
                }
            }
            close(pipe[0])
            if spawned == 0 {
                var status: Int32 = 0
                waitpid(pid, &status, 0)
            }
            return String(decoding: data, as: UTF8.self)
        }

        func start(_ command: String) {
            run(["new-session", "-d", "-s", "e2e", "-x", "100", "-y", "30", command])
        }

        func screen(escapes: Bool = false) -> String {
            run(["capture-pane", "-p", "-t", "e2e"] + (escapes ? ["-e"] : []), output: true)
        }

        func keys(_ keys: String...) { run(["send-keys", "-t", "e2e"] + keys) }
        func text(_ text: String) { run(["send-keys", "-t", "e2e", "-l", text]) }

        /// Polls the pane until `condition` holds (at most 10 s); returns the last screen.
        @discardableResult
        func wait(_ what: String, escapes: Bool = false, _ condition: (String) -> Bool) -> String {
            // Generous: the suite runs beside other tests on two cores.
            let deadline = Date().addingTimeInterval(30)
            var last = ""
            while Date() < deadline {
                last = screen(escapes: escapes)
                if condition(last) { return last }
                usleep(50_000)
            }
            Issue.record("timed out waiting for \(what); the screen was:\n\(last)")
            return last
        }

        func value(_ format: String) -> String {
            run(["display-message", "-p", "-t", "e2e", format], output: true).trimmingCharacters(in: .whitespacesAndNewlines)
        }
    }

    static func width(_ line: Substring) -> Int {
        line.unicodeScalars.reduce(0) { n, s in
            switch s.value {
            case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
                 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6:
                return n + 2
            default: return n + 1
            }
        }
    }

    static func isHan(_ s: Unicode.Scalar) -> Bool { (0x4E00...0x9FFF).contains(s.value) }

    static let library = Library.load(paths: [root.appendingPathComponent("seeds").path])

    @Test(.enabled(if: tmuxPath != nil, "tmux is not installed: the end-to-end test of the reader is skipped"))
    func readingInATerminal() throws {
        try #require(FileManager.default.isExecutableFile(atPath: Self.binary), "build first: \(Self.binary)")
        let tmux = Tmux(path: Self.tmuxPath!)
        tmux.start("cd '\(Self.root.path)' && env LANG=C.UTF-8 LC_ALL= TERM=xterm-256color '\(Self.binary)'; echo EXIT:$?; sleep 60")

        // The list shows the seeds' headlines.
        let titles = Self.library.articles.map { String(String.UnicodeScalarView($0.displayTitle.unicodeScalars.prefix(6))) }
        // A new library shows the pages once its first sync is done.
        let count = Self.library.articles.count
        let pages = Self.library.pages.count
        let list = tmux.wait("the list") { $0.contains("? help") && $0.contains(" \(pages) pages · \(count) articles") }
        let shown = titles.filter { list.contains($0) }
        #expect(shown.count >= min(3, titles.count), "seed headlines missing from:\n\(list)")
        #expect(list.contains("\(Self.library.pages.count) pages"))

        // Enter opens an article: its text intact, no line wider than the pane.
        tmux.keys("Enter")
        let article = tmux.wait("the article") { $0.contains("%  ? help") }
        // The status line: `n/N · headline`, the headline cut to fit.
        let status = try #require(article.split(separator: "\n").last { $0.contains("%  ? help") })
        let opened = try #require(Self.library.articles.first { a in
            status.contains(" · " + String(String.UnicodeScalarView(a.displayTitle.unicodeScalars.prefix(8))))
        }, "no article's headline in \(status)")
        let place = String(status.prefix { $0 != "·" })
        let paragraph = try #require(opened.paragraphs.first { $0.unicodeScalars.filter(Self.isHan).count > 20 })
        let start = String(String.UnicodeScalarView(paragraph.unicodeScalars.filter { $0 != " " && $0 != "\u{3000}" }.prefix(16)))
        let flat = article.replacingOccurrences(of: "\n", with: "").replacingOccurrences(of: " ", with: "")
            .replacingOccurrences(of: "\u{3000}", with: "")
        #expect(flat.contains(start), "the article's text \(start) is not on screen:\n\(article)")
        for line in article.split(separator: "\n") { #expect(Self.width(line) <= 100, "too wide: \(line)") }

        // `/` finds a word and highlights it.
        let scalars = Array(paragraph.unicodeScalars)
        let at = try #require((4..<scalars.count - 1).first { Self.isHan(scalars[$0]) && Self.isHan(scalars[$0 + 1]) })
        let word = String(String.UnicodeScalarView(scalars[at...(at + 1)]))
        tmux.keys("/")
        tmux.text(word)
        tmux.keys("Enter")
        let highlighted = tmux.wait("the highlight of \(word)", escapes: true) {
            $0.range(of: "\u{1B}\\[[0-9;]*m" + word, options: .regularExpression) != nil
        }
        #expect(highlighted.contains(" · n next, N previous"))

        // A resize reflows.
        tmux.run(["resize-window", "-t", "e2e", "-x", "50", "-y", "20"])
        let narrow = tmux.wait("the reflow to 50 columns") { screen in
            let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
            return lines.count <= 21 && lines.contains { $0.contains("? help") && $0.hasPrefix(place) }
                && lines.allSatisfy { Self.width($0) <= 50 } && lines.filter { Self.width($0) > 40 }.count > 5
        }
        for line in narrow.split(separator: "\n") { #expect(Self.width(line) <= 50, "too wide after resize: \(line)") }
        #expect(narrow.unicodeScalars.filter(Self.isHan).count > 100, "CJK text after the resize:\n\(narrow)")

        // q returns to the list.
        tmux.keys("q")
        tmux.wait("the list again") { $0.contains("pages ·") }

        // F shows the archive's figures, one row each; q returns to the list.
        let figureCount = Self.library.articles.reduce(0) { $0 + $1.figures.count }
        if figureCount > 0 {
            tmux.keys("F")
            let figures = tmux.wait("the figures view") { $0.contains(" Figures · all") && $0.contains("/\(figureCount)") }
            let rows = figures.split(separator: "\n").filter { $0.contains("目标") || $0.contains("实际") }
            #expect(rows.count >= min(5, figureCount), "no figure rows in:\n\(figures)")
            for line in figures.split(separator: "\n") { #expect(Self.width(line) <= 50, "too wide: \(line)") }
            tmux.keys("q")
            tmux.wait("the list after the figures") { $0.contains("pages ·") }
        }

        // Q quits with status 0 and a usable terminal.
        tmux.keys("Q")
        tmux.wait("the exit") { $0.contains("EXIT:0") }
        #expect(tmux.value("#{alternate_on}") == "0", "the terminal is still on the alternate screen")
        #expect(tmux.value("#{cursor_flag}") == "1", "the cursor is still hidden")
    }

    @Test(.enabled(if: tmuxPath != nil, "tmux is not installed: the end-to-end test of the reader is skipped"))
    func aNonUTF8LocaleStillShowsChinese() throws {
        try #require(FileManager.default.isExecutableFile(atPath: Self.binary), "build first: \(Self.binary)")
        let tmux = Tmux(path: Self.tmuxPath!)
        tmux.start("cd '\(Self.root.path)' && env LANG=C LC_ALL= LC_CTYPE= TERM=xterm-256color '\(Self.binary)'; echo EXIT:$?; sleep 60")
        // A new library shows the pages once its first sync is done.
        let list = tmux.wait("the list") { $0.contains("? help") && $0.contains(" 5 pages · 31 articles") }
        #expect(list.unicodeScalars.filter(Self.isHan).count > 20, "no Chinese on screen:\n\(list)")
        #expect(list.contains("not UTF-8"))
        tmux.keys("Q")
        tmux.wait("the exit") { $0.contains("EXIT:0") }
    }

    /// A signal that ends the reader (one a user's shell, `timeout` or a
    /// batch system may send) leaves the terminal as it was: out of the
    /// alternate screen, mouse reporting off, echo back on.
    @Test(.enabled(if: tmuxPath != nil, "tmux is not installed: the end-to-end test of the reader is skipped"),
          arguments: [SIGUSR1, SIGUSR2, SIGALRM, SIGXCPU, SIGVTALRM, SIGPWR, SIGTERM, SIGHUP])
    func aSignalThatEndsTheReaderRestoresTheTerminal(signal: Int32) throws {
        try #require(FileManager.default.isExecutableFile(atPath: Self.binary), "build first: \(Self.binary)")
        let pidFile = try Dubao.temporaryDirectory().appendingPathComponent("pid").path
        let tmux = Tmux(path: Self.tmuxPath!)
        tmux.start("cd '\(Self.root.path)' && sh -c 'echo $$ > \(pidFile); exec env TERM=xterm-256color \(Self.binary)'; "
                   + "echo EXIT:$?; stty -a | tr ' ' '\\n' | grep -x -- '-*echo'; sleep 60")
        tmux.wait("the list") { $0.contains("? help") && $0.contains("pages ·") }
        #expect(tmux.value("#{alternate_on}") == "1")
        let pid = try #require(Int32((try? String(contentsOfFile: pidFile, encoding: .utf8))?
            .trimmingCharacters(in: .whitespacesAndNewlines) ?? ""))
        #expect(kill(pid, signal) == 0)
        let after = tmux.wait("the shell after the reader") { $0.contains("EXIT:") }
        #expect(after.contains("EXIT:\(128 + signal)"), "the reader ends by the signal, as it would unhandled")
        #expect(tmux.value("#{alternate_on}") == "0", "still in the alternate screen")
        #expect(tmux.value("#{mouse_any_flag}") == "0", "mouse reporting still on")
        tmux.wait("the terminal's modes") { $0.contains("\necho") || $0.contains("-echo") }
        #expect(tmux.screen().split(separator: "\n").contains("echo"), "echo is still off")
    }

    /// vt100 (the last fallback) lists no PgDn, Home or End: they arrive as
    /// Esc and bytes, and must still be those keys, not Esc (back) and more.
    /// Ctrl-C cancels the search prompt; outside it, it quits.
    @Test(.enabled(if: tmuxPath != nil, "tmux is not installed: the end-to-end test of the reader is skipped"))
    func vt100PageKeysAndCtrlCInThePrompt() throws {
        try #require(FileManager.default.isExecutableFile(atPath: Self.binary), "build first: \(Self.binary)")
        let tmux = Tmux(path: Self.tmuxPath!)
        tmux.start("cd '\(Self.root.path)' && env LANG=C.UTF-8 LC_ALL= TERM=vt100 '\(Self.binary)'; echo EXIT:$?; sleep 60")
        let count = Self.library.articles.count
        tmux.wait("the list") { $0.contains("? help") && $0.contains(" \(Self.library.pages.count) pages · \(count) articles") }
        tmux.keys("Enter")
        tmux.wait("the article") { $0.contains("%  ? help") }
        tmux.keys("NPage")
        tmux.keys("End")
        tmux.wait("the end of the article") { $0.contains("100%  ? help") }
        tmux.keys("Home")
        usleep(300_000)
        #expect(tmux.screen().contains("%  ? help"), "PgDn, End or Home left the article")
        // A lone Esc is still Esc: back to the list.
        tmux.keys("Escape")
        tmux.wait("the list again") { $0.contains("pages ·") }

        tmux.keys("/")
        tmux.text("abc")
        tmux.wait("the prompt") { $0.contains("/abc") }
        tmux.keys("C-c")
        tmux.wait("the prompt cancelled") { !$0.contains("/abc") }
        usleep(200_000)
        #expect(!tmux.screen().contains("EXIT:"), "Ctrl-C in the prompt quit the reader")
        tmux.keys("C-c")
        tmux.wait("the exit") { $0.contains("EXIT:0") }
    }
}
