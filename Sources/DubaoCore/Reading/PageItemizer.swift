/// Reflows the lines of a page into items: paragraphs joined across hard
/// wraps and column breaks, titles, bylines and credits told apart.
struct PageItemizer {
    let blocks: [Block]
    let wrapped: Bool
    private(set) var items: [PageItem] = []
    private var open: BodyParagraph?
    /// Captions printed inside a sentence cut by a column break: they follow
    /// the paragraph once it is finished.
    private var deferred: [BodyParagraph] = []
    /// The first line of the next block was read with this one.
    private var skipNextBlockLine = false
    /// A continuation marker stood on a line of its own before the next text.
    private var nextIsContinued = false
    /// The lines where a list of cut leads cut one (`… [详细]`): the lead,
    /// and its article, end with them. (Numbers, not a field of every line:
    /// a larger line costs every copy of it.)
    private var cutLeads = Set<Int>()
    /// The first lines of a corpus's records after the first: each opens
    /// another piece (S47).
    private var recordStarts = Set<Int>()
    /// The open paragraph is an item of a list a paragraph announced with a
    /// colon (`…具体如下：`): the indented lines under it go on being items.
    private var inColonList = false
    /// The last block was an event's facts, a field a line (B15).
    private var inFieldRun = false
    /// Where the run of fields began among the items.
    private var fieldRunStart: Int?
    /// A record's signature read before its end: a credit in the middle of
    /// a by-date record, or its signers' names over the next record (S53).
    private var heldClosing: Byline?
    /// Full dates the page prints as its own: a masthead or date bar
    /// (`2024年2月23日 星期五`), a source line, a publication line.
    private(set) var issueDates: [IssueDate.Printed] = []
    /// Dates of documents printed on the page (`（2025年3月18日）` under a
    /// bulletin's title): evidence of the year, not the issue's date.
    private(set) var documentDates: [PartialDate] = []

    /// The width hard-wrapped lines run to, when the page is hard-wrapped.
    let wrapWidth: Int
    let usesIndent: Bool
    /// The page is printed with the old punctuation (`…撥款四十五萬元、` /
    /// `限明年三月底以前完工、`): no full stop anywhere, the enumeration comma
    /// closing clauses and sentences alike, so a blank line after one ends
    /// the paragraph (B11).
    let commaStops: Bool
    /// The page sets its titles flush over indented text: twice or more, a
    /// block of one to three title-like lines stands unindented.
    let titlesSetFlush: Bool

