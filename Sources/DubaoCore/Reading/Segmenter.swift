/// How the page puts titles: above their articles, or below them (a page
/// read column by column prints many titles after their bodies).
enum TitleLayout { case titlesFirst, titlesAfter }

/// An article as segmentation finds it, before its record is made.
struct ArticleDraft {
    var titles: [TitleLine] = []
    /// Title-like lines that name the article's column (`三提三敢 大家谈`).
    var banners: [TitleLine] = []
    var bylines: [Byline] = []
    var closing: Byline?
    var paragraphs: [BodyParagraph] = []
    /// Paragraphs that are intertitles (kept as paragraphs of their own).
    var intertitles: Set<Int> = []
    var pointer: String?
    var closed = false
    /// The title group printed right before the article, if any.
    var groupBefore: Int?

    /// A caption: one paragraph without a dateline, credited to a
    /// photographer or reporter.
    var isPhotoLike: Bool {
        paragraphs.count == 1 && pointer == nil && paragraphs[0].dateline == nil &&
            (paragraphs[0].captionCredit != nil || bylines.contains { $0.reports || $0.roles.contains(.photographer) }
                || closing?.roles.contains(.photographer) == true)
    }
}

/// Title lines standing together between two bodies.
struct TitleGroup {
    var titles: [TitleLine]
    /// Lines that came after a byline inside the group: column banners when
    /// the next article already has a title.
    var late: [TitleLine]
    /// The article before the group and the article after it.
    var previous: Int?
    var next: Int?
    /// Where the group stands on the page.
    var firstLine: Int { (titles + late).map(\.number).min() ?? 0 }
}

/// Cuts the items of a page into articles.
struct Segmenter {
    let layout: TitleLayout
    private(set) var articles: [ArticleDraft] = []
    private(set) var groups: [TitleGroup] = []
    private var pendingTitles: [TitleLine] = []
    private var lateTitles: [TitleLine] = []
    private var pendingBylines: [Byline] = []
    /// Captions printed inside the running article, to follow it.
    private var interruptingCaptions: [ArticleDraft] = []

    /// Titles set after the wider gap the page parts its articles by, and
    /// never leaves between two paragraphs of text (`WideGaps`), by line.
    let titlesAfterWideGaps: Set<Int>

    init(items: [PageItem]) {
        // Credits may stand over the first title (`策划：…` / `本版撰文：…`
        // above a cover story): the layout is read from what follows them.
        switch items.first(where: { if case .byline = $0 { return false } else { return true } }) {
        case .title?, .pointer?: layout = .titlesFirst
        default: layout = .titlesAfter
        }
        titlesAfterWideGaps = WideGaps.titlesAfterWideGaps(items)
        for item in items { take(item) }
        articles += interruptingCaptions
        interruptingCaptions = []
        splitAtTitlesOfWhatWentBefore()
        splitBodiesRunTogether()
        splitAtTitlesOfSignedPieces()
        splitEditorsNotesFromTheirPieces()
        if !pendingTitles.isEmpty || !lateTitles.isEmpty {
            groups.append(TitleGroup(titles: pendingTitles, late: lateTitles,
                                     previous: articles.indices.last, next: nil))
        }
    }

