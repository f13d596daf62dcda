/// Words a page prints around its articles — a paper's page furniture, a
/// digital edition's controls and imprint, a site's facts about a piece —
/// each with what it tells. One word may tell several things (`新闻热线`
/// is a footer's word and an imprint's label); the recognisers look words up
/// by role, in lookups derived from this table once.
///
/// A recogniser never lists words itself: a new word is one entry here, and
/// every lookup that needs it (first characters included) has it.
enum PageWords {
    struct Roles: OptionSet, Sendable, Hashable {
        let rawValue: Int
        /// Opens an editor's credit in a page's header or footer (`责任编辑：…`).
        static let pageCredit = Roles(rawValue: 1 << 0)
        /// A section label of a page's header (`要闻`, `区县`).
        static let pageLabel = Roles(rawValue: 1 << 1)
        /// Found anywhere in a masthead's footer: address, post code, price, licence.
        static let footer = Roles(rawValue: 1 << 2)
        /// Labels a summary box under a feature's title (`阅读提示`).
        static let summaryLabel = Roles(rawValue: 1 << 3)
        /// A digital edition's control or navigation (`上一版`, `放大`, `返回目录`).
        static let navigation = Roles(rawValue: 1 << 4)
        /// Navigation followed by a colon and what it leads to (`上一篇：…`, `字号：大 中 小`).
        static let labelledNavigation = Roles(rawValue: 1 << 5)
        /// Ends what a digital edition calls itself (`张掖日报数字报`).
        static let editionEnding = Roles(rawValue: 1 << 6)
        /// Found in a site's copyright footer (`版权所有`, `ICP备`).
        static let copyright = Roles(rawValue: 1 << 7)
        /// A registration or rights notice no article prints, even in a sentence.
        static let rightsNotice = Roles(rawValue: 1 << 8)
        /// A field label of an imprint (`主办：…　地址：…`).
        static let imprintLabel = Roles(rawValue: 1 << 9)
        /// Names the publisher in an imprint (`主办`, `主管`): an imprint needs one.
        static let publisherLabel = Roles(rawValue: 1 << 10)
        /// A key of a site's facts line under a title (`来源：…　发布时间：…`).
        static let factKey = Roles(rawValue: 1 << 11)
        /// Who edits or checks a piece (`编辑`, `二审`): never an author.
        static let editingKey = Roles(rawValue: 1 << 12)
        /// Where a piece came from (`来源`, `稿源`).
        static let sourceKey = Roles(rawValue: 1 << 13)
        /// Opens the count of an issue's pages (`今日8版`, `本期共16版`).
        static let pageCount = Roles(rawValue: 1 << 14)
        /// Opens a page slot (`当前版：03版`).
        static let slotLabel = Roles(rawValue: 1 << 15)
        /// The author's key of a facts line (`作者：…`).
        static let authorKey = Roles(rawValue: 1 << 16)
        /// Names the title a reprint had where it first ran (`原标题：…`): a
        /// fact about the piece, on its own line too.
        static let originalTitleKey = Roles(rawValue: 1 << 17)
        /// A picture agency whose name, set after a caption, credits the
        /// picture to no one (`…集装箱堆场 视觉中国`).
        static let pictureAgency = Roles(rawValue: 1 << 18)
        /// Labels a web copy's box of links to other pieces (`延伸阅读`), over
        /// bulleted titles.
        static let relatedLinksLabel = Roles(rawValue: 1 << 19)
        /// A site's call to install its app (`点我下载APP`).
        static let appPromo = Roles(rawValue: 1 << 20)
        /// A site's notice about the reader's browser (`您的IE浏览器版本太低`).
        static let browserNotice = Roles(rawValue: 1 << 21)
        /// The word of a link from a cut lead to the whole piece (`[详细]`).
        static let readMore = Roles(rawValue: 1 << 22)
    }

