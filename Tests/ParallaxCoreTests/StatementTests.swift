import Testing
@testable import ParallaxCore

/// Articles read from small texts, and the statements of them taken as one event.
enum StatementFixtures {
    static func articles(_ texts: [String: String]) throws -> [Article] {
        try texts.keys.sorted().map { try Fixtures.article(texts[$0]!, path: "\($0).txt") }
    }

    static func oneEvent(_ articles: [Article]) -> Event {
        Event(id: articles.first?.id ?? "event", title: "", articles: articles.map(\.id), outlets: [], dates: nil)
    }

    static func statements(_ articles: [Article]) -> [Statement] {
        StatementFinder.statements(in: articles, events: [oneEvent(articles)])
    }
}

@Suite struct SeedStatementTests {
    let articles = Fixtures.seedArticles()
    var statements: [Statement] { StatementFixtures.statements(articles) }

    /// Carriers as "article prefix#quotation", fragments marked with a star.
    private func carriers(_ statement: Statement) -> [String] {
        statement.carriers.map { "\($0.article.prefix(3))#\($0.quotation)\($0.isFragment ? "*" : "")" }
    }

    private func quotation(_ carrier: Statement.Carrier) -> Quotation {
        articles.first { $0.id == carrier.article }!.quotations[carrier.quotation]
    }

    @Test func fiveStatementsInOrderOfFirstAppearance() throws {
        let statements = statements
        try #require(statements.count == 5)
        let event = articles[0].id
        #expect(statements.map(\.id) == (1...5).map { "\(event)-q\($0)" })
        #expect(statements.allSatisfy { $0.event == event && $0.speaker == "Donald Trump" })
    }

    @Test func theTruthSocialPostInFullInPartAndAsAFragment() throws {
        let post = try #require(statements.first)
        #expect(post.text.hasPrefix("ICE Officers are herewith ordered"))
        #expect(carriers(post) == ["000#0", "001#0*", "001#1", "002#0*", "003#0*"])
        let fragments = post.carriers.filter(\.isFragment).map { quotation($0).text }
        #expect(fragments.filter { $0 == "do all in their power" }.count == 2)
    }

    @Test func theLargestCitiesPost() throws {
        let cities = try #require(statements.first { $0.text.contains("largest Cities") })
        #expect(cities.text.hasPrefix("In order to achieve this"))
        #expect(carriers(cities) == ["000#1", "001#6*", "003#1*"])
    }

    @Test func phrasesSharedByCNNAndTheOpinionPiece() throws {
        let center = try #require(statements.first { $0.text.hasPrefix("the Democrat Power Center") })
        #expect(carriers(center) == ["001#3", "002#1"])
        let cheat = try #require(statements.first { $0.text.hasPrefix("cheat in Elections") })
        #expect(carriers(cheat) == ["001#5", "002#3"])
    }

    @Test func theFarmersPost() throws {
        let farmers = try #require(statements.first { $0.text.hasPrefix("Our great Farmers") })
        #expect(carriers(farmers) == ["001#8", "003#2*"])
    }

    @Test func quotationsOnlyOneArticleGivesAreNoStatement() throws {
        let carried = Set(statements.flatMap(\.carriers).map(\.article))
        #expect(!carried.contains { $0.hasPrefix("004") })
        #expect(!statements.contains { $0.text.contains("Illegal Aliens") && $0.text.count < 20 })
    }
}

@Suite struct StatementRuleTests {
    @Test func britishAndAmericanSpellingsMatch() throws {
        let articles = try StatementFixtures.articles([
            "a": "“We will organise the Programme at the centre of our labour policy,” the minister said.",
            "b": "“We will organize the program at the center of our labor policy!” the minister said.",
        ])
        let statements = StatementFixtures.statements(articles)
        try #require(statements.count == 1)
        #expect(statements[0].carriers.map(\.article) == ["a", "b"])
        #expect(statements[0].carriers.allSatisfy { !$0.isFragment })
    }

