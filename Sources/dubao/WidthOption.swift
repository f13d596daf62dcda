import ArgumentParser

/// `--width N`: the columns `list` and `show` lay text out for.
struct WidthOption: ParsableArguments {
    /// Read as text, so that `--width -5` is told it is no width rather than
    /// taken for an unknown option.
    @Option(parsing: .unconditional, help: ArgumentHelp("Lay out for this many columns, 20 to 10000 (default: the terminal's width).",
                                                      valueName: "columns"))
    var width: String?

    static let range = 20...10_000

    func validate() throws {
        guard let width else { return }
        guard let n = Int(width), n > 0 else {
            throw ValidationError("--width must be a positive number of columns, not “\(width)”")
        }
        guard Self.range.contains(n) else {
            throw ValidationError("--width must be between \(Self.range.lowerBound) and \(Self.range.upperBound) columns")
        }
    }

    /// The width asked for, else the terminal's.
    var columns: Int { width.flatMap(Int.init).map { min(max($0, Self.range.lowerBound), Self.range.upperBound) } ?? Console.width() }
}
