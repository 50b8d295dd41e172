/// An article that answers a query, with its rank's score.
public struct SearchResult: Sendable, Equatable {
    /// The article's index in the corpus.
    public let article: Int
    public let score: Double
}
