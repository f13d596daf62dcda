import Testing
@testable import DubaoCore

@Suite struct TextDecodingTests {
    let sample = "本报讯 2月20日下午，全市召开大会。\n第二段。\n"

    @Test func utf8WithAndWithoutBOM() throws {
        let plain = Array(sample.utf8)
        #expect(try TextDecoding.decode(plain).text == sample)
        #expect(try TextDecoding.decode(plain).encoding == .utf8)
        let bom = [0xEF, 0xBB, 0xBF] + plain
        #expect(try TextDecoding.decode(bom).text == sample)
        #expect(try TextDecoding.decode(bom).encoding == .utf8BOM)
    }

    /// The UTF-16 bytes of a text in either byte order, without a BOM.
    func utf16(_ text: String, littleEndian: Bool) -> [UInt8] {
        text.utf16.flatMap { u in
            littleEndian ? [UInt8(u & 0xFF), UInt8(u >> 8)] : [UInt8(u >> 8), UInt8(u & 0xFF)]
        }
    }

    @Test func utf16WithBOMBothEndians() throws {
        let le: [UInt8] = [0xFF, 0xFE] + utf16(sample, littleEndian: true)
        let be: [UInt8] = [0xFE, 0xFF] + utf16(sample, littleEndian: false)
        #expect(try TextDecoding.decode(le).text == sample)
        #expect(try TextDecoding.decode(le).encoding == .utf16LE)
        #expect(try TextDecoding.decode(be).text == sample)
        #expect(try TextDecoding.decode(be).encoding == .utf16BE)
    }

    @Test func utf16WithoutBOMIsRecognisedByItsZeroBytes() throws {
        let text = "全市春耕会议召开\n\n本报讯 3月8日，会议召开。\n"
        let le = utf16(text, littleEndian: true)
        let be = utf16(text, littleEndian: false)
        #expect(try TextDecoding.decode(le).text == text)
        #expect(try TextDecoding.decode(le).encoding == .utf16LE)
        #expect(try TextDecoding.decode(be).text == text)
        // A binary file with zeros in both positions stays binary.
        #expect(throws: DecodingProblem.binary) { try TextDecoding.decode([0x7F, 0x45, 0x4C, 0x46, 0, 0, 1, 0, 0, 2, 0, 0, 0, 0, 0, 0, 3, 0]) }
    }

    @Test func gb18030IsDetectedWhenNotUTF8() throws {
        // 中文 in GBK: D6D0 CEC4; 2024年 — 年 is C4EA.
        let bytes: [UInt8] = [0xD6, 0xD0, 0xCE, 0xC4, 0x32, 0x30, 0x32, 0x34, 0xC4, 0xEA, 0x0A]
        let decoded = try TextDecoding.decode(bytes)
        #expect(decoded.text == "中文2024年\n")
        #expect(decoded.encoding == .gb18030)
    }

    @Test func lineEndsAreNormalised() throws {
        #expect(try TextDecoding.decode(Array("一\r\n二\r三\n".utf8)).text == "一\n二\n三\n")
    }

    @Test func emptyAndBinaryFilesAreRefusedWithAReason() {
        #expect(throws: DecodingProblem.empty) { try TextDecoding.decode([]) }
        #expect(throws: DecodingProblem.empty) { try TextDecoding.decode(Array(" \n\r\n".utf8)) }
        #expect(throws: DecodingProblem.binary) { try TextDecoding.decode([0x7F, 0x45, 0x4C, 0x46, 0, 0, 1, 2]) }
    }

    @Test func invalidBytesInEveryEncodingAreUndecodable() {
        // 0x80 alone is neither UTF-8 nor a GB18030 lead byte sequence.
        #expect(throws: DecodingProblem.undecodable) { try TextDecoding.decode([0x41, 0x80, 0x41, 0xFF, 0x0A]) }
    }
}
