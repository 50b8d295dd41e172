import Foundation
import Testing
@testable import ParallaxCore

@Suite struct DecodingTests {
    @Test func byteOrderMarkAndCRLFAreAccepted() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("date 2025-06-16 First.\r\n\r\nSecond.\r\n".utf8)
        let article = try ArticleReader.read(data: Data(bytes), path: "a.txt")
        #expect(article.metadata.date?.description == "2025-06-16")
        #expect(article.blockTexts == ["First.", "Second."])
    }

    @Test func invalidUTF8IsRepaired() throws {
        let bytes: [UInt8] = Array("Caf".utf8) + [0xE9] + Array(" is open.".utf8)
        let article = try ArticleReader.read(data: Data(bytes), path: "a.txt")
        #expect(article.blockTexts[0] == "Caf\u{FFFD} is open.")
    }

    @Test func binaryIsRefused() {
        #expect(throws: ReadError("binary data, not text")) {
            try ArticleReader.read(data: Data([0x89, 0x50, 0x4E, 0x47, 0, 0, 1, 2]), path: "a.png")
        }
    }

    @Test func emptyIsRefused() {
        #expect(throws: ReadError("empty file")) { try ArticleReader.read(data: Data(), path: "a.txt") }
        #expect(throws: ReadError("empty file")) { try ArticleReader.read(data: Data(" \n\n ".utf8), path: "a.txt") }
    }

    @Test func utf16IsRefusedWithAReason() {
        #expect(throws: ReadError("UTF-16 text is not supported; save it as UTF-8")) {
            try ArticleReader.read(data: Data([0xFF, 0xFE, 0x41, 0]), path: "a.txt")
        }
    }

    @Test func controlCharactersStayInTheModelButAreSanitisedForDisplay() throws {
        let article = try Fixtures.article("Evil \u{1B}[31mred\u{1B}[0m text\u{07}.")
        #expect(article.blockTexts[0].contains("\u{1B}"))
        let shown = VisibleText.sanitize(article.blockTexts[0])
        #expect(!shown.unicodeScalars.contains { $0.value < 0x20 })
        #expect(shown == "Evil ␛[31mred␛[0m text␇.")
        #expect(VisibleText.sanitize("a\u{9B}b\u{7F}") == "a\u{FFFD}b␡")
        #expect(VisibleText.sanitize("left\u{202E}right\u{2066}x") == "left\u{FFFD}right\u{FFFD}x", "bidirectional controls too")
    }
}
