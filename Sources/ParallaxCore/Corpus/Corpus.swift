/// The articles with what is known across them: the events they report and the statements
/// their quotations share. Built once when the articles load; the UI and the commands read it.
public struct Corpus: Sendable {
    public let articles: [Article]
    public let events: [Event]
    public let statements: [Statement]
    /// The index in `events` of each article's event, by article index.
    public let eventOfArticle: [Int]
    private let articleIndex: [String: Int]

    /// Links each quotation to its statement, so every view of a quotation knows it is shared.
    public init(articles: [Article], events: [Event], statements: [Statement]) {
        var index: [String: Int] = [:]
        for (position, article) in articles.enumerated() { index[article.id] = position }
        var linked = articles
        for statement in statements {
            for carrier in statement.carriers {
                guard let position = index[carrier.article], linked[position].quotations.indices.contains(carrier.quotation) else { continue }
                linked[position].quotations[carrier.quotation].statement = statement.id
            }
        }
        var eventOf = Array(repeating: -1, count: articles.count)
        for (number, event) in events.enumerated() {
            for id in event.articles { if let position = index[id] { eventOf[position] = number } }
        }
        self.articles = linked
        self.events = events
        self.statements = statements
        self.eventOfArticle = eventOf
        self.articleIndex = index
    }

    public func index(of id: String) -> Int? {
        articleIndex[id]
    }

    /// The event an article reports, nil only for an article no event was given.
    public func event(ofArticle position: Int) -> Event? {
        let number = eventOfArticle[position]
        return events.indices.contains(number) ? events[number] : nil
    }

    /// The indices of the articles that report the same event as this one, itself included, in the event's order.
    public func eventArticles(of position: Int) -> [Int] {
        event(ofArticle: position)?.articles.compactMap { articleIndex[$0] } ?? [position]
    }

    public func statements(ofEvent id: String) -> [Statement] {
        statements.filter { $0.event == id }
    }
}
