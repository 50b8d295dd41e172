import Foundation
import Testing
@testable import SyntheticNews

/// The benchmark's corpus: the same for the same size and seed, shaped like news.
struct NewsGeneratorTests {
    @Test func theSameSizeGivesTheSameCorpus() {
        var first = NewsGenerator(seed: 1), second = NewsGenerator(seed: 1)
        let a = first.articles(300), b = second.articles(300)
        #expect(a.map(\.json) == b.map(\.json))
        #expect(a.map(\.fileName) == b.map(\.fileName))
    }

    @Test func aSmallerCorpusIsTheStartOfALargerOne() {
        var small = NewsGenerator(seed: 1), large = NewsGenerator(seed: 1)
        #expect(small.articles(50).map(\.json) == Array(large.articles(120).prefix(50)).map(\.json))
    }

    @Test func anotherSeedGivesAnotherCorpus() {
        var first = NewsGenerator(seed: 1), second = NewsGenerator(seed: 2)
        #expect(first.articles(20).map(\.json) != second.articles(20).map(\.json))
    }

    @Test func eventsAreCoveredByTwoToTenOutletsWithSharedQuotations() throws {
        var generator = NewsGenerator(seed: 3)
        let articles = generator.articles(2000)
        let events = Dictionary(grouping: articles, by: \.event)
        // The last event may be cut short by the count.
        let whole = events.filter { $0.key != articles.last?.event }
        #expect(whole.values.allSatisfy { (2...10).contains($0.count) })
        let records = try articles.map { try JSONSerialization.jsonObject(with: Data($0.json.utf8)) as! [String: Any] }
        #expect(Set(records.map { $0["source_domain"] as! String }).count > 50)
        #expect(Set(records.map { ($0["date_publish"] as! String).prefix(4) }).count >= 3, "dates over years")
        let quoting = records.filter { ($0["maintext"] as! String).contains("“") }
        #expect(quoting.count > articles.count / 3)
        #expect(records.allSatisfy { ($0["newsCluster"] as? [String: String])?["Event"] != nil })
    }

    @Test func wordsFollowZipf() {
        var generator = NewsGenerator(seed: 1)
        var counts: [String: Int] = [:]
        for article in generator.articles(200) {
            for word in article.json.split(whereSeparator: { !$0.isLetter }) { counts[word.lowercased(), default: 0] += 1 }
        }
        let ranked = counts.values.sorted(by: >)
        // A few words very often, a long tail of rare ones.
        #expect(ranked[0] > 50 * ranked[ranked.count / 2])
        #expect(counts.count > 5000)
    }
}
