/// Finds the numeric figures of an article (spec section 3).
public enum FigureExtractor {
    /// Every figure in the titles and paragraphs, in text order (titles first).
    public static func figures(titles: [String], paragraphs: [String]) -> [Figure] {
        let scanner = FigureScanner()
        var blocks: [(place: Figure.Place, index: Int, text: ScalarText, found: [ScannedFigure])] = []
        var texts: [ScalarText] = []
        texts.reserveCapacity(titles.count + paragraphs.count)
        for (place, strings) in [(Figure.Place.title, titles), (.body, paragraphs)] {
            for (index, text) in strings.enumerated() {
                let t = ScalarText(text)
                texts.append(t)
                let found = scanner.scan(t)
                if !found.isEmpty { blocks.append((place, index, t, found)) }
            }
        }
        guard !blocks.isEmpty else { return [] }
        keepQuotedNamesPrintedBare(&blocks)
        var article = ArticleLeaning(texts: texts)
        var out: [Figure] = []
        for block in blocks {
            let t = block.text
            var isTaskList: Bool? = nil
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
                if kind == nil, block.place == .title {
                    // A title repeats a figure of the body: it is of the same kind.
                    kind = bodyKind(of: t.string(f.core), value: f.value, in: blocks, scanner: scanner)
                }
                if kind == nil, block.place == .body {
                    if isTaskList == nil { isTaskList = FigureClassifier.isTaskList(t) }
                    if isTaskList! { kind = .target }
                }
                if kind == nil {
                    kind = FigureClassifier.kindFromEarlierSentences(t, sentenceStart: sentence.lowerBound) ?? article.kind
                }
                var unit = f.unit
                if unit.isEmpty { unit = IndicatorFinder.impliedUnit(indicator: indicator) }
                out.append(Figure(
                    text: t.string(f.span), value: f.value, valueMax: f.valueMax, unit: unit, bound: f.bound,
                    kind: kind, indicator: indicator.isEmpty ? nil : indicator, change: change,
                    place: block.place, block: block.index, offset: f.span.lowerBound, length: f.span.count,
                    sentence: t.string(t.trimmingSpaces(sentence))))
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

    /// The kind the body's context gives the first body figure printed as `core`.
    private static func bodyKind(
        of core: String, value: Double,
        in blocks: [(place: Figure.Place, index: Int, text: ScalarText, found: [ScannedFigure])],
        scanner: FigureScanner
    ) -> Figure.Kind? {
        for b in blocks where b.place == .body {
            for f in b.found where f.value == value && b.text.string(f.core) == core {
                let sentence = TextSpans.sentence(in: b.text, around: f.core.lowerBound)
                let clause = TextSpans.clause(in: b.text, around: f.span)
                if let k = FigureClassifier.kindFromContext(b.text, figure: f.span, clause: clause, sentence: sentence) {
                    return k
                }
                if FigureClassifier.isTaskList(b.text) { return .target }
                return FigureClassifier.kindFromEarlierSentences(b.text, sentenceStart: sentence.lowerBound)
            }
        }
        return nil
    }

    /// An article is a plan when target cues outnumber actual ones three to
    /// one (five to one in a dated news report, which mostly reports what
    /// happened); otherwise what it reports happened.
    static func articleLeaning(_ c: (target: Int, actual: Int), datedNews: Bool) -> Figure.Kind {
        if datedNews { return c.target >= 8 && c.target >= 5 * c.actual ? .target : .actual }
        return c.target >= 4 && c.target >= 3 * c.actual ? .target : .actual
    }

    /// A lead that opens with a dateline or a date: `本报台山讯`, `新华社广州3月4日电`, `3月7日，`.
    static func opensAsDatedNews(_ t: ScalarText) -> Bool {
        let head = min(t.count, 24)
        for i in 0..<head {
            let s = t.scalars[i]
            if s == "讯" || s == "电" { return true }
            if s == "日", i > 0, i < 12, let p = t[i - 1], ChineseNumeral.arabicDigit(p) != nil { return true }
        }
        return false
    }

    /// The leaning of the whole article, computed once and only if needed.
    struct ArticleLeaning {
        let texts: [ScalarText]
        private var cached: Figure.Kind?? = nil

        init(texts: [ScalarText]) { self.texts = texts }

        var kind: Figure.Kind {
            mutating get {
                if let cached { return cached ?? .actual }
                var target = 0, actual = 0
                for text in texts {
                    let c = FigureClassifier.leaning(of: text)
                    target += c.target; actual += c.actual
                }
                let lead = texts.first { !$0.scalars.isEmpty && $0.count > 30 }
                let k = FigureExtractor.articleLeaning((target, actual),
                                                       datedNews: lead.map(FigureExtractor.opensAsDatedNews) ?? false)
                cached = .some(k)
                return k
            }
        }
    }
}
