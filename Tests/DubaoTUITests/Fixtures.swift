import DubaoCore
import DubaoStore
@testable import DubaoTUI

/// Articles made for the tests, independent of what the parser finds.
enum Fixtures {
    static let feb19 = PartialDate(year: 2024, month: 2, day: 19)
    static let feb22 = PartialDate(year: 2024, month: 2, day: 22)

    static let opening = Article(
        id: "a#1", source: "a.txt",
        titles: ["聚力攻坚突破看聊城", "聊城“开年第一会”", "用高质量发展“四力”突破攻坚", "——全市动员大会侧记"],
        headline: "聊城“开年第一会” 用高质量发展“四力”突破攻坚",
        column: "聚力攻坚", kind: .news, authors: ["胡磊", "薛良成"], place: "聊城",
        date: feb19, pageDate: feb19,
        paragraphs: [
            "律回春晖渐，万象始更新。继2月18日全省高水平开放暨高质量招商引资大会之后，2月19日，聊城组织召开全市高质量发展“聚力攻坚突破年”动员大会。",
            "今年全市计划完成投资5000亿元，力争规上工业增加值增长8%以上，新增城镇就业4.5万人，GDP总量突破3000亿元。",
            "聊城市委将今年确定为“聚力攻坚突破年”，明确今年将重点实施招大引强、制造业提质、乡村振兴片区等十二项攻坚行动。",
        ],
        figures: [
            figure("5000亿元", in: goals, block: 1, value: 5e11, unit: "元", kind: .target, indicator: "计划完成投资"),
            figure("8%以上", in: goals, block: 1, value: 8, unit: "%", bound: .atLeast, kind: .target,
                   indicator: "规上工业增加值", change: .increase),
            figure("4.5万人", in: goals, block: 1, value: 45000, unit: "人", kind: .target, indicator: "新增城镇就业"),
            figure("3000亿元", in: goals, block: 1, value: 3e11, unit: "元", bound: .atLeast, kind: .target, indicator: "GDP总量"),
        ])

    static let goals = "今年全市计划完成投资5000亿元，力争规上工业增加值增长8%以上，新增城镇就业4.5万人，GDP总量突破3000亿元。"

    /// A figure of `text` where it stands in `block` (its sentence: the whole block).
    static func figure(_ text: String, in blockText: String, block: Int, place: Figure.Place = .body,
                       value: Double, unit: String, bound: Figure.Bound = .exact, kind: Figure.Kind?,
                       indicator: String?, change: Figure.Change? = nil) -> Figure {
        let scalars = Array(blockText.unicodeScalars), needle = Array(text.unicodeScalars)
        let offset = (0...(scalars.count - needle.count)).first { Array(scalars[$0..<($0 + needle.count)]) == needle }!
        return Figure(text: text, value: value, unit: unit, bound: bound, kind: kind, indicator: indicator,
                      change: change, place: place, block: block, offset: offset, sentence: blockText)
    }

    static let commentary = Article(
        id: "a#2", source: "a.txt", titles: ["在鲁西崛起中当先锋"], headline: "在鲁西崛起中当先锋",
        kind: .opinion, authors: [], date: feb19, pageDate: feb19,
        paragraphs: ["敢为人先，勇争一流。聊城要在鲁西崛起中当先锋、打头阵。"])

    static let photo = Article(
        id: "b#1", source: "b.txt", kind: .photo, pageDate: feb22,
        paragraphs: ["2月22日，冠县农民在麦田里浇返青水。"])

    static let report = Article(
        id: "b#2", source: "b.txt", titles: ["整合涉农资金 助力乡村振兴"], headline: "整合涉农资金 助力乡村振兴",
        kind: .news, authors: ["孙亚飞"], place: "冠县", date: feb22, pageDate: feb22,
        paragraphs: ["本报冠县讯 2月22日，记者从冠县获悉，该县今年整合涉农资金3.2亿元，用于乡村振兴。"],
        figures: [figure("3.2亿元", in: "本报冠县讯 2月22日，记者从冠县获悉，该县今年整合涉农资金3.2亿元，用于乡村振兴。",
                         block: 0, value: 3.2e8, unit: "元", kind: .actual, indicator: "整合涉农资金")])

    static let undated = Article(
        id: "c#1", source: "c.txt", titles: ["编者按"], headline: "编者按", kind: .notice,
        paragraphs: ["欢迎来稿。\u{1B}[31m红字\u{07}"])

    static let all = [opening, commentary, photo, report, undated]
    /// Read already: the screens of the layout tests show no unread marks
    /// (ReadingStateRenderTests has those).
    static let catalog = MemoryCatalog(articles: all, pageCount: 3, flags: .read)

    /// A long article for scrolling and resizing.
    static let long: Article = {
        let sentence = "推动聊城高质量发展实现新突破，必须强化“突破”的意识，增强“突破”的动力，找准“突破”的切口。"
        let paragraphs = (1...80).map { "第\($0)段。" + String(repeating: sentence, count: 1 + $0 % 3) }
        return Article(id: "long#1", source: "long.txt", titles: ["长文"], headline: "长文",
                       kind: .feature, date: feb19, pageDate: feb19, paragraphs: paragraphs)
    }()

    static func state(_ rows: Int, _ cols: Int, articles: [Article] = all,
                      settings: Settings = Settings(), flags: ReadingFlags = .read) -> ReaderState {
        ReaderState(catalog: MemoryCatalog(articles: articles, pageCount: 3, flags: flags), rows: rows, cols: cols,
                    settings: settings)
    }
}

extension ReaderState {
    /// The state after these keys.
    func after(_ keys: Key...) -> ReaderState { after(keys) }

    func after(_ keys: [Key]) -> ReaderState {
        var s = self
        for k in keys { s = Update.update(s, .key(k)).0 }
        return s
    }

    func typing(_ text: String) -> ReaderState {
        after(text.unicodeScalars.map { Key.char($0) })
    }

    func resized(_ rows: Int, _ cols: Int) -> ReaderState {
        Update.update(self, .resize(rows: rows, cols: cols)).0
    }

    var screen: [String] { Render.grid(self).lines }
}
