import Testing
@testable import ParallaxCore

/// Searching a corpus: what matches, in which order, and where the hits are.
@Suite struct SearchTests {
    private func story(_ id: String, date: String = "2025-06-16", outlet: String = "Wire", title: String, _ body: String) throws -> Article {
        try Fixtures.article("---\ntitle: \(title)\noutlet: \(outlet)\ndate: \(date)\n---\n\(body)\n", path: "\(id).txt")
    }

    private func ids(_ query: String, in corpus: Corpus, typing: Bool = false) throws -> [String] {
        SearchIndex(corpus: corpus).search(try QueryParser.parse(query, typing: typing)).map { corpus.articles[$0.article].id }
    }

    private static let seeds = Corpus(analysing: Fixtures.seedArticles())
    private func seedIDs(_ query: String) throws -> Set<String> {
        Set(try ids(query, in: Self.seeds).map { String($0.prefix(3)) })
    }

    @Test func theSeedsAnswerAsAReaderExpects() throws {
        #expect(try seedIDs("deportation") == ["000", "001", "002", "003", "004"])
        #expect(try seedIDs("\"No Kings\"") == ["001", "002", "004"])
        #expect(try seedIDs("Bovino") == ["004"])
        #expect(try seedIDs("speaker:johnson") == ["004"])
        #expect(try seedIDs("speaker:johns").isEmpty, "a name's words match whole")
        #expect(try Set(ids("speaker:johns", in: Self.seeds, typing: true).map { String($0.prefix(3)) }) == ["004"])
        #expect(try seedIDs("farmers") == ["001", "002"])
        #expect(try seedIDs("in:quotes farmers") == ["001"])
        #expect(try seedIDs("outlet:cnn deportation") == ["001"])
        #expect(try seedIDs("deportation -outlet:cnn -Bovino") == ["000", "002", "003"])
        #expect(try seedIDs("date:2025-06-19") == ["002"])
        #expect(try seedIDs("date:..2025-06-18 deportation") == ["000", "001"])
        #expect(try seedIDs("Programme") == ["003"])
        #expect(try seedIDs("Bovin").isEmpty)
        #expect(try Set(ids("Bovin", in: Self.seeds, typing: true).map { String($0.prefix(3)) }) == ["004"])
    }

    @Test func anEventFilterKeepsItsArticles() throws {
        let event = try #require(Self.seeds.events.first { $0.articles.count == 5 })
        #expect(try seedIDs("event:\(event.id) Bovino") == ["004"])
        #expect(try seedIDs("event:nothing deportation").isEmpty)
    }

    @Test func titleOutranksQuotationOutranksBody() throws {
        let corpus = Corpus(analysing: [
            try story("body", title: "A day in the city", "The mayor spoke about the harbour at length today, and little else."),
            try story("quote", title: "A day in the town", "The mayor spoke at length. “The harbour is our future,” she said today."),
            try story("title", title: "The harbour reopens", "The mayor spoke at length today about many things, and little else."),
        ])
        #expect(try ids("harbour", in: corpus) == ["title", "quote", "body"])
    }

    @Test func aSpeakersNameMustBeOneSpeakers() throws {
        let corpus = Corpus(analysing: [
            try story("two", title: "Two voices", "“We will rebuild,” Brandon Smith said. “Not soon,” Jane Johnson said."),
            try story("one", title: "One voice", "“We will rebuild,” Brandon Johnson said."),
        ])
        #expect(try ids("speaker:\"brandon johnson\"", in: corpus) == ["one"])
        #expect(try ids("speaker:\"brandon johnson\" rebuild", in: corpus) == ["one"])
        #expect(try Set(ids("speaker:johnson", in: corpus)) == ["one", "two"])
        #expect(try ids("speaker:johnson rebuild", in: corpus) == ["one"], "Jane Johnson did not say it")
    }

    @Test func equalScoresPutTheNewestFirst() throws {
        let corpus = Corpus(analysing: [
            try story("old", date: "2025-01-02", title: "Flood warning", "Rivers rose across the valley overnight."),
            try story("new", date: "2025-03-04", title: "Flood warning", "Rivers rose across the valley overnight."),
        ])
        #expect(try ids("rivers", in: corpus) == ["new", "old"])
    }

    @Test func aRareWordCountsMoreThanACommonOne() throws {
        let common = "The council met on Monday. "
        let corpus = Corpus(analysing: [
            try story("a", title: "One", common + "The council discussed budgets."),
            try story("b", title: "Two", common + "The council discussed zoning."),
            try story("c", title: "Three", common + "The council discussed zoning and budgets and zoning."),
            try story("d", title: "Four", "Nothing of note: budgets."),
        ])
        // Every article with both words; the one with the rare word twice comes first.
        #expect(try ids("council zoning", in: corpus) == ["c", "b"])
    }

    @Test func aShortPrefixStillFindsTheWordItself() throws {
        let common = ["be", "by", "but", "been", "before", "because", "between", "both", "back"].joined(separator: " ")
        let corpus = Corpus(analysing: [
            try story("plan-b", title: "Ready", "They kept a plan b ready."),
            try story("other", title: "Other", "The plan was " + common + "."),
        ])
        let index = SearchIndex(corpus: corpus)
        #expect(index.terms(withPrefix: "b", limit: 3).first == "b")
        #expect(try Set(ids("plan b", in: corpus, typing: true)) == ["plan-b", "other"])
        #expect(try ids("plan b", in: corpus) == ["plan-b"])
    }