    @Test func spellingRulesNeverJoinDifferentWords() {
        let pairs = [("four", "for"), ("hour", "hor"), ("called", "caled"), ("more", "mor"), ("prize", "prise"), ("rogue", "rog"), ("scoured", "scored")]
        for (word, other) in pairs {
            #expect(SpellingVariants.canonical(word) != SpellingVariants.canonical(other), "\(word) / \(other)")
        }
        #expect(SpellingVariants.canonical("colours") == "colors")
        #expect(SpellingVariants.canonical("travelled") == "traveled")
        #expect(SpellingVariants.canonical("theatres") == "theaters")
        #expect(SpellingVariants.canonical("analysed") == "analyzed")
        #expect(SpellingVariants.canonical("neighbourhood") == "neighborhood", "the last \"our\", past the other o's")
        #expect(SpellingVariants.canonical("honourable") == "honorable")
    }

    @Test func matchingIgnoresCasePunctuationMarksAndSeparators() {
        #expect(MatchingWords.of("America’s  largest CITIES, with 3,000 arrests") == MatchingWords.of("Americas largest cities with 3000 arrests"))
        #expect(MatchingWords.of("long-time workers") == ["long", "time", "workers"])
    }

    @Test func differentStatementsSharingAPhraseNeverMerge() throws {
        let articles = try StatementFixtures.articles([
            "a": "“We must protect our farmers and keep their workers here,” Smith said.",
            "b": "“We must protect our farmers and keep their workers here,” Smith said.",
            "c": "“We must protect our farmers from cheap imports from abroad,” Jones said.",
            "d": "“We must protect our farmers from cheap imports from abroad,” Jones said.",
            "e": "Smith and Jones agree: “We must protect our farmers.” Smith said “protect our farmers” again.",
        ])
        let statements = StatementFixtures.statements(articles)
        #expect(statements.count == 2)
        #expect(statements.map { $0.carriers.map(\.article) } == [["a", "b"], ["c", "d"]])
        #expect(statements.map(\.speaker) == ["Smith", "Jones"])
    }

    @Test func aTermIsNeverAStatement() throws {
        let articles = try StatementFixtures.articles([
            "a": "Crowds joined the “No Kings” protests on Saturday.",
            "b": "The “No Kings” protests drew crowds.",
        ])
        #expect(articles.allSatisfy { $0.quotations.map(\.kind) == [.term] })
        #expect(StatementFixtures.statements(articles).isEmpty)
    }

    @Test func aFragmentUnderFourWordsDoesNotJoin() throws {
        let articles = try StatementFixtures.articles([
            "a": "“We will expand efforts to detain people in every city,” the president said.",
            "b": "“We will expand efforts to detain people in every city,” the president said.",
            "c": "The president vowed to “expand efforts” and said he would “detain people in” cities.",
        ])
        let statements = StatementFixtures.statements(articles)
        try #require(statements.count == 1)
        #expect(statements[0].carriers.map(\.article) == ["a", "b"])
    }

    @Test func aFragmentOfFourWordsJoins() throws {
        let articles = try StatementFixtures.articles([
            "a": "“We will expand efforts to detain people in every city,” the president said.",
            "b": "The president said he would “detain people in every” city.",
        ])
        let statements = StatementFixtures.statements(articles)
        try #require(statements.count == 1)
        #expect(statements[0].carriers.map(\.isFragment) == [false, true])
        #expect(statements[0].text == "We will expand efforts to detain people in every city")
    }

    @Test func emptyArticlesAndArticlesWithoutQuotations() throws {
        let empty = Article(id: "a", path: "a.txt", metadata: ArticleMetadata(), text: "", blocks: [], quotations: [])
        let articles = [empty, try Fixtures.article("The council met on Tuesday. Nobody said anything quotable.", path: "b.txt")]
        #expect(StatementFixtures.statements(articles).isEmpty)
        #expect(StatementFinder.statements(in: [], events: [StatementFixtures.oneEvent(articles)]).isEmpty)
        #expect(StatementFinder.statements(in: articles, events: []).isEmpty)
    }
}
