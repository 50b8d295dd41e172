import Testing
@testable import ParallaxCore

/// Which capitalised words event grouping takes for names.
@Suite struct EventNameTests {
    private func names(_ body: String) throws -> Set<String> {
        Set(ArticleTerms(try Fixtures.story("names", outlet: "Forex Blog", date: "2018-02-06", title: "Coin tumbles", body)).names.keys)
    }

    @Test func aLoneSentenceOpenerIsNoName() throws {
        let found = try names("Currently the coin trades near six thousand. Update: buyers came back. Interested readers can write in.")
        #expect(found.isDisjoint(with: ["currently", "update", "interested"]))
    }

    @Test func anOpenerTheArticleAlsoCapitalisesInsideASentenceIsAName() throws {
        let found = try names("Merkel said the talks had failed. Chancellor Merkel left Brussels early. Simon Taylor said he expected more.")
        #expect(found.isSuperset(of: ["merkel", "simon taylor", "simon", "taylor"]))
    }

    /// "Harbour" opens a sentence and is capitalised inside one too, but where the article also
    /// writes "harbour" it is a word, and "Harbour Police" at the start is no name.
    @Test func anOpenerTheArticleAlsoWritesInLowerCaseIsNoName() throws {
        let opening = "Harbour Police said the quay was closed. Boats left the Harbour early."
        #expect(try names(opening).contains("harbour police"))
        #expect(try !names(opening + " Crews searched the harbour overnight.").contains("harbour police"))
    }

    @Test func figuresAndSingleLettersAreNoNames() throws {
        let found = try names("The coin fell below US6,000 in Asian trade, said Greg McKenna. Q and A follow below.")
        #expect(found.isDisjoint(with: ["us6", "q"]))
        #expect(found.contains("greg mckenna"))
    }
}
