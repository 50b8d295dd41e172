import Foundation

/// An article's terms for event grouping (`ArticleTerms`), each term as a stable 64-bit hash of
/// its text with its count, sorted by hash: worked out once when the article is read and kept
/// with its body, so finding events again need not read every article's words anew.
public struct EventTerms: Sendable, Equatable {
    struct Count: Sendable, Equatable {
        let termHash: UInt64
        let count: Int32
    }

    var words: [Count]
    var names: [Count]
    var quotes: [Count]
    var headline: [Count]

    init(_ terms: ArticleTerms) {
        self.init(words: Self.hashed(terms.words), names: Self.hashed(terms.names),
                  quotes: Self.hashed(terms.quotes), headline: Self.hashed(terms.headline))
    }

    init(words: [Count], names: [Count], quotes: [Count], headline: [Count]) {
        self.words = words
        self.names = names
        self.quotes = quotes
        self.headline = headline
    }

    /// The terms kept with the article's body, which leave out its notices of copyright; where
    /// other blocks are furniture (which only the whole corpus shows) or none were kept, its
    /// terms worked out anew.
    static func of(_ article: Article, furniture: Set<Int>) -> EventTerms {
        if let kept = article.body.eventTerms, furniture.isEmpty || Self.onlyNotices(furniture, of: article) { return kept }
        return EventTerms(ArticleTerms(article, furniture: furniture))
    }

    private static func onlyNotices(_ blocks: Set<Int>, of article: Article) -> Bool {
        let prints = article.blockPrints
        return blocks.allSatisfy { $0 < prints.count && prints[$0].isNotice }
    }

    /// Hashed in their composed form: as strings, "José" written with or without a combining
    /// accent is one term.
    private static func hashed(_ counts: [String: Int]) -> [Count] {
        counts.map { term, count in
            let composed = term.utf8.allSatisfy { $0 < 0x80 } ? term : term.precomposedStringWithCanonicalMapping
            return Count(termHash: FNV1a.hash(composed.utf8), count: Int32(clamping: count))
        }.sorted { $0.termHash < $1.termHash }
    }
}
