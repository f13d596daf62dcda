/// A by-date corpus's index under an article: a tag of the people it names
/// (`RW:韩立新;`, Latin letters, a colon, names parted by semicolons) and,
/// on the line after, the category it was filed under (`军队先进个人`). The
/// archive's, not the paper's.
extension Furniture {
    static func isIndexTagLine(_ t: [Unicode.Scalar]) -> Bool {
        guard t.count >= 4, t.count <= 60, let colon = t.prefix(5).firstIndex(where: { $0 == ":" || $0 == "：" }), colon >= 1,
              t[..<colon].allSatisfy({ ("A"..."Z").contains($0) }) else { return false }
        let rest = t[(colon + 1)...]
        return rest.contains(where: Scalars.isCJK)
            && rest.allSatisfy { Scalars.isCJK($0) || $0 == ";" || $0 == "；" || $0 == "·" || Scalars.isSpace($0) }
    }

    /// The category filed on the line under an index tag: a short label.
    static func isIndexCategory(_ t: [Unicode.Scalar], under tag: [Unicode.Scalar]) -> Bool {
        isIndexTagLine(tag) && t.count <= 12 && t.allSatisfy(Scalars.isCJK)
    }
}