    @Test func aPossessiveIsNotCountedTwiceUnderAPrefix() throws {
        let corpus = Corpus(analysing: [try story("a", title: "T", "Trump’s plan and Trump.")])
        let index = SearchIndex(corpus: corpus)
        #expect(index.terms(withPrefix: "trum", limit: 50) == ["trump"])
        let typed = index.search(try QueryParser.parse("trum", typing: true)).first?.score
        let whole = index.search(try QueryParser.parse("trump")).first?.score
        #expect(typed == whole)
    }

    @Test func phrasesMatchWordsInOrder() throws {
        let corpus = Corpus(analysing: [
            try story("order", title: "A", "Kings said no to the plan."),
            try story("phrase", title: "B", "Protests under the No Kings banner."),
        ])
        #expect(try ids("\"no kings\"", in: corpus) == ["phrase"])
        #expect(Set(try ids("no kings", in: corpus)) == ["order", "phrase"])
    }

    @Test func accentsAndApostrophesFindEachOther() throws {
        let corpus = Corpus(analysing: [try story("a", title: "Ángel’s return", "José didn't say.")])
        #expect(try ids("angel", in: corpus) == ["a"])
        #expect(try ids("ANGEL'S", in: corpus) == ["a"])
        #expect(try ids("jose didn’t", in: corpus) == ["a"])
    }

    @Test func hitsAreEveryOccurrenceWithinTheQuerysScope() throws {
        let article = try story("a", title: "Farmers protest", "Farmers gathered. “We farmers are tired,” Ana Lopez said. The farmers left.")
        let everywhere = ArticleHits(try QueryParser.parse("farmers"), in: article)
        #expect(everywhere.title == [0..<7])
        #expect(everywhere.body.count == 3)
        let quoted = ArticleHits(try QueryParser.parse("in:quotes farmers"), in: article)
        #expect(quoted.title.isEmpty)
        #expect(quoted.body.count == 1)
        let text = Array(article.text.unicodeScalars)
        #expect(String(String.UnicodeScalarView(text[quoted.body[0]])) == "farmers")
        let speaker = ArticleHits(try QueryParser.parse("speaker:lopez"), in: article)
        #expect(speaker.body.count == 1)
        #expect(ArticleHits(try QueryParser.parse("speaker:smith farmers"), in: article).count == 0)
    }

    @Test func aSnippetShowsTheDensestRunOfHits() throws {
        let filler = String(repeating: "Nothing happened here at all. ", count: 10)
        let article = try story("a", title: "T", "A storm came. " + filler + "Then the storm hit the storm wall and the storm passed. " + filler)
        let hits = ArticleHits(try QueryParser.parse("storm"), in: article).body
        let snippet = Snippet(article, hits: hits, width: 60)
        #expect(snippet.pieces.filter(\.isHit).count == 3)
        #expect(snippet.text.hasPrefix("…"))
        #expect(snippet.text.hasSuffix("…"))
        #expect(snippet.text.contains("storm hit the storm wall"))
        #expect(Snippet(article, hits: [], width: 20).text == "A storm came. …")
    }

    @Test func aCorpusReadAgainIndexesOnlyWhatChanged() throws {
        let first = Corpus(analysing: [try story("a", title: "Old", "Snow fell."), try story("b", title: "Other", "Snow melted."),
                                       try story("c", title: "Gone", "Snow again.")])
        var index = SearchIndex(corpus: first)
        // "a" changed, "c" was removed, "0-new" sorts first and shifts every other article's place.
        let second = Corpus(analysing: [try story("0-new", title: "New", "Hail and snow."), try story("a", title: "New", "Rain fell."),
                                        try story("b", title: "Other", "Snow melted.")])
        index.refresh(for: second, changed: ["a"])
        func found(_ query: String) throws -> [String] {
            index.search(try QueryParser.parse(query)).map { second.articles[$0.article].id }.sorted()
        }
        #expect(try found("snow") == ["0-new", "b"])
        #expect(try found("rain") == ["a"])
        #expect(try found("again").isEmpty)
        #expect(index.documentCount == 3)
        #expect(index.search(try QueryParser.parse("event:\(second.event(ofArticle: 2)!.id) melted")).map(\.article) == [2])
    }

    @Test func anEmptyCorpusOrQueryFindsNothing() throws {
        #expect(SearchIndex(corpus: Corpus(analysing: [])).search(try QueryParser.parse("anything")).isEmpty)
        #expect(SearchIndex(corpus: Self.seeds).search(SearchQuery()).isEmpty)
    }
}

/// What a new reading of the files changed.
@Suite struct CorpusChangesTests {
    @Test func addedChangedAndRemovedByID() throws {
        let old = Corpus(analysing: Fixtures.seedArticles()).articles
        var new = Fixtures.seedArticles()
        let removed = new.removeLast()
        new[0] = try Fixtures.article("Rain fell on the city.", path: new[0].path)
        new.append(try Fixtures.article("A new story.", path: "extra.txt"))
        let changes = CorpusChanges(from: old, to: new)
        #expect(changes.added == ["extra"])
        #expect(changes.changed == [new[0].id], "statement links the analysis added are no change")
        #expect(changes.removed == [removed.id])
        #expect(changes.summary == "1 added, 1 changed, 1 removed")
        #expect(CorpusChanges(from: old, to: Fixtures.seedArticles()).summary == "no file added, changed or removed")
    }
}
