import Foundation
import Testing
@testable import ParallaxCore

/// The terms event grouping weighs are worked out as an article is read and kept with its
/// body: they must be those worked out anew from the article, and come back from the cache.
@Suite struct EventTermsTests {
    private let signUp = "Get the day's top stories from our newsroom delivered to your inbox every morning."

    private func reports() throws -> [Article] {
        Fixtures.seedArticles() + [
            try Fixtures.story("dateline", outlet: "Reuters", date: "2024-03-02", title: "Storm floods Lisbon suburbs",
                               "LISBON (Reuters) - Floods swept through the suburbs of Lisbon on Saturday, the civil protection agency said.\n\n"
                               + "“We have never seen water rise this fast in the Tagus valley,” said mayor Carlos Moedas.\n\n"
                               + "Copyright 2024 Reuters. All rights reserved."),
            try Fixtures.article("No headline here, only a lead about Angela Merkel meeting Emmanuel Macron in Berlin on Tuesday.", path: "lead.txt"),
        ]
    }

    private func report(_ id: String) throws -> Article {
        try #require(try reports().first { $0.id == id })
    }

    /// The same article made without its terms, as a test or a view makes one.
    private func withoutTerms(_ article: Article) -> Article {
        Article(id: article.id, path: article.path, metadata: article.metadata, text: article.text,
                blocks: article.blocks, quotations: article.quotations)
    }

    private func archived(_ article: Article) throws -> Article {
        var writer = ArchiveWriter()
        article.archive(into: &writer)
        var reader = ArchiveReader(writer.bytes)
        return try Article(unarchiving: &reader, path: article.path)
    }

    @Test func termsKeptAsTheArticleIsReadAreThoseWorkedOutAnew() throws {
        for article in try reports() {
            let kept = try #require(article.body.eventTerms, "\(article.id) was read with its terms")
            #expect(kept == EventTerms(ArticleTerms(article)), "\(article.id)")
            #expect(EventTerms.of(withoutTerms(article), furniture: []) == kept, "\(article.id)")
        }
    }

    @Test func termsLeaveOutTheDatelineAndTheNoticeOfCopyright() throws {
        let terms = ArticleTerms(try report("dateline"))
        #expect(terms.words["lisbon"] == 3, "once in the text and twice for the headline, never for the dateline")
        #expect(terms.words["reuters"] == nil)
        #expect(terms.words["copyright"] == nil)
    }

    @Test func oneWordComposedOrNotIsOneTerm() throws {
        let composed = try Fixtures.article("Officials said Jos\u{E9} Ramos arrived in Lisbon on Monday.", path: "a.txt")
        let decomposed = try Fixtures.article("Officials said Jose\u{301} Ramos arrived in Lisbon on Monday.", path: "b.txt")
        #expect(composed.body.eventTerms == decomposed.body.eventTerms)
    }

    @Test func anArticleWithFurnitureHasItsTermsWorkedOutWithoutIt() throws {
        let articles = [
            try Fixtures.story("shots", outlet: "CNN", date: "2017-10-02", title: "shots", "The first shots were fired in Las Vegas shortly after ten.\n\n" + signUp),
            try Fixtures.story("oil", outlet: "CNN", date: "2017-12-29", title: "oil", "China was accused of letting oil into North Korea.\n\n" + signUp),
        ]
        let furniture = OutletFurniture.blocks(of: articles)
        #expect(furniture == [[1], [1]])
        let furnished = EventTerms.of(articles[0], furniture: furniture[0])
        #expect(furnished == EventTerms(ArticleTerms(articles[0], furniture: [1])))
        #expect(furnished != articles[0].body.eventTerms)
    }

    @Test func aNoticeOfCopyrightAloneKeepsTheKeptTerms() throws {
        let article = try report("dateline")
        let notice = try #require(OutletFurniture.blocks(of: [article]).first)
        #expect(notice.count == 1)
        #expect(EventTerms.of(article, furniture: notice) == article.body.eventTerms)
        #expect(EventTerms.of(withoutTerms(article), furniture: notice) == article.body.eventTerms)
    }

    @Test func keptTermsComeBackFromTheArchive() throws {
        for article in try reports() {
            let back = try archived(article)
            #expect(back.body.eventTerms != nil)
            #expect(back.body.eventTerms == article.body.eventTerms)
        }
        let without = try archived(withoutTerms(try report("lead")))
        #expect(without.body.eventTerms == nil)
    }

    @Test func keptTermsComeBackThroughTheCache() throws {
        let cache = ShelfTests.MemoryCache()
        let shelved = CorpusLoader.load(paths: [Fixtures.seeds], cache: cache).articles
        #expect(shelved.allSatisfy { $0.isShelved })
        let read = Article.unshelved(shelved)
        #expect(read.map(\.body.eventTerms) == Fixtures.seedArticles().map(\.body.eventTerms))
        #expect(read.allSatisfy { $0.body.eventTerms != nil })
    }

    @Test func damagedTermsThrow() {
        func terms(_ write: (inout ArchiveWriter) -> Void) -> [UInt8] {
            var writer = ArchiveWriter()
            write(&writer)
            return writer.bytes
        }
        let damaged: [(String, [UInt8])] = [
            ("counted no times", terms { $0.write(1); $0.write(hash: 42); $0.write(0) }),
            ("counted past Int32", terms { $0.write(1); $0.write(hash: 42); $0.write(Int(Int32.max) + 1) }),
            ("a hash cut short", Array(terms { $0.write(1); $0.write(hash: 42) }.prefix(5))),
            ("out of order", terms { $0.write(2); $0.write(hash: 42); $0.write(1); $0.write(hash: 7); $0.write(1) }),
            ("twice", terms { $0.write(2); $0.write(hash: 42); $0.write(1); $0.write(hash: 42); $0.write(1) }),
        ]
        for (what, bytes) in damaged {
            var reader = ArchiveReader(bytes)
            #expect(throws: ArchiveDamage.self, "\(what)") { _ = try EventTerms(unarchiving: &reader) }
        }
    }

    @Test func eventsAreTheSameWithKeptTermsAndWithout() throws {
        let articles = try reports() + TrumpStories.tariffs() + TrumpStories.pardon()
        let events = EventDetector.events(in: articles)
        #expect(events.count > 1)
        #expect(EventDetector.events(in: articles.map(withoutTerms)) == events)
    }
}
