import ArgumentParser

/// `--width N`: the columns `list` and `show` lay text out for.
struct WidthOption: ParsableArguments {
    @Option(help: "Lay out for this many columns (default: the terminal's width).")
    var width: Int?

    func validate() throws {
        if let width, width < 20 { throw ValidationError("--width must be at least 20") }
    }

    /// The width asked for, else the terminal's.
    var columns: Int { width ?? Console.width() }
}
