/// A credit line: the people an article names and in what role.
///
/// Bylines come in many forms on a page: `□记者 高田 通讯员 范杰 报道` above
/// the lead, `■ 本报评论员`, an author line under a title `莘县县委书记 孙奇宏`,
/// a closing credit `（大众日报记者 胡磊 薛良成）`, a photographer `■ 田柏林`.
struct Byline: Hashable {
    enum Role: Hashable { case journalist, correspondent, commentator, official, photographer, unnamed }

    var names: [String] = []
    var roles: Set<Role> = []
    /// The line says `报道` or `摄`: it credits a report or picture.
    var reports = false
    /// The line opened with a □ or ■ marker.
    var marked = false
    /// Where the reporter files from: `记者林佳慧／花莲报导` (a Taiwan
    /// paper's byline) names 花莲.
    var place: String?

    static let markers = ScalarClass("□■◆◇●○▲△★☆◎⊙☉◉")
    static let sentencePunct = ScalarClass("，。；：！？,;:!?“”\"（）()《》")
    /// What never stands in a signature or inside a closing credit's brackets.
    static let signaturePunct = ScalarClass("，。；：！？,;:!?“”\"《》")
    static let closingPunct = ScalarClass("，。；！？,;!?“”\"《》（）()")

    /// Role words, without the names they precede. Checked longest first.
    static let roleWords: [(String, Role?)] = [
        ("本报特约评论员", .commentator), ("特约评论员", .commentator), ("本报评论员", .commentator),
        ("评论员", .commentator), ("本报特约记者", .journalist), ("本报见习记者", .journalist),
        ("本报实习记者", .journalist), ("本报记者", .journalist), ("特约记者", .journalist), ("记者站", .journalist),
        ("见习记者", .journalist), ("实习记者", .journalist), ("首席记者", .journalist),
        ("记者", .journalist), ("本报通讯员", .correspondent), ("特约通讯员", .correspondent),
        ("通讯员", .correspondent), ("本报实习生", .correspondent), ("实习生", .correspondent), ("摄影报道", .photographer),
        ("摄影", .photographer), ("漫画", .photographer), ("图文", nil), ("文/图", nil), ("文图", nil),
        // `文/摄`: who wrote the piece took its pictures (the slash parts the
        // tokens, which then join as `文摄`).
        ("文/摄", nil), ("文摄", nil), ("撰文", nil),
        // Who drew a literary page's illustration (`插图　周子墨`): an author
        // of the piece, as `图/X` is.
        ("插图", nil), ("插画", nil), ("题图", nil), ("配图", nil),
        // Who drew a data box's chart (`制图：沈　玥`): the box's author.
        ("制图", nil),
        ("整理", nil), ("采写", nil), ("编译", nil), ("翻译", nil),
        // Who moved a proposal or a motion (`提案人：全国政协委员 任雪松`).
        ("提案人", .official), ("议案人", .official), ("建议人", .official), ("报道", nil), ("摄", .photographer), ("文·图", nil), ("文", nil), ("图", .photographer),
    ]

    /// The first characters of the long role words: most positions start none.
    static let longRoleWordFirsts = ScalarClass(String(String.UnicodeScalarView(longRoleWords.compactMap(\.scalars.first))))

    /// The role words as scalars, once.
    static let roleWordScalars: [(text: String, scalars: [Unicode.Scalar], role: Role?)] = roleWords
        .map { ($0.0, Array($0.0.unicodeScalars), $0.1) }

    /// Role words of two or more characters, as scalars once.
    /// (`文摄` is a role only as a token of its own, from `文/摄`: inside a
    /// token it is the end of a name and a credit, `莫凯文摄`.)
    static let longRoleWords: [(text: String, scalars: [Unicode.Scalar])] = roleWords
        .filter { $0.0.unicodeScalars.count >= 2 && $0.0 != "文摄" }.map { ($0.0, Array($0.0.unicodeScalars)) }

    /// Endings of official titles in signatures: `县委书记`, `局长`, `教授`.
    static let titleEndings: [String] = [
        "书记", "局长", "市长", "县长", "区长", "镇长", "乡长", "主任", "主席", "部长", "厅长", "处长",
        "科长", "院长", "校长", "所长", "董事长", "经理", "理事长", "会长", "社长", "行长", "总裁",
        "教授", "研究员", "委员", "代表", "负责人", "专家", "省长", "州长", "总编辑", "编辑", "站长",
        "馆长", "队长", "支队长", "秘书长", "常委", "主编", "政委", "司令员", "检察长", "庭长", "作者",
    ]
    static let titleEndingScalars = scalarWords(titleEndings)
    static let titleEndingLasts = ScalarClass(String(String.UnicodeScalarView(titleEndings.compactMap(\.unicodeScalars.last))))

    /// A byline line (`□记 者 孙亚飞`, `通讯员 马胜男 报道`, `记者 李怀磊 谢晓丽`,
    /// `■ 本报评论员`, `□ 胡磊`), or nil when the line is something else.
    static func parse(_ line: [Unicode.Scalar]) -> Byline? {
        // `通讯员　孙　琳　邓宇航（国网恩施供电公司）`: the unit the people
        // work for, in brackets after their names, as enterprise and
        // industry papers credit them (A18).
        if let names = withoutTrailingUnit(line) { return parse(names) }
        // Most lines are sentences: punctuation turns them away first.
        guard line.count <= 80, !line.contains(where: { sentencePunct.contains($0) && $0 != "：" && $0 != ":" }),
              mayBeByline(line) else { return nil }
        // `融媒记者：张　倩　通讯员：罗　明`: a colon after a role is a space.
        if line.contains(where: { $0 == "：" || $0 == ":" }) {
            guard let spaced = colonsAfterRoles(line) else { return nil }
            return parseWithoutColons(spaced)
        }
        return parseWithoutColons(line)
    }

