/// `events`: one event. Every key is always present; dates are null when no article is dated.
public struct EventRecord: Encodable, Equatable, Sendable {
    public let id: String
    public let title: String
    public let articles: [String]
    public let outlets: [String]
    public let firstDate: String?
    public let lastDate: String?

    public init(_ event: Event) {
        id = event.id
        title = event.title
        articles = event.articles
        outlets = event.outlets
        firstDate = event.dates?.lowerBound.description
        lastDate = event.dates?.upperBound.description
    }

    enum CodingKeys: String, CodingKey { case id, title, articles, outlets, firstDate = "first_date", lastDate = "last_date" }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(title, forKey: .title)
        try c.encode(articles, forKey: .articles)
        try c.encode(outlets, forKey: .outlets)
        try c.encode(firstDate, forKey: .firstDate)
        try c.encode(lastDate, forKey: .lastDate)
    }
}
