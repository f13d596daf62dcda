import CNcursesw
import Foundation
import DubaoCore
import DubaoStore

#if canImport(Glibc)
import Glibc
#endif

/// Why the reader cannot start.
public struct TerminalError: Error, CustomStringConvertible {
    public var description: String
}

/// The reader on a real terminal: sets up the locale and curses, then reads
/// keys, updates the state and draws it until the user quits. Everything runs
/// on the calling thread; no timer, no polling: it sleeps in get_wch.
public enum TerminalReader {
    /// Runs the reader. `background`, when given, runs on a thread of its own
    /// beside the reader (the library's sync): what it posts arrives as
    /// events, and while it runs the reader wakes ten times a second to take them.
    /// `searchHistory` holds earlier queries, oldest first (↑ in the prompt
    /// recalls them); `remember` is called, on the reader's thread, with each
    /// query the user commits (`Effect.rememberSearch`), to keep it.
    /// `showsHint` puts the first-run key hint in the message row until a key
    /// is pressed; `onHintDismissed` is called then (`Effect.hintDismissed`).
    public static func run(catalog: any ArticleCatalog, settings: Settings, messages: [Message] = [],
                           searchHistory: [String] = [],
                           showsHint: Bool = false,
                           background: (@Sendable (_ post: @escaping @Sendable (Event) -> Void) -> Void)? = nil,
                           remember: (@Sendable (String) -> Void)? = nil,
                           onHintDismissed: (@Sendable () -> Void)? = nil) throws {
        var notes = messages
        var codeset = [CChar](repeating: 0, count: 64)
        switch dubao_setup_locale(&codeset, Int32(codeset.count)) {
        case 1:
            notes.append(Message("The locale's codeset \(String(decoding: codeset.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)) is not UTF-8: using C.UTF-8", level: .warning))
        case 2:
            notes.append(Message("No UTF-8 locale is installed: Chinese text may not show", level: .error))
        default: break
        }

        let term = try chooseTerminal(&notes)
        let noColor = getenv("NO_COLOR").map { $0.pointee != 0 } ?? false
        guard dubao_start(term, noColor ? 0 : 1, 1) == 0 else {
            throw TerminalError(description: "cannot open the terminal (is this an interactive session?)")
        }
        dubao_install_signal_handlers()
        defer { dubao_stop() }

        let presenter = Presenter(palette: Palette(color: dubao_has_color() != 0))
        var rows: Int32 = 0, cols: Int32 = 0
        dubao_size(&rows, &cols)
        var state = ReaderState(catalog: catalog, rows: Int(rows), cols: Int(cols), settings: settings,
                                message: notes.max { $0.level.rank < $1.level.rank }, searchHistory: searchHistory,
                                showsHint: showsHint)
        state.restoreSession()
        presenter.draw(Render.grid(state))

        let mailbox = Mailbox()
        if let background {
            mailbox.running = true
            let thread = Thread {
                background { mailbox.post($0) }
                mailbox.finish()
            }
            thread.stackSize = 4 << 20
            thread.start()
        }

        var decoder = KeyDecoder()
        // A library in memory keeps nothing past the session: said once.
        var toldSessionOnly = false
        while true {
            let waiting = mailbox.isRunning
            // After an Esc, a short wait for the rest of its sequence.
            // An unread article on screen is read after a moment with no key.
            let dwelling = state.focus == .reader && state.layoutArticle.map { !state.flags($0).contains(.read) } == true
            dubao_input_timeout(decoder.isPending ? KeyDecoder.followUpMilliseconds
                                : (waiting ? 100 : (dwelling ? Int32(dwellMilliseconds) : -1)))
            var code: UInt32 = 0
            let kind = dubao_read_key(&code)
            // What the background posted comes first, then what the key made.
            var events = mailbox.take()
            switch kind {
            case 1:
                events += decoder.feed(code).map { Event.key($0) }
            case 2:
                if Int(code) == Int(DUBAO_KEY_RESIZE) {
                    dubao_size(&rows, &cols)
                    events += decoder.timeout().map { Event.key($0) }
                    events.append(.resize(rows: Int(rows), cols: Int(cols)))
                } else if let k = key(forFunctionKey: code) {
                    events += decoder.feed(key: k).map { Event.key($0) }
                }
            default:
                if decoder.isPending {
                    // Nothing came after the Esc: the Esc key, or a sequence left unfinished.
                    events += decoder.timeout().map { Event.key($0) }
                } else if dwelling && !waiting && events.isEmpty {
                    events.append(.dwell)
                } else if !waiting && events.isEmpty {
                    // The terminal went away (EOF on input): stop rather than spin.
                    if errno == EINTR { continue }
                    return
                }
                // Else woken to take what the background posted, not by a key.
            }
            if events.isEmpty { continue }
            // Before a key acts on an article: if another dubao changed the
            // library's articles meanwhile, the list is renewed first, so that
            // the key lands on the article the screen shows. (While this
            // reader's own sync runs, its end renews the list once; a mark
            // meanwhile is checked as it is written, and refused if stale.)
            if !waiting, events.contains(where: { if case .key = $0 { return true } else { return false } }),
               let fresh = state.catalog.renewed() {
                events.insert(.libraryChanged(CatalogSnapshot(fresh)), at: 0)
            }
            var everything = false
            // What an effect gives back (a notice) is handled after the event.
            var queue = events[...]
            while let event = queue.popFirst() {
                let (next, effects) = Update.update(state, event)
                state = next
                for effect in effects {
                    switch effect {
                    case .quit:
                        state.catalog.record(state.session)
                        return
                    case .redrawAll: everything = true
                    case .rememberSearch(let text): remember?(text)
                    case .record(let change):
                        switch state.catalog.record(change) {
                        case .kept: break
                        case .sessionOnly(let reason):
                            if !toldSessionOnly {
                                toldSessionOnly = true
                                queue.append(.notice(Message("Kept until you quit only: \(reason)", level: .warning)))
                            }
                        case .notKept(let reason):
                            queue.append(.notKept(change, reason))
                        case .libraryChanged:
                            // Changed between the check before the key and the write.
                            queue.append(.notKept(change, "another dubao changed the library; the list is renewed, press the key again"))
                            if let fresh = state.catalog.renewed() { queue.append(.libraryChanged(CatalogSnapshot(fresh))) }
                        }
                    case .hintDismissed: onHintDismissed?()
                    case .save(let text, let path): queue.append(.notice(SaveFile.save(text, to: path)))
                    }
                }
            }
            presenter.draw(Render.grid(state), everything: everything)
        }
    }