    private static func parseWithoutColons(_ line: [Unicode.Scalar]) -> Byline? {
        guard !line.contains(where: { sentencePunct.contains($0) }) else { return nil }
        var text = line.trimmed().unspread()
        guard !text.isEmpty, text.count <= 48 else { return nil }
        var byline = Byline()
        if markers.contains(text[0]) {
            byline.marked = true
            text = Array(text.dropFirst()).trimmed()
        }
        if text.isEmpty { return nil }
        // `【记者 陈志明 台东报导】`: a byline in brackets of its own.
        if text.count > 2, text.first == "【", text.last == "】" { text = Array(text.dropFirst().dropLast()).trimmed() }
        // `记者苏怡安／即时报导`: the kind of report where the place would
        // stand — a report, no place.
        if text.count >= 6, text[text.count - 2] == "报", text.last == "导" || text.last == "道",
           let sep = text.lastIndex(where: Scalars.isSlash), sep >= 2,
           reportKindWords.contains(Array(text[(sep + 1)..<(text.count - 2)])) {
            text = Array(text[..<sep]).trimmed()
            byline.reports = true
        }
        if let (rest, place) = reportingPlace(text) {
            text = rest
            byline.place = place
            byline.reports = true
        }
        // `受访者供图/图`: who gave the picture, marked as a picture's.
        let pictureMark = endsWithPictureMark(text)
        if isAgencyPictureCredit(pictureMark ? Array(text.dropLast(2)) : text) {
            byline.reports = true
            byline.roles = [.photographer]
            return byline
        }
        // Sentence punctuation never stands in a byline.
        if text.contains(where: { sentencePunct.contains($0) }) { return nil }
        // `象山记者站 俞晓帆`: a bureau of the paper before its reporter is
        // where they file from, a reporter's role (`宁海记者站葛佳` glued too).
        var tokens: [[Unicode.Scalar]] = []
        for token in tokenize(text) {
            if let r = token.range(of: bureauWord), r.lowerBound >= 2 {
                tokens.append(bureauWord)
                if r.upperBound < token.count { tokens.append(Array(token[r.upperBound...])) }
            } else if token == bureauWord, let place = tokens.last, place.allSatisfy(Scalars.isCJK) {
                // (`宁海` `记者站`, parted by the tokenizer: the bureau's place.)
                tokens[tokens.count - 1] = bureauWord
            } else {
                tokens.append(token)
            }
        }
        guard !tokens.isEmpty else { return nil }
        // `南方周末记者 欧阳岚 南方周末实习生 谭一诺`: the paper's name before
        // each of its people's roles, the first reporter's and again.
        if tokens.count >= 4, let brand = tokens.first.flatMap({ $0.count > 4 && $0.hasSuffix(journalistScalars) ? Array($0.dropLast(2)) : nil }),
           isAffiliation(brand[...]) {
            var k = 1
            while k < tokens.count {
                // (Parted from its role by the tokenizer, or glued to it.)
                let role = tokens[k] == brand && k + 1 < tokens.count ? tokens[k + 1]
                    : tokens[k].count > brand.count + 1 && tokens[k].starts(with: brand) ? Array(tokens[k].dropFirst(brand.count)) : nil
                if let role, case let (roles, nil, _) = splitRole(role), !roles.isEmpty {
                    if tokens[k] == brand { tokens.remove(at: k) } else { tokens[k] = role }
                }
                k += 1
            }
        }
        // `… 赵颖 发自石家庄`: a reporter filing from a place opens a lead (a
        // dateline), no byline of its own.
        if tokens.contains(where: { $0.starts(with: Dateline.filedFrom) }) { return nil }
        // `齐鲁晚报·齐鲁壹点 记者 孟繁宇`, `南都讯 记者 郑宇航`: what stands
        // before the first reporter's role, alone, is the paper or its
        // brand — a role word precedes its names (A21). (Words of Han
        // characters: `本报重庆3月4日电　记者从重庆市…` is a dateline's.)
        var split = tokens.map(splitRole)
        if tokens.count >= 3, let first = split.firstIndex(where: { roles, name, _ in
            name == nil && (roles.contains(.journalist) || roles.contains(.correspondent))
        }), first > 0, first + 1 < tokens.count,
           // (`■刘晨阳、本报特约记者 马骁`: a name listed before the role.)
           !text.contains("、" as Unicode.Scalar),
           tokens[..<first].indices.allSatisfy({ k in
               tokens[k].count <= 12 && tokens[k].allSatisfy { Scalars.isCJK($0) || $0 == "·" || $0 == "•" } && split[k].roles.isEmpty
           }) {
            tokens.removeFirst(first)
            split.removeFirst(first)
        }
        // `□机械工程学院2022级　林知夏`: a marked signature, the writer's
        // school, class or unit before their name.
        if byline.marked, tokens.count >= 2, let last = tokens.last, isName(last),
           tokens.dropLast().allSatisfy({ isAuthorUnit($0) }) {
            byline.names = [last.string]
            return byline
        }
        var sawRole = false
        var unknown = 0
        var groupCredit = false
        // `文/陈晓东 图/李文博 审/刘军`: who checked the copy is no author.
        var editing = false
        for (token, (roles, name, reports)) in zip(tokens, split) {
            if editingRoles.contains(token.string) {
                editing = true
                continue
            }
            if !roles.isEmpty { sawRole = true; editing = false }
            byline.roles.formUnion(roles.compactMap { $0 })
            if reports { byline.reports = true }
            if let name, !editing {
                if isName(name) {
                    byline.names.append(name.string)
                } else if name.count >= 4, let last = name.last, titleEndingLasts.contains(last), name.allSatisfy(Scalars.isCJK),
                          titleEndingScalars.contains(where: { name.hasSuffix($0) }) {
                    // `提案人：全国政协委员 任雪松`: the office before the name.
                    byline.roles.insert(.official)
                } else if name.count >= 5, name.count <= 16, name.last == "组", name.allSatisfy(Scalars.isCJK) {
                    // `湘东农机修配厂工人通讯组`: a group of the paper's
                    // correspondents credited together, no one's name (A29).
                    groupCredit = true
                } else {
                    unknown += 1
                }
            }
        }
        if unknown > 0 { return nil }
        // `南方周末记者 欧阳岚/图`: the picture's, as `摄` marks it.
        if pictureMark, tokens.last.map({ $0.count == 1 }) == true, !byline.names.isEmpty { byline.reports = true }
        if groupCredit, sawRole || tokens.count == 1, byline.names.isEmpty {
            byline.roles.insert(.unnamed)
            return byline
        }
        if byline.roles.contains(.commentator) && byline.names.isEmpty { byline.roles.insert(.unnamed) }
        // Without a marker, a line of bare names could be anything: ask for a role word.
        if !byline.marked && !sawRole { return nil }
        if byline.names.isEmpty && !byline.roles.contains(.commentator) { return nil }
        return byline
    }