    mutating func take(_ item: PageItem) {
        switch item {
        case .title(let t):
            if pendingBylines.isEmpty { pendingTitles.append(t) } else { lateTitles.append(t) }
        case .byline(let b):
            if pendingTitles.isEmpty, pendingBylines.isEmpty, layout == .titlesFirst,
               let last = articles.indices.last, !articles[last].closed,
               articles[last].bylines.allSatisfy({ Set($0.names).isSubset(of: b.names) }), articles[last].groupBefore != nil,
               (1...2).contains(articles[last].paragraphs.count) {
                // A byline printed after the lead of a titled article belongs to
                // it (and names those its facts line named, `作者:林嘉颖` over
                // `采写：南都记者 林嘉颖 实习生 邱子涵`).
                articles[last].bylines.append(b)
            } else {
                pendingBylines.append(b)
            }
        case .closing(let b):
            if let last = articles.indices.last, articles[last].closing == nil {
                splitIfSignedByAnother(last, closing: b)
                let a = articles.count - 1
                articles[a].closing = b
                articles[a].closed = true
            }
        case .pointer(let text):
            if pendingTitles.isEmpty, pendingBylines.isEmpty, let last = articles.indices.last,
               !articles[last].closed, !articles[last].paragraphs.isEmpty {
                // A summary, then `详见第2版`: a teaser with its summary. Its
                // title was taken for an intertitle of the running article.
                if let k = articles[last].intertitles.max(), k + 1 < articles[last].paragraphs.count {
                    split(last, at: k)
                }
                let teaser = articles.count - 1
                articles[teaser].paragraphs.append(BodyParagraph(text: Array(text.unicodeScalars)))
                articles[teaser].pointer = text
                articles[teaser].closed = true
                return
            }
            var draft = ArticleDraft()
            draft.pointer = text
            draft.paragraphs = [BodyParagraph(text: Array(text.unicodeScalars))]
            draft.closed = true
            start(draft)
        case .paragraph(let p):
            if p.interleaved, p.captionCredit != nil || TitleShape.isLabelledCaption(p.text) || p.markedCaption,
               !articles.isEmpty || !pendingTitles.isEmpty {
                // A credited picture printed inside a running article: its own
                // article, after the one it interrupts.
                var caption = ArticleDraft()
                caption.paragraphs = [p]
                caption.closed = true
                interruptingCaptions.append(caption)
                return
            }
            if let credit = p.captionCredit, pendingTitles.isEmpty, pendingBylines.isEmpty, lateTitles.isEmpty,
               let first = p.text.first, Scalars.isCircledNumber(first), let last = articles.indices.last, !articles[last].closed,
               let previous = articles[last].paragraphs.last?.text.first, Scalars.isCircledNumber(previous), previous.value < first.value {
                // `①…` / `②…` / `本报记者 X 摄`: one credit under a picture set's
                // numbered captions signs the set, not its last picture.
                var caption = p
                caption.captionCredit = nil
                articles[last].paragraphs.append(caption)
                var signer = credit
                signer.reports = true
                signer.roles.insert(.photographer)
                articles[last].bylines.append(signer)
                articles[last].closed = true
                return
            }
            if p.captionCredit != nil, p.dateline == nil, layout == .titlesFirst, pendingTitles.isEmpty, pendingBylines.isEmpty,
               lateTitles.isEmpty, let last = articles.indices.last, !articles[last].closed, articles[last].groupBefore != nil,
               !articles[last].paragraphs.isEmpty, articles[last].pointer == nil {
                // A credited picture set between the blocks of a running
                // report: its own article, after the report, which goes on
                // if what follows reads as its text (an intertitle and more).
                var caption = ArticleDraft()
                caption.paragraphs = [p]
                caption.closed = true
                interruptingCaptions.append(caption)
                return
            }
            if startsArticle(p) {
                var draft = ArticleDraft()
                draft.paragraphs = [p]
                if p.dataBullet, lateTitles.isEmpty, !pendingTitles.isEmpty {
                    // A data box's title stands over its bullets, whatever
                    // the page does with its other titles.
                    draft.titles = pendingTitles
                    pendingTitles = []
                }
                start(draft)
            } else {
                let last = articles.count - 1
                if !pendingTitles.isEmpty {
                    // Title-like lines inside a running article are its intertitles.
                    for t in pendingTitles {
                        articles[last].intertitles.insert(articles[last].paragraphs.count)
                        articles[last].paragraphs.append(BodyParagraph(text: Array(t.string.unicodeScalars),
                                                                       lineWidths: [t.width], firstLine: t.number))
                    }
                    pendingTitles = []
                }
                articles[last].paragraphs.append(p)
            }
            if p.continues != nil || p.captionCredit != nil || p.endsArticle {
                articles[articles.count - 1].closed = true
            }
        }
    }

