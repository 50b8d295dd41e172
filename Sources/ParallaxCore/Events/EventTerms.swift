/// An article's terms for event grouping (`ArticleTerms`), each term as a stable 64-bit hash of
/// its text with its count, sorted by hash: worked out once when the article is read and kept
/// with its body, so finding events again need not read every article's words anew.
public struct EventTerms: Sendable, Equatable {
    struct Count: Sendable, Equatable {
        let term: UInt64
        let count: Int32
    }

    var words: [Count]
    var names: [Count]
    var quotes: [Count]
    var headline: [Count]

    init(_ terms: ArticleTerms) {
        words = Self.hashed(terms.words)
        names = Self.hashed(terms.names)
        quotes = Self.hashed(terms.quotes)
        headline = Self.hashed(terms.headline)
    }

    /// The terms kept with the article's body; where some of its blocks are furniture (which
    /// only the whole corpus shows) or none were kept, its terms worked out anew.
    static func of(_ article: Article, furniture: Set<Int>) -> EventTerms {
        if furniture.isEmpty, let kept = article.body.eventTerms { return kept }
        return EventTerms(ArticleTerms(article, furniture: furniture))
    }

    private init(words: [Count], names: [Count], quotes: [Count], headline: [Count]) {
        self.words = words
        self.names = names
        self.quotes = quotes
        self.headline = headline
    }

    private static func hashed(_ counts: [String: Int]) -> [Count] {
        counts.map { Count(term: FNV1a.hash($0.key.utf8), count: Int32(clamping: $0.value)) }.sorted { $0.term < $1.term }
    }

    func archive(into writer: inout ArchiveWriter) {
        for kind in [words, names, quotes, headline] {
            writer.write(kind.count)
            for entry in kind {
                writer.write(hash: entry.term)
                writer.write(Int(entry.count))
            }
        }
    }

    init(unarchiving reader: inout ArchiveReader) throws {
        func kind() throws -> [Count] {
            try reader.readArray { reader in
                let term = try reader.readHash()
                let count = try reader.readCount()
                guard count > 0, count <= Int(Int32.max) else { throw ArchiveDamage("a term counted \(count) times") }
                return Count(term: term, count: Int32(count))
            }
        }
        self.init(words: try kind(), names: try kind(), quotes: try kind(), headline: try kind())
    }
}