    /// A credit with the unit its people work for in brackets after it
    /// (`田　蕊（国网恩施供电公司）`): the credit without it; nil where the line
    /// ends in no such bracket (a unit is Han characters alone, four or
    /// more, and something stands before it).
    static func withoutTrailingUnit(_ line: [Unicode.Scalar]) -> [Unicode.Scalar]? {
        // (Every line is asked: most end in no bracket.)
        guard let end = line.last(where: { !Scalars.isSpace($0) }), end == "）" || end == ")" else { return nil }
        let t = line.trimmed()
        guard let last = t.last, last == "）" || last == ")",
              let open = t.lastIndex(where: { $0 == "（" || $0 == "(" }), open >= 2 else { return nil }
        let unit = t[(open + 1)..<(t.count - 1)]
        guard (4...24).contains(unit.count), unit.allSatisfy(Scalars.isCJK) else { return nil }
        let before = Array(t[..<open]).trimmed()
        guard let end = before.last, Scalars.isCJK(end) else { return nil }
        return before
    }

    /// `全国政协委员，宁远大学社会学院院长`, `全国人大代表、云岭康养集团董事长`:
    /// the offices of an author named above, no sentence, each clause
    /// ending in an office's word.
    static func isOfficeLine(_ t: [Unicode.Scalar]) -> Bool {
        guard t.count >= 4, t.count <= 36, !t.contains("。"), !t.contains(where: Scalars.isSpace) else { return false }
        let clauses = t.split(whereSeparator: { $0 == "，" || $0 == "、" || $0 == "," })
        return clauses.allSatisfy { c in c.allSatisfy(Scalars.isCJK) && titleEndingScalars.contains { Array(c).hasSuffix($0) } }
    }

    /// `徐汇区读者　陈立新`, `市民 王芳`: a letter's writer signing as a
    /// reader, a resident: the name is the author's.
    static func parseSigner(_ t: [Unicode.Scalar]) -> Byline? {
        let tokens = tokenize(t)
        guard tokens.count >= 2, let last = tokens.last, isName(last) else { return nil }
        let before = tokens.dropLast().flatMap { $0 }
        guard signerWords.contains(where: { before.hasSuffix($0) }), before.count <= 12 else { return nil }
        return Byline(names: [last.string])
    }
    static let signerWords = scalarWords(["读者", "市民", "网友", "居民", "村民", "家长", "游客"])

    /// `河北省定县东亭村　刘振华`, `某某县城关镇 王芳`: a letter's writer signing
    /// with the place or unit they write from, then their name.
    static func parsePlaceSigner(_ t: [Unicode.Scalar]) -> Byline? {
        if let reader = parseSigner(t) { return reader }
        let tokens = tokenize(t)
        guard tokens.count >= 2, let last = tokens.last, isName(last) else { return nil }
        let place = tokens.dropLast().flatMap { $0 }
        guard (3...20).contains(place.count), place.allSatisfy(Scalars.isCJK),
              placeEndings.contains(where: { place.hasSuffix($0) }) else { return nil }
        return Byline(names: [last.string])
    }
    static let placeEndings = scalarWords(["村", "乡", "镇", "县", "市", "区", "省", "街道", "社区", "厂", "矿", "场", "公社",
                                           "大队", "学校", "中学", "小学", "大学", "学院", "医院", "公司", "部队", "连", "营"])

    /// What the name of a body that issues a notice ends in (`…有限公司清算组`,
    /// `…人民法院`, `…村民委员会`).
    static let issuerEndings = scalarWords(["公司", "清算组", "委员会", "政府", "法院", "检察院", "办公室", "中心", "合作社",
                                            "协会", "学会", "集团", "银行", "管理处", "办事处", "管理局", "局", "厅", "医院",
                                            "学校", "商会", "联合会", "基金会", "事务所", "研究院"])

    static let issuerEndingLasts = ScalarClass(String(String.UnicodeScalarView(issuerEndings.compactMap(\.last))))

    /// Pictures from an archive or a drawing, credited to no one.
    static let pictureSources: Set<String> = ["资料图片", "资料照片", "资料图", "档案照片", "网络图片", "示意图", "资料相片"]