    init(blocks allBlocks: [Block], chrome: SiteChrome = .none) {
        var dates: [IssueDate.Printed] = []
        var cutLeads = Set<Int>()
        // `第5版(各地传真)` over `专栏:`: a by-date corpus opens each record of
        // the page with its slot and its column's label (S47). The record
        // after it is another piece: its first line is kept here.
        var recordStarts = Set<Int>()
        var recordPending = false
        // A 导读 box printed right under the masthead, with no blank line, is
        // no part of it.
        var allBlocks = NumberedTitles.unnumbered(allBlocks)
        if let first = allBlocks.first, let label = first.lines.indices.dropFirst().first(where: {
            ColumnBanner.isTeaserBoxLabel(first.lines[$0].text) && first.lines[..<$0].contains { Furniture.isFurniture($0.text) }
        }) {
            allBlocks[0] = Block(lines: Array(first.lines[..<label]))
            var rest = Array(first.lines[label...])
            rest[0].joinedAbove = false
            allBlocks.insert(Block(lines: rest), at: 1)
        }
        // Lines printed again and again, on this page or on the pages of its folder.
        let lineKeys = RepeatedLines.keys(allBlocks)
        let repeated = RepeatedLines.onPage(lineKeys)
        func isRepeated(_ key: Int?) -> Bool {
            guard let key, !repeated.isEmpty || !chrome.isEmpty else { return false }
            return repeated.contains(key) || chrome.lines.contains(key)
        }
        // `发布时间:` / `2024-09-12 08:46`, `信息来源:` / `丰阳日报`: a site's
        // facts split over lines, each label over its value, blank lines
        // between or none. The value is a short line without punctuation.
        // (Over the lines where they stand: a copy of every line costs more
        // than the look.)
        var splitFacts = Set<Int>()
        for (b, block) in allBlocks.enumerated() {
            for k in block.lines.indices where Furniture.isBareFactLabel(block.lines[k].text) {
                splitFacts.insert(block.lines[k].number)
                let value = k + 1 < block.lines.count ? block.lines[k + 1] : b + 1 < allBlocks.count ? allBlocks[b + 1].lines.first : nil
                if let value, value.text.count <= 24, !Furniture.isBareFactLabel(value.text),
                   !value.text.contains(where: Byline.sentencePunct.contains) {
                    splitFacts.insert(value.number)
                }
            }
        }
        // `来源丨衢阳日报`: a post's label and its bar read as a label and a colon.
        for b in allBlocks.indices {
            for k in allBlocks[b].lines.indices {
                if let t = Furniture.labelBarAsColon(allBlocks[b].lines[k].text) { allBlocks[b].lines[k] = allBlocks[b].lines[k].holding(t) }
            }
        }
        // The lines of the page's top taken as the site's (its name, its
        // menu): where a copy saved several views, they open each again.
        var topChrome = Set<Int>()
        let framed = allBlocks.enumerated().compactMap { index, block -> Block? in
            var furniture = zip(block.lines, lineKeys[index]).map { line, key in
                Furniture.isFurniture(line.text) || isRepeated(key) || splitFacts.contains(line.number)
            }
            for k in Furniture.menuLines(block.lines) { furniture[k] = true }
            // `时间：2025年3月18日上午10时` over `地点：…`: the time of an event
            // among its facts, not when a site put its copy up (B15).
            for k in block.lines.indices.dropLast() where furniture[k] && !furniture[k + 1]
                && TitleShape.isFieldLine(block.lines[k + 1].text) && PublicationLine.date(in: block.lines[k].text) != nil {
                furniture[k] = false
            }
            for k in Furniture.relatedLinks(block.lines) { furniture[k] = true }
            if index == 0 || index == allBlocks.count - 1 {
                for k in block.lines.indices where Furniture.isBrowserNotice(block.lines[k].text) { furniture[k] = true }
            }
            // `RW:韩立新;` over `军队先进个人`: the category the archive filed it under.
            for k in block.lines.indices.dropFirst() where furniture[k - 1] && !furniture[k]
                && Furniture.isIndexCategory(block.lines[k].text, under: block.lines[k - 1].text) {
                furniture[k] = true
            }
            // `图片来源：衢阳发布`, `图：运输联线提供`, `(图片:素里消防局) V21` alone
            // between blank lines, under no caption (the text above ends no
            // sentence, or runs longer than a caption does): the credit of a
            // picture the copy did not keep.
            if block.lines.count == 1, Furniture.isBarePictureCredit(block.lines[0].text),
               index == 0 || allBlocks[index - 1].lines.last.map({ above in
                   !above.text.endsSentence || above.text.count > 80 || allBlocks[index - 1].lines.count >= 3
                       // (Or under the last of several paragraphs of text.)
                       || index >= 2 && allBlocks[index - 2].lines.last.map({ $0.text.endsSentence && $0.text.count > 30 }) == true
               }) == true {
                furniture[0] = true
            }
            // `解放军报客户端` / `兵在掌上阅 亮剑弹指间`: the app's slogan under its name.
            for k in block.lines.indices.dropFirst() where furniture[k - 1] && !furniture[k]
                && Furniture.isAppName(block.lines[k - 1].text) && block.lines[k].text.count <= 16
                && !block.lines[k].text.contains(where: Byline.sentencePunct.contains) {
                furniture[k] = true
            }
            // `首页 > 菲国新闻` over `菲国新闻`: the section's heading, the
            // breadcrumb's last part again, is the site's too.
            for k in block.lines.indices.dropFirst() where furniture[k - 1] && !furniture[k] && block.lines[k].text.count <= 20 {
                if let last = Furniture.lastCrumb(block.lines[k - 1].text), last == block.lines[k].text { furniture[k] = true }
            }
            // A date alone on its line beside the site's furniture (`2024年10月16日`
            // over the navigation line) is the page's date bar.
            // (Short lines opening with a digit only: every line is passed here.)
            for k in block.lines.indices where !furniture[k] {
                let t = block.lines[k].text
                guard t.count <= 20, let f = t.first, Scalars.digit(f) != nil,
                      k > 0 && furniture[k - 1] || k + 1 < furniture.count && furniture[k + 1],
                      Furniture.isDateWord(t.filter { !Scalars.isSpace($0) })
                        // (`2025年11月19日 Wed`: the date and its weekday.)
                        || t.split(whereSeparator: Scalars.isSpace).allSatisfy({ Furniture.isDateWord(Array($0)) }) else { continue }
                furniture[k] = true
            }
            // `今日天气` / `多云转小雨` / `13℃～21℃` / `东南风2～3级`: the weather box
            // by the masthead, short lines, a temperature, no sentence (S54).
            if index <= 2, block.lines.count >= 2, block.lines.count <= 8,
               block.lines.allSatisfy({ $0.text.count <= 24 && !$0.text.contains(where: { $0 == "。" || $0 == "，" }) }),
               // (A range of temperatures, `13℃～21℃`: a title names one, `周末最低温跌至2℃`.)
               block.lines.contains(where: { l in
                   l.text.contains("℃") && l.text.contains(where: { "～~-—/".unicodeScalars.contains($0) }) && l.text.countOf(Self.digitClass) >= 2
               }) {
                return nil
            }
            // The masthead: the page's first block, with the paper's date or
            // numbers in it and no sentence anywhere (name, 刊号, weather).
            if index == 0, furniture.contains(true), block.lines.count <= 10,
               !block.lines.contains(where: { $0.text.contains("。") }) {
                for line in block.lines { if let date = IssueDate.Printed(line: line.text) { dates.append(date) } }
                // (But for a post's title over its header, `今起通车！…` over
                // `原创 衢阳日报 2025年04月09日 07:00 浙江`.)
                if let first = furniture.firstIndex(of: true), first > 0, Furniture.isPostHeader(block.lines[first].text),
                   block.lines[..<first].allSatisfy({ TitleShape.isTitleLike($0.text) }) {
                    return Block(lines: Array(block.lines[..<first]))
                }
                // (And for the title under its breadcrumb, `当前位置: 首页>…>青溪要闻`
                // over `“共富工坊”开到家门口 …`: the article's, set flush to
                // the site's lines.)
                if let last = furniture.lastIndex(of: true), last + 1 < block.lines.count,
                   Furniture.lastCrumb(block.lines[last].text) != nil,
                   block.lines.count - last <= 3, block.lines[(last + 1)...].allSatisfy({ l in
                       // (Not the site's date and slot or its controls: `2024-10-18　A6/生活`, `字級設定：小 中 大 特`.)
                       TitleShape.isTitleLike(l.text) && l.text.count >= 8 && Scalars.digit(l.text[0]) == nil
                           && !l.text.contains(where: { $0 == "：" || $0 == ":" })
                   }) {
                    return Block(lines: Array(block.lines[(last + 1)...]))
                }
                for k in block.lines.indices { if let key = lineKeys[0][k] { topChrome.insert(key) } }
                return nil
            }
            // (A block of the site's lines again, further down: the page's top
            // printed over another view the copy saved, its date bar with it.)
            if index > 0, !topChrome.isEmpty, furniture.contains(true),
               block.lines.indices.allSatisfy({ k in furniture[k] || lineKeys[index][k].map(topChrome.contains) == true }) {
                for k in block.lines.indices { furniture[k] = true }
            }
            // A label beside the header's date or page number (`公告·服务`) is
            // furniture too.
            // (So is any short line of a block of the site's controls, nine in
            // ten of its lines furniture: `2005-2010年回顾`, `中青报系`.)
            let controls = block.lines.count >= 6 && furniture.filter { $0 }.count * 10 >= block.lines.count * 8
            let header = furniture.contains(true) && zip(block.lines, furniture).allSatisfy { line, f in
                f || (line.text.count <= (controls ? 12 : 6) && !line.text.contains { Byline.sentencePunct.contains($0) })
            }
            // The top of a page saved from a web site: the site's name over
            // its menu or breadcrumb is the site's too.
            if index == 0, let first = furniture.firstIndex(of: true), first > 0,
               (0..<first).allSatisfy({ Self.isNameLine(block.lines[$0].text) }) {
                for k in 0..<first { furniture[k] = true }
            }
            if index == 0 {
                for k in block.lines.indices where furniture[k] { if let key = lineKeys[0][k] { topChrome.insert(key) } }
            }
            if block.lines.count >= 2, block.lines[0].text.first == "第", Furniture.isPageSlot(block.lines[0].text),
               ColumnBanner.isEmptyLabel(block.lines[1].text) || ColumnBanner.isLabelledName(block.lines[1].text) {
                recordPending = true
            }
            var kept: [SourceLine] = []
            for (line, isFurniture) in zip(block.lines, furniture) {
                if isFurniture || header {
                    if let date = IssueDate.Printed(line: line.text) { dates.append(date) }
                } else if let record = Furniture.corpusRecordLine(line.text) {
                    // A corpus's record on one line: its label, title and text
                    // read as the lines they would have been printed on.
                    if let label = record.label { kept.append(line.holding(label, indented: false)) }
                    kept.append(line.holding(record.title, indented: false))
                    kept += record.paragraphs.map { line.holding($0, indented: true) }
                    // The signer as a closing credit is printed (`（孙德明）`).
                    if let signer = record.signer { kept.append(line.holding(["（"] + signer + ["）"], indented: false)) }
                    if let caption = record.caption { kept.append(line.holding(caption, indented: true)) }
                } else if let caption = DoubledCaption.single(line.text) {
                    kept.append(line.holding(caption))
                } else if let label = Furniture.columnLabelAfterSlot(line.text) {
                    // The slot goes; the column's label stays, on its own line.
                    if !Furniture.isFurniture(label) { kept.append(line.holding(label)) }
                } else if !ArticleKindRules.isEditorsNote(line.text),
                          let (rubric, title) = ColumnBanner.rubricBeforeTitle(line.text) {
                    // (`【编者按】近期，…` opens an editor's note: its text, no title.)
                    // The rubric stands over the title as a banner does.
                    kept += [line.holding(rubric), line.holding(title)]
                } else if let (title, lead) = TitleBeforeLead.split(line.text) {
                    // An index of a page's articles: each title set before its
                    // lead on one line, a wide gap between them.
                    var rest = line.holding(lead, indented: true)
                    rest.opensArticle = true
                    kept += [line.holding(title, indented: false), rest]
                } else if let parts = ParagraphGaps.paragraphs(in: line.text) {
                    // Paragraphs a copy ran together on one line (B10).
                    kept += parts.enumerated().map { k, part in
                        var l = line.holding(part, indented: k > 0 || line.indented)
                        l.opensArticle = k == 0 && line.opensArticle
                        return l
                    }
                } else if let lead = Furniture.beforeReadMore(line.text) {
                    // A cut lead's link to the whole piece: the marker goes,
                    // and the lead ends where it was cut (S41).
                    if !lead.isEmpty {
                        kept.append(line.holding(lead))
                    }
                    if let last = kept.last { cutLeads.insert(last.number) }
                } else if let lead = Furniture.afterSourceField(line.text) {
                    // The site's field goes; the lead starts a paragraph.
                    kept.append(line.holding(lead, indented: true))
                } else {
                    kept.append(line)
                }
            }
            if recordPending, let first = kept.first {
                recordStarts.insert(first.number)
                recordPending = false
            }
            return kept.isEmpty ? nil : Block(lines: kept)
        }
        self.issueDates = dates
        self.cutLeads = cutLeads
        self.recordStarts = recordStarts
        let blocks = Furniture.droppingContentsList(framed)
        let wrapped = PageLines.isHardWrapped(blocks)
        self.wrapped = wrapped
        self.blocks = wrapped ? blocks : PageLines.linePerBlock(SentenceLines.joined(blocks))
        // Paragraphs start indented on this page (else blank lines part
        // them): of the lines that may start one (a block's first, an
        // indented one inside a block), three in ten are indented. (Titles
        // open most blocks of a page whose paragraphs run on without blank
        // lines.)
        let starts = self.blocks.map { $0.lines[0] }
        let indentedInside = self.blocks.reduce(0) { n, b in n + b.lines.dropFirst().filter(\.indented).count }
        self.usesIndent = (starts.filter(\.indented).count + indentedInside) * 10 >= (starts.count + indentedInside) * 3
        var widths = blocks.filter { $0.lines.count >= 3 }.flatMap { $0.lines.dropLast().map(\.width) }
        widths.sort()
        self.wrapWidth = widths.isEmpty ? 0 : widths[widths.count * 4 / 5]
        self.commaStops = Self.printsOldPunctuation(self.blocks)
        var flush = 0
        if self.usesIndent {
            for block in self.blocks where block.lines.count <= 3
                && block.lines.allSatisfy({ !$0.indented && TitleShape.isTitleLike($0.text) }) {
                flush += 1
                if flush >= 2 { break }
            }
        }
        self.titlesSetFlush = flush >= 2
    }

