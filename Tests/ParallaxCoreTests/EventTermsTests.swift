import Testing
@testable import ParallaxCore

/// The terms event grouping weighs are worked out as an article is read and kept with its
/// body: they must be those worked out anew from the article, and come back from the cache.
@Suite struct EventTermsTests {
    private func reports() throws -> [Article] {
        Fixtures.seedArticles() + [
            try Fixtures.story("dateline", outlet: "Reuters", date: "2024-03-02", title: "Storm floods Lisbon suburbs",
                               "LISBON (Reuters) - Floods swept through the suburbs of Lisbon on Saturday, the civil protection agency said.\n\n"
                               + "“We have never seen water rise this fast in the Tagus valley,” said mayor Carlos Moedas."),
            try Fixtures.article("No headline here, only a lead about Angela Merkel meeting Emmanuel Macron in Berlin on Tuesday.", path: "lead.txt"),
        ]
    }

    /// The same article made without its terms, as a test or a view makes one.
    private func withoutTerms(_ article: Article) -> Article {
        Article(id: article.id, path: article.path, metadata: article.metadata, text: article.text,
                blocks: article.blocks, quotations: article.quotations)
    }

    @Test func termsKeptAsTheArticleIsReadAreThoseWorkedOutAnew() throws {
        for article in try reports() {
            let kept = try #require(article.body.eventTerms, "\(article.id) was read with its terms")
            #expect(kept == EventTerms(ArticleTerms(article)), "\(article.id)")
            #expect(EventTerms.of(withoutTerms(article), furniture: []) == kept, "\(article.id)")
        }
    }

    @Test func termsLeaveOutTheDateline() throws {
        let article = try reports()[5]
        #expect(ArticleTerms(article).words["lisbon"] == 3, "once in the text and twice for the headline, never for the dateline")
    }

    @Test func anArticleWithFurnitureHasItsTermsWorkedOutWithoutIt() throws {
        let signUp = "Get the day's top stories from our newsroom delivered to your inbox every morning."
        let articles = [
            try Fixtures.story("shots", outlet: "CNN", date: "2017-10-02", title: "shots", "The first shots were fired in Las Vegas shortly after ten.\n\n" + signUp),
            try Fixtures.story("oil", outlet: "CNN", date: "2017-12-29", title: "oil", "China was accused of letting oil into North Korea.\n\n" + signUp),
        ]
        let furnished = EventTerms.of(articles[0], furniture: [1])
        #expect(furnished == EventTerms(ArticleTerms(articles[0], furniture: [1])))
        #expect(furnished != articles[0].body.eventTerms)
    }

    @Test func keptTermsComeBackFromTheArchive() throws {
        for article in try reports() {
            var writer = ArchiveWriter()
            article.archive(into: &writer)
            var reader = ArchiveReader(writer.bytes)
            let back = try Article(unarchiving: &reader, path: article.path)
            #expect(back.body.eventTerms != nil)
            #expect(back.body.eventTerms == article.body.eventTerms)
        }
    }

    @Test func anArticleArchivedWithoutTermsComesBackWithout() throws {
        let article = withoutTerms(try reports()[0])
        var writer = ArchiveWriter()
        article.archive(into: &writer)
        var reader = ArchiveReader(writer.bytes)
        #expect(try Article(unarchiving: &reader, path: article.path).body.eventTerms == nil)
    }

    @Test func aTermCountedNoTimesIsDamage() {
        var writer = ArchiveWriter()
        writer.write(1)
        writer.write(hash: 42)
        writer.write(0)
        var reader = ArchiveReader(writer.bytes)
        #expect(throws: ArchiveDamage.self) { _ = try EventTerms(unarchiving: &reader) }
    }

    @Test func eventsAreTheSameWithKeptTermsAndWithout() throws {
        let articles = try reports() + TrumpStories.tariffs() + TrumpStories.pardon()
        let events = EventDetector.events(in: articles)
        #expect(events.count > 1)
        #expect(EventDetector.events(in: articles.map(withoutTerms)) == events)
    }
}