    /// `据新华社`, `据大众日报`: where a reprinted item came from, set alone
    /// under it; no one's name.
    static func isSourceNote(_ t: [Unicode.Scalar]) -> Bool {
        guard t.count >= 3, t.count <= 16, t.first == "据" else { return false }
        let outlet = Array(t.dropFirst())
        return Dateline.agencyScalars.contains(where: { outlet.hasPrefix($0) })
            || outlet.last.map { "社报网台".unicodeScalars.contains($0) } == true
    }

    /// Labels before a signer in closing brackets (`（点评专家：…教授 严启明）`).
    static let signerLabels = Set(scalarWords(["点评专家", "点评", "专家", "点评人", "评论员", "作者", "口述", "讲述"]))

    /// Credits without a role of their own that a colon may follow.
    /// (`（编译：周慧）`: who put a foreign paper's report into Chinese.)
    static let colonCredits: Set<String> = ["文", "报道", "采写", "撰文", "整理", "制图", "编译", "翻译"]

    /// The line with each colon that closes a role word made a space, or nil
    /// where a colon follows something else (a label, a sentence).
    static func colonsAfterRoles(_ line: [Unicode.Scalar]) -> [Unicode.Scalar]? {
        var out = line
        for i in line.indices where line[i] == "：" || line[i] == ":" {
            let before = Array(line[..<i])
            // (`报道：林佩仪　摄影：曾伟杰`: who reported it, as Malaysian papers
            // credit; `采写：南都记者 X`: who gathered and wrote it.)
            guard roleWordScalars.contains(where: { w in before.hasSuffix(w.scalars) && (w.role != nil || colonCredits.contains(w.text)) })
            else { return nil }
            out[i] = " "
        }
        return out
    }

    /// `本版摄影：本报记者 孙立国`: who took the pictures of a page or a set.
    static func pagePhotoCredit(_ t: [Unicode.Scalar]) -> Byline? {
        // Every line is asked: most open with none of the prefixes' first characters.
        guard let first = t.first, first == "本" || first == "摄" || first == "图" || first == "拍" else { return nil }
        // (`拍摄者:本报记者李涛`: a photo card's field of who took it.)
        for prefix in ["本版摄影：", "本版摄影:", "本版图片：", "摄影：", "图：", "摄影:", "拍摄者：", "拍摄者:", "拍摄：", "拍摄:"]
            where t.hasPrefix(prefix) {
            var b = parse(Array(t.dropFirst(prefix.unicodeScalars.count)).trimmed())
                ?? parse(Array("记者 ".unicodeScalars) + Array(t.dropFirst(prefix.unicodeScalars.count)).trimmed())
            b?.roles.insert(.photographer)
            b?.reports = true
            return b
        }
        return nil
    }

    static let bureauWord = Array("记者站".unicodeScalars)

    static let pictureSourceLabels = scalarWords(["图片来源：", "图片来源:", "图源：", "图源:", "照片来源：", "照片来源:"])

    /// A cheap first look (this runs on every line of every page): a byline
    /// has a marker, a space between its words, or a role word.
    /// `记者林佳慧／花莲报导`, `记者 陈志明 台东报导`: the reporter, then the
    /// place reported from and 报导 (报道), parted by a slash or a space.
    /// The rest of the byline and the place.
    static func reportingPlace(_ t: [Unicode.Scalar]) -> ([Unicode.Scalar], String)? {
        var t = t
        // `记者萧雅雯／台北报导联合报`: the paper's name a copy glues to the
        // byline (its source tag) is no part of the place.
        if let last = t.last, last == "报", let end = t.lastIndex(where: { $0 == "导" || $0 == "道" }), end >= 5,
           t[end - 1] == "报", case let paper = t[(end + 1)...], (2...6).contains(paper.count), paper.allSatisfy(Scalars.isCJK) {
            t = Array(t[...end])
        }
        guard t.count >= 6, t[t.count - 2] == "报", t.last == "导" || t.last == "道",
              let sep = t.lastIndex(where: { Scalars.isSlash($0) || Scalars.isSpace($0) }), sep >= 2 else { return nil }
        let place = t[(sep + 1)..<(t.count - 2)]
        guard (2...4).contains(place.count), place.allSatisfy(Scalars.isCJK) else { return nil }
        // `通讯员 黄勇 邹静 摄影报道`, `记者 X 综合报道`: the kind of report, no place.
        let word = Array(place)
        if roleWordScalars.contains(where: { $0.scalars == word }) || reportKindWords.contains(word) { return nil }
        return (Array(t[..<sep]).trimmed(), String(String.UnicodeScalarView(place)))
    }

    /// Words that say what kind of report a credit's 报道 closes, where a
    /// Taiwan byline names the place reported from.
    static let reportKindWords = scalarWords(["图片", "视频", "综合", "联合", "文字", "新闻", "专题", "图文", "现场", "即时", "独家", "深度", "特别"])

    static func mayBeByline(_ t: [Unicode.Scalar]) -> Bool {
        guard let first = t.first(where: { !Scalars.isSpace($0) }) else { return false }
        if markers.contains(first) || t.contains(where: Scalars.isSpace) { return true }
        return mayBeBylineWords.contains { t.contains($0) } || t.hasSuffix("发")
    }

    /// Words that make a line worth parsing as a byline, as scalars once.
    static let mayBeBylineWords = scalarWords(["记者", "通讯员", "评论员", "报道", "摄", "图", "文/", "编译", "翻译"])