    /// An intertitle sums up the section after it. A title-like line whose
    /// words come from the text before it and not from the text after is
    /// that text's title printed below it (a page that mixes both layouts):
    /// the article ends there and the next one begins.
    mutating func splitAtTitlesOfWhatWentBefore() {
        var i = 0
        while i < articles.count {
            let a = articles[i]
            let candidates = a.intertitles.sorted().filter { k in
                k > 0 && k + 1 < a.paragraphs.count && !a.intertitles.contains(k - 1) && a.paragraphs[k - 1].isFinished
            }
            let shares = candidates.isEmpty ? [:] : BigramSet.sharesBeforeAndAfter(candidates, in: a.paragraphs)
            guard a.titles.isEmpty, let cut = candidates.first(where: { k in
                guard let s = shares[k] else { return false }
                return s.before >= 0.7 && s.after <= 0.3
            }) else {
                i += 1
                continue
            }
            var head = a
            head.paragraphs = Array(a.paragraphs[..<cut])
            head.intertitles = a.intertitles.filter { $0 < cut }
            let t = a.paragraphs[cut]
            head.titles = [TitleLine(text: t.text, width: t.lineWidths.first ?? Scalars.width(t.text), number: t.firstLine)]
            head.closed = true
            var tail = ArticleDraft()
            tail.paragraphs = Array(a.paragraphs[(cut + 1)...])
            tail.intertitles = Set(a.intertitles.filter { $0 > cut }.map { $0 - cut - 1 })
            tail.closing = a.closing
            tail.closed = a.closed
            head.closing = nil
            articles[i] = head
            articles.insert(tail, at: i + 1)
            // Title groups after the split point now lie one article later.
            for g in groups.indices {
                if let p = groups[g].previous, p >= i, groups[g].firstLine > t.firstLine { groups[g].previous = p + 1 }
                if let n = groups[g].next, n > i { groups[g].next = n + 1 }
            }
            i += 1
        }
    }

    /// Cuts article `index` at intertitle `k`: the intertitle becomes the
    /// title of a new article made of what follows it.
    mutating func split(_ index: Int, at k: Int) {
        var head = articles[index]
        let a = head
        head.paragraphs = Array(a.paragraphs[..<k])
        head.intertitles = a.intertitles.filter { $0 < k }
        head.closed = true
        var tail = ArticleDraft()
        let t = a.paragraphs[k]
        tail.titles = [TitleLine(text: t.text, width: t.lineWidths.first ?? Scalars.width(t.text), number: t.firstLine)]
        tail.paragraphs = Array(a.paragraphs[(k + 1)...])
        tail.intertitles = Set(a.intertitles.filter { $0 > k }.map { $0 - k - 1 })
        articles[index] = head
        articles.insert(tail, at: index + 1)
        shiftGroups(after: index, line: t.firstLine)
    }

    /// A report whose dateline credits its reporters does not close with
    /// another name: where a text so credited runs on under a title line
    /// of its own (blank lines around it) to a closing credit naming someone
    /// else (`（吴建国）`), the title heads that signed piece, not a section.
    mutating func splitAtTitlesOfSignedPieces() {
        var i = 0
        while i < articles.count {
            let a = articles[i]
            // (Its reporters named in the lead's dateline or in a byline
            // over it: `□ 通讯员 司马青 特约记者 贺一鸣`.)
            let reporters = (a.paragraphs.first?.dateline?.credit?.names ?? []) + a.bylines.flatMap(\.names)
            guard layout == .titlesFirst, !reporters.isEmpty, let closing = a.closing ?? a.paragraphs.last?.closingCredit,
                  !closing.names.isEmpty, !closing.names.contains(where: reporters.contains),
                  let k = a.intertitles.filter({ $0 > 0 && $0 + 1 < a.paragraphs.count }).max(),
                  !a.intertitles.contains(k + 1) else {
                i += 1
                continue
            }
            split(i, at: k)
            articles[i + 1].closing = a.closing
            articles[i].closing = nil
            articles[i + 1].closed = a.closed

            i += 2
        }
    }

    /// `编者按：…` printed under a piece's title (and its byline), over its
    /// text: the note is an item of its own, untitled, and the title, the
    /// byline and the text are the piece's (T13).
    mutating func splitEditorsNotesFromTheirPieces() {
        var i = 0
        while i < articles.count {
            let a = articles[i]
            guard !a.titles.isEmpty || a.groupBefore != nil, a.paragraphs.count >= 2, ArticleKindRules.isEditorsNote(a.paragraphs[0].text),
                  !a.intertitles.contains(1), !ArticleKindRules.isEditorsNote(a.paragraphs[1].text) else {
                i += 1
                continue
            }
            var note = ArticleDraft()
            note.paragraphs = [a.paragraphs[0]]
            note.closed = true
            var piece = a
            piece.paragraphs = Array(a.paragraphs.dropFirst())
            piece.intertitles = Set(a.intertitles.filter { $0 > 0 }.map { $0 - 1 })
            articles[i] = piece
            articles.insert(note, at: i)
            shiftGroups(after: i - 1, line: a.paragraphs[0].firstLine)
            i += 2
        }
    }

