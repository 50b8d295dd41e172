import Testing
@testable import ParallaxCore

/// The second pass: events of one broad story joined across weeks, different stories kept apart.
@Suite struct EventStoryTests {
    /// A leak reported in three waves five weeks apart, two outlets each time: the same firm,
    /// minister and prosecutor, and the minister's words quoted again and again.
    private func leak() throws -> [Article] {
        [
            try Fixtures.story("leak-1-bbc", outlet: "BBC", date: "2024-01-10", title: "Halvorsen Files expose offshore accounts of Norwegian elite",
                               "Millions of documents leaked from the law firm Brandt Okafor show how wealthy Norwegians hid money in offshore companies, the consortium behind the Halvorsen Files said. Finance minister Ingrid Solheim is named as the owner of a shell company in the Cayman Islands. \"I have nothing to hide and I will cooperate fully with any inquiry,\" Ms Solheim said."),
            try Fixtures.story("leak-1-reuters", outlet: "Reuters", date: "2024-01-11", title: "Minister named in Brandt Okafor leak",
                               "The Halvorsen Files, a leak of records from the Oslo law firm Brandt Okafor, name finance minister Ingrid Solheim among hundreds of clients with offshore companies. Solheim denied wrongdoing. \"I have nothing to hide and I will cooperate fully with any inquiry,\" she told reporters."),
            try Fixtures.story("leak-2-guardian", outlet: "The Guardian", date: "2024-02-15", title: "Ingrid Solheim resigns over Halvorsen Files",
                               "Ingrid Solheim resigned as finance minister on Thursday, five weeks after the Halvorsen Files revealed her Cayman Islands company. Documents from Brandt Okafor showed payments she had not declared. Solheim repeated that she had nothing to hide and would cooperate fully with any inquiry, but said the government needed calm."),
            try Fixtures.story("leak-2-ap", outlet: "AP", date: "2024-02-15", title: "Norway finance minister quits after offshore leak",
                               "Finance minister Ingrid Solheim stepped down after the Halvorsen Files leak from the law firm Brandt Okafor. \"I have nothing to hide and I will cooperate fully with any inquiry,\" Solheim said again as she left office. Prime minister Jonas Berg thanked her."),
            try Fixtures.story("leak-3-nrk", outlet: "NRK", date: "2024-03-21", title: "Police raid Brandt Okafor offices",
                               "Economic crime police searched the Oslo offices of Brandt Okafor, the law firm at the centre of the Halvorsen Files. Prosecutor Maren Dahl said the inquiry covered former finance minister Ingrid Solheim and dozens of other clients with offshore companies in the Cayman Islands."),
            try Fixtures.story("leak-3-ft", outlet: "Financial Times", date: "2024-03-22", title: "Halvorsen Files law firm searched by prosecutors",
                               "Prosecutor Maren Dahl confirmed that officers had seized records at Brandt Okafor, whose leaked files became the Halvorsen Files. Former finance minister Ingrid Solheim, who said she had nothing to hide and would cooperate fully with any inquiry, is among the clients under investigation."),
        ]
    }

    @Test func aBroadStoryJoinsAcrossWeeks() throws {
        let articles = try leak()
        let profiles = ArticleProfile.profiles(of: articles)
        // Five weeks apart, the first pass cannot join the waves however alike they are.
        #expect(EventSimilarity.between(profiles[0], profiles[2], within: .event) < EventDetector.threshold)
        let events = EventDetector.events(in: articles)
        #expect(events.map { Set($0.articles) } == [Set(articles.map(\.id))])
    }

    @Test func storiesSharingOnlyACommonNameStayApart() throws {
        let (tariffs, pardon) = (try TrumpStories.tariffs(), try TrumpStories.pardon())
        let events = EventDetector.events(in: tariffs + pardon)
        #expect(Set(events.map { Set($0.articles) }) == [Set(tariffs.map(\.id)), Set(pardon.map(\.id))])
    }

    @Test func aStoryDateWindowForgivesWeeksNotMonths() {
        #expect(DateWindow.story.factor(daysApart: 60) == 1)
        #expect(DateWindow.story.factor(daysApart: 90) == 0.5)
        #expect(DateWindow.event.factor(0, 10) == 0.5)
        #expect(DateWindow.event.factor(nil, 400) == 1)
    }

    /// Items standing for several articles weigh as many: item 1 is ten articles, so joining
    /// item 2 to {0, 1} is judged mostly by its weak link with item 1.
    @Test func sizesWeighTheAverageLink() {
        let similarity: (Int, Int) -> Float = { a, b in
            switch (min(a, b), max(a, b)) {
            case (0, 1), (0, 2): return 0.3
            default: return 0.18
            }
        }
        let links = [(first: 0, second: 1, similarity: Float(0.3)), (first: 0, second: 2, similarity: Float(0.3)),
                     (first: 1, second: 2, similarity: Float(0.18))]
        #expect(EventClustering.groups(count: 3, links: links, threshold: 0.2, similarity: similarity) == [[0, 1, 2]])
        #expect(EventClustering.groups(count: 3, links: links, threshold: 0.2, sizes: [1, 10, 1], similarity: similarity) == [[0, 1], [2]])
    }
}
