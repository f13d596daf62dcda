/// What sort of piece an article is, as the spec names them.
public enum ArticleKind: String, Sendable, Codable, CaseIterable, Hashable {
    case news, feature, opinion, photo, teaser, notice

    /// The Chinese name a newspaper reader would use; also the section of an
    /// article whose page names no column.
    public var chineseName: String {
        switch self {
        case .news: return "消息"
        case .feature: return "通讯"
        case .opinion: return "评论"
        case .photo: return "图片"
        case .teaser: return "导读"
        case .notice: return "编者按"
        }
    }
}
