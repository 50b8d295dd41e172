import Testing
@testable import ParallaxCore

/// Grouping articles into events, and the scores that measure it.
@Suite struct EventTests {
    /// Three stories of the same days, three outlets each, each outlet in its own words.
    private func threeStories() throws -> [Article] {
        [
            try Fixtures.story("volcano-bbc", outlet: "BBC", date: "2024-03-17", title: "Iceland volcano erupts again near Grindavik",
                      "A volcano on Iceland's Reykjanes peninsula erupted on Saturday evening, sending lava towards the fishing town of Grindavik. The Icelandic Meteorological Office said the fissure was about three kilometres long. Residents of Grindavik had already been evacuated, and the Blue Lagoon spa was closed as a precaution."),
            try Fixtures.story("volcano-reuters", outlet: "Reuters", date: "2024-03-17", title: "Lava flows toward evacuated Icelandic town",
                      "Lava spewed from a fissure on the Reykjanes peninsula late on Saturday, the fourth eruption since December, Iceland's Meteorological Office said. The evacuated town of Grindavik was protected by earth barriers, officials said, and the nearby Blue Lagoon geothermal spa shut its doors."),
            try Fixtures.story("volcano-guardian", outlet: "The Guardian", date: "2024-03-18", title: "Eruption lights up the sky over Reykjanes",
                      "Glowing lava lit the night sky over the Reykjanes peninsula after a new eruption began near Grindavik. Scientists at the Icelandic Meteorological Office had warned for weeks that magma was building up beneath the peninsula. The Blue Lagoon was evacuated and roads to Grindavik were closed."),
            try Fixtures.story("transfer-bbc", outlet: "BBC", date: "2024-03-17", title: "Brentford agree fee for striker Lars Eriksen",
                      "Brentford have agreed a fee of £30m with Rosenborg for the Norwegian striker Lars Eriksen. The 22-year-old scored 19 goals in the Eliteserien last season and will have a medical in London this week. Manager Thomas Frank has wanted a new forward since January."),
            try Fixtures.story("transfer-sky", outlet: "Sky Sports", date: "2024-03-18", title: "Eriksen set for Brentford medical",
                      "Rosenborg forward Lars Eriksen is poised to join Brentford after the two clubs agreed a deal worth £30m. Eriksen, a Norway international, netted 19 times in the Eliteserien. Thomas Frank, the Brentford boss, is keen to strengthen his attack before the deadline."),
            try Fixtures.story("transfer-espn", outlet: "ESPN", date: "2024-03-18", title: "Norwegian striker heads to the Premier League",
                      "Lars Eriksen will become a Brentford player once he passes a medical, after Rosenborg accepted a £30m bid. The Norwegian striker was the Eliteserien's top scorer with 19 goals. Brentford manager Thomas Frank called him a modern forward."),
            try Fixtures.story("rates-abc", outlet: "ABC", date: "2024-03-19", title: "Reserve Bank holds the cash rate at 4.35 per cent",
                      "The Reserve Bank of Australia has left the cash rate unchanged at 4.35 per cent. Governor Michele Bullock said inflation was easing but remained too high, and the board was not ruling anything in or out. Economists expect the first cut later in the year."),
            try Fixtures.story("rates-afr", outlet: "Financial Review", date: "2024-03-19", title: "RBA keeps rates on hold, drops tightening bias",
                      "Michele Bullock's Reserve Bank kept interest rates on hold at 4.35 per cent on Tuesday and softened its language on future increases. Inflation is falling, the board said, but the Reserve Bank of Australia wants more evidence before any cut to the cash rate."),
            try Fixtures.story("rates-sbs", outlet: "SBS", date: "2024-03-19", title: "Borrowers get no relief as interest rates stay put",
                      "Home owners will wait longer for relief after the Reserve Bank of Australia held the cash rate at 4.35 per cent. Governor Michele Bullock told reporters that inflation was coming down but the board needed to be confident it would return to target."),
        ]
    }

    private func groups(_ events: [Event]) -> Set<Set<String>> {
        Set(events.map { Set($0.articles) })
    }

    @Test func theFiveSeedsAreOneEvent() throws {
        let articles = Fixtures.seedArticles()
        let events = EventDetector.events(in: articles)
        #expect(events.count == 1)
        let event = try #require(events.first)
        #expect(event.articles.count == 5)
        #expect(Set(event.articles) == Set(articles.map(\.id)))
        #expect(event.articles.contains(event.id))
        #expect(event.title == articles.first { $0.id == event.id }?.metadata.title)
        #expect(event.outlets == ["CNN"])
        #expect(event.dates.map { "\($0.lowerBound)…\($0.upperBound)" } == "2025-06-16…2025-06-19")
        // Undated articles (003, 004) come last.
        #expect(event.articles.suffix(2).allSatisfy { $0.hasPrefix("003") || $0.hasPrefix("004") })
    }