    /// No sentence end on any line, and five lines or more ending in `、`.
    static func printsOldPunctuation(_ blocks: [Block]) -> Bool {
        var commaEnds = 0
        for block in blocks {
            for line in block.lines {
                if line.text.contains(where: { $0 == "。" || $0 == "？" || $0 == "！" }) { return false }
                if line.text.last == "、" { commaEnds += 1 }
            }
        }
        return commaEnds >= 5
    }

    /// A short line without punctuation: a name (a site's, a paper's).
    static func isNameLine(_ t: [Unicode.Scalar]) -> Bool {
        t.count <= 20 && !t.contains { Byline.sentencePunct.contains($0) || Scalars.isSpace($0) }
    }

    static func items(of blocks: [Block], chrome: SiteChrome = .none) -> (items: [PageItem], wrapped: Bool, issueDates: [IssueDate.Printed], documentDates: [PartialDate]) {
        var it = PageItemizer(blocks: blocks, chrome: chrome)
        it.run()
        return (it.items, it.wrapped, it.issueDates, it.documentDates)
    }

    mutating func run() {
        var skipBlocks = 0
        for b in blocks.indices {
            if skipBlocks > 0 {
                skipBlocks -= 1
                continue
            }
            let lines = blocks[b].lines
            var k = 0
            if !recordStarts.isEmpty, recordStarts.contains(lines[0].number) {
                // A record ends where the next opens.
                endArticleHere()
                flushHeldClosing()
            }
            // (Or after a dispatch's closing credit: `…再議、（十一日專電）`.)
            if commaStops, let p = open, p.text.last == "、" || p.isFinished { closeOpen() }
            if skipNextBlockLine {
                skipNextBlockLine = false
                k = 1
                if lines.count == 1 { continue }
            }
            if let taken = teaserBox(at: b) {
                skipBlocks = taken
                continue
            }
            // `时间：…` / `地点：…` / `发布人：…` / `主持人：…`: an event's facts
            // set flush under its title, each a paragraph of the text (B15).
            // (Two or more, in a block or a line a block.)
            // (Not credits nor a site's facts: `策划：…`, `作者：…　来源：…`.)
            let isField = { (l: SourceLine) in
                !l.indented && TitleShape.isFieldLine(l.text) && Byline.parse(l.text) == nil && Furniture.articleMeta(l.text) == nil
                    && Byline.pagePhotoCredit(l.text) == nil
            }
            var underTitle = false
            if open == nil, case .title? = items.last { underTitle = true }
            if lines.allSatisfy(isField), inFieldRun && lines[0].joinedAbove
                || underTitle && (lines.count >= 2
                    || b + 1 < blocks.count && blocks[b + 1].lines[0].joinedAbove && isField(blocks[b + 1].lines[0])) {
                if !inFieldRun { fieldRunStart = items.count }
                for line in lines { paragraphAlone(line) { _ in } }
                inFieldRun = true
                continue
            }
            inFieldRun = false
            // (Where the run began is kept through this block, whose first
            // line may be the photo card's taker, `拍摄者:…`, and no longer.)
            defer { fieldRunStart = nil }
            if readDataBullet(lines[0]) {
                k = 1
            } else if let titles = titleBlockLines(b) {
                closeOpen()
                for line in lines[..<titles] {
                    items.append(.title(TitleLine(text: line.text, width: line.width, number: line.number)))
                }
                k = titles
            }
            while k < lines.count {
                let line = lines[k]
                if let consumed = special(lines, k, block: b) {
                    k += consumed
                    continue
                }
                if k == 0 {
                    startBlock(line, block: b)
                } else if wrapped, usesIndent, !line.indented, k + 1 < lines.count, lines[k + 1].indented, line.width < wrapWidth - 2,
                          open?.isFinished ?? false, TitleShape.isTitleLike(line.text), Byline.parse(line.text) == nil {
                    // An intertitle set flush between indented paragraphs of
                    // hard-wrapped text: after a finished sentence, shorter
                    // than the column and over an indented line, it goes on
                    // no paragraph (B9).
                    closeOpen()
                    open = newParagraph(line)
                } else if line.indented && !(open?.isDatelineOnly ?? false) || (!wrapped && (open?.isFinished ?? true))
                            || (open.map { Pointer.endsWithPageReference($0.text) } ?? false)
                            || line.text.count <= 40 && TitleShape.isTableRow(line.text)
                            || (TitleShape.startsListItem(line.text) && (open.map { $0.text.endsSentence || $0.text.last == "：" } ?? false)) {
                    // (A contents box: each line points to its page.)
                    let interrupted = open != nil
                    closeOpen()
                    open = newParagraph(line)
                    if interrupted, k + 1 < lines.count, Self.isInlinePhoto(line, before: lines[k + 1]) { open?.interleaved = true }
                } else {
                    join(line)
                }
                if !cutLeads.isEmpty, cutLeads.contains(line.number), open != nil {
                    // The lead was cut there: its article ends with it.
                    endArticleHere()
                }
                k += 1
            }
        }
        closeOpen()
        flushHeldClosing()
    }

    /// `河北省安新县端村第二农业生产合作社` / `李长顺 王秀兰 赵福堂` / `孙玉亭 高凤鸣`
    /// at the end of a by-date record: who signs it, on lines of names (an
    /// affiliation may stand over them), nothing after them before the next
    /// record. They sign the record; they head nothing (S53).
    mutating func readRecordSigners(_ lines: [SourceLine], _ k: Int, block: Int) -> Int? {
        // (Every line of a record page is asked: the line's own form and the
        // block's few lines left turn most away before anything is copied.)
        let line = lines[k].text
        guard !recordStarts.isEmpty, lines.count - k <= 4,
              Byline.isNamesLine(line) || heldClosing == nil && line.count <= 24 && line.allSatisfy(Scalars.isCJK),
              heldClosing != nil || open != nil || { if case .paragraph? = items.last { return true } else { return false } }()
        else { return nil }
        // The lines from here to the record's end (a few at most).
        var rest: [SourceLine] = Array(lines[k...])
        var b = block + 1
        while b < blocks.count, rest.count <= 4, !recordStarts.contains(blocks[b].lines[0].number) {
            rest += blocks[b].lines
            b += 1
        }
        guard rest.count <= 4, b == blocks.count || recordStarts.contains(blocks[b].lines[0].number) else { return nil }
        var names = rest[...]
        if heldClosing == nil, !Byline.isNamesLine(line), line.count <= 24, line.allSatisfy(Scalars.isCJK) { names = names.dropFirst() }
        guard !names.isEmpty, names.allSatisfy({ Byline.isNamesLine($0.text) }) else { return nil }
        closeOpen()
        var signers = heldClosing ?? Byline()
        signers.names += Byline.namesOfNamesLine(line) ?? []
        heldClosing = signers
        return 1
    }

    /// The held signature closes the record that ends here.
    mutating func flushHeldClosing() {
        guard let credit = heldClosing else { return }
        closeOpen()
        items.append(.closing(credit))
        heldClosing = nil
    }

    /// On a page of by-date records, a signature that does not stand at its
    /// record's end: text of the record goes on under it (S53).
    func recordGoesOnUnder(_ lines: [SourceLine], _ k: Int, block: Int) -> Bool {
        guard !recordStarts.isEmpty else { return false }
        let next = k + 1 < lines.count ? lines[k + 1] : block + 1 < blocks.count ? blocks[block + 1].lines[0] : nil
        guard let next, !recordStarts.contains(next.number) else { return false }
        return next.text.count > 24 && !TitleShape.isTitleLike(next.text)
    }

    /// Lines that are not text: credits, bylines, signatures, markers and
    /// pointers. Returns the number of lines taken, or nil for ordinary text.
    mutating func special(_ lines: [SourceLine], _ k: Int, block: Int) -> Int? {
        let line = lines[k]
        if let taken = readBracketedLine(lines, k, block: block) { return taken }
        if let taken = readRecordSigners(lines, k, block: block) { return taken }
        if let taken = readNamesOverAuthorNote(lines, k, block: block) { return taken }
        if readArticleMeta(line) { return 1 }
        if let taken = readNoticeSignature(lines, k, block: block) { return taken }
        if readDataBullet(line) || readBulletItem(line) || readCredit(lines, k, block: block) || readContinuationLine(line)
            || readJumpLine(line) || readPointer(line) || readRightSetSignature(line) {
            return 1
        }
        return nil
    }

