/// Finds the numeric figures of an article (spec section 3): scans every
/// title and paragraph, then reads each figure in its context for its kind,
/// change and indicator.
public enum FigureExtractor {
    /// A title or paragraph with the figures found in it.
    typealias Block = (place: Figure.Place, index: Int, text: ScalarText, found: [ScannedFigure])

    /// Every figure in the titles and paragraphs, in text order (titles first).
    public static func figures(titles: [String], paragraphs: [String]) -> [Figure] {
        figures(titles: titles, paragraphScalars: paragraphs.map(Scalars.of))
    }

    /// The same, from the paragraphs' scalars as the parser holds them:
    /// read once more from their Strings, they cost the page a second pass.
    static func figures(titles: [String], paragraphScalars paragraphs: [[Unicode.Scalar]]) -> [Figure] {
        let scanner = FigureScanner()
        var blocks: [Block] = []
        var texts: [ScalarText] = []
        texts.reserveCapacity(titles.count + paragraphs.count)
        let titleTexts = titles.map(ScalarText.init)
        let bodyTexts = paragraphs.map(ScalarText.init(scalars:))
        for (place, scalarTexts) in [(Figure.Place.title, titleTexts), (.body, bodyTexts)] {
            for (index, t) in scalarTexts.enumerated() {
                texts.append(t)
                let found = scanner.scan(t)
                if !found.isEmpty { blocks.append((place, index, t, found)) }
            }
        }
        guard !blocks.isEmpty else { return [] }
        keepQuotedNamesPrintedBare(&blocks)
        let sectionKinds = FigureClassifier.sectionKinds(paragraphs: texts.suffix(paragraphs.count))
        var article = FigureClassifier.ArticleLeaning(texts: texts)
        var out: [Figure] = []
        for block in blocks {
            let t = block.text
            var isTaskList: Bool? = nil
            var earlier: [PartOfWhole.Figure] = []
            var previous: (sentence: Range<Int>, indicator: String, change: Figure.Change?, unit: String)? = nil
            var sentenceIndicators: [(sentence: Range<Int>, indicator: String)] = []
            var respective = Respective()
            // Figures of one sentence share its text: made once.
            var sentenceText: (range: Range<Int>, text: String)? = nil
            var lastSentence: Range<Int>? = nil
            for (n, f) in block.found.enumerated() {
                // Figures come in text order: the sentence of the last one is
                // often this one's too, and is not looked for again.
                let whole = block.place == .title ? 0..<t.count
                    : lastSentence.flatMap { $0.contains(f.core.lowerBound) ? $0 : nil }
                        ?? TextSpans.sentence(in: t, around: f.core.lowerBound)
                lastSentence = whole
                // A sentence that never ends is read in a window around the
                // figure: what governs a figure stands near it, and the work
                // stays linear in the text.
                let sentence = whole.count <= Self.sentenceLimit ? whole
                    : max(whole.lowerBound, f.core.lowerBound - Self.sentenceLimit)..<min(whole.upperBound, f.core.upperBound + Self.sentenceLimit)
                let clause = TextSpans.clause(in: t, around: f.span)
                let prevEnd = n > 0 ? block.found[n - 1].span.upperBound : nil
                let nextSpan = n + 1 < block.found.count ? block.found[n + 1].span : nil
                let sameSentence = previous.map { $0.sentence == whole } ?? false
                let found = IndicatorFinder.indicator(
                    in: t, span: f.span, clause: clause,
                    previousEnd: prevEnd.flatMap { clause.contains($0) || $0 == clause.upperBound ? $0 : nil },
                    next: nextSpan, category: f.category,
                    sameUnitBefore: sameSentence && previous?.unit == f.unit)
                var indicator = found.text
                if found.fromLeft, sameSentence, let p = previous {
                    // 确保全年增长7% after 一季度规上工业增加值增长10%: the name is
                    // in the clause before; 总投资金额 after 签约24个项目: so is its owner.
                    switch found.dependent {
                    case .period: indicator += p.indicator
                    case .owner: indicator = IndicatorFinder.owner(named: p.indicator, for: indicator) + indicator
                    case .share: if p.indicator.unicodeScalars.count <= 12 { indicator = p.indicator + indicator }
                    case .none: break
                    }
                }
                if n > 0, let prevEnd, clause.contains(block.found[n - 1].span.lowerBound), block.found[n - 1].unit != f.unit,
                   block.found[n - 1].bound == .atLeast || block.found[n - 1].bound == .atMost,
                   let named = IndicatorFinder.thresholdClass(in: t, clause: clause, threshold: block.found[n - 1].span.lowerBound..<prevEnd, figure: f.span) {
                    // 投资10亿元以上项目12个: the bounded amount sets the class counted.
                    indicator = named
                }
                if let pair = respective.pairedName(at: n, in: t, found: block.found, named: indicator) {
                    // 城乡居民人均可支配收入分别增长5%和7%: the pair named in one word, in its order.
                    indicator = pair
                } else if let r = respective.indicator(at: n, in: t, found: block.found, sentence: whole, earlier: sentenceIndicators) {
                    // 接待游客…，实现旅游收入…，分别增长23.6%和27.1%: in the order named.
                    if found.text.isEmpty || found.dependent == .owner && found.fromLeft { indicator = r }
                }
                var change = FigureClassifier.change(t, figureStart: f.span.lowerBound, clauseStart: clause.lowerBound)
                if change == nil, sameSentence, let p = previous, p.unit == f.unit,
                   max(clause.lowerBound, prevEnd ?? 0) + 5 >= f.span.lowerBound {
                    // 确保全年增长8%、力争突破10%: the second figure shares the verb.
                    change = p.change
                }
                var kind: Figure.Kind?
                if block.place == .title {
                    // A title repeats a figure of the body: it is of the same kind.
                    kind = FigureClassifier.kindFromContext(t, figure: f.span, clause: clause, sentence: sentence)
                        ?? bodyKind(of: t.string(f.core), value: f.value, in: blocks)
                } else {
                    if isTaskList == nil { isTaskList = FigureClassifier.isTaskList(t) }
                    kind = kindInBody(t, f, sentence: sentence, clause: clause, isTaskList: isTaskList!, earlier: earlier,
                                      sentenceStart: whole.lowerBound)
                }
                if kind == nil, block.place == .body { kind = sectionKinds[block.index] }
                if kind == nil { kind = article.kind }
                var unit = f.unit
                if unit.isEmpty { unit = IndicatorFinder.impliedUnit(indicator: indicator) }
                let shown = Self.shownSentence(sentence, around: f.span, in: t)
                if sentenceText?.range != shown {
                    sentenceText = (shown, t.string(t.trimmingSpaces(shown)))
                }
                out.append(Figure(
                    text: t.string(f.span), value: f.value, valueMax: f.valueMax, unit: unit, bound: f.bound,
                    kind: kind, indicator: Self.tidied(indicator), change: change,
                    place: block.place, block: block.index, offset: f.span.lowerBound, length: f.span.count,
                    sentence: sentenceText!.text))
                previous = (whole, indicator, change, f.unit)
                sentenceIndicators.append((whole, indicator))
                if let kind { earlier.append(.init(value: f.value, unit: f.unit, kind: kind, sentenceStart: sentence.lowerBound)) }
            }
        }
        return out
    }