    /// An author line under a title: an official title then a name
    /// (`莘县县委书记 孙奇宏`), optionally with a marker.
    static func parseSignature(_ line: [Unicode.Scalar]) -> Byline? {
        var text = line.trimmed()
        var marked = false
        if let first = text.first, markers.contains(first) {
            marked = true
            text = Array(text.dropFirst()).trimmed()
        }
        guard text.count >= 5, text.count <= 40,
              !text.contains(where: { signaturePunct.contains($0) }) else { return nil }
        let tokens = tokenize(text)
        guard tokens.count >= 2, let last = tokens.last, isName(last) else { return nil }
        let title = tokens.dropLast().flatMap { $0 }
        guard title.count >= 2, titleEndingScalars.contains(where: { title.hasSuffix($0) }) else { return nil }
        var byline = Byline(names: [last.string], roles: [.official])
        byline.marked = marked
        return byline
    }

    /// `十一日专电`, `华联社十一日电`, `本报三日电`: who sent it (an agency,
    /// the paper), the day, and `电` — a day or a sender at least.
    static func isDispatchClosing(_ inner: [Unicode.Scalar]) -> Bool {
        guard inner.count >= 3, inner.count <= 12, inner.last == "电" else { return false }
        var end = inner.count - 1
        if inner[end - 1] == "专" { end -= 1 }
        var k = end
        var day = false
        if k >= 2, inner[k - 1] == "日", let n = DateFinder.number(before: k - 1, in: inner, maxDigits: 2), (1...31).contains(n.value) {
            k = n.start
            day = true
        }
        let sender = inner[..<k]
        if sender.isEmpty { return day }
        return sender.count <= 6 && sender.allSatisfy(Scalars.isCJK)
            && (sender.last == "社" || sender.elementsEqual("本报".unicodeScalars))
    }

    /// A closing credit in brackets: `（大众日报记者 胡磊 薛良成）` or a
    /// signature `（聊城市工业和信息化局党组书记、局长 解志超）`.
    static func parseClosing(_ line: [Unicode.Scalar]) -> Byline? {
        let text = line.trimmed()
        guard text.count >= 4, text.count <= 60,
              let first = text.first, first == "（" || first == "(",
              let last = text.last, last == "）" || last == ")" else { return nil }
        let inner = Array(text.dropFirst().dropLast()).trimmed()
        // `(附图片)`, `（附表）`: a note that a picture or a table goes with the
        // text, no one's name.
        if inner.first == "附", inner.count <= 4 { return Byline(names: [], roles: [.unnamed]) }
        // `（作者为国小教师，台南市民）`: who the author is, however many
        // clauses; the name stands elsewhere (A16).
        if authorNotePrefixes.contains(where: { inner.hasPrefix($0) }), !inner.contains("。") {
            let official = titleEndingScalars.contains { inner.hasSuffix($0) }
            return Byline(names: [], roles: official ? [.official] : [.unnamed])
        }
        // `（点评专家：江淮理工大学储能研究院教授 严启明）`: who commented, their
        // office and name after a label (A28).
        if let colon = inner.prefix(6).firstIndex(where: { $0 == "：" || $0 == ":" }), colon >= 2,
           signerLabels.contains(Array(inner[..<colon])),
           var signer = parseSignature(Array(inner[(colon + 1)...])) ?? parse(Array(inner[(colon + 1)...])) {
            signer.marked = false
            return signer
        }
        guard !inner.contains(where: { closingPunct.contains($0) }) else { return nil }
        // `（图片来源：新华社）`: where a picture came from, no one's name.
        // (`（受访者供图/图）`: who gave it, marked as a picture's.)
        if pictureSourceLabels.contains(where: { inner.starts(with: $0) })
            || isAgencyPictureCredit(endsWithPictureMark(inner) ? Array(inner.dropLast(2)) : inner) {
            return Byline(names: [], roles: [.photographer], reports: true)
        }
        // Reporters: `大众日报记者 胡磊 薛良成`, `通讯员 张晓东 记者 李敏`.
        if var b = parse(inner), !b.names.isEmpty || b.roles.contains(.commentator) {
            // (`（本报评论员）`, `（江城日报评论员）`: the paper's, no one's name.)
            b.marked = false
            return b
        }
        if let r = inner.range(of: Array("记者".unicodeScalars)),
           var b = parse(Array("记者 ".unicodeScalars) + Array(inner[r.upperBound...])), !b.names.isEmpty {
            b.roles.insert(.journalist)
            return b
        }
        if var b = parseSignature(inner) {
            b.roles = [.official]
            return b
        }
        // `（据新华社）`, `（本报综合）`, `（来源：人民网）`: where an item came from.
        if inner.hasPrefix("据") || inner.hasPrefix("来源") || inner.hasSuffix("综合") || inner.hasPrefix("综合")
            || inner.hasPrefix("数据来源") || inner.hasPrefix("资料来源") || inner.hasPrefix("数据来自") {
            return Byline(names: [], roles: [.unnamed])
        }
        // `（图片由某某单位提供）`, `（资料图片）`: a picture's source, no one's name.
        // (`（卫生部提供）`: an office gave it; `（数据由…提供）` is a table's source.)
        if inner.hasPrefix("图片由") || inner.hasPrefix("照片由") || inner.hasSuffix("供图")
            || inner.hasSuffix("提供") && !inner.hasPrefix("数据") && !inner.hasPrefix("资料") && inner.count <= 16
            || pictureSources.contains(inner.string) {
            return Byline(names: [], roles: [.photographer], reports: true)
        }
        // `（十一日专电）`, `（华联社十一日电）`: a dispatch's closing line, as
        // the old papers signed their telegrams (A20).
        if isDispatchClosing(inner) { return Byline(names: [], roles: [.unnamed]) }
        // `（路透社）`, `（美联社）`: the agency an item came from, no one's name.
        if inner.count >= 3, inner.count <= 8, inner.allSatisfy(Scalars.isCJK), let last = inner.last,
           organisationEndings.contains(last) {
            return Byline(names: [], roles: [.unnamed])
        }
        // Bare names: `（周敏）`, `（张三 李四）`.
        let tokens = tokenize(inner)
        if (1...3).contains(tokens.count), tokens.allSatisfy({ isName($0) && splitRole($0).roles.isEmpty }) {
            return Byline(names: tokens.map(\.string))
        }
        // `（国网鹤峰县供电公司　向　蕾）`: the unit, then its people (A18).
        if (2...4).contains(tokens.count), tokens[0].count >= 5, tokens[0].allSatisfy(Scalars.isCJK),
           tokens.dropFirst().allSatisfy({ isName($0) && splitRole($0).roles.isEmpty }) {
            return Byline(names: tokens.dropFirst().map(\.string))
        }
        return nil
    }