    /// The article ends here: with the paragraph open, else with the one
    /// last closed (a cut lead, a notice's signature, a record's end).
    mutating func endArticleHere() {
        if open != nil {
            open!.endsArticle = true
            closeOpen()
        } else if case .paragraph(var p)? = items.last, !p.endsArticle {
            p.endsArticle = true
            items[items.count - 1] = .paragraph(p)
        }
    }

    /// Closes the open paragraph with the credit printed after it; a
    /// photographer's credit makes it a caption.
    mutating func closeOpen(signedBy credit: Byline) {
        guard var p = open else { return }
        if credit.roles.contains(.photographer) { p.captionCredit = credit } else { p.closingCredit = credit }
        open = p
        closeOpen()
    }

    /// `（2025年3月18日）` under a document's title, `（大众日报记者 胡磊）`,
    /// `（记者 X 摄）`, and credits in brackets run over two lines.
    mutating func readBracketedLine(_ lines: [SourceLine], _ k: Int, block: Int) -> Int? {
        let line = lines[k]
        let text = line.text
        guard let first = text.first, first == "（" || first == "(" else { return nil }
        if Byline.isDocumentDate(text) {
            // A document's date, with the issuing bodies on the line above:
            // a credit, not text or a title.
            closeOpen()
            if let date = Furniture.date(in: text) { documentDates.append(date) }
            if case .title(let t)? = items.last, t.number == line.number - 1 { items.removeLast() }
            items.append(.byline(Byline(roles: [.unnamed])))
            return 1
        }
        if let credit = Byline.parseClosing(text) {
            if credit.roles.contains(.photographer), open != nil {
                closeOpen(signedBy: credit)
            } else if heldClosing == nil, !credit.names.isEmpty, recordGoesOnUnder(lines, k, block: block) {
                // `（贾文斌）` between two parts of one record: it signs the
                // record, which goes on.
                closeOpen()
                heldClosing = credit
            } else {
                closeOpen()
                items.append(.closing(credit))
            }
            return 1
        }
        if k + 1 < lines.count, let credit = Byline.parseClosing(text + lines[k + 1].text) {
            closeOpen()
            items.append(.closing(credit))
            return 2
        }
        // The same over two lines read as blocks of their own.
        if k + 1 == lines.count, block + 1 < blocks.count, blocks[block + 1].lines[0].joinedAbove,
           let credit = Byline.parseClosing(text + blocks[block + 1].lines[0].text) {
            skipNextBlockLine = true
            closeOpen()
            items.append(.closing(credit))
            return 1
        }
        return nil
    }

    /// `作者：本报记者 杜娟　来源：江城日报　发布时间：…` under a title on a
    /// digital edition's page: the author is the article's byline, the rest
    /// is the site's.
    mutating func readArticleMeta(_ line: SourceLine) -> Bool {
        guard let meta = Furniture.articleMeta(line.text) else { return false }
        closeOpen()
        // The site's date of the article gives the page's year, as a header does.
        if let date = IssueDate.Printed(line: line.text) { issueDates.append(date) }
        // `作者：邵阳（华中师范大学教授） 《光明日报》（…）`: the names, without
        // the writer's affiliation or the paper's citation after them.
        var author = meta
        if let cut = author.firstIndex(where: { $0 == "《" || $0 == "（" || $0 == "(" }), cut >= 2 {
            author = Array(author[..<cut]).trimmed()
        }
        if !author.isEmpty {
            let tokens = Byline.tokenize(author)
            if let b = Byline.parse(author) {
                items.append(.byline(b))
            } else if !tokens.isEmpty, tokens.allSatisfy(Byline.isName) {
                items.append(.byline(Byline(names: tokens.map(\.string))))
            }
        }
        return true
    }

    /// `● 1486.3亿元` / `地区生产总值，同比增长6.2%`: a bullet of a data box
    /// starts a paragraph of the box (figure, then what it measures); the
    /// bullet is ornament.
    mutating func readDataBullet(_ line: SourceLine) -> Bool {
        guard let text = TitleShape.dataBullet(line.text) else { return false }
        closeOpen()
        open = newParagraph(SourceLine(text: text, indented: false, width: Scalars.width(text), number: line.number))
        open?.dataBullet = true
        return true
    }

    /// `●葡萄开园　5月6日，…`: an item of a briefs box, its title first.
    mutating func readBulletItem(_ line: SourceLine) -> Bool {
        guard let (title, rest) = TitleShape.bulletItem(line.text) else { return false }
        closeOpen()
        items.append(.title(TitleLine(text: title, width: Scalars.width(title), number: line.number)))
        var p = BodyParagraph(text: rest, lineWidths: [Scalars.width(rest)], firstLine: line.number)
        TextCleanup.finish(&p)
        items.append(.paragraph(p))
        // `…（宋岚）`: the item's closing credit signs it.
        if let credit = p.closingCredit { items.append(.closing(credit)) }
        return true
    }

    /// Bylines above a text, signatures under it, `本版摄影：…`, and the
    /// author line under a title (`莘县县委书记 孙奇宏`, or a name alone).
    mutating func readCredit(_ lines: [SourceLine], _ k: Int, block: Int) -> Bool {
        let line = lines[k]
        let text = line.text
        if let credit = Byline.pagePhotoCredit(text), open != nil {
            closeOpen(signedBy: credit)
            return true
        }
        // `拍摄者:本报记者 李涛` under a photo card's `时间:` / `地点:`: who took
        // the picture the card is of, its credit over the fields.
        if open == nil, let start = fieldRunStart, let credit = Byline.pagePhotoCredit(text) {
            items.insert(.byline(credit), at: start)
            return true
        }
        // `数据来源：中国物流与采购联合会` under a data box's bullets: where its
        // figures came from, no text of it (S14).
        if open?.dataBullet == true || open == nil && lastParagraphIsDataBullet() {
            if Self.isDataSourceLine(text) {
                closeOpen()
                // `数据来源：…　制图：许　蓓`: who drew the box, on the source's line.
                if let credit = Self.creditAfterDataSource(text) { items.append(.closing(credit)) }
                return true
            }
            // `制图：沈　玥`: who drew the box signs it.
            if let credit = Byline.parse(text), !credit.names.isEmpty {
                closeOpen()
                items.append(.closing(credit))
                return true
            }
        }
        // A line that goes on with a clause its block broke off (`…許文卿語
        // 記者、` / `新院可容…`) is text, whatever words it holds.
        if k > 0, let last = open?.text.last, last == "，" || last == "、" || last == "," { return false }
        if var byline = Byline.parse(text) {
            // `■提醒` over a title, where no title stands above it: a rubric
            // naming the column, not a signature (a byline is set under its
            // title, never over it).
            let next = lineUnder(lines, k, block: block)
            if byline.marked, byline.roles.isEmpty, byline.names.count == 1, !byline.reports, open?.isFinished ?? true,
               let next, TitleShape.isTitleLike(next.text), Byline.parse(next.text) == nil {
                if case .title? = items.last, open == nil {} else {
                    closeOpen()
                    items.append(.title(TitleLine(text: line.text, width: line.width, number: line.number)))
                    return true
                }
            }
            let afterText = k > 0 || line.joinedAbove
            let lastBeforeBlank = k == lines.count - 1 && (block + 1 >= blocks.count || !blocks[block + 1].lines[0].joinedAbove)
            if afterText, lastBeforeBlank, open != nil {
                // Printed at the end of the text it signs: `本报评论员` after an
                // editorial, `新华社记者 谢剑飞摄` after a caption.
                closeOpen(signedBy: byline)
                return true
            }
            // `本报记者 许 诺摄` alone after a blank line, under a short
            // finished paragraph and over a title: the caption's credit, not
            // the next story's byline (A27).
            if lines.count == 1, let p = open, p.isFinished, p.text.count <= 120, byline.reports,
               byline.roles.contains(.photographer), block + 1 < blocks.count,
               case let next = blocks[block + 1].lines[0], TitleShape.isTitleLike(next.text), Byline.parse(next.text) == nil {
                closeOpen(signedBy: byline)
                return true
            }
            closeOpen()
            if case .byline(let previous)? = items.last {
                // A byline split over two lines: `□记 者 孙亚飞` / `通讯员 马胜男 报道`.
                byline.names = previous.names + byline.names
                byline.roles.formUnion(previous.roles)
                byline.reports = byline.reports || previous.reports
                byline.marked = byline.marked || previous.marked
                items[items.count - 1] = .byline(byline)
            } else {
                items.append(.byline(byline))
            }
            return true
        }
        // `邵文澜` / `全国政协委员，宁远大学社会学院院长`: the office of the
        // author named over it, as a member's signed piece prints it: no
        // name, no text (A19).
        if open == nil, case .byline(let previous)? = items.last, !previous.names.isEmpty, Byline.isOfficeLine(text) {
            return true
        }
        // `本报记者　向　阳　通讯员　覃思远` / `田　蕊（国网恩施供电公司）`: the
        // byline's last names wrapped onto a line of their own, with their
        // unit, or two and more before the text goes on (A18).
        if open == nil, case .byline(var previous)? = items.last, !previous.names.isEmpty, !previous.roles.isEmpty {
            let unit = Byline.withoutTrailingUnit(text)
            let tokens = Byline.tokenize(unit ?? text.trimmed())
            if (1...4).contains(tokens.count), tokens.allSatisfy(Byline.isName), unit != nil || (tokens.count >= 2 && k + 1 < lines.count) {
                previous.names += tokens.map(\.string)
                items[items.count - 1] = .byline(previous)
                return true
            }
        }
        guard let last = items.last, open == nil, case .title = last else { return false }
        // The authors' names alone on the line under the title, over the
        // text (`祝　伟`, `谷晓岚　孟庆川`): the byline (A22).
        if let names = Byline.namesOfNamesLine(text), textFollows(lines, k, block: block) {
            // (Unmarked: a signed piece's kind is its column's or its text's,
            // as a report's names line over its dateline is news, e09.)
            items.append(.byline(Byline(names: names)))
            return true
        }
        // (Alone in its block, or the last line of a block of titles: the
        // speaker under a report's title and occasion, `自治区主席　韩启明`.)
        guard lines.count == 1 || k == lines.count - 1 && k > 0 else { return false }
        if let signature = Byline.parseSignature(text) {
            items.append(.byline(signature))
            return true
        }
        guard lines.count == 1 else { return false }
        // A name alone under a title: the author's signature. (Of four
        // characters, a compound surname's: `如何破题` under its first line
        // is the title's second half, A30.)
        if case let name = text.trimmed(), Byline.isName(name), name.count <= 3 || Byline.opensWithCompoundSurname(name) {
            items.append(.byline(Byline(names: [text.trimmed().string], marked: true)))
            return true
        }
        return false
    }