    /// Title groups after a split point now lie one article later.
    mutating func shiftGroups(after index: Int, line: Int) {
        for g in groups.indices {
            if let p = groups[g].previous, p >= index, groups[g].firstLine > line { groups[g].previous = p + 1 }
            if let n = groups[g].next, n > index { groups[g].next = n + 1 }
        }
    }

    /// Two bodies printed back to back with nothing between them, the first
    /// titled above: the titles printed after them stand together, the last
    /// one over a bylined article, and the first one has no home. Where it
    /// shares nothing with the start of the text before it and something
    /// with its end, the text is cut where that end begins, and the title
    /// will find its article there.
    mutating func splitBodiesRunTogether() {
        for g in groups.indices {
            guard layout == .titlesFirst, groups[g].titles.count >= 2, let title = groups[g].titles.first,
                  !ColumnBanner.isBanner(title, announced: [], inGroupOf: groups[g].titles.count),
                  !ColumnBanner.isShortBanner(title, over: groups[g].titles[1]),
                  let p = groups[g].previous, let n = groups[g].next,
                  !articles[n].bylines.isEmpty || articles[n].paragraphs.first?.dateline != nil,
                  articles[p].groupBefore != nil, articles[p].paragraphs.count >= 2,
                  BigramSet(paragraphs: articles[n].paragraphs).share(of: title.text) <= 0.1 else { continue }
            let paragraphs = articles[p].paragraphs
            // Where each of the title's character pairs is first and last
            // printed: the text before a cut holds a pair first printed
            // before it, the text after holds one last printed after (one
            // set a paragraph, not two sets a cut).
            let titlePairs = BigramSet.pairs(title.text)
            guard !titlePairs.isEmpty else { continue }
            var first = Array(repeating: Int.max, count: titlePairs.count)
            var last = Array(repeating: -1, count: titlePairs.count)
            for (i, paragraph) in paragraphs.enumerated() {
                let set = BigramSet(paragraph.text)
                for (j, pair) in titlePairs.enumerated() where set.contains(pair) {
                    if first[j] == Int.max { first[j] = i }
                    last[j] = i
                }
            }
            var best: (k: Int, tail: Double)?
            for k in 1..<paragraphs.count where paragraphs[k - 1].isFinished && !articles[p].intertitles.contains(k)
                && paragraphs[k].dateline == nil {
                let head = Double(first.filter { $0 < k }.count) / Double(titlePairs.count)
                let tail = Double(last.filter { $0 >= k }.count) / Double(titlePairs.count)
                guard head <= 0.05, tail >= 0.25 else { continue }
                // The latest cut that keeps all the title's words after it.
                if best == nil || tail >= best!.tail { best = (k, tail) }
            }
            guard let cut = best?.k else { continue }
            var head = articles[p]
            var tail = ArticleDraft()
            tail.paragraphs = Array(paragraphs[cut...])
            tail.intertitles = Set(head.intertitles.filter { $0 >= cut }.map { $0 - cut })
            tail.closing = head.closing
            tail.closed = head.closed
            head.paragraphs = Array(paragraphs[..<cut])
            head.intertitles = head.intertitles.filter { $0 < cut }
            head.closing = nil
            head.closed = true
            articles[p] = head
            articles.insert(tail, at: p + 1)
            shiftGroups(after: p, line: paragraphs[cut].firstLine)
        }
    }

