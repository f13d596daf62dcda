import Testing
@testable import DubaoCore

/// Datelines in the forms real copies print them (issue 18, part 4).
@Suite struct DatelineFormTests: SmallPages {
    @Test(arguments: [
        ("【本报讯】（兰州日报社全媒体记者 马 岚）11月22日，新区新增规模以上工业企业25家。", ["马岚"], nil),
        ("【新华社重庆3月14日电】（记者 刘明、陈晓）全市春播进度过半，已播种450万亩。", ["刘明", "陈晓"], "重庆"),
    ] as [(String, [String], String?)])
    func aDatelineInLenticularBracketsCreditsItsPeople(_ lead: String, _ authors: [String], _ place: String?) {
        let a = parse("新区工业稳中有进\n\n　　\(lead)\n")
        #expect(a.count == 1)
        #expect(a.first?.authors == authors)
        #expect(a.first?.place == place)
        #expect(a.first?.kind == .news)
        // The dateline stays in the lead as printed.
        #expect(a.first?.paragraphs.first?.hasPrefix("【") == true)
    }
}