    /// `南京　行政院…`: two or three Han characters, then a full-width gap,
    /// then text — a dispatch's place on an old page (asked there only).
    static func placeLabelLength(_ t: [Unicode.Scalar]) -> Int? {
        guard t.count > 12, let gap = t.prefix(4).firstIndex(of: "\u{3000}"), (2...3).contains(gap),
              t[..<gap].allSatisfy(Scalars.isCJK), Scalars.isCJK(t[gap + 1]) else { return nil }
        return gap
    }

    /// `（陸文彬攝）`: a photographer's credit in brackets, alone on its line.
    static func isBracketedPhotographer(_ t: [Unicode.Scalar]) -> Bool {
        guard t.count <= 20, let first = t.first, first == "（" || first == "(",
              let credit = Byline.parseClosing(t) else { return false }
        return credit.roles.contains(.photographer) && !credit.names.isEmpty
    }

    /// A flush line closed by a dash, title-shaped before it.
    static func isDashKicker(_ l: SourceLine) -> Bool { !l.indented && isDashKicker(l.text) }

    /// A line closed by a dash, title-shaped before it. (A long kicker may
    /// set the scene in clauses, `在黄河滩区的一个小村子里,…变成了果园——`: up
    /// to 60 characters, no sentence ended in it.)
    static func isDashKicker(_ t: [Unicode.Scalar]) -> Bool {
        guard t.count >= 6, t.count <= 60, t.hasSuffix("——") else { return false }
        let lead = Array(t.dropLast(2))
        if t.count <= 40 { return TitleShape.isTitleLike(lead) }
        return TitleShape.clauseCommas(lead) <= 3 && !lead.contains(where: { $0 == "。" || $0 == "；" || $0 == "！" || $0 == "？" })
            && lead.last.map { !Scalars.clausePunct.contains($0) } == true
    }

    /// `数据来源：…`, `资料来源：…`: a source label and what it names, no sentence.
    static func isDataSourceLine(_ t: [Unicode.Scalar]) -> Bool {
        guard t.count <= 40, let colon = t.prefix(5).firstIndex(where: { $0 == "：" || $0 == ":" }), colon > 0,
              !t.contains("。" as Unicode.Scalar) else { return false }
        return TitleShape.figureLabels.contains(Array(t[..<colon])) && colon >= 2
    }

    /// The credit set after a data source's field on its line, past a gap
    /// (`数据来源：各行年报　制图：许　蓓`), or nil.
    static func creditAfterDataSource(_ t: [Unicode.Scalar]) -> Byline? {
        var i = 1
        while i < t.count {
            if Scalars.isSpace(t[i - 1]), !Scalars.isSpace(t[i]), let credit = Byline.parse(Array(t[i...])), !credit.names.isEmpty {
                return credit
            }
            i += 1
        }
        return nil
    }

    func lastParagraphIsDataBullet() -> Bool {
        if case .paragraph(let p)? = items.last { return p.dataBullet }
        return false
    }

    /// What stands under line `k` (in its block, or the next block's first
    /// line) is indented text or a note in brackets: the line is over a
    /// piece's text, as a byline is.
    func textFollows(_ lines: [SourceLine], _ k: Int, block: Int) -> Bool {
        let next = k + 1 < lines.count ? lines[k + 1] : block + 1 < blocks.count ? blocks[block + 1].lines[0] : nil
        guard let next else { return false }
        // (Or a case's first subhead, `【基本案情】`, over its text.)
        return next.indented || next.text.first == "（" || next.text.first == "("
            || next.text.first == "【" && ColumnBanner.isBracketedRubric(next.text)
    }

    /// The line printed right under line `k`: the next in its block, or (a
    /// page read a line a block) the first of the next block, joined above.
    func lineUnder(_ lines: [SourceLine], _ k: Int, block: Int) -> SourceLine? {
        if k + 1 < lines.count { return lines[k + 1] }
        guard block + 1 < blocks.count, blocks[block + 1].lines[0].joinedAbove else { return nil }
        return blocks[block + 1].lines[0]
    }

    /// `刘志远　陈晓雯` / `（作者单位：长江大学…）` under a title: the authors,
    /// and the note of where they work (a theory page's form). Both lines
    /// are the byline; the note names no one.
    mutating func readNamesOverAuthorNote(_ lines: [SourceLine], _ k: Int, block: Int) -> Int? {
        guard open == nil, case .title? = items.last else { return nil }
        let inBlock = k + 1 < lines.count
        guard let next = lineUnder(lines, k, block: block),
              next.text.dropFirst().starts(with: "作者".unicodeScalars),
              let note = Byline.parseClosing(next.text), note.names.isEmpty else { return nil }
        let names = Byline.tokenize(lines[k].text)
        guard (1...4).contains(names.count), names.allSatisfy(Byline.isName) else { return nil }
        items.append(.byline(Byline(names: names.map(\.string), marked: true)))
        if inBlock { return 2 }
        skipNextBlockLine = true
        return 1
    }

    /// `（紧接第1版）` on a line of its own: what follows comes from another page.
    static func isContinuedFromLine(_ text: [Unicode.Scalar]) -> Bool {
        guard let first = text.first, first == "（" || first == "(",
              let (end, _, forward) = TextCleanup.marker(text, at: 0) else { return false }
        return !forward && end == text.count
    }

    mutating func readContinuationLine(_ line: SourceLine) -> Bool {
        guard Self.isContinuedFromLine(line.text) else { return false }
        closeOpen()
        nextIsContinued = true
        return true
    }

