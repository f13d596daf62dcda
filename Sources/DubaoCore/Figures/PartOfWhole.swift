/// A sentence that opens with 其中 breaks down a whole just stated
/// (`共安排项目500个，年度计划投资1580亿元。其中，工业项目236个`): its figures are
/// parts of that whole and share its kind, whatever the sentences between say.
enum PartOfWhole {
    /// A figure read earlier in the same block.
    struct Figure {
        var value: Double
        var unit: String
        var kind: DubaoCore.Figure.Kind
        var sentenceStart: Int
    }

    private static let qizhong = Array("其中".unicodeScalars)

    /// The kind of the whole a figure of a 其中 sentence is part of: the latest
    /// earlier figure of the same unit that is no smaller than the part (计划
    /// 实施项目230个 … 已开工项目92个 … 其中改造项目126个 is part of the 230).
    /// Other figures of the sentence follow the first part found in it.
    static func kind(_ t: ScalarText, sentence: Range<Int>, value: Double, unit: String,
                     earlier: [Figure]) -> DubaoCore.Figure.Kind? {
        var k = sentence.lowerBound
        while let s = t[k], s.properties.isWhitespace { k += 1 }
        guard t.has(qizhong, at: k), !earlier.isEmpty else { return nil }
        if !unit.isEmpty,
           let whole = earlier.last(where: { $0.sentenceStart < sentence.lowerBound && $0.unit == unit && $0.value >= value }) {
            return whole.kind
        }
        return earlier.first { $0.sentenceStart == sentence.lowerBound }?.kind
    }
}
