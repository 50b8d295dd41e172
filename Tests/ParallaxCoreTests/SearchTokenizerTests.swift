import Testing
@testable import ParallaxCore

/// How search cuts and folds words.
@Suite struct SearchTokenizerTests {
    private func terms(_ text: String) -> [String] { SearchTokenizer.tokens(text).map(\.term) }

    @Test func caseAndDiacriticsFold() {
        #expect(terms("Ángel ÉCOLE naïve Straße Øre") == ["angel", "ecole", "naive", "strasse", "ore"])
        #expect(terms("Ελλάδα") == ["ελλαδα"])
    }

    @Test func curlyAndStraightApostrophesAreOneWord() {
        #expect(terms("don’t don't") == ["don't", "don't"])
        #expect(terms("the ’90s") == ["the", "90s"])
    }

    @Test func aPossessiveAlsoStandsForItsName() {
        let tokens = SearchTokenizer.tokens("Trump’s plan")
        #expect(tokens[0].term == "trump's")
        #expect(tokens[0].stem == "trump")
        #expect(tokens[1].stem == nil)
        #expect(SearchTokenizer.tokens("it's").first?.stem == "it")
        #expect(SearchTokenizer.tokens("O'Neill").first?.stem == nil)
    }

    @Test func punctuationSeparatesWords() {
        #expect(terms("anti-Trump, U.S. 3,000 “No Kings”") == ["anti", "trump", "u", "s", "3", "000", "no", "kings"])
    }

    @Test func positionsCountWordsAndRangesCountScalars() {
        let tokens = SearchTokenizer.tokens("Café — “olé” now")
        #expect(tokens.map(\.position) == [0, 1, 2])
        #expect(tokens.map(\.range) == [0..<4, 8..<11, 13..<16])
    }

    @Test func postingsReadBackWhatWasWritten() {
        var list = PostingList()
        let first = [PostingList.Occurrence(position: 3, inQuotation: false), .init(position: 300, inQuotation: true)]
        let second = [PostingList.Occurrence(position: 100_000, inQuotation: true)]
        list.append(document: 2, occurrences: first)
        list.append(document: 70_000, occurrences: second)
        var read: [(Int, [PostingList.Occurrence])] = []
        list.forEach { read.append(($0, $1)) }
        #expect(read.map(\.0) == [2, 70_000])
        #expect(read.map(\.1) == [first, second])
        #expect(list.documentCount == 2)
    }
}