    /// `（下转第6版）`, `（文转A6）` on a line of its own under the text: the
    /// text before it goes on on that page.
    mutating func readJumpLine(_ line: SourceLine) -> Bool {
        let text = line.text
        guard let first = text.first, first == "（" || first == "(",
              let (end, page, forward) = TextCleanup.marker(text, at: 0), forward, end == text.count else { return false }
        if var p = open {
            p.continues = page
            open = p
            closeOpen()
            return true
        }
        guard let last = items.indices.last, case .paragraph(var p) = items[last] else { return false }
        p.continues = page
        items[last] = .paragraph(p)
        return true
    }

    /// `详细报道见8版`, `→3版`.
    mutating func readPointer(_ line: SourceLine) -> Bool {
        guard Pointer.isPointer(line.text) else { return false }
        closeOpen()
        items.append(.pointer(TextCleanup.body(line.text)))
        return true
    }

    /// `上海市司法局` / `2024年5月6日` set far right under a notice: who
    /// issued it and when, not text.
    mutating func readRightSetSignature(_ line: SourceLine) -> Bool {
        let text = line.text
        guard line.indentWidth >= 12, text.count <= 24, open != nil || isSignature(items.last),
              !text.contains(where: { Byline.sentencePunct.contains($0) }) || Byline.isDocumentDate(text) else { return false }
        if open != nil {
            // A name alone; a credit (`漫画　邵小兵`); a reader's signature
            // (`徐汇区读者　陈立新`); else no one's (an office, a date).
            let signer = Byline.isName(text) && !Byline.isSourceNote(text) ? Byline(names: [text.string])
                : Byline.parse(text).flatMap { $0.names.isEmpty ? nil : $0 } ?? Byline.parseSigner(text) ?? Byline(roles: [.unnamed])
            closeOpen(signedBy: signer)
        } else if Byline.isName(text), case .closing(var c)? = items.last {
            c.names.append(text.string)
            items[items.count - 1] = .closing(c)
        }
        return true
    }

    /// `柘溪县鑫源建材有限公司清算组` / `2025年3月14日` set flush under a
    /// notice's text: who issued it and when, the notice's end — no text,
    /// and no title for the next one (S46).
    mutating func readNoticeSignature(_ lines: [SourceLine], _ k: Int, block: Int) -> Int? {
        let line = lines[k]
        // (Every line is asked: its last character first.)
        guard open != nil, !line.indented, line.text.count >= 4, line.text.count <= 30, let last = line.text.last,
              Byline.issuerEndingLasts.contains(last), Byline.issuerEndings.contains(where: { line.text.hasSuffix($0) }),
              !line.text.contains(where: { Byline.sentencePunct.contains($0) || Scalars.isSpace($0) }) else { return nil }
        var taken = 1
        if k + 1 < lines.count {
            let date = lines[k + 1]
            guard !date.indented, date.text.count <= 12, Furniture.isDateWord(date.text),
                  DateFinder.dates(in: date.text).first?.date.year != nil else { return nil }
            taken = 2
        } else {
            // (The date printed under every notice of the page went as a
            // line the page repeats: the next notice's title follows.)
            guard block + 1 < blocks.count, case let title = blocks[block + 1].lines[0], !title.indented,
                  TitleShape.isTitleLike(title.text) else { return nil }
        }
        // (The body signs it: no one's name, and its article ends here.)
        endArticleHere()
        return taken
    }

    /// The text since the last title opened with a salutation (`编辑同志：`):
    /// a letter is running.
    func letterSinceLastTitle() -> Bool {
        if let p = open, ArticleKindRules.opensLetter(p.text) { return true }
        // (A letter is short: the salutation stands among its last items.)
        for item in items.suffix(40).reversed() {
            switch item {
            case .title: return false
            case .paragraph(let p) where ArticleKindRules.opensLetter(p.text): return true
            default: continue
            }
        }
        return false
    }

    /// `一张课表，三百多个名额` alone between blank lines on a page of a
    /// paragraph a line: a heading with a comma, not a paragraph a page
    /// break cut (that one runs longer than a short phrase), so the text
    /// after the blank line does not go on with it.
    func isShortLineApart(_ p: BodyParagraph, block b: Int) -> Bool {
        // (A clause broken off, `本报讯　今年市里将在城东、城西、`, goes on.)
        !wrapped && p.lineWidths.count == 1 && p.text.count <= 16 && b > 0
            && !blocks[b].lines[0].joinedAbove && !blocks[b - 1].lines[0].joinedAbove
            && p.text.last.map { !Scalars.clausePunct.contains($0) } == true && !p.text.contains(where: Scalars.isSpace)
            // (`实施城市品质提升行动。深` / `入推进…`: a sentence ended inside is
            // text a column break cut, as are clauses run on, `…,要严防死守,着力抓`.)
            && !p.text.contains(where: Scalars.sentenceEnd.contains) && TitleShape.clauseCommas(p.text) <= 1
    }

    func isSignature(_ item: PageItem?) -> Bool {
        if case .closing? = item { return true }
        return false
    }