    /// `（作者系中共新宁县委书记）`, `（作者为…）`, `（作者是…）`, `（作者单位：…）`.
    static let authorNotePrefixes = scalarWords(["作者系", "作者为", "作者是", "作者單位", "作者单位", "作者為", "作者係"])

    /// `（2025年3月18日）`: a document's date printed under its title.
    static func isDocumentDate(_ t: [Unicode.Scalar]) -> Bool {
        guard t.count >= 8, t.count <= 20, let last = t.last, last == "）" || last == ")" else { return false }
        let inner = Array(t.dropFirst().dropLast()).trimmed()
        guard let d = DateFinder.dates(in: inner).first, d.date.year != nil else { return false }
        return d.range == 0..<inner.count
    }

    /// Names credited inside a dateline's brackets: `记者 王培源`, `记者 张三、李四`.
    static func parseDatelineCredit(_ inner: [Unicode.Scalar]) -> Byline? {
        var b = Byline()
        var unknown = 0
        for token in tokenize(inner) {
            let (roles, name, _) = splitRole(token)
            b.roles.formUnion(roles.compactMap { $0 })
            guard let name else { continue }
            if isName(name) {
                b.names.append(name.string)
            } else if name.count > 4 && isAffiliation(name[...]) {
                // An affiliation standing as a role: `共享联盟柯城站 方晓`.
                continue
            } else {
                unknown += 1
            }
        }
        return (b.names.isEmpty || unknown > 0) ? nil : b
    }

    /// Splits on spaces and 、, then rejoins the single characters that
    /// justification spread apart (`记 者` → `记者`).
    static func tokenize(_ text: [Unicode.Scalar]) -> [[Unicode.Scalar]] {
        // Each token with the separator printed before it (nil: none, or
        // the token was cut off a role word).
        var raw: [[Unicode.Scalar]] = [[]]
        var gaps: [Unicode.Scalar?] = [nil]
        var gap: Unicode.Scalar?
        for (k, s) in text.enumerated() {
            // `石榴云/新疆日报记者 X`: a media group's brand and its paper, one
            // organisation before the role; `文/X` parts a role from a name.
            if Scalars.isSlash(s), !(raw.last?.isEmpty ?? true), slashJoinsOrganisation(text, at: k) {
                raw[raw.count - 1].append(s)
                gap = nil
                continue
            }
            if Scalars.isSpace(s) || s == "、" || s == "," || Scalars.isSlash(s) || s == "：" || s == ":" {
                if !(raw.last?.isEmpty ?? true) { raw.append([]); gaps.append(nil) }
                gap = gap ?? s
            } else {
                if raw[raw.count - 1].isEmpty, raw.count > 1 { gaps[gaps.count - 1] = gap }
                gap = nil
                raw[raw.count - 1].append(s)
            }
        }
        if raw.last?.isEmpty ?? false { raw.removeLast(); gaps.removeLast() }
        var pieces: [[Unicode.Scalar]] = []
        var pieceGaps: [Unicode.Scalar?] = []
        for (token, gap) in zip(raw, gaps) {
            for (n, piece) in splitAtRoleWords(token).enumerated() {
                pieces.append(piece)
                pieceGaps.append(n == 0 ? gap : nil)
            }
        }
        raw = pieces
        var out: [[Unicode.Scalar]] = []
        var i = 0
        while i < raw.count {
            if raw[i].count == 1 {
                var merged = raw[i]
                var j = i + 1
                // `周　敏 陈　浩`: letters of one name are set apart by one kind
                // of space, names by another; the letters join up to the
                // space that changes.
                let spacing = j < raw.count ? pieceGaps[j] : nil
                while j < raw.count && raw[j].count == 1 && (j == i + 1 || pieceGaps[j] == spacing) { merged += raw[j]; j += 1 }
                if j - i > 1 { out.append(merged); i = j; continue }
                // `李 建国`: a surname set apart from a given name of two
                // (a justification space, OCR); no name is one character.
                if j < raw.count, raw[j].count == 2, isName(merged + raw[j]), !roleTokens.contains(raw[j].string),
                   !roleTokens.contains(merged.string), !editingRoles.contains(merged.string) {
                    out.append(merged + raw[j])
                    i = j + 1
                    continue
                }
            }
            out.append(raw[i])
            i += 1
        }
        return out
    }

    /// Whether the slash at `k` stands inside an organisation's name: the
    /// word after it runs on (no space) into a reporter's role with more
    /// before the role than the role itself (`新疆日报记者`, `新疆日报实习生`).
    static func slashJoinsOrganisation(_ t: [Unicode.Scalar], at k: Int) -> Bool {
        var end = k + 1
        while end < t.count, Scalars.isCJK(t[end]) || t[end] == "·" { end += 1 }
        let word = Array(t[(k + 1)..<end])
        return organisationRoleWords.contains { role in word.count > role.count + 1 && word.hasSuffix(role) }
    }
    static let organisationRoleWords = scalarWords(["记者", "通讯员", "实习生", "评论员"])

