import DubaoCore

/// What an id typed by a person may stand for. The list shows a control
/// character of a file name as its picture (`new␊line#1` for a name with a
/// line break), so the picture is read back as the character too; the id as
/// typed comes first.
enum ArticleKeys {
    static func readings(of typed: String) -> [String] {
        var controls = String.UnicodeScalarView()
        var changed = false
        for s in typed.unicodeScalars {
            switch s.value {
            case 0x2400...0x241F:
                controls.append(Unicode.Scalar(s.value - 0x2400)!)
                changed = true
            case 0x2421:
                controls.append(Unicode.Scalar(0x7F))
                changed = true
            default:
                controls.append(s)
            }
        }
        return changed ? [typed, String(controls)] : [typed]
    }
}
