extension Corpus {
    /// Finds the events the articles report and the statements their quotations share.
    public init(analysing articles: [Article]) {
        let events = EventDetector.events(in: articles)
        self.init(articles: articles, events: events, statements: StatementFinder.statements(in: articles, events: events))
    }

    /// The statements two articles share: their event's, or, for articles of different events,
    /// those found when the two are taken as one.
    public func statements(comparing left: Int, _ right: Int) -> [Statement] {
        if eventOfArticle[left] == eventOfArticle[right], let event = event(ofArticle: left) { return statements(ofEvent: event.id) }
        let pair = [articles[left], articles[right]]
        let event = Event(id: pair[0].id, title: "", articles: pair.map(\.id), outlets: [], dates: nil)
        return StatementFinder.statements(in: pair, events: [event])
    }
}
