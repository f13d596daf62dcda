/// A title-like line standing on its own.
struct TitleLine: Hashable {
    var text: [Unicode.Scalar]
    var width: Int
    var number: Int
    var string: String { TextCleanup.title(text) }
}

/// A paragraph of body text being assembled from source lines.
struct BodyParagraph {
    var text: [Unicode.Scalar] = []
    /// Display widths of the source lines, to tell a hard-wrapped column's width.
    var lineWidths: [Int] = []
    var firstLine: Int = 0
    /// The source line it ends on (after a caption that interrupted it, a
    /// line beyond `firstLine + lineWidths.count`); nil: where it began.
    var lastLine: Int?
    /// The page the text continues on (`(下转8版)`), once cleaned up.
    var continues: String?
    /// A photographer's credit that closed a caption (`■ 田柏林`).
    var captionCredit: Byline?
    /// A closing credit printed at the end of the last line.
    var closingCredit: Byline?
    var dateline: Dateline?
    /// The text opens with `（上接第1版）`: the rest of an article from another page.
    var continuedFromElsewhere = false
    /// A numbered section heading (`一、综合`): a paragraph of its own.
    var isHeading = false
    /// The text closes its article (`（完）`).
    var endsArticle = false
    /// A caption printed inside another article's sentence.
    var interleaved = false
    /// A picture's caption known by its opening mark alone (`■…。`), set
    /// between a story's title and its text.
    var markedCaption = false
    /// A line of a 导读 box: teasers of articles on other pages.
    var inTeaserBox = false
    /// A bullet of a data box (数读): a figure and what it measures.
    var dataBullet = false
    /// Where a data bullet's first line (its figure) ends in `text`.
    var bulletLineEnd: Int?
    /// The paragraph opens with the place it was sent from and a gap, as the
    /// old papers set a dispatch (`南京　行政院十一日…`): the place's length.
    var placeLabel: Int?
    /// A lead printed on its title's line (`TitleBeforeLead`): it opens an article.
    var opensArticle = false

    /// Whether the paragraph may end here: after a sentence, a continuation
    /// marker or a credit. Otherwise the next text goes on with it.
    var isFinished: Bool {
        // A data bullet is whole with what its figure measures: on its own
        // line or the line under it.
        if dataBullet && (lineWidths.count >= 2 || text.contains(where: { Scalars.isSpace($0) || $0 == "：" || $0 == ":" })) { return true }
        if isHeading || inTeaserBox || endsArticle || continues != nil || captionCredit != nil || closingCredit != nil || text.endsSentence { return true }
        // `编辑同志：` alone: a letter's salutation is a line of its own.
        if ArticleKindRules.opensLetter(text) { return true }
        // A subhead in brackets (`【案情】`) is whole on its line.
        if lineWidths.count == 1, ColumnBanner.isBracketedRubric(text) { return true }
        // A table's row is whole on its line.
        if lineWidths.count == 1, TitleShape.isTableRow(text) { return true }
        if TextCleanup.removeEndMark(text) != nil || Pointer.endsWithPageReference(text) { return true }
        if let last = text.last, last == ")" || last == "）" {
            // `（应受访者要求，文中罗小川为化名）`: a note in brackets is whole.
            if let first = text.first, first == "（" || first == "(" { return true }
            if let (rest, page) = TextCleanup.removeMarkers(text), page != nil, rest.count < text.count { return true }
            if TextCleanup.trailingClosingCredit(text) != nil { return true }
        }
        return TextCleanup.trailingCaptionCredit(text) != nil || TextCleanup.trailingGluedReporterCredit(text) != nil
    }
    var string: String { text.string }

    /// Nothing but a dateline (`本报讯 （通讯员 李建国）` on a line of its
    /// own, as OCR and old pages keep it): the lead under it goes on with it,
    /// indented or not.
    var isDatelineOnly: Bool {
        guard text.count <= 40, let d = Dateline.parse(text) else { return false }
        return d.length >= text.count - text.reversed().prefix(while: Scalars.isSpace).count
    }
}

/// What a page is made of, in page order, before it is cut into articles.
enum PageItem {
    case title(TitleLine)
    case byline(Byline)
    case closing(Byline)
    case paragraph(BodyParagraph)
    /// `详细报道见8版`: the text of a teaser.
    case pointer(String)
}
