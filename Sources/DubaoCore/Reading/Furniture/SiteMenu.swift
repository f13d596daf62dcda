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
        for (k, line) in lines.enumerated() {
            let item = menuItem(line.text)
            if !item.isEmpty, item.count <= 8, !line.text.contains(where: Byline.sentencePunct.contains) {
                run.append(k)
            } else {
                closeRun()
            }
        }
        closeRun()
        return menu
    }

    /// A line without its bullets, signs and spaces.
    static func menuItem(_ t: [Unicode.Scalar]) -> [Unicode.Scalar] {
        t.filter { !Scalars.isSpace($0) && !listMarks.contains($0) && !isControlSign($0) && !navStrip.contains($0) }
    }

    static func isMenuWord(_ w: [Unicode.Scalar]) -> Bool {
        let s = w.string
        return pageLabels.contains(s) || navigationWords.contains(s)
    }
}
