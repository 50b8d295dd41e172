import Testing
@testable import ParallaxUI

@Suite struct DisplayWidthTests {
    @Test func widths() {
        #expect(DisplayWidth.of("abc") == 3)
        #expect(DisplayWidth.of("“No Kings”") == 10)
        #expect(DisplayWidth.of("日本語") == 6)
        #expect(DisplayWidth.of("e\u{301}") == 1, "a combining accent takes no column")
        #expect(DisplayWidth.of("👍") == 2)
        #expect(DisplayWidth.of("❤\u{FE0F}") == 2)
        #expect(DisplayWidth.of("한국") == 4)
    }

    @Test func truncateNeverSplitsAWideCharacter() {
        #expect(DisplayWidth.truncate("日本語のニュース", to: 6) == "日本…")
        #expect(DisplayWidth.truncate("short", to: 10) == "short")
        #expect(DisplayWidth.truncate("abcdef", to: 4) == "abc…")
    }
}

@Suite struct WordWrapTests {
    @Test func wrapsAtWords() {
        #expect(WordWrap.lines("the quick brown fox jumps", width: 10) == ["the quick", "brown fox", "jumps"])
    }

    @Test func breaksAWordLongerThanTheLine() {
        #expect(WordWrap.lines("abcdefghij kl", width: 4) == ["abcd", "efgh", "ij", "kl"])
    }

    @Test func wideCharactersCountTwice() {
        #expect(WordWrap.lines("日本語 ニュース", width: 8) == ["日本語", "ニュース"])
    }
}

@Suite struct ColumnTableTests {
    private func table() -> ColumnTable {
        var table = ColumnTable(columns: [.init("ID"), .init("N", alignRight: true), .init("TITLE")], flexible: 2)
        table.add(["a", "5", "A rather long title that goes on"])
        table.add(["bbb", "12", "日本語のタイトル"])
        return table
    }

    @Test func alignsColumnsAndDoesNotCutWhenPiped() {
        #expect(table().render(width: nil) == [
            "ID    N  TITLE",
            "a     5  A rather long title that goes on",
            "bbb  12  日本語のタイトル",
        ])
    }

    @Test func fitsTheTerminalWidth() {
        let lines = table().render(width: 24)
        #expect(lines == ["ID    N  TITLE", "a     5  A rather long…", "bbb  12  日本語のタイト…"])
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 24 })
    }

    @Test func controlCharactersBecomePlaceholders() {
        var table = ColumnTable(columns: [.init("T")], flexible: 0)
        table.add(["bad\u{1B}[2Jtitle\nnext"])
        #expect(table.render(width: nil) == ["T", "bad␛[2Jtitle next"])
    }
}
