/// Words that tell when what a sentence says is: aimed at, planned,
/// required or projected (a target), or done and the case (an actual).
///
/// One table for every reader of those words: the figures' kinds
/// (`FigureClassifier` takes the entries with a `figure` kind as its cues)
/// and the years a page speaks of (`YearResolver` takes those with a `year`
/// role). A word's attributes say what it tells each of them; the lookups
/// are derived from the table once.
enum TimeWords {
    struct Entry: Sendable {
        let word: String
        /// What a figure after the word is, where the word is a cue for figures.
        var figure: Figure.Kind? = nil
        /// Scalars that, just before the word, make it part of another word.
        var notAfter: String = ""
        /// Scalars that, just after the word, make it part of another word.
        var notBefore: String = ""
        /// How far before a figure the cue still speaks for it, if limited:
        /// 原来的20分钟 is the old value, not every figure after it.
        var reach: Int? = nil
        var roles: Roles = []
    }

    struct Roles: OptionSet, Sendable {
        let rawValue: Int
        /// Says what kind of text this is (the paragraph's and article's
        /// leaning), not what the next figure is.
        static let weak = Roles(rawValue: 1 << 0)
        /// Sets the time of the whole sentence (`去年，…被采纳实施1.9万条`):
        /// overrules a weak cue in the figure's clause.
        static let frame = Roles(rawValue: 1 << 1)
        /// Just before a year, the year is aimed at (`预计2026年`, `将于2027年`).
        static let aimsAtYearAfter = Roles(rawValue: 1 << 2)
        /// Just after a year, the year is a deadline (`2026年建成`).
        static let makesYearBeforeADeadline = Roles(rawValue: 1 << 3)
        /// Soon after a year, the year is one a plan is for (`2025年全市计划…`).
        static let plansForYearBefore = Roles(rawValue: 1 << 4)
    }

    static let entries: [Entry] = {
        func e(_ w: String, _ k: Figure.Kind? = nil, notAfter: String = "", notBefore: String = "", reach: Int? = nil,
               _ roles: Roles = []) -> Entry {
            Entry(word: w, figure: k, notAfter: notAfter, notBefore: notBefore, reach: reach, roles: roles)
        }
        func year(_ w: String, _ roles: Roles) -> Entry { Entry(word: w, roles: roles) }
        return [
            // Aims, plans, requirements, projections.
            // 为确保颗粒归仓，全市每天投入…: a purpose, not a plan (the w pages' decision).
            e("力争", .target, notAfter: "为", [.aimsAtYearAfter, .plansForYearBefore]),
            e("确保", .target, notAfter: "为"),
            e("争取", .target, notAfter: "为", .aimsAtYearAfter),
            e("力求", .target),
            // 年度计划投资 is this year's plan; 计划投资额 of signed projects and
            // 年度投资计划 are amounts and plans already made.
            // 完成年度计划的76%: a share of the plan reached, not the plan.
            e("年度计划", .target, notBefore: "的"),
            e("计划", .target, notAfter: "资度作动展的", notBefore: "投总内外书单生的", [.aimsAtYearAfter, .plansForYearBefore]),
            e("将累计", .target), e("提出", .target, .weak),
            e("建成后", .target), e("投产后", .target), e("达产后", .target), e("完工后", .target),
            e("投运后", .target), e("投用后", .target), e("通车后", .target), e("竣工后", .target),
            e("运营后", .target), e("完成后", .target), e("落地后", .target), e("实施后", .target),
            e("目标", .target, notBefore: "企客区导", .plansForYearBefore),
            e("预计", .target, .aimsAtYearAfter), e("预期", .target, .plansForYearBefore),
            e("拟", .target, notAfter: "模虚"),
            e("将", .target, notAfter: "即必", notBefore: "近军士领", .plansForYearBefore),
            e("要", .target, notAfter: "重主纲摘首必紧只提概扼需为", notBefore: "求素点闻害件庄村看"),
            e("必须", .target), e("任务", .target), e("承诺", .target, notBefore: "制书"),
            e("规划", .target, notBefore: "馆局院"), e("努力", .target),
            e("有望", .target, .aimsAtYearAfter),
            e("明年", .target, .weak), e("未来", .target, .weak), e("届时", .target),
            e("打造", .target, .weak), e("启动", .target, .weak), e("实施", .target, .weak), e("推动", .target, .weak),
            e("准备", .target, notBefore: "工金期会"), e("打算", .target), e("将要", .target),
            // What has happened or is the case.
            // 较去年下降10%: the base of a comparison, not the time of the figure.
            e("去年", .actual, notAfter: "较比于同", .frame), e("上年", .actual, notAfter: "较比于同", .frame),
            e("由", .actual, reach: 0), e("从", .actual, reach: 0), e("已", .actual, notBefore: "知"),
            e("累计", .actual), e("共", .actual, notAfter: "公中总", notBefore: "同享建识产赢青治商性鸣振"),
            e("同比", .actual), e("环比", .actual), e("以来", .actual, .frame), e("年来", .actual, .frame),
            e("截至", .actual, .frame), e("截止", .actual, .frame), e("先后", .actual), e("此前", .actual, .frame),
            e("了", .actual, notAfter: "为除不得罢", notBefore: "解结然如"), e("过去", .actual, .frame),
            e("刚刚", .actual), e("原来", .actual, reach: 4), e("以前", .actual, reach: 4), e("现在", .actual, reach: 4),
            e("此次", .actual), e("本次", .actual), e("至此", .actual), e("目前", .actual, reach: 4), e("当前", .actual),
            e("现有", .actual), e("荣获", .actual),
            e("这一年", .actual, .frame), e("相继", .actual),
            // 计划…950个，实际开工978个: what the plan became.
            e("实际", .actual, notAfter: "合从际符切联"),
            // Words of years only.
            year("将于", .aimsAtYearAfter), year("将在", .aimsAtYearAfter), year("于", .aimsAtYearAfter),
            year("建成", .makesYearBeforeADeadline), year("完成", .makesYearBeforeADeadline),
            year("前", .makesYearBeforeADeadline), year("投产", .makesYearBeforeADeadline),
            year("达到", .makesYearBeforeADeadline), year("实现", .makesYearBeforeADeadline),
        ]
    }()

    /// The words of entries with a role, in the table's order.
    static func words(_ role: Roles) -> [String] {
        entries.filter { $0.roles.contains(role) }.map(\.word)
    }
}
