extension Corpus {
    /// Finds the events the articles report and the statements their quotations share.
    public init(analysing articles: [Article]) {
        let events = EventDetector.events(in: articles)
        self.init(articles: articles, events: events, statements: StatementFinder.statements(in: articles, events: events))
    }
}