    mutating func startBlock(_ line: SourceLine, block b: Int) {
        if TitleShape.isNumberedHeading(line.text), open?.isFinished ?? true {
            // Section headings of a report are its text, never article titles.
            paragraphAlone(line) { $0.isHeading = true }
            return
        }
        // `　　泉城广场献血屋　8:00—11:30` right under `…开放时间调整如下：`:
        // the items of the list the paragraph announces are its text, each a
        // paragraph whatever its shape, down to a blank line or, where
        // paragraphs start indented, an unindented line (B13).
        // (`编辑同志：` opens a letter, not a list: its signature ends it, A19.
        // A salutation is short; `未来三天具体预报：` announces rows.)
        let announced = open.map { p in
            (p.text.last == "：" || p.text.last == ":") && !(p.text.count <= 7 && ArticleKindRules.opensLetter(p.text))
        } ?? false
        let listItem = line.joinedAbove && (line.indented || !usesIndent) && (announced || inColonList)
        inColonList = listItem
        if listItem {
            paragraphAlone(line) { _ in }
            return
        }
        let lines = blocks[b].lines
        let single = lines.count == 1
        // Where paragraphs start indented, an unindented title-like line over
        // an indented one is a title printed flush above its text.
        // (So is a title over a web page's facts line: `作者：…　来源：…`.)
        // (And a title over its lead's dateline, set flush too: `本报讯　（记者　X）昨天，…`.)
        let standsAlone = single || (!line.indented && (lines[1].indented || Furniture.articleMeta(lines[1].text) != nil
            || ArticleKindRules.opensLetter(lines[1].text)
            || !line.text.contains(where: Scalars.clausePunct.contains) && Dateline.parse(lines[1].text)?.credit != nil))
        var titleLike = standsAlone && TitleShape.isTitleLike(line.text)
        // A kicker closed by a dash, the main title on the line under it (T16).
        // (Indented as the title under it is, where a corpus indents every
        // line: `  在黄河滩区的…果园——` / `  老伙计们的“夕阳果园”`.)
        if !titleLike, single, open?.isFinished ?? true, b + 1 < blocks.count,
           case let next = blocks[b + 1].lines[0], next.joinedAbove || blocks[b + 1].lines.count == 1,
           !line.indented || next.indented, Self.isDashKicker(line.text),
           TitleShape.isTitleLike(next.text) { titleLike = true }
        // (The same a line a block: the credit on the line joined under it, A32.)
        if titleLike, single, b + 1 < blocks.count, case let next = blocks[b + 1].lines[0], next.joinedAbove,
           Self.isBracketedPhotographer(next.text) { titleLike = false }
        // `…集装箱堆场 视觉中国`: a line closed by a picture's credit is a
        // caption, never a title.
        if titleLike, TextCleanup.trailingAgencyPictureCredit(line.text) != nil { titleLike = false }
        // `【案情】` under the byline, over the text: the piece's first subhead
        // (B6), no rubric over a title (K14).
        if titleLike, open == nil, items.count >= 2, case .byline = items[items.count - 1], case .title = items[items.count - 2],
           ColumnBanner.isBracketedRubric(line.text),
           // (`【光明时评】` there names the column: a column's word ends it.)
           !ColumnBanner.endingScalars.contains(where: { line.text.dropLast().hasSuffix($0) }) { titleLike = false }
        // `　　沿河串起3个社区公园` between indented paragraphs, on a page that
        // sets its titles flush: an intertitle, indented as the text is (B12).
        if titleLike, single, line.indented, titlesSetFlush, open?.isFinished ?? false,
           b + 1 < blocks.count, blocks[b + 1].lines[0].indented, !blocks[b + 1].lines[0].text.endsSentence || blocks[b + 1].lines[0].text.count > 30,
           Dateline.parse(blocks[b + 1].lines[0].text) == nil, Byline.parse(blocks[b + 1].lines[0].text) == nil {
            paragraphAlone(line) { $0.isHeading = true }
            return
        }
        if titleLike, Self.isQuoteSpeaker(line.text), lastParagraphText()?.last == "”" {
            // `陈秀英·沙湾镇紫坭村` under a quoted sentence: who said it, text.
            titleLike = false
        }
        // (A title over a letter's salutation, `老楼加装电梯，低层住户的顾虑谁来解` /
        // `编辑同志：`, may have its comma: the salutation shows what it is.)
        // (Nor a question set flush after a finished paragraph, where the
        // page indents its paragraphs: `孩子咳嗽两周不见好，要不要拍胸片？`
        // over `　　问：…`. A column break cuts a sentence, not a question.)
        let flushQuestion = usesIndent && !line.indented && (open?.isFinished ?? true)
            && (line.text.last == "？" || line.text.last == "?")
        if titleLike, TitleShape.clauseCommas(line.text) > 0, !nextBlockStartsArticle(after: b), !flushQuestion,
           !(lineUnder(lines, 0, block: b).map { ArticleKindRules.opensLetter($0.text) } ?? false),
           b + 1 < blocks.count, !(blocks[b + 1].lines.count == 1 && TitleShape.isTitleLike(blocks[b + 1].lines[0].text)) {
            // A clause with a comma followed by body text is a paragraph cut by
            // a column break, not a title.
            titleLike = false
        }
        if let p = open, !p.isFinished, !isShortLineApart(p, block: b) {
            if titleLike && nextBlockStartsArticle(after: b) {
                closeOpen()
                items.append(.title(TitleLine(text: line.text, width: line.width, number: line.number)))
                return
            }
            if standsAlone && single && isInterleavedCaption(line, after: p, block: b) {
                var caption = newParagraph(line)
                caption.interleaved = true
                deferred.append(caption)
                return
            }
            join(line)
            return
        }
        // `河北省定县东亭村　刘振华` under a letter to the paper: where the
        // writer lives and their name sign it (A19).
        if titleLike, open != nil, letterSinceLastTitle(), let signer = Byline.parsePlaceSigner(line.text) {
            closeOpen(signedBy: signer)
            return
        }
        if titleLike {
            closeOpen()
            items.append(.title(TitleLine(text: line.text, width: line.width, number: line.number)))
            return
        }
        if wrapped && usesIndent && !line.indented && open != nil && line.width <= wrapWidth + 4
            && !(open.map { $0.text.endsSentence && ($0.lineWidths.last ?? 0) < wrapWidth - 4 } ?? false) {
            // A column break in hard-wrapped text: an unindented line goes on
            // with the paragraph before it. (Not after a sentence whose line
            // stopped short of the column: that paragraph had ended, B9.)
            join(line)
            return
        }
        // `图:雅京一家货币兑换商门前的汇率牌` on its own line, over text: the
        // caption of a picture printed there, no credit given (K17).
        if single, open?.isFinished ?? true, TitleShape.isLabelledCaption(line.text), b + 1 < blocks.count,
           case let next = blocks[b + 1].lines[0], next.indented || next.text.count > 40, !TitleShape.isLabelledCaption(next.text) {
            paragraphAlone(line) { $0.interleaved = true }
            return
        }
        let interrupted = open != nil
        var underTitle = false
        if case .title? = items.last, open == nil { underTitle = true }
        // (Or under the byline under the title: `…记者 X⇥来源：…` / the picture.)
        if case .byline? = items.last, items.count >= 2, case .title = items[items.count - 2], open == nil { underTitle = true }
        closeOpen()
        open = newParagraph(line)
        if interrupted, line.joinedAbove, b + 1 < blocks.count, case let next = blocks[b + 1].lines[0], next.joinedAbove,
           Self.isInlinePhoto(line, before: next) {
            open?.interleaved = true
        }
        if interrupted, single, b + 1 < blocks.count, Self.isCaptionBetweenParagraphs(line, before: blocks[b + 1].lines[0]) {
            open?.interleaved = true
        }
        // A picture printed under a story's title, before its byline or text:
        // the title is the story's.
        if underTitle, single, b + 1 < blocks.count, case let next = blocks[b + 1].lines[0],
           Self.isCaptionBetweenParagraphs(line, before: next)
            // (Its lead under it, opened by the reporter and where they file
            // from, `本报记者 石磊 发自宁川　…`: the story's own first words; a
            // `本报X讯` under a titled picture opens another report, T13.)
            // (So is a lead whose dateline names its reporters, `香港文汇报讯（记者
            // 邓颖欣）…`, under a credited or a marked picture, `■…。`, where
            // a story's deck stands over it — two title lines or more, or its
            // byline — not a picture's one short title: the copy set the
            // picture between the story's title and its text.)
            || (TextCleanup.trailingCaptionCredit(line.text) != nil || Self.isMarkedCaption(line.text))
                && TextCleanup.trailingCaptionCredit(next.text) == nil
                && Dateline.parse(next.text).map { d in
                    d.credit?.reports == true && TextCleanup.trailingCaptionCredit(line.text) != nil
                        || d.credit?.names.isEmpty == false && storysDeckAbove()
                } == true
            || TextCleanup.trailingCaptionCredit(line.text) != nil && Byline.parse(next.text) != nil
                && TextCleanup.trailingCaptionCredit(next.text) == nil && !(Byline.parse(next.text)?.roles.contains(.photographer) == true && Byline.parse(next.text)?.roles.count == 1) {
            open?.interleaved = true
        }
    }

    /// A credited picture set between two paragraphs of a running article,
    /// with no blank line around it (a web copy's inline photo:
    /// `　　3月16日，农民在田间驾驶插秧机作业。新华社记者 徐昱 摄`): its own
    /// article, and the text under it goes on with the article it interrupts.
    /// `陈秀英·沙湾镇紫坭村`, `王强 村党支部书记`: a speaker's name and where
    /// they are from, as a feature sets it under a quote.
    static func isQuoteSpeaker(_ t: [Unicode.Scalar]) -> Bool {
        guard t.count <= 24, let sep = t.firstIndex(where: { $0 == "·" || $0 == "•" || Scalars.isSpace($0) }),
              sep >= 2, sep + 2 <= t.count else { return false }
        return Byline.isName(Array(t[..<sep])) && t[(sep + 1)...].allSatisfy { Scalars.isCJK($0) || $0 == "·" }
    }

    /// The text of the paragraph read last, open or done.
    func lastParagraphText() -> [Unicode.Scalar]? {
        if let open { return open.text }
        if case .paragraph(let p)? = items.last { return p.text }
        return nil
    }

    /// A credited picture set in a block of its own between two paragraphs of
    /// a running article, blank lines around it (a wire copy's photo): the
    /// text after it has no title, dateline or byline of its own, and is no
    /// caption, so it goes on with the article the picture interrupts.
    static func isCaptionBetweenParagraphs(_ line: SourceLine, before next: SourceLine) -> Bool {
        TextCleanup.trailingCaptionCredit(line.text) != nil
            && next.text.count > 40 && !TitleShape.isTitleLike(next.text)
            && TextCleanup.trailingCaptionCredit(next.text) == nil
            && Dateline.parse(next.text) == nil && Byline.parse(next.text) == nil
    }

    /// The items read last are a story's deck: two title lines or more, a
    /// title and a byline under it, or one long title.
    func storysDeckAbove() -> Bool {
        var titles = 0
        var byline = false
        for item in items.reversed() {
            if case .title = item { titles += 1; continue }
            if case .byline = item, titles == 0, !byline { byline = true; continue }
            break
        }
        guard titles == 1 else { return titles >= 2 }
        // (One title line: a story's is long, `元朗明年增设3间长者日间中心 提供逾300个名额`;
        // a picture's short, `春风送岗到身边`.)
        guard case .title(let t)? = items.last(where: { if case .title = $0 { return true } else { return false } }) else { return false }
        return byline || t.text.count >= 14
    }

    static let digitClass = ScalarClass("0123456789０１２３４５６７８９")

    /// `■大埔海滨单车径晚间漆黑一片。`: a sentence or two opened by a mark, as
    /// a web copy prints a picture's caption.
    static func isMarkedCaption(_ t: [Unicode.Scalar]) -> Bool {
        guard t.count >= 6, t.count <= 90, let first = t.first, Byline.markers.contains(first) else { return false }
        return t.endsSentence || TextCleanup.trailingCaptionCredit(t) != nil
    }

