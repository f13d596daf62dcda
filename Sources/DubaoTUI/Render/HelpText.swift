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
        out.append(Line(keys: "", text: "Search and limit prompts (/, L)"))
        for b in KeyBindings.prompt {
            out.append(Line(keys: b.keys.map(\.label).joined(separator: " "), text: b.help))
        }
        out.append(Line(keys: "", text: ""))
        out.append(contentsOf: limits)
        out.append(Line(keys: "", text: ""))
        out.append(contentsOf: legend)
        return out
    }

    /// What the limit prompt (`L`) reads (`ListLimit`): samples in the keys column.
    static let limits: [Line] = [
        Line(keys: "", text: "Limit terms (L), all must hold"),
        Line(keys: "2024-02-22", text: "a day; 2024-02 a month, 2024 a year"),
        Line(keys: "2024-02-01..2024-02-15", text: "a range of days (or months, years)"),
        Line(keys: "section:要闻  版:", text: "the section holds 要闻"),
        Line(keys: "place:聊城  地:", text: "the place holds 聊城"),
        Line(keys: "author:孙亚飞  作者:", text: "an author's name holds 孙亚飞"),
        Line(keys: "聊城", text: "the section, the place or an author holds it"),
        Line(keys: "Esc", text: "in the list: clear the search, else the limit"),
    ]

    /// How figures look in the text, drawn in their own styles. The
    /// presenter chooses the looks (`Palette`); this says what they are.
    static let legend: [Line] = [
        Line(keys: "", text: "Figures in the text"),
        Line(keys: "5000亿元", text: "a target (目标): magenta; bold without colour", sample: .targetFigure),
        Line(keys: "4.5万人", text: "a result (实际): blue; underlined without colour", sample: .actualFigure),
        Line(keys: "3000亿元", text: "the figure last shown (f, F): reversed", sample: .currentMatch),
    ]
}
