import Testing
@testable import ParallaxCore

@Suite struct SentenceTests {
    private func sentences(_ text: String) throws -> [String] {
        let article = try Fixtures.article(text)
        let scalars = Array(article.text.unicodeScalars)
        return article.blocks[0].sentences.map { scalars.string($0) }
    }

    @Test func abbreviationsInitialsAndDecimalsDoNotEndSentences() throws {
        let text = "Mr. Smith met Gov. Newsom in the U.S. Capitol at 3.5 p.m. on Friday. J. R. Tolkien was not there. The U.S. It rained."
        #expect(try sentences(text) == [
            "Mr. Smith met Gov. Newsom in the U.S. Capitol at 3.5 p.m. on Friday.",
            "J. R. Tolkien was not there.",
            "The U.S.",
            "It rained.",
        ])
    }

    @Test func aLawmakersStateKeepsItsPeriod() throws {
        let text = "Rep. Mike Johnson, R-La., voted no, as did Sen. Ed Markey, D-Mass. He left. It was D-Day. Troops landed."
        #expect(try sentences(text) == ["Rep. Mike Johnson, R-La., voted no, as did Sen. Ed Markey, D-Mass.", "He left.", "It was D-Day.", "Troops landed."])
    }

    @Test func quotedSentencesAndClosingMarks() throws {
        let text = "“It is over,” he said. “We won!” She left. Was it (really) over? Yes."
        #expect(try sentences(text) == ["“It is over,” he said.", "“We won!”", "She left.", "Was it (really) over?", "Yes."])
    }

    @Test func aStopThatLostItsSpaceStillEndsTheSentence() throws {
        let text = "It was decided, he said.Political parties differ. It was.They left. Read it at nytimes.com or Dailymail.Com, not fmt.Println."
        #expect(try sentences(text) == [
            "It was decided, he said.", "Political parties differ.", "It was.", "They left.", "Read it at nytimes.com or Dailymail.Com, not fmt.Println.",
        ])
        // A straight mark glued on both sides opens the next sentence's quotation, or closes the one before.
        #expect(try sentences(#"Voters agree with us."Democrats back it," the poll said.Overall, "it is over."Then he left."#) == [
            "Voters agree with us.", #""Democrats back it," the poll said."#, #"Overall, "it is over.""#, "Then he left.",
        ])
    }

    @Test func lowerCaseAfterAStopDoesNotSplit() throws {
        #expect(try sentences("“Why?” asked the boy. Then he went.") == ["“Why?” asked the boy.", "Then he went."])
    }
}
