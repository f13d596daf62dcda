/// Where a by-date corpus or a wiki keeps a page: its record's path
/// (`年月日:1988:19880614:19880614-y-prc-解放军报-合并`, `解放军报>19880614`).
extension Furniture {
    /// A line of path parts parted by `:` or `>`, one of them the issue's
    /// date written as eight digits (a run of exactly eight that reads as a
    /// date: `咨询电话：86551238` is a number to call), and no word of a sentence: no space,
    /// no clause or sentence mark. A sentence never reads that way; a
    /// breadcrumb of words (`首页 > 要闻`) is the site's, told elsewhere.
    static func isRecordPath(_ t: [Unicode.Scalar]) -> Bool {
        guard t.count >= 8, t.count <= 100 else { return false }
        // One pass (every line of every page is asked): parts, their
        // lengths, and a run of eight ASCII digits.
        var parts = 1, partLength = 0, digits = 0, number = 0, dated = false
        func endRun() {
            if digits == 8, isDateNumber(number) { dated = true }
            digits = 0; number = 0
        }
        for s in t {
            switch s.value {
            case 0x3A, 0xFF1A, 0x3E, 0xFF1E:                                // : ： > ＞
                guard partLength > 0 else { return false }
                endRun()
                parts += 1; partLength = 0
                continue
            case 0x30...0x39:
                digits += 1
                number = number &* 10 &+ Int(s.value - 0x30)
            case 0x20, 0x09, 0x3000, 0xA0, 0xFF0C, 0x3002, 0xFF1B, 0xFF01, 0xFF1F, 0x2C, 0x3B: // spaces, ，。；！？,;
                return false
            default:
                endRun()
            }
            partLength += 1
            if partLength > 40 { return false }
        }
        endRun()
        return dated && parts >= 2 && partLength > 0
    }

    /// `19880614`: a year of the papers, a month and a day.
    private static func isDateNumber(_ n: Int) -> Bool {
        (1800...2100).contains(n / 10000) && (1...12).contains(n / 100 % 100) && (1...31).contains(n % 100)
    }
}
