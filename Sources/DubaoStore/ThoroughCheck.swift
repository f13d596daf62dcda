import Foundation
import GRDB

/// Damage a library shows only when every page of its file is read: an
/// index that disagrees with its table after a bit flipped on the disk, a
/// page of the file no table reaches. `PRAGMA quick_check`, which an open
/// after an unclean end runs, misses those; `PRAGMA integrity_check` finds
/// them but reads the whole file (seconds for a large library), so it runs
/// when asked (`dubao index --check`) and once a week from `dubao index`,
/// never on the way to the reader's first screen.
///
/// A library found damaged is noted inconsistent (`LibraryDatabase.open`
/// then moves it aside, keeps the reader's marks and rebuilds it).
extension LibraryDatabase {
    /// How long a library goes between two thorough checks.
    public static let thoroughCheckInterval: TimeInterval = 7 * 86_400

    /// The `session` key holding when the last thorough check found the
    /// library sound (seconds since 1970).
    static let thoroughCheckKey = "thorough_check"

    /// Whether the last thorough check is older than the interval, or none
    /// was ever made. A library in memory never needs one.
    public func isThoroughCheckDue(now: Date = Date()) -> Bool {
        guard path != nil else { return false }
        let last = (try? writer.read { try SessionRow.value(Self.thoroughCheckKey, in: $0) }).flatMap { $0.flatMap(Double.init) }
        guard let last else { return true }
        return now.timeIntervalSince1970 - last >= Self.thoroughCheckInterval || last > now.timeIntervalSince1970
    }

    /// Reads every page of the library file. The problems found ([] when
    /// the library is sound, which is then remembered); a damaged library
    /// is noted inconsistent, to be moved aside and rebuilt when it is next
    /// opened.
    public func checkThoroughly(now: Date = Date()) throws -> [String] {
        let problems: [String]
        do {
            problems = try writer.read { try String.fetchAll($0, sql: "PRAGMA integrity_check(8)") }
        } catch let error as DatabaseError where Self.isDamage(error) {
            problems = [error.message ?? "\(error.resultCode)"]
        }
        if problems == ["ok"] {
            // (Not remembered on a full disk: the check comes again.)
            try? writer.write { try SessionRow.set(Self.thoroughCheckKey, String(now.timeIntervalSince1970), in: $0) }
            return []
        }
        let found = problems.prefix(2).joined(separator: "; ")
        try? writer.write { try SessionRow.set(Self.inconsistentKey, "its thorough check found: \(found)", in: $0) }
        return problems
    }
}
