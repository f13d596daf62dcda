import Testing
@testable import DubaoCore

/// Pages of the Republic's papers and their OCR (issue 18, rules B11, A20,
/// D20): the old punctuation, dispatches signed at their end, the Republic's
/// years in Chinese numerals, sheets and rules of the old layout.
@Suite struct OldPageFormTests: SmallPages {
    /// Two dispatches of our own, with the enumeration comma closing every
    /// clause and sentence, and a titled report after them.
    static let oldPunctuation = """
    東方日報　　　中華民國二十四年三月九日　星期六
    第二張　　　　　　　　　　　　（六）
    ︱

    交通部八日召集各路局長會議、
    議决修築川湘公路、撥款三十萬
    元、限年內完工、（八日專電）

    財政部八日通令各省、本年田賦
    一律照舊徵收、不得另立名目、
    （華聯社八日電）

    ︱
    市立醫院新院舍落成
    下月一日起開診

      市立醫院新院舍、昨︵八︶日舉
    行落成典禮、到各界來賓百餘人、
    該院長許文卿語記者、新院可容
    病床二百張、下月一日起開診、

    本館地址河南路二十一號　　電話八三五二一
    """

    @Test func aBlankLineAfterTheOldPunctuationsCommaEndsTheParagraph() {
        let a = read(Self.oldPunctuation)
        #expect(a.count == 3)
        #expect(a.last?.headline == "市立醫院新院舍落成 下月一日起開診")
        #expect(a.last?.titles == ["市立醫院新院舍落成", "下月一日起開診"])
        #expect(a.last?.paragraphs.count == 1)
        // (`…語記者、` / `新院可容…`: a wrapped clause, no byline.)
        #expect(a.last?.authors == [])
    }

    @Test func theDispatchsClosingLineIsItsCreditNotItsText() {
        let a = read(Self.oldPunctuation)
        #expect(a.first?.paragraphs.first?.hasSuffix("限年內完工、") == true)
        #expect(a.dropFirst().first?.paragraphs.first?.hasSuffix("不得另立名目、") == true)
        #expect(a.allSatisfy { $0.authors.isEmpty })
        // With today's punctuation too: the next title opens the next report.
        let modern = read("""
        行政院會議

          行政院十一日上午舉行院會。議决要案九件。（十一日專電）

        棉產會議

          實業部十一日召集會議。計劃面積三十萬畝。（華聯社十一日電）
        """)
        #expect(modern.map(\.headline) == ["行政院會議", "棉產會議"])
        #expect(modern.first?.paragraphs == ["行政院十一日上午舉行院會。議决要案九件。"])
    }

    @Test func theRepublicsYearInChineseNumeralsDatesTheIssue() {
        let a = read(Self.oldPunctuation)
        #expect(a.first?.pageDate?.iso == "1935-03-09")
        #expect(DateFinder.dates(in: Array("民國六十五年十月十日".unicodeScalars)).first?.date.year == 1976)
        #expect(DateFinder.dates(in: Array("民国113年5月3日".unicodeScalars)).first?.date.year == 2024)
    }

    @Test func sheetsRulesAndTheAddressFooterAreFurniture() {
        let a = read(Self.oldPunctuation)
        let text = a.flatMap { $0.titles + $0.paragraphs + [$0.column ?? ""] }.joined()
        for furniture in ["第二張", "（六）", "︱", "本館地址", "電話八三五二一", "東方日報"] {
            #expect(!text.contains(furniture), "\(furniture)")
        }
        #expect(Furniture.isFurniture(Array("本馆地址河南路二十一号　　电话八三五二一".unicodeScalars)))
        // A sentence that gives an address is text.
        #expect(!Furniture.isFurniture(Array("本馆地址已迁至河南路，电话照旧。".unicodeScalars)))
        #expect(!Furniture.isFurniture(Array("（三）".unicodeScalars)))
    }

    @Test func aPageWithFullStopsKeepsAParagraphCutByABlankLineAfterAComma() {
        let a = parse("""
        市里新建三座公园

        　　本报讯　今年市里将在城东、城西、

        城北各新建一座公园，总面积达到一百二十公顷。全部工程年底前完工。
        """)
        #expect(a.count == 1)
        #expect(a.first?.paragraphs.count == 1)
    }

    @Test func aDispatchOpenedByItsPlaceAndAGapIsAReportFromThere() {
        let a = read("""
        專電

        南京　交通部八日召集各路局長會議、
        議决修築川湘公路、撥款三十萬元、
        限年內完工、又核准皖省舉辦冬賑、
        先撥賑款八萬元、餘俟查明災情再議、
        （八日專電）

        杭州　浙省建設廳八日發表、湖溪
        大橋北段橋墩九座、業己全部竣工、
        本月底可望與南段接通、全橋長一
        千零四十公尺、（中央社）
        """)
        #expect(a.map(\.place) == ["南京", "杭州"])
        #expect(a.first?.paragraphs.first?.hasPrefix("南京\u{3000}交通部八日召集") == true)
        #expect(a.first?.paragraphs.first?.hasSuffix("明災情再議、") == true)
        // On a page with full stops, a place and a gap open no dispatch.
        let modern = read("""
        南京　晴　12℃～22℃

        市里新建三座公园

        　　本报讯　今年市里将在城东、城西、城北各新建一座公园，总面积达到一百二十公顷。
        """)
        #expect(modern.allSatisfy { $0.place == nil })
    }

    @Test func aCaptionOverItsPhotographersCreditInBracketsIsAPicture() {
        let a = read("""
        大橋北段可望接通

        杭州　浙省建設廳八日發表、
        湖溪大橋北段橋墩九座、
        業己全部竣工、
        鋼梁亦已架設過半、
        本月底可望與南段接通、

        湖溪大橋北段橋墩工程之一部
        （陸文彬攝）

        冬令救濟會收容所
        下月一日起開放

          本市冬令救濟委員會、昨日舉行常務會議、决定各設收容所一處、
        """)
        let picture = a.first { $0.kind == .photo }
        #expect(picture?.paragraphs == ["湖溪大橋北段橋墩工程之一部"])
        #expect(picture?.authors == ["陸文彬"])
        #expect(a.last?.titles == ["冬令救濟會收容所", "下月一日起開放"])
    }
}
