/// A site's menu set one item a line (`• 时政` / `• 国际` / `• 文化` / `• 更多>>`),
/// as a copy of a web page leaves it: a run of three or more short lines,
/// bullets and signs aside, with no sentence, most of them section labels
/// or navigation words. The run is furniture; a list of titles (longer
/// lines, words of subject matter) is not such a run.
extension Furniture {
    /// The lines of a block that are a menu's items.
    static func menuLines(_ lines: [SourceLine]) -> Set<Int> {
        guard lines.count >= 3 else { return [] }
        var menu = Set<Int>()
        var run: [Int] = []
        func closeRun() {
            let known = run.filter { isMenuWord(menuItem(lines[$0].text)) }.count
            if run.count >= 3, known * 2 > run.count { menu.formUnion(run) }
            run.removeAll()
        }
        // Three short lines in a row at least: most blocks have none.
        var short = 0, most = 0
        for line in lines {
            short = line.text.count <= 20 ? short + 1 : 0
            most = max(most, short)
        }
        guard most >= 3 else { return [] }
        for (k, line) in lines.enumerated() {
            // An item is short: most lines are turned away by their length.
            if line.text.count <= 20, case let n = menuItemLength(line.text), n >= 1, n <= 8,
               !line.text.contains(where: Byline.sentencePunct.contains) {
                run.append(k)
            } else {
                closeRun()
            }
        }
        closeRun()
        return menu
    }

    /// How long a line is without its bullets, signs and spaces.
    static func menuItemLength(_ t: [Unicode.Scalar]) -> Int {
        let filler = menuFiller
        return t.reduce(0) { n, s in filler.contains(s) ? n : n + 1 }
    }

    static func isMenuFiller(_ s: Unicode.Scalar) -> Bool { menuFiller.contains(s) }

    /// Spaces, bullets, signs and brackets: what a menu item is set with.
    static let menuFiller = ScalarBitmap { s in
        Scalars.isSpace(s) || listMarks.contains(s) || isControlSign(s) || navStrip.contains(s)
    }

    /// A line without its bullets, signs and spaces.
    static func menuItem(_ t: [Unicode.Scalar]) -> [Unicode.Scalar] {
        t.filter { !isMenuFiller($0) }
    }

    static func isMenuWord(_ w: [Unicode.Scalar]) -> Bool {
        navigationWords.contains(w) || pageLabels.contains(w.string)
    }
}
