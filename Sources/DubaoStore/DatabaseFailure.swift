import GRDB

/// A database error told as a person reads it: "disk is full", not a code.
public struct DatabaseFailure: Error, CustomStringConvertible {
    public var reason: String
    public var description: String { reason }

    /// `subject`: what the reason names (`it is read-only`, `the library is read-only`).
    public init?(_ error: Error, subject: String = "it") {
        guard let e = error as? DatabaseError else { return nil }
        switch e.resultCode {
        case .SQLITE_FULL: reason = "the disk is full"
        case .SQLITE_READONLY: reason = "\(subject) is read-only"
        case .SQLITE_CANTOPEN: reason = "\(subject) cannot be opened"
        case .SQLITE_PERM: reason = "permission denied"
        case .SQLITE_IOERR: reason = "input/output error"
        case .SQLITE_BUSY, .SQLITE_LOCKED: reason = "another program has held it locked for 30 s"
        default: reason = e.message ?? "\(e.resultCode)"
        }
    }
}
