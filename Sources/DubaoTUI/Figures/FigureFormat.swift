import DubaoCore

/// How figures are written on screen: numbers with 万 and 亿 as a reader
/// writes them (45000 → 4.5万), the bound as a sign, the kind in Chinese.
public enum FigureFormat {
    /// A number without a needless `.0`: 12, 6.57, 0.5.
    public static func plain(_ v: Double) -> String {
        guard v.isFinite else { return "?" }
        if v == v.rounded(), abs(v) < 1e15 { return String(Int64(v)) }
        // Beyond what hundredths in an Int64 hold (a misread figure): Swift's own form.
        if abs(v) >= 1e15 { return String(v) }
        // Two decimals at most: these are readings, not measurements.
        let hundredths = Int64((abs(v) * 100).rounded())
        var s = (v < 0 ? "-" : "") + String(hundredths / 100)
        let frac = hundredths % 100
        if frac != 0 {
            s += "." + (frac < 10 ? "0" : "") + String(frac)
            while s.hasSuffix("0") { s.removeLast() }
        }
        return s
    }

    /// A value with 万 or 亿 where it is large: 5000亿, 4.5万, 8.
    public static func readable(_ v: Double) -> String {
        if abs(v) >= 1e8 { return plain((v / 1e8 * 100).rounded() / 100) + "亿" }
        if abs(v) >= 1e4 { return plain((v / 1e4 * 100).rounded() / 100) + "万" }
        return plain(v)
    }

    /// The bound as a sign: ≥ at least, ≤ at most, ≈ about, nothing when
    /// exact. The signs are East Asian ambiguous: where the terminal draws
    /// those two columns wide, ASCII ones keep the columns aligned.
    public static func boundMark(_ b: Figure.Bound, ambiguous: DisplayWidth.Ambiguous = .single) -> String {
        let ascii = ambiguous == .double
        switch b {
        case .exact: return ""
        case .atLeast: return ascii ? ">=" : "≥"
        case .atMost: return ascii ? "<=" : "≤"
        case .about: return ascii ? "~" : "≈"
        }
    }

    /// The value normalised, with its bound and unit: `≥5000亿元`, `2–3个`.
    public static func quantity(_ f: Figure, ambiguous: DisplayWidth.Ambiguous = .single) -> String {
        var value = readable(f.value)
        if let max = f.valueMax { value += (ambiguous == .double ? "-" : "–") + readable(max) }
        return boundMark(f.bound, ambiguous: ambiguous) + value + f.unit
    }

    /// 目标, 实际, or a dash when the extractor could not tell.
    public static func kind(_ k: Figure.Kind?) -> String {
        switch k {
        case .target: return "目标"
        case .actual: return "实际"
        case nil: return "—"
        }
    }

    /// 增 or 减 where the figure is a change.
    public static func change(_ c: Figure.Change?) -> String? {
        switch c {
        case .increase: return "增长"
        case .decrease: return "下降"
        case nil: return nil
        }
    }

    /// The style a figure of this kind is drawn in; figures of unknown kind are not highlighted.
    public static func style(_ k: Figure.Kind?) -> Style? {
        switch k {
        case .target: return .targetFigure
        case .actual: return .actualFigure
        case nil: return nil
        }
    }
}
