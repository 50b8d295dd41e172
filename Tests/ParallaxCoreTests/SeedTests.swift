import Testing
@testable import ParallaxCore

/// What a reader of the five seed articles expects.
@Suite struct SeedTests {
    let articles = Fixtures.seedArticles()

    private func article(_ prefix: String) throws -> Article {
        try #require(articles.first { $0.id.hasPrefix(prefix) })
    }

    @Test func fiveArticlesWithTheirMetadata() throws {
        #expect(articles.count == 5)
        let cnn = try article("001")
        #expect(cnn.metadata.outlet == "CNN")
        #expect(cnn.metadata.byline == "Samantha Waldenberg")
        #expect(try article("000").metadata.date?.description == "2025-06-16")
        #expect(cnn.metadata.date?.description == "2025-06-16")
        #expect(try article("002").metadata.date?.description == "2025-06-19")
        #expect(try article("003").metadata.date == nil)
        #expect(try article("004").metadata.date == nil)
        for other in ["000", "002", "003", "004"] {
            #expect(try article(other).metadata.outlet == nil, "no outlet is invented for \(other)")
        }
    }

    @Test func everyDoubleQuotePairIsAQuotation() {
        #expect(articles.reduce(0) { $0 + $1.quotations.count } == 27)
    }

    @Test func noKingsIsATermEveryTime() {
        let noKings = articles.flatMap(\.quotations).filter { $0.text == "No Kings" }
        #expect(noKings.count >= 3)
        #expect(noKings.allSatisfy { $0.kind == .term && $0.speaker == nil })
    }

    @Test func everyOtherQuotationHasItsSpeaker() throws {
        let expected: [String: [String]] = [
            "000": ["Donald Trump", "Donald Trump"],
            "001": Array(repeating: "Donald Trump", count: 7) + ["Donald Trump", "Donald Trump"],
            "002": ["Donald Trump", "Donald Trump", "Donald Trump", "Donald Trump", "Tricia McLaughlin"],
            "003": ["Donald Trump", "Donald Trump", "Donald Trump"],
            "004": ["Donald Trump", "Department of Homeland Security", "Brandon Johnson", "the Adams spokeswoman"],
        ]
        for (prefix, speakers) in expected {
            let quotes = try article(prefix).quotations.filter { $0.kind == .quote }
            #expect(quotes.map(\.speaker) == speakers.map { Optional($0) }, "speakers of \(prefix)")
        }
    }

    @Test func subheadingsLabelsAndTrailers() throws {
        let opinion = try article("002")
        #expect(zip(opinion.blocks, opinion.blockTexts).contains { $0.kind == .heading && $1 == "Political Rhetoric and Allegations" })
        #expect(zip(opinion.blocks, opinion.blockTexts).contains { $0.kind == .label && $1 == "Author’s Opinion" })
        #expect(opinion.blocks.last?.kind == .trailer)
        #expect(try article("001").blocks.last?.kind == .trailer)
        let mayors = try article("004")
        #expect(zip(mayors.blocks, mayors.blockTexts).contains { $0.kind == .heading && $1 == "Mayors in Trump-targeted cities respond" })
        #expect(mayors.blockTexts.allSatisfy { $0 != "Share and Follow" && !$0.hasPrefix("()") })
    }

    @Test func blocksHoldOnlyRangesAndTheirTextsComeFromTheArticle() throws {
        for article in Fixtures.seedArticles() {
            #expect(article.blockTexts.joined(separator: "\n\n") == article.text)
        }
        #expect(try article("002").blockTexts.contains("Author’s Opinion"))
    }
}

