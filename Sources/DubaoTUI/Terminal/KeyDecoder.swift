/// Turns the characters the terminal sends into keys, escape sequences whole.
///
/// ncurses decodes the sequences its terminfo entry lists (into KEY_* codes);
/// what the entry lacks arrives as Esc and then the sequence's bytes (vt100
/// has no PgDn, Home or End). Read one by one, those bytes would be keys:
/// Esc, `[`, `6`, `~`. This decoder reads them as one sequence instead:
///
/// - CSI, `Esc [` parameters (0x30–0x3F), intermediates (0x20–0x2F) and a
///   final byte (0x40–0x7E), and SS3, `Esc O` and a final byte (parameters
///   allowed): the arrows (`A` `B` `C` `D`), Home and End (`H` `F`, `1~` `7~`,
///   `4~` `8~`), PgUp and PgDn (`5~` `6~`), with or without modifiers
///   (`Esc [ 1 ; 5 C` is →) become keys; every other complete sequence
///   (F-keys, Delete, a mouse report, a private reply) is swallowed.
/// - Esc followed by nothing within the wait (`timeout()`) is the Esc key.
/// - Esc followed by a printable character that starts no sequence (Alt-x)
///   is ignored, both of them: an Alt key must not run as Esc and then a
///   command (Alt-q is not Esc then q).
/// - Esc followed by another control or function key, or another Esc, is Esc
///   and then that key.
/// - A sequence left incomplete (a timeout, or a byte that cannot be part of
///   it) is dropped; the byte that broke it is read afresh.
///
/// Pure: fed characters, it gives keys; the presenter supplies the waiting.
public struct KeyDecoder: Sendable, Hashable {
    enum Phase: Sendable, Hashable {
        case idle
        /// An Esc, and nothing yet after it.
        case escape
        /// In a CSI (`Esc [`) or SS3 (`Esc O`) sequence: the bytes after the introducer.
        case csi([UInt32])
        case ss3([UInt32])
        /// An X10 mouse report (`Esc [ M` and three raw bytes): how many are left.
        case mouse(Int)
    }

    var phase: Phase = .idle

    /// How long the presenter waits for the rest of a sequence once an Esc
    /// has come (ncurses has already waited ESCDELAY for what terminfo knows).
    public static let followUpMilliseconds: Int32 = 25

    public init() {}

    /// True while an Esc or a sequence is unfinished: the presenter should
    /// read again soon, and call `timeout()` when nothing came.
    public var isPending: Bool { phase != .idle }

    /// The keys a character makes (none while a sequence is being read).
    public mutating func feed(_ c: UInt32) -> [Key] {
        switch phase {
        case .idle:
            if c == 0x1B { phase = .escape; return [] }
            return [Self.key(forCharacter: c)]
        case .escape:
            switch c {
            case 0x5B: phase = .csi([]); return []          // [
            case 0x4F: phase = .ss3([]); return []          // O
            case 0x1B: return [.escape]                     // Esc Esc: the first is Esc, the second may start a sequence
            case 0x20...0x7E, 0xA0...:
                phase = .idle                               // Alt-x: ignored
                return []
            default:
                phase = .idle
                return [.escape, Self.key(forCharacter: c)]
            }
        case .csi(var bytes):
            if bytes.isEmpty && c == 0x4D {                 // Esc [ M: an X10 mouse report follows
                phase = .mouse(3)
                return []
            }
            switch c {
            case 0x20...0x3F:
                bytes.append(c)
                phase = .csi(bytes)
                return []
            case 0x40...0x7E:
                phase = .idle
                return Self.csiKey(bytes, final: c).map { [$0] } ?? []
            default:
                phase = .idle
                return feed(c)
            }
        case .ss3(var bytes):
            switch c {
            case 0x20...0x3F:
                bytes.append(c)
                phase = .ss3(bytes)
                return []
            case 0x40...0x7E:
                phase = .idle
                return Self.ss3Key(final: c).map { [$0] } ?? []
            default:
                phase = .idle
                return feed(c)
            }
        case .mouse(let left):
            phase = left > 1 ? .mouse(left - 1) : .idle
            return []
        }
    }

    /// A function key ncurses decoded itself: it ends whatever was pending.
    public mutating func feed(key: Key) -> [Key] {
        defer { phase = .idle }
        return phase == .escape ? [.escape, key] : [key]
    }

    /// Nothing more came: a lone Esc is the Esc key; a partial sequence is dropped.
    public mutating func timeout() -> [Key] {
        defer { phase = .idle }
        return phase == .escape ? [.escape] : []
    }

    /// A character outside any sequence.
    public static func key(forCharacter c: UInt32) -> Key {
        switch c {
        case 0x0D, 0x0A: return .enter
        case 0x1B: return .escape
        case 0x7F, 0x08: return .backspace
        case 0x09: return .tab
        case 0x00..<0x20: return .ctrl(Unicode.Scalar(UInt8(c + 0x60)))
        default: return Unicode.Scalar(c).map { .char($0) } ?? .char("?")
        }
    }

    static func csiKey(_ bytes: [UInt32], final: UInt32) -> Key? {
        // Private parameters (`<` `=` `>` `?` first) and intermediates make
        // replies and reports, never keys.
        if let first = bytes.first, (0x3C...0x3F).contains(first) { return nil }
        if bytes.contains(where: { $0 < 0x30 }) { return nil }
        guard let params = Self.parameters(bytes) else { return nil }
        switch final {
        case 0x41: return .up            // A
        case 0x42: return .down          // B
        case 0x43: return .right         // C
        case 0x44: return .left          // D
        case 0x48: return .home          // H
        case 0x46: return .end           // F
        case 0x7E:                       // ~
            switch params.first ?? 0 {
            case 1, 7: return .home
            case 4, 8: return .end
            case 5: return .pageUp
            case 6: return .pageDown
            default: return nil
            }
        default: return nil
        }
    }

    static func ss3Key(final: UInt32) -> Key? {
        switch final {
        case 0x41: return .up
        case 0x42: return .down
        case 0x43: return .right
        case 0x44: return .left
        case 0x48: return .home
        case 0x46: return .end
        case 0x4D: return .enter         // M: the keypad's Enter
        // The keypad in application mode (vt100's smkx sets it): its digits and signs.
        case 0x70...0x79: return .char(Unicode.Scalar(UInt8(0x30 + final - 0x70)))
        case 0x6A: return .char("*")
        case 0x6B: return .char("+")
        case 0x6C: return .char(",")
        case 0x6D: return .char("-")
        case 0x6E: return .char(".")
        case 0x6F: return .char("/")
        default: return nil
        }
    }

    /// `1;5` as [1, 5]; nil when the parameters are not digits and `;`.
    static func parameters(_ bytes: [UInt32]) -> [Int]? {
        var out: [Int] = []
        var current = 0, any = false
        for b in bytes {
            switch b {
            case 0x30...0x39:
                current = min(current * 10 + Int(b - 0x30), 1_000_000)
                any = true
            case 0x3B:
                out.append(current)
                current = 0
                any = false
            default: return nil
            }
        }
        if any || !out.isEmpty { out.append(current) }
        return out
    }
}
