/// The articles of several outlets (or one) that report the same story.
public struct Event: Sendable, Equatable, Identifiable {
    /// The id of its most central article, so an event keeps its id as the corpus grows.
    public let id: String
    /// The title of its most central article.
    public let title: String
    /// Its articles' ids, by date (undated last), then outlet, then id.
    public let articles: [String]
    /// The outlets of its articles, each once, in the order of `articles`.
    public let outlets: [String]
    /// The first and last dates of its articles, nil when none is dated.
    public let dates: ClosedRange<PublicationDate>?

    public init(id: String, title: String, articles: [String], outlets: [String], dates: ClosedRange<PublicationDate>?) {
        self.id = id
        self.title = title
        self.articles = articles
        self.outlets = outlets
        self.dates = dates
    }
}
