import Foundation
import Testing
@testable import ParallaxCore

/// Articles whose bodies are kept on a shelf read them back when asked, a slice at once for a
/// pass; the cache as a shelf falls back to the file while its bytes are unchanged.
struct ShelfTests {
    /// A shelf in memory that counts how often it is asked.
    final class CountingShelf: BodyShelf, @unchecked Sendable {
        var bodies: [ShelfLabel: ArticleBody] = [:]
        private(set) var requests: [[ShelfLabel]] = []

        func bodies(at labels: [ShelfLabel]) -> [ArticleBody?] {
            requests.append(labels)
            return labels.map { bodies[$0] }
        }
    }

    /// A cache in memory, as the store keeps files: by key, with their readings.
    final class MemoryCache: ReadingCache, @unchecked Sendable {
        var files: [String: KeptFile] = [:]
        private(set) var asked = 0
        /// False as on a read-only or full disk: nothing is kept.
        var writable = true

        func keptFiles(at paths: [String]) -> [String: KeptFile] {
            asked += 1
            return files.filter { paths.contains($0.key) }
        }

        func keep(_ files: [KeptFile]) -> Bool {
            guard writable else { return false }
            for file in files { self.files[file.stamp.path] = file }
            return true
        }

        func forgetFiles(under folder: String, except present: Set<String>) {}
        func keptFindings(for key: String) -> KeptFindings? { nil }
        func keep(_ findings: KeptFindings) {}
    }

    private func shelve(_ articles: [Article], on shelf: CountingShelf) -> [Article] {
        articles.enumerated().map { position, article in
            let label = ShelfLabel(key: article.path, contentHash: UInt64(position), body: article.body)
            shelf.bodies[label] = article.body
            return article.shelved(label, on: shelf)
        }
    }

    @Test func aShelvedArticleReadsItsBodyBack() {
        let seeds = Fixtures.seedArticles()
        let shelf = CountingShelf()
        let shelved = shelve(seeds, on: shelf)
        for (article, original) in zip(shelved, seeds) {
            #expect(article.isShelved)
            #expect(article.text == original.text)
            #expect(article.blocks == original.blocks)
            #expect(article.blockTexts == original.blockTexts)
            #expect(article.wordCount == original.wordCount)
            #expect(article.quotations == original.quotations)
            #expect(article.blockPrints == original.blockPrints)
        }
        #expect(shelved == seeds)
    }

    @Test func aPassReadsEachSliceAtOnce() {
        let seeds = Fixtures.seedArticles()
        let shelf = CountingShelf()
        let shelved = shelve(seeds, on: shelf)
        var seen: [Article] = []
        Article.forEachSlice(of: shelved, size: 2) { offset, slice in
            #expect(offset == seen.count)
            #expect(slice.allSatisfy { !$0.isShelved })
            seen += slice
        }
        #expect(shelf.requests.map(\.count) == [2, 2, 1])
        #expect(seen.map(\.text) == seeds.map(\.text))
    }

    @Test func shelvedArticlesAreComparedWithoutReadingThemBack() {
        let seeds = Fixtures.seedArticles()
        let shelf = CountingShelf()
        let first = shelve(seeds, on: shelf), second = shelve(seeds, on: shelf)
        #expect(first[0].hasSameBody(as: second[0]))
        #expect(!first[0].hasSameBody(as: second[1]))
        // Nor are their blocks' prints, which event grouping takes of every article.
        #expect(first.map(\.blockPrints) == seeds.map(\.blockPrints))
        #expect(shelf.requests.isEmpty)
        // Against one in memory, the body itself is compared.
        #expect(first[2].hasSameBody(as: seeds[2]))
        #expect(!first[2].hasSameBody(as: seeds[3]))
    }

