import Testing
@testable import DubaoCore

@Suite struct PinyinTests {
    private func scalar(_ c: Character) -> UInt32 { c.unicodeScalars.first!.value }

    @Test func aCharacterHasItsTonelessSyllable() {
        #expect(Pinyin.syllable(of: scalar("春")) == "chun")
        #expect(Pinyin.syllable(of: scalar("灌")) == "guan")
        #expect(Pinyin.syllable(of: scalar("區")) == "qu")
        #expect(Pinyin.syllable(of: scalar("绿")) == "lv")
        #expect(Pinyin.syllable(of: scalar("女")) == "nv")
        #expect(Pinyin.syllable(of: scalar("〇")) == "ling")
        #expect(Pinyin.syllable(of: scalar("a")) == nil)
        #expect(Pinyin.syllable(of: scalar("，")) == nil)
        #expect(Pinyin.syllable(of: 0x4DC0) == nil)  // a Yijing hexagram, inside the table's span
    }

    @Test func initialsAreFirstLetters() {
        #expect(Pinyin.initial(of: scalar("中")) == UInt8(ascii: "z"))
        #expect(Pinyin.initial(of: scalar("春")) == UInt8(ascii: "c"))
        #expect(Pinyin.initial(of: scalar("山")) == UInt8(ascii: "s"))
        #expect(Pinyin.initial(of: scalar("5")) == nil)
        #expect(Pinyin.initials(of: "位山灌区") == "wsgq")
        #expect(Pinyin.initials(of: "位山灌區") == "wsgq")
        #expect(Pinyin.initials(of: "5G网络") == "5gwl")
        #expect(Pinyin.initials(of: "５Ｇ网络，“建设”") == "5gwljs")
    }

    @Test func aSyllableListsItsSimplifiedCharacters() {
        let guan = Pinyin.characters(forSyllable: "guan")
        #expect(guan.contains(scalar("灌")))
        #expect(guan.contains(scalar("关")))
        #expect(!guan.contains(scalar("關")))  // Traditional: folds to 关
        #expect(Pinyin.characters(forSyllable: "GUAN") == guan)
        for v in guan { #expect(SearchFolding.fold(v) == v && Pinyin.syllable(of: v) == "guan") }
        #expect(Pinyin.characters(forSyllable: "lv").contains(scalar("绿")))
        #expect(Pinyin.characters(forSyllable: "lu").contains(scalar("绿")))
        #expect(Pinyin.characters(forSyllable: "lu").contains(scalar("路")))
        #expect(!Pinyin.characters(forSyllable: "lv").contains(scalar("路")))
        #expect(Pinyin.characters(forSyllable: "nu").contains(scalar("女")))
        #expect(Pinyin.characters(forSyllable: "nv").contains(scalar("女")))
        #expect(Pinyin.characters(forSyllable: "lue").contains(scalar("略")))
        #expect(Pinyin.characters(forSyllable: "lüe").contains(scalar("略")))
        #expect(Pinyin.characters(forSyllable: "gdp").isEmpty)
    }

    @Test func aQuerySplitsIntoWholeSyllables() {
        #expect(Pinyin.segmentations(of: "chunguan").first == ["chun", "guan"])
        #expect(Pinyin.segmentations(of: "chun guan").first == ["chun", "guan"])
        #expect(Pinyin.segmentations(of: "ChunGuan").first == ["chun", "guan"])
        #expect(Pinyin.segmentations(of: "chunguan").allSatisfy { !$0.contains("n") })
        #expect(Pinyin.segmentations(of: "xian") == [["xian"], ["xi", "an"]])
        #expect(Pinyin.segmentations(of: "xi'an") == [["xi", "an"]])
        #expect(Pinyin.segmentations(of: "fangan").first == ["fan", "gan"])
        #expect(Pinyin.segmentations(of: "lvse").first == ["lv", "se"])
        #expect(Pinyin.segmentations(of: "luse").first == ["lu", "se"])
        #expect(Pinyin.segmentations(of: "ng") == [["ng"]])
    }

    @Test func aQueryThatIsNotPinyinDoesNotSplit() {
        #expect(Pinyin.segmentations(of: "GDP").isEmpty)
        #expect(Pinyin.segmentations(of: "").isEmpty)
        #expect(Pinyin.segmentations(of: " ' ").isEmpty)
        #expect(Pinyin.segmentations(of: "5g").isEmpty)
        #expect(Pinyin.segmentations(of: "灌区").isEmpty)
        #expect(Pinyin.segmentations(of: "chun-guan").isEmpty)
        #expect(Pinyin.segmentations(of: "chunguan", limit: 0).isEmpty)
    }

    @Test func aLongQueryStaysBounded() {
        let long = String(repeating: "xianguan", count: 8)  // 64 letters, many splits
        #expect(long.count >= 60)
        let splits = Pinyin.segmentations(of: long)
        #expect(!splits.isEmpty && splits.count <= 8)
        #expect(splits.first == Array(repeating: ["xian", "guan"], count: 8).flatMap { $0 })
        #expect(Pinyin.segmentations(of: String(repeating: "xian", count: 15), limit: 3).count == 3)
        #expect(Pinyin.segmentations(of: String(repeating: "xi an ", count: 12)).count <= 8)
    }
}