    /// A name as shown: without justification spaces, without the time that
    /// opens it (`到2027年`, `1—5月`: the time of the figure, not its name), and
    /// without a quotation mark or bracket whose partner was cut off
    /// (`南丰蜜桔”品牌价值`, `3年）柳州螺蛳粉…`).
    static func tidied(_ name: String) -> String? {
        var s = Scalars.of(withoutJustification(name))
        var changed = true
        while changed, !s.isEmpty {
            changed = false
            if let end = leadingTime(s), end < s.count - 1 { s.removeFirst(end); changed = true }
        }
        if let close = s.firstIndex(where: { $0 == "）" || $0 == ")" }),
           !s[..<close].contains(where: { $0 == "（" || $0 == "(" }), close + 1 < s.count - 1 {
            s.removeFirst(close + 1)
        }
        let opens = s.filter { $0 == "“" }.count, closes = s.filter { $0 == "”" }.count
        if opens != closes { s.removeAll { $0 == "“" || $0 == "”" } }
        return s.isEmpty ? nil : s.string
    }

    /// The end of `到2027年`, `到2025年底`, `1—5月`, `3月` at the start of `s`.
    private static func leadingTime(_ s: [Unicode.Scalar]) -> Int? {
        var k = 0
        if s.first == "到" || s.first == "至" { k = 1 }
        let digitsStart = k
        while k < s.count, ChineseNumeral.arabicDigit(s[k]) != nil { k += 1 }
        let digits = k - digitsStart
        guard digits > 0, k < s.count else { return nil }
        if s[k] == "年", digits == 4, digitsStart == 1 {
            k += 1
            if k < s.count, s[k] == "底" || s[k] == "末" { k += 1 }
            return k
        }
        guard digitsStart == 0, digits <= 2 else { return nil }
        if s[k] == "—" || s[k] == "-" || s[k] == "～" || s[k] == "至" {
            k += 1
            let m = k
            while k < s.count, ChineseNumeral.arabicDigit(s[k]) != nil { k += 1 }
            guard k > m, k - m <= 2, k < s.count else { return nil }
        }
        guard s[k] == "月", !(k + 1 < s.count && (s[k + 1] == "份" || s[k + 1] == "底")) else { return nil }
        k += 1
        // 6月15日前: the day and a bound with it.
        var d = k
        while d < s.count, ChineseNumeral.arabicDigit(s[d]) != nil { d += 1 }
        if d > k, d - k <= 2, d < s.count, s[d] == "日" {
            k = d + 1
            if k < s.count, s[k] == "前" || s[k] == "起" || s[k] == "后" { k += 1 }
        }
        return k
    }