    @Test func storiesGroupAcrossOutletsAndWording() throws {
        let events = EventDetector.events(in: try threeStories())
        #expect(groups(events) == [
            ["volcano-bbc", "volcano-reuters", "volcano-guardian"],
            ["transfer-bbc", "transfer-sky", "transfer-espn"],
            ["rates-abc", "rates-afr", "rates-sbs"],
        ])
        let volcano = try #require(events.first { $0.articles.contains("volcano-bbc") })
        #expect(volcano.articles == ["volcano-bbc", "volcano-reuters", "volcano-guardian"], "by date, then outlet")
        #expect(volcano.outlets == ["BBC", "Reuters", "The Guardian"])
        // The latest events come first.
        #expect(events.first?.articles.first == "rates-abc")
    }

    @Test func theSameTopicMonthsApartIsTwoEvents() throws {
        let march = try Fixtures.story("rates-march", outlet: "ABC", date: "2024-03-19", title: "Reserve Bank holds the cash rate at 4.35 per cent",
                              "The Reserve Bank of Australia has left the cash rate unchanged at 4.35 per cent. Governor Michele Bullock said inflation was easing but remained too high.")
        let september = try Fixtures.story("rates-september", outlet: "ABC", date: "2024-09-24", title: "Reserve Bank leaves the cash rate at 4.35 per cent",
                                  "The Reserve Bank of Australia has kept the cash rate unchanged at 4.35 per cent. Governor Michele Bullock said inflation was still too high.")
        #expect(EventDetector.events(in: [march, september]).count == 2)
    }

    @Test func anUndatedReportJoinsItsStory() throws {
        var articles = try threeStories()
        articles.append(try Fixtures.story("volcano-undated", outlet: "Blog", date: nil, title: "Grindavik evacuated as Reykjanes erupts",
                                  "Another eruption on the Reykjanes peninsula sent lava towards Grindavik, the Icelandic Meteorological Office said. The Blue Lagoon spa closed."))
        let events = EventDetector.events(in: articles)
        let volcano = try #require(events.first { $0.articles.contains("volcano-bbc") })
        #expect(volcano.articles.last == "volcano-undated")
        #expect(volcano.dates.map { "\($0.upperBound)" } == "2024-03-18")
    }

    @Test func anArticleWithoutWordsOrDateStandsAlone() throws {
        let empty = Article(id: "empty", path: "empty.txt", metadata: ArticleMetadata(), text: "", blocks: [], quotations: [])
        let events = EventDetector.events(in: try threeStories() + [empty])
        #expect(events.count == 4)
        #expect(events.last == Event(id: "empty", title: "", articles: ["empty"], outlets: [], dates: nil), "undated events come last")
        #expect(EventDetector.events(in: []).isEmpty)
        #expect(EventDetector.events(in: [empty]).map(\.articles) == [["empty"]])
    }

    @Test func everyArticleInExactlyOneEventAndTheSameEachRun() throws {
        let articles = try threeStories() + Fixtures.seedArticles()
        let events = EventDetector.events(in: articles)
        #expect(events.flatMap(\.articles).sorted() == articles.map(\.id).sorted())
        #expect(EventDetector.events(in: articles) == events)
    }

    @Test func daysBetweenDates() throws {
        let epoch = try #require(PublicationDate(year: 1970, month: 1, day: 1))
        let leap = try #require(PublicationDate(year: 2024, month: 3, day: 1))
        let february = try #require(PublicationDate(year: 2024, month: 2, day: 28))
        #expect(epoch.dayNumber == 0)
        #expect(leap.dayNumber - february.dayNumber == 2)
    }

    // MARK: Scores

    /// Labels X = {a, b, c} and Y = {d, e}; the grouping {a, b} and {c, d, e}.
    private let gold = ["a": "X", "b": "X", "c": "X", "d": "Y", "e": "Y"]
    private let predicted = ["a": "1", "b": "1", "c": "2", "d": "2", "e": "2"]

    @Test func pairwiseAndBCubedScores() {
        let scores = EventEvaluation.scores(predicted: predicted, gold: gold)
        // Pairs put together: ab, cd, ce, de; labelled together: ab, ac, bc, de; both: ab, de.
        #expect(scores.pairwise == .init(precision: 0.5, recall: 0.5))
        #expect(abs(scores.pairwise.f1 - 0.5) < 1e-9)
        // Per article, precision 1, 1, 1/3, 2/3, 2/3 and recall 2/3, 2/3, 1/3, 1, 1.
        #expect(abs(scores.bcubed.precision - 11.0 / 15) < 1e-9)
        #expect(abs(scores.bcubed.recall - 11.0 / 15) < 1e-9)
        #expect(scores.articles == 5)
    }

    @Test func scoresWithinSomeEventsCountTheirWholeGroups() {
        let scores = EventEvaluation.scores(predicted: predicted, gold: gold, within: ["X"])
        // Pairs touching X put together: ab, cd, ce (ab right); labelled pairs of X: ab, ac, bc.
        #expect(abs(scores.pairwise.precision - 1.0 / 3) < 1e-9)
        #expect(abs(scores.pairwise.recall - 1.0 / 3) < 1e-9)
        #expect(abs(scores.bcubed.precision - 7.0 / 9) < 1e-9)
        #expect(abs(scores.bcubed.recall - 5.0 / 9) < 1e-9)
        #expect(scores.articles == 3)
    }

    @Test func aPerfectGroupingScoresOne() {
        let scores = EventEvaluation.scores(predicted: gold, gold: gold)
        #expect(scores.pairwise == .init(precision: 1, recall: 1))
        #expect(scores.bcubed == .init(precision: 1, recall: 1))
    }

    @Test func tightEventsSpanAWeekAtMost() throws {
        let dates = [
            "a": try #require(PublicationDate(year: 2020, month: 1, day: 1)),
            "b": try #require(PublicationDate(year: 2020, month: 1, day: 8)),
            "d": try #require(PublicationDate(year: 2020, month: 1, day: 1)),
            "e": try #require(PublicationDate(year: 2020, month: 2, day: 1)),
        ]
        let labels = gold.merging(["f": "Z"]) { $1 }
        #expect(EventEvaluation.tightEvents(gold: labels, dates: dates) == ["X", "Z"])
    }
}
