/// The bars of the figures view's chart, in Unicode block characters.
enum FigureChart {
    /// Eighths of a cell, from one eighth to a full block.
    static let eighths: [Unicode.Scalar] = ["▏", "▎", "▍", "▌", "▋", "▊", "▉", "█"]

    /// A bar for `value` on a scale where `maximum` fills `width` columns.
    /// A positive value shows at least a sliver, so no value looks like none.
    /// Block characters are East Asian ambiguous: where the terminal draws
    /// them two columns wide, the bar is of `#` (whole columns only).
    static func bar(_ value: Double, maximum: Double, width: Int, ambiguous: DisplayWidth.Ambiguous) -> String {
        guard width > 0, maximum > 0, value > 0, value.isFinite else { return "" }
        let fraction = min(1, value / maximum)
        if ambiguous == .double {
            return String(repeating: "#", count: max(1, Int((fraction * Double(width)).rounded())))
        }
        let total = max(1, Int((fraction * Double(width * 8)).rounded()))
        var bar = String(repeating: "█", count: total / 8)
        if total % 8 > 0 { bar.unicodeScalars.append(eighths[total % 8 - 1]) }
        return bar
    }
}
