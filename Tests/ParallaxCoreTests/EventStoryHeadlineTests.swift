import Testing
@testable import ParallaxCore

/// The second pass weighs a lone report's headline, as the first pass does: its body alone may
/// say too little of the story it belongs to. Between events of several reports it stays out.
@Suite struct EventStoryHeadlineTests {
    /// A credit bureau's breach, reported by three outlets within a day.
    private func breach() throws -> [Article] {
        [
            try Fixtures.story("breach-bbc", outlet: "BBC", date: "2024-03-04", title: "Corvane breach exposes forty million credit files",
                               "Hackers stole the credit files of forty million customers from the bureau Corvane, the company said. Names, birth dates and card numbers were taken over two months before the intrusion was found. Chief executive Lena Marsh apologised and offered free credit monitoring."),
            try Fixtures.story("breach-reuters", outlet: "Reuters", date: "2024-03-04", title: "Corvane says breach gave hackers forty million credit files",
                               "The credit bureau Corvane said hackers had taken names, birth dates and card numbers of forty million customers. Lena Marsh, its chief executive, apologised and said customers would get free credit monitoring for a year."),
            try Fixtures.story("breach-ap", outlet: "AP", date: "2024-03-05", title: "Corvane customers offered credit monitoring after breach",
                               "Customers of the bureau Corvane whose credit files were stolen by hackers can sign up for free monitoring, chief executive Lena Marsh said. The intrusion exposed the names, birth dates and card numbers of forty million people."),
        ]
    }

    /// Five weeks on, a piece on an aftermath of the breach that tells little of the breach itself.
    private func aftermath(from outlets: [String]) throws -> [Article] {
        try outlets.map { outlet in
            try Fixtures.story("aftermath-\(outlet.lowercased())", outlet: outlet, date: "2024-04-08", title: "Corvane seizes lookalike websites after breach",
                               "The company filed a complaint with the domain registry over one hundred and thirty lookalike websites that tricked visitors into typing passwords. Security researchers said phishing pages copying the bureau had multiplied since March, and a judge ordered the registrar to hand the addresses over.")
        }
    }

    @Test func aLoneReportJoinsItsStoryByItsHeadline() throws {
        let articles = try breach() + aftermath(from: ["Blog"])
        let profiles = ArticleProfile.profiles(of: articles)
        let evidence = (0..<3).map { EventSimilarity.evidence(profiles[$0], profiles[3]) }.reduce(0, +) / 3
        #expect(evidence < EventDetector.threshold, "the body alone is too far from the story")
        #expect(EventDetector.events(in: articles).map { Set($0.articles) } == [Set(articles.map(\.id))])
    }

    @Test func eventsOfSeveralReportsJoinByContentAlone() throws {
        let (march, april) = (try breach(), try aftermath(from: ["Blog", "Herald"]))
        let events = EventDetector.events(in: march + april)
        #expect(Set(events.map { Set($0.articles) }) == [Set(march.map(\.id)), Set(april.map(\.id))])
    }
}