    /// `记者高远通讯员李静` → `记者`, `高远`, `通讯员`, `李静`: text whose
    /// justification spaces are gone still reads as a byline.
    static func splitAtRoleWords(_ token: [Unicode.Scalar]) -> [[Unicode.Scalar]] {
        // `新华社记者`, `大众日报记者`, `天水日报评论员`: an organisation's
        // reporter or commentator, one role.
        guard token.count > 4, !token.hasSuffix("记者"), !isOrganisationCommentator(token) else { return [token] }
        var out: [[Unicode.Scalar]] = []
        var current: [Unicode.Scalar] = []
        var i = 0
        outer: while i < token.count {
            if longRoleWordFirsts.contains(token[i]) {
                for w in longRoleWords where token.matches(w.scalars, at: i) {
                    // `新华社记者周晓梅`: the organisation before a role is the role's.
                    // (`广州日报全媒体记者莫凯文摄`: and a paper's media unit's.)
                    if let last = current.last, organisationEndings.contains(last) || isMediaUnit(current), current.count >= 2 {
                        out.append(current + w.scalars)
                        current = []
                        i += w.scalars.count
                        continue outer
                    }
                    if !current.isEmpty { out.append(current); current = [] }
                    out.append(w.scalars)
                    i += w.scalars.count
                    continue outer
                }
            }
            current.append(token[i])
            i += 1
        }
        if !current.isEmpty { out.append(current) }
        return out
    }

    /// The last character of an organisation's name (`新华社`, `大众日报`,
    /// `中央电视台`, `人民网`).
    static let organisationEndings = ScalarClass("社报台网")

    /// `广州日报全媒体`, `十堰晚报融媒`: a paper's media unit, whose reporters
    /// sign with its name before their role.
    static func isMediaUnit(_ t: [Unicode.Scalar]) -> Bool {
        mediaUnitEndings.contains { t.count > $0.count && t.hasSuffix($0) }
    }
    static let mediaUnitEndings = scalarWords(["全媒体", "融媒体", "融媒", "新闻中心", "融媒体中心"])

    static let journalistScalars = Array("记者".unicodeScalars)
    static let editorScalars = Array("编辑".unicodeScalars)
    static let correspondentScalars = Array("通讯员".unicodeScalars)

    /// Takes role words off a token: `记者王培源` → ([journalist], 王培源).
    static func splitRole(_ token: [Unicode.Scalar]) -> (roles: [Role?], name: [Unicode.Scalar]?, reports: Bool) {
        var rest = token
        var roles: [Role?] = []
        var reports = false
        var progressed = true
        while progressed && !rest.isEmpty {
            progressed = false
            // A reporter of another paper: `大众日报记者`, `新华社记者`, and of
            // a media group: `新甘肃-张掖日报记者`, `十堰晚报融媒记者`. (Asked
            // once a token, not once a role word: it is the whole token.)
            if rest.count > 2, rest.hasSuffix(journalistScalars), rest.count <= 9 || isAffiliation(rest.dropLast(2)), !isName(rest) {
                roles.append(.journalist)
                rest = []
                break
            }
            // `中青报·中青网实习生`, `新疆日报通讯员`: an organisation's intern or
            // correspondent, the name (with a dot or a slash) before the role.
            if rest.count > 4, let role = [("实习生", Role.correspondent), ("通讯员", Role.correspondent)].first(where: { rest.hasSuffix($0.0) }),
               case let org = rest.dropLast(role.0.unicodeScalars.count), org.count >= 3, isAffiliation(org),
               org.contains(where: { $0 == "·" || Scalars.isSlash($0) }) || organisationEndings.contains(org.last!) {
                roles.append(role.1)
                rest = []
                break
            }
            // The paper's commentator: `天水日报评论员`, `新华社评论员`.
            if isOrganisationCommentator(rest) {
                roles.append(.commentator)
                rest = []
                break
            }
            for (word, scalars, role) in roleWordScalars {
                if rest.hasPrefix(scalars), !(scalars.count == 1 && rest.count > 1 && roles.isEmpty && isName(rest)) {
                    roles.append(role)
                    if word == "报道" || word == "摄" || word.hasPrefix("摄影") { reports = true }
                    rest.removeFirst(scalars.count)
                    progressed = true
                    break
                }
            }
        }
        // Trailing 报道 / 摄 stuck to a name: `胡磊报道`, `谢剑飞摄`.
        for suffix in ["报道", "摄"] where rest.count > 2 && rest.hasSuffix(suffix) {
            let stem = Array(rest.dropLast(suffix.unicodeScalars.count))
            if isName(stem) {
                rest = stem
                reports = true
                if suffix == "摄" { roles.append(.photographer) }
            }
        }
        return (roles, rest.isEmpty ? nil : rest, reports)
    }

    /// `天水日报评论员`, `新华社特约评论员`, `本报特约评论员`: a commentator
    /// signing for a paper or an agency (whose name ends in 报, 社, 台, 网 or
    /// 刊), not a person.
    static func isOrganisationCommentator(_ t: [Unicode.Scalar]) -> Bool {
        guard t.count >= 5, t.count <= 16, t.hasSuffix("评论员") else { return false }
        var org = Array(t.dropLast(3))
        for role in ["特约", "本报", "首席"] where org.hasSuffix(role) { org.removeLast(role.unicodeScalars.count) }
        if org.isEmpty { return true }
        guard let last = org.last, "报社台网刊".unicodeScalars.contains(last) else { return false }
        return isAffiliation(org[...])
    }