    @Test func aLostBodyIsEmptyAndNothingTraps() throws {
        let article = try Fixtures.article("“We will rebuild,” the mayor said on Monday.\n\nThe bridge reopens in May.")
        let shelf = CountingShelf()
        let lost = article.shelved(ShelfLabel(key: "/gone.txt", contentHash: 1, body: article.body), on: shelf)
        #expect(lost.text.isEmpty)
        #expect(lost.blocks.isEmpty)
        #expect(lost.blockTexts.isEmpty)
        #expect(lost.wordCount == article.wordCount)
        #expect(Article.unshelved([lost])[0].text.isEmpty)
        // Its quotations' ranges point past the empty text: a search by speaker finds no hit
        // there, and neither a snippet nor a command's record traps.
        let query = try QueryParser.parse("speaker:mayor")
        #expect(!ArticleHits(query, in: article).body.isEmpty)
        #expect(ArticleHits(query, in: lost).body.isEmpty)
        #expect(Snippet(lost, hits: ArticleHits(query, in: article).body, width: 40).text.isEmpty)
        let corpus = Corpus(articles: [lost], events: [], statements: [])
        let result = SearchResult(article: 0, score: 1)
        #expect(SearchRecord.records([result], query: query, in: corpus).first?.hits.isEmpty == true)
    }

    @Test func aBodyOfAnotherReadingIsNotTaken() throws {
        // The same bytes read by another build give another body: the label's sizes tell.
        let article = try Fixtures.article("“We will rebuild,” the mayor said.\n\nThe bridge reopens in May.")
        let label = ShelfLabel(key: "/bridge.txt", contentHash: 7, body: article.body)
        #expect(label.fits(article.body))
        #expect(!label.fits(ArticleBody(text: article.text + " ", blocks: article.blocks)))
        #expect(!label.fits(ArticleBody(text: article.text, blocks: Array(article.blocks.dropLast()))))
    }

    @Test func theCacheGivesBodiesBackAndTheFileStandsInWhileItIsUnchanged() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("bridge.txt").path
        let bytes = Data("“We will rebuild,” the mayor said on Monday.\n\nThe bridge reopens in May.\n".utf8)
        try bytes.write(to: URL(fileURLWithPath: path))
        let cache = MemoryCache()
        let loaded = CorpusLoader.load(paths: [path], cache: cache).articles
        #expect(loaded.count == 1 && loaded[0].isShelved)
        let original = try ArticleReader.read(data: bytes, path: path)
        #expect(loaded[0].text == original.text)

        // Read once, then served from the recent bodies.
        let asked = cache.asked
        _ = loaded[0].blocks
        #expect(cache.asked == asked)

        // The cache emptied: the file, unchanged, gives the body again.
        let label = ShelfLabel(key: path, contentHash: FNV1a.hash(bytes), body: original.body)
        let emptied = CachedBodies(cache: MemoryCache())
        #expect(emptied.bodies(at: [label]) == [original.body])

        // The file changed too: no body rather than another text under the quotations.
        try Data("Another text altogether.\n".utf8).write(to: URL(fileURLWithPath: path))
        #expect(CachedBodies(cache: MemoryCache()).bodies(at: [label]) == [nil])
    }

    @Test func withoutACacheTheBodiesStayInMemory() {
        #expect(Fixtures.seedArticles().allSatisfy { !$0.isShelved })
    }

    @Test func aCacheThatCannotKeepLeavesTheBodiesInMemory() {
        let cache = MemoryCache()
        cache.writable = false
        let articles = CorpusLoader.load(paths: [Fixtures.seeds], cache: cache).articles
        #expect(articles.count == 5)
        #expect(articles.allSatisfy { !$0.isShelved })
        #expect(articles.map(\.text) == Fixtures.seedArticles().map(\.text))
        #expect(cache.asked == 1)
    }

    @Test func aShelvedCorpusIsAnalysedAndIndexedAsOneInMemory() {
        let seeds = Fixtures.seedArticles()
        let shelved = shelve(seeds, on: CountingShelf())
        let held = Corpus(analysing: seeds), onShelf = Corpus(analysing: shelved)
        #expect(onShelf.events == held.events)
        #expect(onShelf.statements == held.statements)
        let query = try! QueryParser.parse("ICE")
        #expect(SearchIndex(corpus: onShelf).search(query).map(\.article) == SearchIndex(corpus: held).search(query).map(\.article))
    }
}
