import DubaoCore
import Testing

@Suite struct FileNameTests {
    @Test func bytesThatAreNotUTF8ComeBackAsTheyWere() {
        let gbk: [UInt8] = Array("2024/".utf8) + [0xD0, 0xC2, 0xCE, 0xC5] + Array("_一版.txt".utf8)
        let name = FileName.string(fromBytes: gbk)
        #expect(FileName.bytes(of: name) == gbk)
        #expect(name.hasPrefix("2024/") && name.hasSuffix("_一版.txt"))
        #expect(FileName.spelled(name) == "2024/\\xD0\\xC2\\xCE\\xC5_一版.txt")
    }

    @Test func aCharacterCutInTheMiddleKeepsItsBytes() {
        let cut: [UInt8] = [0x61] + Array("新".utf8).prefix(2) + [0x62]
        let name = FileName.string(fromBytes: cut)
        #expect(FileName.bytes(of: name) == cut)
        #expect(FileName.spelled(name) == "a\\xE6\\x96b")
    }

    @Test func utf8NamesAreLeftAlone() {
        let name = "读报/第01版.txt"
        #expect(FileName.string(fromBytes: Array(name.utf8)) == name)
        #expect(FileName.spelled(name) == name)
        #expect(FileName.unspelled(name) == nil)
    }

    @Test func aSpelledNameReadsBackInEitherCase() {
        let name = FileName.string(fromBytes: [0x78, 0xFF, 0xFE])
        #expect(FileName.unspelled("x\\xff\\xFE") == name)
        // ASCII is never spelled, so `\x41` is what it says.
        #expect(FileName.unspelled("a\\x41") == nil)
    }
}
