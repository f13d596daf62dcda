/// A calendar date whose year may be unknown: newspapers print `2月22日`
/// without a year, and a year the page does not make knowable is reported as
/// unknown rather than guessed.
public struct PartialDate: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public var year: Int?
    public var month: Int
    public var day: Int

    public init(year: Int?, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// ISO `YYYY-MM-DD`, or `--MM-DD` when the year is unknown.
    public var iso: String {
        let mm = month < 10 ? "0\(month)" : "\(month)"
        let dd = day < 10 ? "0\(day)" : "\(day)"
        if let year { return "\(year)-\(mm)-\(dd)" }
        return "--\(mm)-\(dd)"
    }

    public var description: String { iso }

    /// Orders dates chronologically as one integer (an unknown year before
    /// every known one); 0 is left for "no date". `init(sortKey:)` reads it back.
    public var sortKey: Int32 { Int32(((year ?? 0) * 13 + month) * 32 + day + 1) }

    public init?(sortKey: Int32) {
        guard sortKey > 0 else { return nil }
        let k = Int(sortKey) - 1
        let day = k % 32, month = (k / 32) % 13, year = k / 32 / 13
        guard (1...12).contains(month), (1...31).contains(day) else { return nil }
        self.init(year: year == 0 ? nil : year, month: month, day: day)
    }

    /// Parses what `iso` prints.
    public init?(iso: String) {
        let parts = iso.split(separator: "-", omittingEmptySubsequences: false)
        if parts.count == 3, let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) {
            self.init(year: y, month: m, day: d)
        } else if parts.count == 4, parts[0].isEmpty, parts[1].isEmpty,
                  let m = Int(parts[2]), let d = Int(parts[3]) {
            self.init(year: nil, month: m, day: d)
        } else {
            return nil
        }
        guard (1...12).contains(month), (1...31).contains(day) else { return nil }
    }

    /// The date with the given day in this date's month, or in the month
    /// before when that day has not come yet (a paper dated the 8th reporting
    /// on the 30th means last month).
    public func sameOrPrevious(day: Int) -> PartialDate {
        if day <= self.day { return PartialDate(year: year, month: month, day: day) }
        if month == 1 { return PartialDate(year: year.map { $0 - 1 }, month: 12, day: day) }
        return PartialDate(year: year, month: month - 1, day: day)
    }

    /// The date `days` days later (or earlier); a date without a year stays
    /// within its year as if it were not a leap year.
    public func adding(days: Int) -> PartialDate {
        var (y, m, d) = (year, month, day + days)
        while d < 1 {
            m -= 1
            if m < 1 { m = 12; y = y.map { $0 - 1 } }
            d += Self.days(inMonth: m, year: y)
        }
        while d > Self.days(inMonth: m, year: y) {
            d -= Self.days(inMonth: m, year: y)
            m += 1
            if m > 12 { m = 1; y = y.map { $0 + 1 } }
        }
        return PartialDate(year: y, month: m, day: d)
    }

    /// The days of a month; February of an unknown year has 28.
    public static func days(inMonth month: Int, year: Int?) -> Int {
        let leap = year.map { ($0 % 4 == 0 && $0 % 100 != 0) || $0 % 400 == 0 } ?? false
        return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
    }

    /// Monday 1 … Sunday 7, where the year is known (Zeller's congruence).
    public var weekday: Int? {
        guard let year else { return nil }
        let m = month < 3 ? month + 12 : month
        let y = month < 3 ? year - 1 : year
        let h = (day + 13 * (m + 1) / 5 + y % 100 + (y % 100) / 4 + (y / 100) / 4 + 5 * (y / 100)) % 7
        // h: 0 Saturday, 1 Sunday, 2 Monday …
        return (h + 5) % 7 + 1
    }

    /// Unknown years sort before known ones; otherwise chronological.
    public static func < (a: PartialDate, b: PartialDate) -> Bool {
        ((a.year ?? Int.min), a.month, a.day) < ((b.year ?? Int.min), b.month, b.day)
    }

    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let date = PartialDate(iso: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath,
                                                    debugDescription: "not a date: \(text)"))
        }
        self = date
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(iso)
    }
}
