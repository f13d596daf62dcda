/// The help screen's text, generated from the key tables.
enum HelpText {
    struct Line: Hashable {
        var keys: String
        var text: String
        /// The keys column's style when it is not a key: the legend's samples.
        var sample: Style? = nil
        /// A screen's title line has no keys.
        var isTitle: Bool { keys.isEmpty }
    }

    static func lines() -> [Line] {
        var out: [Line] = []
        for screen in [KeyBindings.Screen.list, .reader, .pageView, .figurePanel, .figuresView, .global] {
            if !out.isEmpty { out.append(Line(keys: "", text: "")) }
            out.append(Line(keys: "", text: screen.rawValue))
            for b in KeyBindings.table(screen) {
                out.append(Line(keys: b.keys.map(\.label).joined(separator: " "), text: b.help))
            }
        }
        out.append(Line(keys: "", text: ""))
        out.append(Line(keys: "", text: "Search prompt (/)"))
        for b in KeyBindings.prompt {
            out.append(Line(keys: b.keys.map(\.label).joined(separator: " "), text: b.help))
        }
        out.append(Line(keys: "", text: ""))
        out.append(contentsOf: legend)
        return out
    }

    /// How figures look in the text, drawn in their own styles. The
    /// presenter chooses the looks (`Palette`); this says what they are.
    static let legend: [Line] = [
        Line(keys: "", text: "Figures in the text"),
        Line(keys: "5000亿元", text: "a target (目标): magenta; bold without colour", sample: .targetFigure),
        Line(keys: "4.5万人", text: "a result (实际): blue; underlined without colour", sample: .actualFigure),
        Line(keys: "3000亿元", text: "the figure last shown (f, F): reversed", sample: .currentMatch),
    ]
}