    /// `首 批 岗位`: the spaces of a justified line are no part of a name.
    static func withoutJustification(_ name: String) -> String {
        guard name.unicodeScalars.contains(where: { $0 == " " || $0 == "\u{3000}" }) else { return name }
        let s = Array(name.unicodeScalars)
        var out = String.UnicodeScalarView()
        for (i, c) in s.enumerated() {
            if c == " " || c == "\u{3000}" {
                let before = s[..<i].last { $0 != " " && $0 != "\u{3000}" }
                let after = s[(i + 1)...].first { $0 != " " && $0 != "\u{3000}" }
                guard let before, let after, !(before.isASCIILetter && after.isASCIILetter) else { continue }
                if !before.isHan && !after.isHan { out.append(c) }
                continue
            }
            out.append(c)
        }
        return String(out)
    }

    /// A number in a short quotation is a name (`“六个新聊城”`) unless the
    /// article also prints the same count of the same thing outside quotes
    /// (`“十二项提升行动”` beside `十二项提升行动绘就…`).
    private static func keepQuotedNamesPrintedBare(
        _ blocks: inout [Block]
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

    /// The kind a body figure's own text gives it: its clause and sentence,
    /// the whole a 其中 sentence breaks down, a work plan's list of tasks, the
    /// sentences before it in its paragraph.
    /// The longest sentence a figure carries whole; a longer one (a
    /// paragraph that never ends its sentence) is cut to the clauses around
    /// the figure, so that a figure's record stays small whatever the text.
    static let sentenceLimit = 600
    static let sentenceReach = 200

    static func shownSentence(_ sentence: Range<Int>, around figure: Range<Int>, in t: ScalarText) -> Range<Int> {
        guard sentence.count > sentenceLimit else { return sentence }
        var lo = max(sentence.lowerBound, figure.lowerBound - sentenceReach)
        var hi = min(sentence.upperBound, figure.upperBound + sentenceReach)
        // Whole clauses where the window allows: after a clause mark before, up to one after.
        let marks: Set<UInt32> = [0xFF0C, 0xFF1B, 0x3001, 0x2C, 0x3B]  // ，；、 , ;
        if let cut = (lo..<figure.lowerBound).last(where: { marks.contains(t.scalars[$0].value) }) { lo = cut + 1 }
        if let cut = (figure.upperBound..<hi).first(where: { marks.contains(t.scalars[$0].value) }) { hi = cut + 1 }
        return lo..<hi
    }

    /// `sentenceStart`: where the sentence really starts when `sentence` is a
    /// window of a longer one.
    private static func kindInBody(_ t: ScalarText, _ f: ScannedFigure, sentence: Range<Int>, clause: Range<Int>,
                                   isTaskList: Bool, earlier: [PartOfWhole.Figure] = [],
                                   sentenceStart: Int? = nil) -> Figure.Kind? {
        if let k = FigureClassifier.kindFromContext(t, figure: f.span, clause: clause, sentence: sentence) { return k }
        if let k = PartOfWhole.kind(t, sentence: sentence, value: f.value, unit: f.unit, earlier: earlier) { return k }
        if isTaskList { return .target }
        return FigureClassifier.kindFromEarlierSentences(t, sentenceStart: sentenceStart ?? sentence.lowerBound)
    }

    /// The kind of the first body figure printed as `core` with `value`.
    private static func bodyKind(of core: String, value: Double, in blocks: [Block]) -> Figure.Kind? {
        for b in blocks where b.place == .body {
            for f in b.found where f.value == value && b.text.string(f.core) == core {
                return kindInBody(b.text, f, sentence: TextSpans.sentence(in: b.text, around: f.core.lowerBound),
                                  clause: TextSpans.clause(in: b.text, around: f.span),
                                  isTaskList: FigureClassifier.isTaskList(b.text))
            }
        }
        return nil
    }
}

/// `分别增长23.6%和27.1%`: a run of figures joined by 和 or 、 after 分别 gives,
/// in order, the figures named before it in the sentence.
struct Respective {
    private static let fenbie = Array("分别".unicodeScalars)
    private static let joiners: Set<Unicode.Scalar> = ["和", "、", "与", "及", "，", ","]
    /// The names the run takes, and the figure that opened it.
    private var names: [String] = []
    private var first = 0