    /// How long an article is on screen before it counts as read.
    static let dwellMilliseconds = 1500

    /// TERM when terminfo knows it, else xterm-256color, else vt100 (with a
    /// warning); TERM=dumb cannot run a full-screen program.
    static func chooseTerminal(_ notes: inout [Message]) throws -> String {
        guard isatty(STDOUT_FILENO) != 0 else {
            throw TerminalError(description: "standard output is not a terminal")
        }
        let term = getenv("TERM").map { String(cString: $0) } ?? ""
        if term == "dumb" {
            throw TerminalError(description: "TERM=dumb cannot show the reader; use `dubao list` and `dubao show`, or set TERM (e.g. TERM=xterm-256color)")
        }
        if dubao_term_usable(term) != 0 { return term }
        for fallback in ["xterm-256color", "vt100"] where dubao_term_usable(fallback) != 0 {
            let shown = term.isEmpty ? "TERM is not set" : "Unknown terminal type \(term)"
            notes.append(Message("\(shown): using \(fallback)", level: .warning))
            setenv("TERM", fallback, 1)
            return fallback
        }
        throw TerminalError(description: "unknown terminal type \(term.isEmpty ? "(TERM is not set)" : term), and neither xterm-256color nor vt100 is installed")
    }

    static func key(forFunctionKey c: UInt32) -> Key? {
        switch Int(c) {
        case Int(DUBAO_KEY_UP): return .up
        case Int(DUBAO_KEY_DOWN): return .down
        case Int(DUBAO_KEY_LEFT): return .left
        case Int(DUBAO_KEY_RIGHT): return .right
        case Int(DUBAO_KEY_PPAGE): return .pageUp
        case Int(DUBAO_KEY_NPAGE): return .pageDown
        case Int(DUBAO_KEY_HOME): return .home
        case Int(DUBAO_KEY_END): return .end
        case Int(DUBAO_KEY_ENTER): return .enter
        case Int(DUBAO_KEY_BACKSPACE): return .backspace
        case Int(DUBAO_KEY_WHEEL_UP): return .wheelUp
        case Int(DUBAO_KEY_WHEEL_DOWN): return .wheelDown
        default: return nil
        }
    }
}

/// What a background thread posts to the reader's thread, taken in order.
final class Mailbox: @unchecked Sendable {
    private let lock = NSLock()
    private var events: [Event] = []
    var running = false

    var isRunning: Bool { lock.lock(); defer { lock.unlock() }; return running }

    func post(_ event: Event) {
        lock.lock()
        // Only the latest progress matters.
        if case .syncProgress = event, case .syncProgress? = events.last { events.removeLast() }
        events.append(event)
        lock.unlock()
    }

    func finish() { lock.lock(); running = false; lock.unlock() }

    func take() -> [Event] {
        lock.lock()
        defer { lock.unlock() }
        let out = events
        events = []
        return out
    }
}

extension Message.Level {
    var rank: Int {
        switch self {
        case .info: return 0
        case .warning: return 1
        case .error: return 2
        }
    }
}
