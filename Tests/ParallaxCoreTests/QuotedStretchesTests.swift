import Testing
@testable import ParallaxCore

/// Which quoted stretch holds a position, asked of stretches given in any order.
@Suite struct QuotedStretchesTests {
    @Test func theStretchHoldingAPositionIsFound() {
        let stretches = QuotedStretches([40..<52, 3..<9, 20..<21])
        #expect(stretches.stretch(holding: 3) == 3..<9)
        #expect(stretches.stretch(holding: 8) == 3..<9)
        #expect(stretches.stretch(holding: 9) == nil, "a stretch ends before its upper bound")
        #expect(stretches.stretch(holding: 20) == 20..<21)
        #expect(stretches.stretch(holding: 51) == 40..<52)
        #expect(!stretches.holds(0))
        #expect(!stretches.holds(30))
        #expect(!stretches.holds(52))
    }

    @Test func noStretchesHoldNothing() {
        #expect(!QuotedStretches([]).holds(0))
        #expect(!QuotedStretches([5..<5]).holds(5))
    }

    @Test func mentionsOfASentenceAreThoseInItsRange() {
        let text = "Angela Merkel met Emmanuel Macron. Later Boris Johnson arrived."
        let tokens = Fixtures.tokens(text)
        let split = tokens.firstIndex { $0.text == "." }! + 1
        let names = NameIndex(sentences: [Array(tokens[..<split]), Array(tokens[split...])], lowercaseWords: ["met", "arrived"])
        let second = tokens[split].range.lowerBound..<text.unicodeScalars.count
        #expect(names.mentions(in: second).map(\.name) == ["Boris Johnson"])
        #expect(names.mentions(in: 0..<second.lowerBound).map(\.name) == ["Angela Merkel", "Emmanuel Macron"])
        #expect(names.mentions(in: 0..<0).isEmpty)
    }
}