    static func isInlinePhoto(_ line: SourceLine, before next: SourceLine) -> Bool {
        line.indented && next.indented && TextCleanup.trailingCaptionCredit(line.text) != nil
            && Dateline.parse(next.text) == nil && Byline.parse(next.text) == nil
    }

    /// `今日导读` over short teaser lines and their pointers (`详见第三版`): a
    /// box of teasers for other pages, one article whose column is the
    /// label, each line a paragraph. Reads the box starting at block `b`
    /// and returns how many blocks after `b` it took, or nil.
    mutating func teaserBox(at b: Int) -> Int? {
        guard open?.isFinished ?? true, let label = blocks[b].lines.first, ColumnBanner.isTeaserBoxLabel(label.text) else { return nil }
        // The box's lines: the rest of the label's block; where the label
        // stands alone, the text printed right under it.
        var lines = Array(blocks[b].lines.dropFirst())
        var taken = 0
        var next = b + 1
        while next < blocks.count, blocks[next].lines[0].joinedAbove || (lines.isEmpty && next == b + 1) {
            lines += blocks[next].lines
            taken += 1
            next += 1
        }
        guard lines.count >= 2, lines.contains(where: { Pointer.isPointer($0.text) || Pointer.endsWithPageReference($0.text) || Pointer.endsWithPointer($0.text) }),
              lines.allSatisfy({ $0.text.count <= 60 && Dateline.parse($0.text) == nil && Byline.parse($0.text) == nil }) else { return nil }
        closeOpen()
        items.append(.title(TitleLine(text: label.text, width: label.width, number: label.number)))
        for (n, line) in lines.enumerated() {
            var p = newParagraph(line)
            p.inTeaserBox = true
            // The box ends with its last line: what follows is another piece.
            p.endsArticle = n == lines.count - 1
            TextCleanup.finish(&p)
            items.append(.paragraph(p))
        }
        return taken
    }

    /// A title printed over two or three lines: every line title-shaped,
    /// none indented, after finished text.
    /// The title lines of a block, when the block is titles (and maybe the
    /// bylines under them) rather than text: nil otherwise.
    func titleBlockLines(_ b: Int) -> Int? {
        let lines = blocks[b].lines
        guard open?.isFinished ?? true else { return nil }
        // The authors' names alone under the titles (`谷晓岚　孟庆川`, `祝　伟`):
        // a byline, never a title (A22).
        if open == nil, case .title? = items.last, Byline.isNamesLine(lines[0].text), textFollows(lines, 0, block: b) { return nil }
        // `湖溪大橋北段橋墩工程之一部` / `（陸文彬攝）`: a caption over its
        // photographer's credit in brackets, no title (A32).
        if lines.count <= 3, let last = lines.last, Self.isBracketedPhotographer(last.text) { return nil }
        var titles = lines.count
        while titles > 0 && (Byline.parse(lines[titles - 1].text) != nil || Byline.parseSignature(lines[titles - 1].text) != nil) {
            titles -= 1
        }
        // The title of a data box over its bullets.
        if let bullet = lines.firstIndex(where: { TitleShape.dataBullet($0.text) != nil }), bullet > 0 { titles = min(titles, bullet) }
        let isTitle = { (l: SourceLine) in !l.indented && TitleShape.isTitleLike(l.text) && Byline.parse(l.text) == nil }
        // The title repeated over a continued part, wrapped at the column's
        // width like its text (`示范区五年：…从“物理相` / `加”走向…` /
        // `（上接第一版）`): what stands over the marker is its title.
        if let marker = lines.firstIndex(where: { Self.isContinuedFromLine($0.text) }), (1...3).contains(marker),
           lines[..<marker].allSatisfy({ l in
               !l.indented && !l.text.endsSentence && l.text.last.map { !Scalars.clausePunct.contains($0) } ?? false
                   && Dateline.parse(l.text) == nil && Byline.parse(l.text) == nil
           }) {
            return marker
        }
        if (1...3).contains(titles), titles >= 2 || titles < lines.count {
            // A kicker closed by a dash over the main title (`西部陆海新通道冷链
            // 班列加密开行——` / `钦州港冻品进出口跑出“加速度”`) is a title (T16).
            return lines[..<titles].indices.allSatisfy({ k in
                isTitle(lines[k]) || k + 1 < titles && Self.isDashKicker(lines[k])
            }) ? titles : nil
        }
        // Titles, their byline, then the text, with no blank line between
        // (`把好事办到群众心坎上` / `■ 江城日报评论员` / `　　民生工作…`).
        guard lines.count >= 3, isTitle(lines[0]) else { return nil }
        for by in 1..<min(4, lines.count - 1) {
            let text = lines[by].text
            if Byline.parse(text) != nil || Byline.parseSignature(text) != nil
                || Byline.isNamesLine(text) && textFollows(lines, by, block: b) { return by }
            // (Or a letter's titles over its salutation: `【回复】` / `低层住户…` /
            // `张立新读者：`.)
            if ArticleKindRules.opensLetter(text), textFollows(lines, by, block: b) { return by }
            // A title broken over two lines or more, set flush over its
            // indented lead with no blank line between, as a PDF's text
            // keeps it (`荆门首座“光储充”一体化` / `充电站投运` / `　　本报讯…`):
            // no text line, which runs the column's width, stops short and
            // goes on unindented (S38).
            if by >= 2, wrapped, usesIndent, lines[by].indented, lines[0].width < wrapWidth - 2 { return by }
            if !isTitle(lines[by]) { return nil }
        }
        return nil
    }

    /// A short complete sentence standing between the two halves of a
    /// sentence cut by a column break is a caption printed there, not the
    /// sentence's continuation: `…深化教育评价体系改革，` / `12月27日，…开幕。`
    /// / `推进优质教育扩量均衡布局。` Captions open with the date of the picture.
    func isInterleavedCaption(_ line: SourceLine, after p: BodyParagraph, block b: Int) -> Bool {
        // A caption credited to its photographer (`…。 ■ 陈晓`) says what it is.
        if TextCleanup.trailingCaptionCredit(line.text) != nil, b + 1 < blocks.count { return true }
        guard let last = p.text.last, Scalars.clausePunct.contains(last),
              line.text.endsSentence, line.text.count <= 60,
              let date = DateFinder.dates(in: line.text).first, date.range.lowerBound <= 8,
              line.text.countOf(Scalars.sentenceEnd) == 1,
              b + 1 < blocks.count else { return false }
        let next = blocks[b + 1].lines[0].text
        return !(blocks[b + 1].lines.count == 1 && TitleShape.isTitleLike(next))
            && Byline.parse(next) == nil && Dateline.parse(next) == nil
    }

    func nextBlockStartsArticle(after b: Int) -> Bool {
        guard b + 1 < blocks.count else { return true }
        let next = blocks[b + 1].lines[0].text
        return Byline.parse(next) != nil || Dateline.parse(next) != nil
    }

    mutating func newParagraph(_ line: SourceLine) -> BodyParagraph {
        var p = BodyParagraph(text: line.text, lineWidths: [line.width], firstLine: line.number)
        p.opensArticle = line.opensArticle
        if nextIsContinued {
            p.continuedFromElsewhere = true
            nextIsContinued = false
        }
        return p
    }

    mutating func join(_ line: SourceLine) {
        guard open != nil else {
            open = newParagraph(line)
            return
        }
        if open!.dataBullet, open!.lineWidths.count == 1 { open!.bulletLineEnd = open!.text.count }
        // In place: a copy of `open` would copy the whole paragraph per line.
        open!.text += line.text
        open!.lineWidths.append(line.width)
        open!.lastLine = line.number
    }

    /// The line as a paragraph of its own, closed at once (a heading, a
    /// caption), after the paragraph that was open.
    mutating func paragraphAlone(_ line: SourceLine, marked mark: (inout BodyParagraph) -> Void) {
        closeOpen()
        var p = newParagraph(line)
        mark(&p)
        open = p
        closeOpen()
    }

    mutating func closeOpen() {
        if var p = open {
            if commaStops { p.placeLabel = Self.placeLabelLength(p.text) }
            TextCleanup.finish(&p)
            items.append(.paragraph(p))
            if let credit = p.closingCredit { items.append(.closing(credit)) }
            open = nil
        }
        for var d in deferred {
            TextCleanup.finish(&d)
            items.append(.paragraph(d))
        }
        deferred = []
    }
}
