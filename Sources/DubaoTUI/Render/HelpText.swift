/// The help screen's text, generated from the key tables.
enum HelpText {
    struct Line: Hashable {
        var keys: String
        var text: String
        /// A screen's title line has no keys.
        var isTitle: Bool { keys.isEmpty }
    }

    static func lines() -> [Line] {
        var out: [Line] = []
        for screen in [KeyBindings.Screen.list, .reader, .global] {
            if !out.isEmpty { out.append(Line(keys: "", text: "")) }
            out.append(Line(keys: "", text: screen.rawValue))
            for b in KeyBindings.table(screen) {
                out.append(Line(keys: b.keys.map(\.label).joined(separator: " "), text: b.help))
            }
        }
        return out
    }
}