    /// An article signed at its end by someone other than its byline names
    /// (`本报评论员` under a reporter's interview, `□ 马晓川` under prose after a
    /// poem signed `◎蒋一帆`) began at its last intertitle: that line was the
    /// title of a piece of its own.
    mutating func splitIfSignedByAnother(_ index: Int, closing: Byline) {
        let a = articles[index]
        // (A closing note naming nobody — `（作者系…教授）` — tells who the
        // byline's author is: no other signer.)
        guard let byline = a.bylines.first, !byline.names.isEmpty, !closing.names.isEmpty,
              Set(byline.names).isDisjoint(with: closing.names),
              closing.roles.contains(.commentator) || closing.roles.contains(.official)
                // (A literary page's pieces each signed by a mark: `◎蒋一帆`
                // under a poem's title, `□ 马晓川` under the prose after it.)
                || closing.marked && byline.marked && closing.roles.isEmpty && byline.roles.isEmpty,
              let cut = a.intertitles.max(), cut + 1 < a.paragraphs.count else { return }
        var head = a
        head.paragraphs = Array(a.paragraphs[..<cut])
        head.intertitles = a.intertitles.filter { $0 < cut }
        head.closed = true
        var tail = ArticleDraft()
        let titleText = a.paragraphs[cut].text
        tail.titles = [TitleLine(text: titleText, width: Scalars.width(titleText), number: a.paragraphs[cut].firstLine)]
        tail.paragraphs = Array(a.paragraphs[(cut + 1)...])
        articles[index] = head
        articles.append(tail)
    }

    func startsArticle(_ p: BodyParagraph) -> Bool {
        guard let current = articles.last else { return true }
        if current.closed || !pendingBylines.isEmpty || !lateTitles.isEmpty || p.opensArticle { return true }
        if (p.dateline != nil || p.captionCredit != nil || p.continuedFromElsewhere) && !current.paragraphs.isEmpty { return true }
        // An editor's note is an item of its own, wherever it stands.
        if !current.paragraphs.isEmpty, ArticleKindRules.isEditorsNote(p.text) { return true }
        // A data box holds its bullets only: the text after them is another piece.
        if current.paragraphs.last?.dataBullet == true && !p.dataBullet { return true }
        if !pendingTitles.isEmpty {
            // An editor's note stands alone: titles after it head the piece
            // it introduces.
            if let first = current.paragraphs.first, ArticleKindRules.isEditorsNote(first.text) { return true }
            // A title over the first caption of a numbered picture set (`①…`)
            // heads the set.
            if p.text.first == "①" { return true }
            // Titles over a lead that opens with the date of its event head a
            // new report, not a section of the running one.
            if let first = DateFinder.dates(in: Array(p.text.prefix(12))).first, first.range.lowerBound <= 1 { return true }
            // So does a lead that opens with the reporter and the day
            // (`记者昨天从…获悉`, `记者9日从…了解到`): a web or PDF copy without
            // its dateline.
            if ArticleAssembly.opensWithReportersDay(p.text) { return true }
            // Or with who acted and the day (`金管局昨日公布`).
            if ArticleAssembly.opensWithSubjectsDay(p.text) { return true }
            // Titles after the wide gap the page parts its articles by (S33).
            if let title = pendingTitles.first, titlesAfterWideGaps.contains(title.number) { return true }
            // A column banner, a bulleted item's title or a notice's title
            // (`讣告`, `…的公告`) never stands inside an article.
            if pendingTitles.contains(where: ArticleKindRules.isNoticeTitle) { return true }
            // Nor a document's (`关于加快发展…服务的提案`).
            if pendingTitles.contains(where: { ArticleKindRules.isDocumentTitle($0.text) }) { return true }
            // A title over the bullets of a data box heads the box: a piece
            // of its own beside the report, not a section of it.
            if p.dataBullet { return true }
            if pendingTitles.contains(where: { t in ColumnBanner.isBanner(t, announced: [], inGroupOf: pendingTitles.count) }) {
                return true
            }
            // A bulleted line heads an item when it opens the group; under
            // another title it is that title's summary (`■ 全市累计建成…`), and
            // a section of the running article keeps it.
            if let first = pendingTitles.first?.text.first, TextCleanup.bullets.contains(first) { return true }
            return layout == .titlesAfter
        }
        return false
    }

    mutating func start(_ draft: ArticleDraft) {
        var d = draft
        d.bylines = pendingBylines
        if !pendingTitles.isEmpty || !lateTitles.isEmpty {
            // Titles between two articles neighbour the interrupted article,
            // not the captions that follow it.
            groups.append(TitleGroup(titles: pendingTitles, late: lateTitles,
                                     previous: articles.indices.last, next: articles.count + interruptingCaptions.count))
            d.groupBefore = groups.count - 1
        }
        articles += interruptingCaptions
        interruptingCaptions = []
        pendingTitles = []
        lateTitles = []
        pendingBylines = []
        articles.append(d)
    }
}