    /// The name of figure `n` if it belongs to a 分别 run whose owners were
    /// named earlier in its sentence.
    mutating func indicator(at n: Int, in t: ScalarText, found: [ScannedFigure], sentence: Range<Int>,
                            earlier: [(sentence: Range<Int>, indicator: String)]) -> String? {
        if n > first, n - first < names.count, Self.joined(t, found[n - 1].span.upperBound..<found[n].span.lowerBound) {
            return names[n - first]
        }
        names = []
        // 分别 just before the verb and number: 分别增长, 分别达到, 分别为.
        let start = max(sentence.lowerBound, found[n].span.lowerBound - 6)
        guard (start..<found[n].span.lowerBound).contains(where: { t.has(Self.fenbie, at: $0) }) else { return nil }
        var count = 1
        while n + count < found.count,
              Self.joined(t, found[n + count - 1].span.upperBound..<found[n + count].span.lowerBound) { count += 1 }
        let before = earlier.filter { $0.sentence == sentence }.map(\.indicator)
        guard count >= 2, before.count >= count, !before.suffix(count).contains(where: \.isEmpty) else { return nil }
        names = Array(before.suffix(count))
        first = n
        return names[0]
    }

    /// Words that name a pair at once, and its members in order: 城乡 is 城镇
    /// and 农村, 进出口 is 进口 and 出口.
    private static let pairs: [(word: String, members: [String])] = [
        ("城乡", ["城镇", "农村"]), ("进出口", ["进口", "出口"]), ("中小学", ["中学", "小学"]),
    ]
    private var pairNames: (first: Int, names: [String])? = nil

    /// The name of figure `n` when it belongs to a two-figure 分别 run whose
    /// own name opens with a pair word (`城乡居民人均可支配收入分别增长5%和7%`).
    mutating func pairedName(at n: Int, in t: ScalarText, found: [ScannedFigure], named: String) -> String? {
        if let p = pairNames, n == p.first + 1, Self.joined(t, found[n - 1].span.upperBound..<found[n].span.lowerBound) {
            pairNames = nil
            return p.names[1]
        }
        pairNames = nil
        let start = max(0, found[n].span.lowerBound - 6)
        guard (start..<found[n].span.lowerBound).contains(where: { t.has(Self.fenbie, at: $0) }),
              n + 1 < found.count, Self.joined(t, found[n].span.upperBound..<found[n + 1].span.lowerBound),
              n + 2 >= found.count || !Self.joined(t, found[n + 1].span.upperBound..<found[n + 2].span.lowerBound),
              let pair = Self.pairs.first(where: { named.hasPrefix($0.word) && named.count > $0.word.count }) else { return nil }
        let rest = named.dropFirst(pair.word.count)
        pairNames = (n, pair.members.map { $0 + rest })
        return pairNames!.names[0]
    }

    /// Whether `r` holds only a joiner between two figures of a list.
    private static func joined(_ t: ScalarText, _ r: Range<Int>) -> Bool {
        r.count == 1 && joiners.contains(t.scalars[r.lowerBound])
    }
}
