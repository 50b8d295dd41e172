import Testing
@testable import ParallaxCore

/// Words no other article uses weigh less in a large corpus, so long reports of one event meet.
@Suite struct EventAsideTests {
    /// Two long reports of one price fall, each mostly asides the other does not share.
    private func priceFall() throws -> [Article] {
        [
            try Fixtures.story("coin-live", outlet: "Express", date: "2018-02-06", title: "Zorbcoin price falls below six thousand",
                               "Zorbcoin fell below six thousand dollars overnight, its lowest level since November, as the cryptocurrency sell-off deepened. Traders watched the price plunge on every exchange. Meanwhile a forum of sceptics celebrated with champagne, caviar and jokes about boardrooms. A professor at a business school in Manhattan called the market a swamp. Regulators in Iowa warned farmers about drug money laundered through kiosks. A county in Ohio bought snowploughs with donations. Athens hosted a conference on blockchain voting for college students."),
            try Fixtures.story("coin-guardian", outlet: "Guardian", date: "2018-02-06", title: "Zorbcoin slumps to its lowest level since November",
                               "The Zorbcoin price fell below six thousand dollars on Tuesday, its lowest level since November, as the cryptocurrency sell-off continued. A central banker in Basel described the currency as a bubble and an environmental disaster. He signalled a global crackdown and warned of threats to financial stability. Pension funds in Norway avoided the asset. Photographs showed miners in Iceland cooling racks with glacier water. Economists at a university in Frankfurt debated whether stamps could serve as money."),
        ]
    }

    /// Made-up words, each its own: `count` of them from `start`.
    private func madeUpWords(from start: Int, count: Int) -> [String] {
        let syllables = ["ba", "ke", "lo", "mu", "ri", "sa", "te", "vo", "wi", "zu"]
        return (start..<(start + count)).map { number in String(number).map { syllables[Int(String($0))!] }.joined() + "x" }
    }

    /// Articles on other matters, as in any large corpus: words of their own and a few of the
    /// words and names all news uses.
    private func others(_ count: Int) throws -> [Article] {
        let common = ["said", "years", "president", "Donald Trump", "former", "court", "county", "House", "groups", "market",
                      "police", "government", "week", "American", "state", "White", "people", "minister", "city", "company"]
        return try (0..<count).map { index in
            let words = madeUpWords(from: 1000 + index * 25, count: 25) + (0..<5).map { common[(index * 5 + $0) % common.count] }
            return try Fixtures.story("other-\(index)", outlet: "Blog", date: "2018-02-06", title: words.prefix(4).joined(separator: " "),
                                      words.joined(separator: " ") + ".")
        }
    }

    @Test func longReportsOfOneEventMeetInALargeCorpus() throws {
        // Each report runs on into a live blog's other entries.
        let reports = try priceFall().enumerated().map { index, article in
            let aside = madeUpWords(from: 100 + index * 200, count: 150).joined(separator: " ")
            return try Fixtures.story(article.id, outlet: article.metadata.outlet!, date: "2018-02-06", title: article.metadata.title!,
                                      article.text + "\n\n" + aside + ".")
        }
        let events = EventDetector.events(in: reports + (try others(400)))
        #expect(events.contains { Set($0.articles) == Set(reports.map(\.id)) })
    }

    @Test func asidesKeepTheirWeightInAFewArticles() {
        #expect(TermWeighting.asideWeight(articles: 4) > 0.95)
        #expect(TermWeighting.asideWeight(articles: 400) == 0.2)
    }

    @Test func storiesSharingOnlyACommonNameStayApartInALargeCorpus() throws {
        // The same week this time, so dates cannot keep them apart.
        let (tariffs, pardon) = (try TrumpStories.tariffs(), try TrumpStories.pardon(on: ["2025-03-05", "2025-03-06"]))
        let events = EventDetector.events(in: tariffs + pardon + (try others(400)))
        #expect(events.contains { Set($0.articles) == Set(tariffs.map(\.id)) })
        #expect(events.contains { Set($0.articles) == Set(pardon.map(\.id)) })
    }
}