    /// `机械工程学院2022级`, `实验中学高二（3）班`, `市第一人民医院`: where a
    /// writer studies or works, set before their name: Han characters and
    /// digits ending in a school's, a class's or a unit's word.
    static func isAuthorUnit(_ t: [Unicode.Scalar]) -> Bool {
        guard t.count >= 3, t.count <= 20, t.allSatisfy({ Scalars.isCJK($0) || Scalars.digit($0) != nil }) else { return false }
        return authorUnitEndings.contains { t.hasSuffix($0) }
    }
    static let authorUnitEndings = scalarWords(["级", "届", "班", "学院", "大学", "中学", "小学", "学校", "系", "医院", "公司", "中心"])

    /// `新甘肃-张掖日报`, `十堰晚报融媒`, `习水县融媒体中心`: the name of a paper,
    /// a media group or centre, parts joined by a hyphen or a dot.
    static func isAffiliation(_ t: ArraySlice<Unicode.Scalar>) -> Bool {
        t.count >= 2 && t.count <= 16 && t.allSatisfy { Scalars.isCJK($0) || "-－—·•".unicodeScalars.contains($0) || Scalars.isSlash($0) }
            && t.first.map(Scalars.isCJK) == true
    }

    /// `…/图` closing a credit (`欧阳岚/图`, `受访者供图/图`): it credits a picture.
    static func endsWithPictureMark(_ t: [Unicode.Scalar]) -> Bool {
        t.count > 2 && t.last == "图" && Scalars.isSlash(t[t.count - 2])
    }

    /// `新华社发`, `中新社发`, `本报资料图片`, `受访者供图`: a picture credited to
    /// an agency or an archive, with no one's name.
    static func isAgencyPictureCredit(_ t: [Unicode.Scalar]) -> Bool {
        guard t.count <= 10, t.allSatisfy(Scalars.isCJK) else { return false }
        if t.count >= 3, t.hasSuffix("社发") || t.hasSuffix("网发") || t.hasSuffix("报发") { return true }
        return t.hasSuffix("供图") || t.hasSuffix("资料图片") || t.hasSuffix("资料图")
    }

    /// Words that follow a role in a column's name, not a person's:
    /// `记者手记`, `记者观察`.
    static let columnWords: Set<String> = ["手记", "札记", "观察", "感言", "随笔", "短评", "快评", "时评", "点评",
                                           "视点", "一线", "调查", "走基层", "连线", "体验", "链接", "背景", "编后",
                                           "相关新闻", "相关链接", "延伸阅读", "小贴士"]
    static let columnWordScalars = scalarWords(columnWords.sorted())

    /// A personal name: two to four Han characters, or a transcribed name
    /// with a middle dot (`买买提·艾力`).
    /// Who edits or checks a piece (`审/刘军`, `编辑：王丽`): the names after
    /// these credit no author.
    static let editingRoles: Set<String> = Furniture.editingKeys.union(["审", "编", "校", "核"])

    /// Single words of a credit that are no part of a name (`摄`, `文/图`).
    static let roleTokens: Set<String> = ["摄", "文", "图", "报道", "记者", "编辑", "整理", "供图", "摄影", "通讯员"]

    /// A line of authors' names and nothing else: two or three names of two
    /// or three characters (`谷晓岚　孟庆川`), or one name of two letter-spaced
    /// (`祝　伟`) — the form a title's words rarely take.
    static func isNamesLine(_ t: [Unicode.Scalar]) -> Bool { namesOfNamesLine(t) != nil }

    /// `欧阳晴`, `司马云杰`: a name opening with a surname of two characters,
    /// as four-character names mostly do.
    static func opensWithCompoundSurname(_ t: [Unicode.Scalar]) -> Bool {
        t.count >= 3 && compoundSurnames.contains(Array(t.prefix(2)))
    }
    static let compoundSurnames = Set(scalarWords([
        "欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐", "长孙", "宇文",
        "司徒", "夏侯", "端木", "独孤", "南宫", "西门", "轩辕", "申屠", "澹台", "公冶", "太史", "呼延",
    ]))

    /// The names of such a line, or nil.
    static func namesOfNamesLine(_ t: [Unicode.Scalar]) -> [String]? {
        guard t.count >= 3, t.count <= 14, t.contains(where: Scalars.isSpace),
              t.allSatisfy({ Scalars.isCJK($0) || Scalars.isSpace($0) }) else { return nil }
        let words = t.split(whereSeparator: Scalars.isSpace).map(Array.init)
        if words.count == 2, words.allSatisfy({ $0.count == 1 && Scalars.isCJK($0[0]) }) {
            let name = words[0] + words[1]
            return isName(name) ? [name.string] : nil
        }
        // (`州长　吴永康`: an office and a name is a signature's form.)
        guard (2...3).contains(words.count), words.allSatisfy({ w in
            (2...3).contains(w.count) && isName(w) && !titleEndingScalars.contains { w.hasSuffix($0) }
        }) else { return nil }
        return words.map(\.string)
    }

    static func isName(_ s: [Unicode.Scalar]) -> Bool {
        if s.contains("·") || s.contains("•") {
            return s.count >= 3 && s.count <= 12 && s.allSatisfy { Scalars.isCJK($0) || $0 == "·" || $0 == "•" }
                && !s.hasSuffix("记者") && !s.hasSuffix("评论员")
        }
        return s.count >= 2 && s.count <= 4 && s.allSatisfy(Scalars.isCJK) && !columnWordScalars.contains(s)
            && !(s.last == "者" && s.hasSuffix(journalistScalars)) && !(s.last == "辑" && s.hasSuffix(editorScalars))
            && !(s.last == "员" && s.hasSuffix(correspondentScalars))
            && !columnWordScalars.contains { s.count > $0.count && s.hasSuffix($0) }
    }
}
