/// Tells what kind of piece an article is (spec section 2: `kind`).
enum ArticleKindRules {
    static let noticeWords = ["编者按", "编者的话", "征稿", "来稿", "投稿", "启事", "欢迎广大", "敬请", "专栏"]

    static let noticeTitleEndingScalars = scalarWords(noticeTitleEndings)
    static let noticeTitleEndings = ["公告", "启事", "通告", "讣告", "声明", "公示", "通知", "更正", "勘误", "致歉"]

    /// `编辑同志：`, `尊敬的市长：` opening the text, on a line of its own under
    /// the title: a reader's letter to the paper.
    static func opensLetter(_ t: [Unicode.Scalar]) -> Bool {
        t.count >= 3 && t.count <= 10 && (t.last == "：" || t.last == ":") && t.dropLast().allSatisfy(Scalars.isCJK)
    }

    /// `关于加快发展农村互助养老服务的提案`, `关于…的意见`: a document's title,
    /// `关于` its subject `的` and what it is, two characters or more.
    static func isDocumentTitle(_ t: [Unicode.Scalar]) -> Bool {
        guard t.count >= 8, t.hasPrefix("关于") || t.hasPrefix("關於"), let de = t.lastIndex(of: "的"),
              de >= 4, (2...4).contains(t.count - de - 1) else { return false }
        return t[(de + 1)...].allSatisfy(Scalars.isCJK)
    }

    static func isNoticeTitle(_ t: TitleLine) -> Bool {
        let compact = TextCleanup.titleScalars(t.text).filter { !Scalars.isSpace($0) }
        return noticeTitleEndingScalars.contains { compact.hasSuffix($0) }
    }

    /// `编者按　…`, `【编者按】…`, `编者的话：…`: an editor's note, an item of its own.
    static func isEditorsNote(_ t: [Unicode.Scalar]) -> Bool {
        // (Every line is asked: its first character turns most away.)
        guard let first = t.first, first == "编" || first == "【" else { return false }
        return editorsNoteOpenings.contains { t.hasPrefix($0) }
    }
    static let editorsNoteOpenings = scalarWords(["编者按", "【编者按】", "编者的话", "【编者的话】"])

    /// Short paragraphs that end no sentence (`十二个老人一片滩`, `一年挣了两万八`):
    /// the headings of a piece told in sections, where the copy kept them
    /// as text.
    static func sectionHeadings(_ d: ArticleDraft) -> Int {
        d.paragraphs.dropFirst().filter { p in
            p.text.count >= 4 && p.text.count <= 16 && !p.text.endsSentence && !p.text.contains(where: Scalars.clausePunct.contains)
        }.count
    }

    static func kind(of d: ArticleDraft, firstParagraph: [Unicode.Scalar], hasSeries: Bool) -> ArticleKind {
        if d.pointer != nil || d.paragraphs.contains(where: \.inTeaserBox) { return .teaser }
        // A contents box: every line points to a page.
        if !d.paragraphs.isEmpty, d.paragraphs.allSatisfy({ Pointer.endsWithPageReference($0.text) }) { return .teaser }
        if d.isPhotoLike && (d.titles.isEmpty || d.paragraphs[0].captionCredit != nil) { return .photo }
        // `本报记者 X 摄影报道`: a report in pictures, however many captions.
        // (Not where another credit names who wrote it: `采写：…` / `摄影：…`.)
        if d.paragraphs.first?.dateline == nil,
           d.bylines.contains(where: { $0.roles.contains(.photographer) && $0.reports }),
           !d.bylines.contains(where: { !$0.roles.contains(.photographer) && !$0.names.isEmpty }) { return .photo }
        if d.titles.isEmpty && d.bylines.isEmpty && d.closing == nil && d.paragraphs.first?.dateline == nil {
            if noticeWords.contains(where: { firstParagraph.contains($0) }) || d.paragraphs.count > 1 { return .notice }
            return firstParagraph.count <= 200 ? .photo : .notice
        }
        if isEditorsNote(firstParagraph) { return .notice }
        // `关于…的公告`, `征文启事`, `讣告`: notices by their titles.
        if d.titles.contains(where: { isNoticeTitle($0) }) { return .notice }
        if d.paragraphs.first?.dateline == nil, ["征稿", "来稿", "投稿", "赐稿"].contains(where: { firstParagraph.contains($0) }) {
            return .notice
        }
        let credits = d.bylines + (d.closing.map { [$0] } ?? [])
        // A reader's letter (`编辑同志：…`) says what its writer thinks.
        if opensLetter(firstParagraph) { return .opinion }
        if hasSeries || credits.contains(where: { $0.roles.contains(.commentator) || $0.roles.contains(.official) }) {
            return .opinion
        }
        // A signed piece: names under a marker with no reporter's role.
        // (Not one told in sections under headings: a feature, K21.)
        if d.bylines.contains(where: { $0.marked && $0.roles.isEmpty && !$0.names.isEmpty && !$0.reports }),
           d.intertitles.count < 2, sectionHeadings(d) < 2 {
            return .opinion
        }
        if d.paragraphs.first?.dateline != nil { return .news }
        // `本报记者 顾晓岚 杨振川 北京报道`: a byline that says where it reports
        // from is the report's dateline.
        if d.bylines.contains(where: { $0.place != nil && $0.reports }) { return .news }
        // The rest of a long piece from another page.
        if d.paragraphs.first?.continuedFromElsewhere == true { return .feature }
        // A lead that dates its event early on is a news report.
        if let first = DateFinder.dates(in: firstParagraph).first, first.range.lowerBound < 80 { return .news }
        let opening = Array(firstParagraph.prefix(30))
        // `记者9日从…获悉`: a lead dated by its day.
        if ArticleAssembly.leadDay(firstParagraph) != nil { return .news }
        // `近日，记者从市发改委了解到，…`: the reporter and when they learnt it.
        if ArticleAssembly.opensWithReportersDay(firstParagraph) { return .news }
        if ["昨天", "昨日", "今天", "今日", "前天", "上周", "本周"].contains(where: { opening.contains($0) }) { return .news }
        // `…。记者昨日从市交通委获悉`: the day the reporter learnt it (as dated).
        let lead = Array(firstParagraph.prefix(90))
        if ["记者昨天", "记者昨日", "记者今天", "记者今日", "记者前天"].contains(where: { lead.contains($0) }) { return .news }
        // A report without a dateline or a dated lead is a feature.
        return .feature
    }
}
