import DubaoCore

/// How an article that goes on elsewhere (`（下转3版）`) finds the rest: the
/// archive keeps a day's pages in one folder, named by their number
/// (`03.txt`, `A3.txt`, `page-3.txt`), and the paper reprints the headline,
/// or a shorter form of it, over the continuation.
enum Continuations {
    /// The page number of a `continues` value (`3版`, `第3版`, `A3版`).
    static func pageNumber(_ continues: String?) -> Int? {
        guard let continues else { return nil }
        return trailingNumber(continues.replacingOccurrences(of: "版", with: ""))
    }

    /// The page number a page file's name ends with.
    static func pageNumber(ofFile path: String) -> Int? {
        trailingNumber(PageFiles.pageName(of: path))
    }

    static func folder(of path: String) -> Substring {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return path[..<slash]
    }

    /// One headline is the other, or holds it (a continuation's shorter title).
    static func sameStory(_ a: String, _ b: String) -> Bool {
        let x = SearchFolding.folded(a), y = SearchFolding.folded(b)
        guard min(x.count, y.count) >= 4 else { return x == y && !x.isEmpty }
        return x == y || contains(x, y) || contains(y, x)
    }

    private static func contains(_ hay: [UInt32], _ needle: [UInt32]) -> Bool {
        guard needle.count <= hay.count else { return false }
        for i in 0...(hay.count - needle.count) where hay[i..<(i + needle.count)].elementsEqual(needle) { return true }
        return false
    }

    private static func trailingNumber(_ text: String) -> Int? {
        let digits = text.unicodeScalars.reversed().prefix { (0x30...0x39).contains($0.value) || (0xFF10...0xFF19).contains($0.value) }
        guard !digits.isEmpty else { return nil }
        var n = 0
        for d in digits.reversed() { n = n * 10 + Int(d.value >= 0xFF10 ? d.value - 0xFF10 : d.value - 0x30) }
        return n
    }
}
