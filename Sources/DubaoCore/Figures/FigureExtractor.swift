/// Finds the numeric figures of an article (spec section 3).
public enum FigureExtractor {
    /// Every figure in the titles and paragraphs, in text order (titles first).
    public static func figures(titles: [String], paragraphs: [String]) -> [Figure] {
        let scanner = FigureScanner()
        var blocks: [(place: Figure.Place, index: Int, text: ScalarText, found: [ScannedFigure])] = []
        for (place, texts) in [(Figure.Place.title, titles), (.body, paragraphs)] {
            for (index, text) in texts.enumerated() {
                let t = ScalarText(text)
                let found = scanner.scan(t)
                if !found.isEmpty { blocks.append((place, index, t, found)) }
            }
        }
        guard !blocks.isEmpty else { return [] }
        keepQuotedNamesPrintedBare(&blocks)
        var article = ArticleLeaning(titles: titles, paragraphs: paragraphs)
        var out: [Figure] = []
        for block in blocks {
            let t = block.text
            var blockLeaning: Figure.Kind?? = nil
            var previous: (sentence: Range<Int>, indicator: String, change: Figure.Change?, unit: String)? = nil
            for (n, f) in block.found.enumerated() {
                let sentence = block.place == .title ? 0..<t.count : TextSpans.sentence(in: t, around: f.core.lowerBound)
                let clause = TextSpans.clause(in: t, around: f.span)
                let prevEnd = n > 0 ? block.found[n - 1].span.upperBound : nil
                let nextSpan = n + 1 < block.found.count ? block.found[n + 1].span : nil
                let sameSentence = previous.map { $0.sentence == sentence } ?? false
                let found = IndicatorFinder.indicator(
                    in: t, span: f.span, clause: clause,
                    previousEnd: prevEnd.flatMap { clause.contains($0) || $0 == clause.upperBound ? $0 : nil },
                    next: nextSpan, category: f.category,
                    sameUnitBefore: sameSentence && previous?.unit == f.unit)
                var indicator = found.text
                if found.fromLeft, found.dependent, sameSentence, let p = previous {
                    // 确保全年增长7% after 一季度规上工业增加值增长10%: the name is
                    // in the clause before; 总投资金额 after 签约24个项目: so is its owner.
                    indicator = indicator.unicodeScalars.count <= 2 ? indicator + p.indicator : p.indicator + indicator
                }
                var change = FigureClassifier.change(t, figureStart: f.span.lowerBound, clauseStart: clause.lowerBound)
                if change == nil, sameSentence, let p = previous, p.unit == f.unit,
                   FigureClassifier.change(t, figureStart: f.span.lowerBound, clauseStart: clause.lowerBound) == nil,
                   max(clause.lowerBound, prevEnd ?? 0) + 5 >= f.span.lowerBound {
                    change = p.change
                }
                var kind = FigureClassifier.kindFromContext(t, figure: f.span, clause: clause, sentence: sentence)
                if kind == nil, block.place == .body, FigureClassifier.isTaskList(t) { kind = .target }
                if kind == nil {
                    if blockLeaning == nil { blockLeaning = .some(paragraphLeaning(FigureClassifier.leaning(of: t))) }
                    kind = blockLeaning! ?? article.kind
                }
                var unit = f.unit
                if unit.isEmpty { unit = IndicatorFinder.impliedUnit(indicator: indicator) }
                out.append(Figure(
                    text: t.string(f.span), value: f.value, valueMax: f.valueMax, unit: unit, bound: f.bound,
                    kind: kind, indicator: indicator.isEmpty ? nil : indicator, change: change,
                    place: block.place, block: block.index, offset: f.span.lowerBound, length: f.span.count,
                    sentence: t.string(sentence).trimmingSpaces()))
                previous = (sentence, indicator, change, f.unit)
            }
        }
        return out
    }

    /// A number in a short quotation is a name (`“六个新聊城”`) unless the
    /// article also prints the same count of the same thing outside quotes
    /// (`“十二项提升行动”` beside `十二项提升行动绘就…`).
    private static func keepQuotedNamesPrintedBare(
        _ blocks: inout [(place: Figure.Place, index: Int, text: ScalarText, found: [ScannedFigure])]
    ) {
        func key(_ t: ScalarText, _ f: ScannedFigure) -> String { t.string(f.core.lowerBound..<(f.core.upperBound + 2)) }
        guard blocks.contains(where: { $0.found.contains(where: \.inNameQuote) }) else { return }
        var bare = Set<String>()
        for b in blocks { for f in b.found where !f.inNameQuote { bare.insert(key(b.text, f)) } }
        for i in blocks.indices {
            let t = blocks[i].text
            blocks[i].found.removeAll { $0.inNameQuote && !bare.contains(key(t, $0)) }
        }
    }

    /// A paragraph leans one way when its cues clearly do.
    static func paragraphLeaning(_ c: (target: Int, actual: Int)) -> Figure.Kind? {
        if c.target >= 2 * c.actual + 2 { return .target }
        if c.actual >= 2 * c.target + 2 { return .actual }
        return nil
    }

    /// An article is a plan when target cues outnumber actual ones two to one;
    /// otherwise it reports, and what it reports happened.
    static func articleLeaning(_ c: (target: Int, actual: Int)) -> Figure.Kind {
        c.target >= 3 && c.target >= 2 * c.actual ? .target : .actual
    }

    /// The leaning of the whole article, computed once and only if needed.
    struct ArticleLeaning {
        let titles: [String]
        let paragraphs: [String]
        private var cached: Figure.Kind?? = nil

        init(titles: [String], paragraphs: [String]) {
            self.titles = titles
            self.paragraphs = paragraphs
        }

        var kind: Figure.Kind {
            mutating get {
                if let cached { return cached ?? .actual }
                var target = 0, actual = 0
                for text in titles + paragraphs {
                    let c = FigureClassifier.leaning(of: ScalarText(text))
                    target += c.target; actual += c.actual
                }
                let k = FigureExtractor.articleLeaning((target, actual))
                cached = .some(k)
                return k
            }
        }
    }
}

extension String {
    func trimmingSpaces() -> String {
        var scalars = Substring(self).unicodeScalars[...]
        while let f = scalars.first, f.properties.isWhitespace { scalars = scalars.dropFirst() }
        while let l = scalars.last, l.properties.isWhitespace { scalars = scalars.dropLast() }
        return Array(scalars).string
    }
}
