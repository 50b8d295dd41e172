import Testing
@testable import ParallaxCore

@Suite struct WordDiffTests {
    /// Each change as the two texts it spans.
    private func spans(_ left: String, _ right: String) -> [[String]] {
        let l = Array(left.unicodeScalars), r = Array(right.unicodeScalars)
        return WordDiff.changes(left, right).map { [l.string($0.left), r.string($0.right)] }
    }

    private func seedQuotation(_ prefix: String, _ index: Int) throws -> String {
        let article = try #require(Fixtures.seedArticles().first { $0.id.hasPrefix(prefix) })
        return article.quotations[index].text
    }

    @Test func programmeAgainstProgram() throws {
        let changes = spans(try seedQuotation("000", 0), try seedQuotation("003", 0))
        #expect(changes.contains(["Program", "Programme"]))
        #expect(changes.contains(["ICE Officers are herewith ordered, by notice of this TRUTH", ""]))
        #expect(changes.count == 2)
    }

    @Test func caseCountsAsADifference() throws {
        let changes = spans(try seedQuotation("000", 1), try seedQuotation("003", 1))
        #expect(changes.contains(["Millions upon Millions", "millions upon millions"]))
        #expect(changes.contains(["Aliens", "aliens"]))
    }

    @Test func aLongerOpeningAgainstAShorterOne() throws {
        let changes = spans(try seedQuotation("000", 1), try seedQuotation("001", 6))
        #expect(changes == [["In order to achieve this, we", "We"]])
    }

    @Test func identicalTextsHaveNoChanges() {
        #expect(WordDiff.changes("We must act, now.", "We must act, now.").isEmpty)
        #expect(WordDiff.changes("We must act, now.", "We must act now!").isEmpty)
    }

    @Test func emptyStrings() {
        #expect(WordDiff.changes("", "").isEmpty)
        #expect(WordDiff.changes("", "a bc") == [.init(left: 0..<0, right: 0..<4)])
        #expect(WordDiff.changes("a bc", "") == [.init(left: 0..<4, right: 0..<0)])
    }

    @Test func adjacentChangedWordsMerge() {
        #expect(WordDiff.changes("a b c d", "a x y d") == [.init(left: 2..<5, right: 2..<5)])
    }

    @Test func anInsertionIsAnEmptyRangeBeforeTheNextWord() {
        #expect(WordDiff.changes("we must act", "we really must act") == [.init(left: 3..<3, right: 3..<9)])
        #expect(WordDiff.changes("we must act", "we must act today") == [.init(left: 11..<11, right: 12..<17)])
    }

    @Test func offsetsCountUnicodeScalars() {
        // "cafe" with a combining accent is five scalars and the same word as "café".
        #expect(WordDiff.changes("cafe\u{301} noir", "café blanc") == [.init(left: 6..<10, right: 5..<10)])
        #expect(spans("Der Bürgermeister sagte: Straße 🚧 gesperrt", "Der Bürgermeister sagte: Strasse 🚧 gesperrt") == [["Straße", "Strasse"]])
    }
}