    /// The table, as groups of words that share a role; a word in several
    /// groups has all their roles.
    static let groups: [(Roles, [String])] = [
        (.pageCredit, ["责任编辑", "责编", "美术编辑", "美编", "校对", "组版", "版式设计", "值班编辑", "版面编辑", "本版编辑",
                       "网络编辑", "新媒体编辑", "网站编辑"]),
        (.pageLabel, ["要闻", "综合", "国内", "国际", "经济", "社会", "体育", "文化", "评论", "理论",
                      "副刊", "地方", "民生", "财经", "时政", "专题", "本地", "城事", "特刊", "专版",
                      "新闻", "县域", "区县", "教育", "科技", "健康", "法治", "视觉", "图片",
                      "区域", "社会新闻", "综合新闻", "国内新闻", "国际新闻", "本地新闻", "要闻版"]),
        (.footer, ["邮政编码", "零售价", "本报地址", "新闻热线", "广告经营许可证", "国内统一连续出版物号",
                   "订阅电话", "发行热线", "印刷：", "社址"]),
        (.summaryLabel, ["阅读提示", "核心提示", "内容提要", "内容摘要", "提要", "本文提要"]),
        (.navigation, ["上一版", "下一版", "上一篇", "下一篇", "上一期", "下一期", "前一期", "后一期", "上一版面", "下一版面",
                       "放大", "缩小", "默认", "字号", "大", "中", "小", "版面导航", "标题导航", "本版标题导航", "本版标题", "版面目录", "本版目录",
                       "返回目录", "返回", "返回首页", "返回顶部", "回到顶部", "首页", "网站首页", "打印", "打印本页", "打印此文",
                       "关闭", "关闭窗口", "收藏", "分享", "分享到", "往期回顾", "往期", "朗读", "复制链接", "我要纠错", "文章导航",
                       "PDF", "PDF版", "PDF下载", "下载PDF", "版面概览", "当前版", "返回本版", "扫一扫", "扫码阅读", "手机看报",
                       "上一月", "下一月", "查看PDF", "本版PDF", "前一版", "后一版", "前一篇", "后一篇", "通版", "默认字号",
                       "设为首页", "加入收藏", "PDF版下载", "版面PDF", "大字", "小字", "标准", "纠错", "更多", "更多新闻",
                       // A corpus page's link to its issue's contents.
                       "目录",
                       // A search box's label (`新闻搜索:` over an empty field).
                       "搜索", "新闻搜索", "站内搜索", "检索",
                       // A portal's controls under a copy's title.
                       "举报", "分享至", "收藏本文",
                       // An article view's search box and its button (`新闻检索 搜`).
                       "新闻检索", "全文检索", "搜", "按日期查询", "日期查询",
                       // A web copy's break in the text where the page once
                       // loaded the rest (`請繼續往下閱讀...`).
                       "请继续往下阅读", "继续阅读", "阅读全文", "展开全文", "查看全文", "点击阅读全文",
                       // Where a paywall cut the copy (`登录后获取更多权限` / `立即登录`).
                       // A post's controls (its audio, its collection, its call to follow).
                       "听全文", "收录于合集", "收录于话题", "点击蓝字关注我们", "点击上方蓝字关注我们", "关注我们", "阅读原文",
                       "登录", "注册", "立即登录", "免费注册", "登录后获取更多权限", "登录后阅读全文", "订阅后阅读全文",
                       // An article view's tools (`收藏 打印 推荐 朗读 评论 更多功能`).
                       "推荐", "评论", "更多功能", "点赞", "在看", "转发",
                       // A site's channel settings (`我的频道`, `恢复预设 确定`, `设定`) and its player (`听新闻`).
                       "我的频道", "恢复预设", "恢复默认", "确定", "取消", "设定", "设置", "听新闻"]),
        (.labelledNavigation, ["上一篇", "下一篇", "上一期", "下一期", "上一版", "下一版", "字号", "字体",
                               "分享到", "分享", "当前位置", "您的位置", "所在位置", "当前版", "当前版面",
                               "搜索", "新闻搜索", "站内搜索", "检索", "全文检索", "新闻检索"]),
        (.editionEnding, ["客户端", "官方微信", "官方微博", "微信公众号", "数字报", "电子报", "数字报刊", "电子报刊", "电子版", "数字版", "数字报纸",
                          "数字报刊平台", "电子报平台", "数字报平台"]),
        (.copyright, ["Copyright", "copyright", "COPYRIGHT", "©", "版权所有", "ICP备", "ICP证",
                      "公网安备", "未经授权", "建立镜像", "技术支持：", "备案号", "不良信息举报", "版权声明"]),
        (.rightsNotice, ["ICP备", "ICP证", "公网安备", "Copyright", "COPYRIGHT", "©", "未经协议授权",
                         "未经书面授权", "不得转载", "禁止下载", "版权声明"]),
        (.imprintLabel, ["主办", "主管", "承办", "协办", "出版", "地址", "社址", "邮编", "电话",
                         "传真", "邮箱", "网址", "联系电话", "新闻热线", "投稿邮箱", "法律顾问",
                         // A school's or a company's paper (`国内统一刊号：CN43－0837/（G）`, `准印证号：…`).
                         "国内统一刊号", "刊号", "准印证号", "内部准印证", "内部资料准印证"]),
        (.publisherLabel, ["主办", "主管"]),
        (.factKey, ["作者", "来源", "信息来源", "稿件来源", "本文来源", "文章来源", "稿源", "发布时间", "发布日期",
                    "时间", "日期", "字数", "浏览", "浏览次数", "阅读", "阅读数", "点击", "点击数", "版次", "版名",
                    // A read-later app's note of when it saved the copy, and how long it reads.
                    "保存时间", "收藏时间", "阅读时长",
                    // The title the piece had where it first ran (`原标题：…`).
                    "原标题", "原题"]),
        (.originalTitleKey, ["原标题", "原题"]),
        (.authorKey, ["作者"]),
        (.editingKey, ["编辑", "责任编辑", "责编", "网络编辑", "新媒体编辑", "网站编辑", "美编", "校对", "审核", "审校", "编审", "初审", "复审",
                       "终审", "一审", "二审", "三审", "监制", "制作", "出品人", "总监制",
                       "策划", "统筹", "本篇统筹", "系列报道策划", "总策划", "执行策划"]),
        (.sourceKey, ["来源", "信息来源", "稿件来源", "本文来源", "文章来源", "稿源"]),
        (.pageCount, ["今日", "本期", "今日共", "本期共", "共"]),
        (.slotLabel, ["当前版面：", "当前版：", "当前版面:", "当前版:", "版面：", "版面:"]),
        (.relatedLinksLabel, ["延伸阅读", "相关阅读", "相关新闻", "相关报道", "推荐阅读", "相关链接", "更多阅读", "猜你喜欢", "热门推荐", "延伸阅读："]),
        (.browserNotice, ["浏览器版本", "升级浏览器", "升级至IE", "内核浏览器", "推荐使用浏览器", "最佳浏览效果", "分辨率浏览"]),
        (.readMore, ["详细", "详情", "全文", "更多", "阅读全文", "查看全文", "查看详情", "点击查看", "详细内容", "more", "More"]),
        (.appPromo, ["下载APP", "APP下载", "下载客户端", "客户端下载", "用APP看新闻"]),
        (.pictureAgency, ["视觉中国", "人民视觉", "东方IC", "图虫创意", "视觉中国供图", "东方IC供图", "IC photo", "CFP",
                          "新华社发", "中新社发", "资料图", "资料图片", "网络图片", "受访者供图"]),
    ]

    /// Each word with all its roles, in the order first listed.
    static let entries: [(word: String, roles: Roles)] = {
        var order: [String] = []
        var roles: [String: Roles] = [:]
        for (role, words) in groups {
            for w in words {
                if roles[w] == nil { order.append(w) }
                roles[w, default: []].insert(role)
            }
        }
        return order.map { ($0, roles[$0]!) }
    }()

    /// The words with a role, in the table's order.
    static func words(_ role: Roles) -> [String] {
        entries.filter { $0.roles.contains(role) }.map(\.word)
    }

    static func set(_ role: Roles) -> Set<String> { Set(words(role)) }

    /// The words with a role as scalars: the recognisers match them on a line's scalars.
    static func scalars(_ role: Roles) -> [[Unicode.Scalar]] { scalarWords(words(role)) }

    /// The first characters of the words with a role: one pass over a line
    /// finds where one may start.
    static func firsts(_ role: Roles) -> ScalarClass {
        ScalarClass(String(String.UnicodeScalarView(words(role).compactMap(\.unicodeScalars.first))))
    }
}
