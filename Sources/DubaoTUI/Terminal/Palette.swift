import CNcursesw

/// How each style looks on this terminal: colours where there are colours
/// and NO_COLOR is not set, else bold, underline and reverse only.
struct Palette {
    struct Look {
        var attrs: attr_t
        var pair: Int16
    }

    private var looks: [Look]

    subscript(style: Style) -> Look { looks[Int(style.rawValue)] }

    /// Call after curses has started: colour pairs are set up here.
    init(color: Bool) {
        let normal = dubao_a_normal(), bold = dubao_a_bold(), reverse = dubao_a_reverse()
        let underline = dubao_a_underline()
        looks = Array(repeating: Look(attrs: normal, pair: 0), count: Style.allCases.count)
        func set(_ s: Style, _ attrs: attr_t, _ pair: Int16 = 0) { looks[Int(s.rawValue)] = Look(attrs: attrs, pair: pair) }

        // The look without colour, also the fallback of every coloured one.
        set(.headline, bold)
        set(.unread, bold)
        set(.mark, bold)
        set(.groupHeader, bold)
        set(.selection, reverse)
        set(.selectionInactive, underline)
        set(.hitCount, bold)
        set(.match, bold | underline)
        set(.currentMatch, bold | reverse)
        // Targets bold, results underlined: neither looks like a search match (bold and underlined).
        set(.targetFigure, bold)
        set(.actualFigure, underline)
        set(.status, reverse)
        set(.warning, bold)
        set(.error, bold)
        set(.prompt, bold)
        set(.promptCursor, reverse)
        set(.helpKey, bold)
        set(.placeholder, reverse)
        guard color else { return }

        // The eight ANSI colours only, on the terminal's own background: an
        // 8-colour terminal looks as intended.
        let black: Int16 = 0, red: Int16 = 1, green: Int16 = 2, yellow: Int16 = 3
        let blue: Int16 = 4, magenta: Int16 = 5, cyan: Int16 = 6
        var next: Int16 = 1
        func pair(_ fg: Int16, _ bg: Int16) -> Int16 {
            dubao_init_pair(next, fg, bg)
            next += 1
            return next - 1
        }
        set(.kicker, normal, pair(cyan, -1))
        set(.subtitle, normal, pair(cyan, -1))
        set(.meta, normal, pair(green, -1))
        set(.mark, bold, pair(green, -1))
        set(.groupHeader, bold, pair(yellow, -1))
        set(.hitCount, bold, pair(yellow, -1))
        set(.match, normal, pair(black, yellow))
        set(.currentMatch, bold, pair(black, cyan))
        set(.targetFigure, bold, pair(magenta, -1))
        set(.actualFigure, bold, pair(blue, -1))
        set(.warning, bold, pair(yellow, -1))
        set(.error, bold, pair(red, -1))
        set(.helpKey, bold, pair(yellow, -1))
    }
}
