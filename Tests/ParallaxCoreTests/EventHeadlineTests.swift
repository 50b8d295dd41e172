import Testing
@testable import ParallaxCore

/// Headlines: alike, they join reports of one event whose bodies share little; they never join
/// reports months apart, a title that only names a site, or stories sharing one word.
@Suite struct EventHeadlineTests {
    /// A price fall told by a market desk and by a general news desk, each in its own words.
    private func priceFall(secondDate: String = "2018-02-06") throws -> [Article] {
        [
            try Fixtures.story("fall-markets", outlet: "Markets Daily", date: "2018-02-06", title: "Bitcoin falls below $6,000 as sell-off deepens",
                               "Traders dumped holdings on every major exchange overnight, and futures contracts slid in early Asian trading. Volumes were the heaviest since December, desks in Singapore and London said, with margin calls forcing further selling. Miners switched off rigs in Sichuan as electricity costs overtook rewards, and lenders tightened collateral rules for hedge funds. Options traders priced wilder swings through the spring, while stablecoin issuers reported record redemptions."),
            try Fixtures.story("fall-news", outlet: "Evening Post", date: secondDate, title: "Bitcoin falls below $6,000, a third of its value gone",
                               "The digital currency has lost a third of its value in a week. Savers who bought at the peak are counting their losses, and a central banker warned that regulators would act against speculation. Pensioners in Leeds told reporters they had remortgaged homes to buy coins at Christmas. Consumer groups urged parliament to ban advertising aimed at students, and several universities closed campus clubs devoted to trading."),
        ]
    }

    @Test func headlinesAlikeJoinReportsWhoseBodiesDiffer() throws {
        let articles = try priceFall()
        let profiles = ArticleProfile.profiles(of: articles)
        #expect(EventSimilarity.evidence(profiles[0], profiles[1]) < EventDetector.threshold, "the bodies alone are too far apart")
        #expect(EventSimilarity.between(profiles[0], profiles[1], within: .event) >= EventDetector.threshold)
        #expect(EventDetector.events(in: articles).map { Set($0.articles) } == [["fall-markets", "fall-news"]])
    }

    @Test func headlinesAlikeMonthsApartStayApart() throws {
        let articles = try priceFall(secondDate: "2018-11-20")
        #expect(EventDetector.events(in: articles).count == 2)
    }

    @Test func aTitleThatOnlyNamesTheSiteIsNoHeadline() throws {
        let articles = [
            try Fixtures.story("abc-1", outlet: "ABC", date: "2018-01-13", title: "ABC News",
                               "Flood waters rose across the northern rivers overnight and residents of three towns were told to leave their homes."),
            try Fixtures.story("abc-2", outlet: "ABC", date: "2018-01-13", title: "ABC News",
                               "The cricket selectors named an unchanged side for the fourth test, keeping faith with the young opening batsman."),
        ]
        let profiles = ArticleProfile.profiles(of: articles)
        #expect(profiles.allSatisfy { $0.headline.isEmpty })
        #expect(EventSimilarity.between(profiles[0], profiles[1], within: .event) == EventSimilarity.evidence(profiles[0], profiles[1]))
    }

    @Test func headlinesSharingOneWordDoNotJoinStories() throws {
        let articles = [
            try Fixtures.story("settlements", outlet: "Reuters", date: "2018-01-01", title: "Israel approves funding for West Bank settlements",
                               "The cabinet approved a transfer of eleven million dollars to settlements in the occupied West Bank, a move Palestinian officials condemned as an obstacle to peace."),
            try Fixtures.story("indictment", outlet: "AP", date: "2018-01-01", title: "Israel indicts teenager who slapped soldiers",
                               "Military prosecutors charged a sixteen-year-old girl with assault after a video showed her striking two soldiers outside her family's home in the village of Nabi Saleh."),
        ]
        #expect(EventDetector.events(in: articles).count == 2)
    }
}
