import Foundation
import Testing
@testable import ParallaxCore

/// Articles, findings and the search index as bytes and back; damaged bytes throw, never trap.
struct ArchiveTests {
    private func archived(_ article: Article) -> [UInt8] {
        var writer = ArchiveWriter()
        article.archive(into: &writer)
        return writer.bytes
    }

    @Test func seedArticlesComeBackEqual() throws {
        for article in Fixtures.seedArticles() {
            var reader = ArchiveReader(archived(article))
            let back = try Article(unarchiving: &reader, path: article.path)
            #expect(back == article)
            #expect(reader.isAtEnd)
        }
    }

    @Test func anArticleTakesTheIdOfThePathItIsReadUnder() throws {
        let article = try Fixtures.article("A plain report that says “something worth saying here,” she said.", path: "a/one.txt")
        var reader = ArchiveReader(archived(article))
        let back = try Article(unarchiving: &reader, path: "b/two.txt")
        #expect(back.id == "two")
        #expect(back.path == "b/two.txt")
        #expect(back.quotations == article.quotations)
    }

    @Test func everyTruncationThrows() throws {
        let bytes = archived(Fixtures.seedArticles()[4])
        for length in stride(from: 0, to: bytes.count, by: 7) {
            var reader = ArchiveReader(Array(bytes.prefix(length)))
            #expect(throws: ArchiveDamage.self) { _ = try Article(unarchiving: &reader, path: "x.txt") }
        }
    }

    @Test func scrambledBytesNeverTrap() {
        let bytes = archived(Fixtures.seedArticles()[1])
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<300 {
            var damaged = bytes
            for _ in 0..<4 { damaged[Int.random(in: 0..<damaged.count, using: &generator)] = UInt8.random(in: 0...255, using: &generator) }
            var reader = ArchiveReader(damaged)
            // Either it reads (the damage hit a letter) or it throws; what it gives must still be in range.
            if let article = try? Article(unarchiving: &reader, path: "x.txt") {
                let length = article.text.unicodeScalars.count
                #expect(article.blocks.allSatisfy { $0.range.upperBound <= length })
                #expect(article.quotations.allSatisfy { $0.ranges.allSatisfy { $0.upperBound <= length } })
                // Blocks in any order still cut their texts from the article's.
                #expect(article.blockTexts.count == article.blocks.count)
            }
        }
    }

    @Test func findingsAndIndexComeBackAndSearchAlike() throws {
        let corpus = Corpus(analysing: Fixtures.seedArticles())
        var writer = ArchiveWriter()
        corpus.archiveFindings(into: &writer)
        var reader = ArchiveReader(writer.bytes)
        let back = try Corpus(articles: Fixtures.seedArticles(), unarchivingFindings: &reader)
        #expect(back.events == corpus.events)
        #expect(back.statements == corpus.statements)
        #expect(back.articles == corpus.articles)

        let index = SearchIndex(corpus: corpus)
        var indexReader = ArchiveReader(Self.archived(index))
        let indexBack = try SearchIndex(unarchiving: &indexReader)
        for text in ["deportation", "\"No Kings\"", "speaker:johnson", "in:quotes farmers", "dep"] {
            let query = try QueryParser.parse(text)
            #expect(indexBack.search(query).map(\.article) == index.search(query).map(\.article), "\(text)")
        }
    }

    /// An index's archive whole, as one part.
    static func archived(_ index: SearchIndex) -> [UInt8] {
        var bytes: [UInt8] = []
        index.archive(inPartsOf: .max) { bytes += $0 }
        return bytes
    }

    @Test func anIndexArchivedInPartsIsTheSameBytes() throws {
        let index = SearchIndex(corpus: Corpus(analysing: Fixtures.seedArticles()))
        var parts: [[UInt8]] = []
        index.archive(inPartsOf: 200) { parts.append($0) }
        #expect(parts.count > 3)
        #expect(parts.dropLast().allSatisfy { $0.count >= 200 })
        #expect(parts.allSatisfy { !$0.isEmpty })
        #expect(Array(parts.joined()) == Self.archived(index))
        // Read back from its parts joined, it finds what it found.
        var reader = ArchiveReader(Array(parts.joined()))
        let back = try SearchIndex(unarchiving: &reader)
        let query = try QueryParser.parse("farmers")
        #expect(back.search(query).map(\.article) == index.search(query).map(\.article))
    }

    @Test func aDamagedIndexThrows() {
        let index = SearchIndex(corpus: Corpus(analysing: Fixtures.seedArticles()))
        var bytes = Self.archived(index)
        bytes.removeLast(3)
        var reader = ArchiveReader(bytes)
        #expect(throws: ArchiveDamage.self) { _ = try SearchIndex(unarchiving: &reader) }
    }

    @Test func blocksInAnyOrderCutTheirOwnTexts() {
        let text = "First block.\n\nSecond one."
        let block = { (range: Range<Int>) in Block(kind: .paragraph, range: range, sentences: [], section: nil, datelineLength: 0, wordCount: 0) }
        // Reversed, overlapping and empty, as a damaged archive may have them.
        let article = Article(id: "x", path: "x.txt", metadata: ArticleMetadata(), text: text,
                              blocks: [block(14..<25), block(0..<12), block(6..<18), block(3..<3)], quotations: [])
        #expect(article.blockTexts == ["Second one.", "First block.", "block.\n\nSeco", ""])
    }
}

