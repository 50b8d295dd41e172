import Testing
@testable import ParallaxCore

/// Where the second pass trusts the text over the dates: events that quote the same words, and
/// a lone report dated far from the event several outlets reported.
@Suite struct EventStoryDatesTests {
    /// A dam bursts in January, three outlets report it, the mayor makes a promise.
    private func collapse() throws -> [Article] {
        [
            try Fixtures.story("dam-1-bbc", outlet: "BBC", date: "2024-01-08", title: "Kessel dam bursts above Valdoria",
                               "The Kessel dam burst on Monday night and flooded the lower town of Valdoria, destroying two hundred homes. Mayor Anika Brandvold said: \"We will rebuild Valdoria. Every home the water took will stand again, and we will find out why the dam failed.\" Engineers had warned of cracks in the dam wall last spring."),
            try Fixtures.story("dam-1-reuters", outlet: "Reuters", date: "2024-01-08", title: "Floods destroy homes in Valdoria after dam failure",
                               "Floodwater from the burst Kessel dam destroyed two hundred homes in Valdoria. \"We will rebuild Valdoria. Every home the water took will stand again, and we will find out why the dam failed,\" Mayor Anika Brandvold told reporters as rescuers searched the lower town."),
            try Fixtures.story("dam-1-ap", outlet: "AP", date: "2024-01-09", title: "Valdoria counts the cost of the Kessel dam collapse",
                               "Residents of Valdoria returned to flooded streets a day after the Kessel dam burst. Mayor Anika Brandvold promised that the town would rebuild, and an inquiry into the cracks in the dam wall was opened."),
        ]
    }

    /// How the September reports recall the mayor's words of January.
    private enum Recalling { case sentence, slogan, paraphrase }

    /// The inquiry reports in September, two outlets, each recalling the mayor's promise.
    private func inquiry(recalling: Recalling) throws -> [Article] {
        let promise = switch recalling {
        case .sentence: "In January Mayor Anika Brandvold said: \"Every home the water took will stand again, and we will find out why the dam failed.\""
        case .slogan: "\"We will rebuild Valdoria,\" Mayor Anika Brandvold said in January."
        case .paraphrase: "In January Mayor Anika Brandvold had promised new homes and an answer on the failure."
        }
        return [
            try Fixtures.story("dam-2-guardian", outlet: "The Guardian", date: "2024-09-16", title: "Kessel dam inquiry blames ignored cracks",
                               "The inquiry into the Kessel dam collapse found that engineers' warnings about cracks in the dam wall were ignored. \(promise) Ninety of the two hundred homes destroyed in Valdoria have been rebuilt."),
            try Fixtures.story("dam-2-ft", outlet: "Financial Times", date: "2024-09-17", title: "Valdoria dam report faults regional water board",
                               "The regional water board ignored cracks in the Kessel dam wall for a year before it burst and flooded Valdoria, the inquiry said. \(promise) Residents of the lower town are still waiting for their homes."),
        ]
    }

    @Test func reportsQuotingTheSameWordsJoinMonthsApart() throws {
        let articles = try collapse() + inquiry(recalling: .sentence)
        #expect(EventDetector.events(in: articles).map { Set($0.articles) } == [Set(articles.map(\.id))])
    }

    @Test func reportsMonthsApartWithoutTheSameQuotationStayApart() throws {
        for recalling in [Recalling.slogan, .paraphrase] {
            let (january, september) = (try collapse(), try inquiry(recalling: recalling))
            let events = EventDetector.events(in: january + september)
            #expect(Set(events.map { Set($0.articles) }) == [Set(january.map(\.id)), Set(september.map(\.id))], "\(recalling)")
        }
    }

    /// A ferry capsizes in March and three outlets report it within a day.
    private func capsize() throws -> [Article] {
        [
            try Fixtures.story("ferry-bbc", outlet: "BBC", date: "2024-03-04", title: "Ferry capsizes on Lake Miren",
                               "The ferry Orvella capsized in a storm on Lake Miren, and fourteen passengers were rescued from the cold water by fishing boats. Captain Joren Halsey was among those pulled from the lake. The Miren harbour authority closed the crossing to Tesselby."),
            try Fixtures.story("ferry-reuters", outlet: "Reuters", date: "2024-03-04", title: "Fourteen rescued as Orvella ferry capsizes",
                               "Fishing boats rescued fourteen passengers after the ferry Orvella capsized in a storm on Lake Miren. Captain Joren Halsey survived. The harbour authority closed the Tesselby crossing."),
            try Fixtures.story("ferry-ap", outlet: "AP", date: "2024-03-05", title: "Lake Miren ferry crossing closed after capsizing",
                               "The Miren harbour authority closed the Tesselby crossing after the ferry Orvella capsized in a storm. All fourteen passengers and Captain Joren Halsey were rescued by fishing boats."),
        ]
    }

    /// The same report, as a crawler might date it seven months late, from each of `outlets`.
    private func lateCopies(from outlets: [String]) throws -> [Article] {
        try outlets.map { outlet in
            try Fixtures.story("ferry-late-\(outlet.lowercased())", outlet: outlet, date: "2024-10-14", title: "Orvella ferry capsizes in storm",
                               "The ferry Orvella capsized in a storm on Lake Miren. Fishing boats rescued fourteen passengers and Captain Joren Halsey from the cold water, and the harbour authority closed the Tesselby crossing.")
        }
    }

    @Test func aLoneReportDatedMonthsAwayJoinsTheEventItReports() throws {
        let articles = try capsize() + lateCopies(from: ["Blog"])
        #expect(EventDetector.events(in: articles).map { Set($0.articles) } == [Set(articles.map(\.id))])
    }

    @Test func reportsDatedAlikeMonthsAwayAreTakenAtTheirWord() throws {
        let (march, october) = (try capsize(), try lateCopies(from: ["Blog", "Herald"]))
        let events = EventDetector.events(in: march + october)
        #expect(Set(events.map { Set($0.articles) }) == [Set(march.map(\.id)), Set(october.map(\.id))])
    }

    @Test func onlyALoneReportAgainstAWellDatedEventHasItsDateForgiven() {
        let event = StoryDates.Span(days: 0...1, articles: 3)
        let lone = StoryDates.Span(days: 200...200, articles: 1)
        let noQuotes = (SparseVector.empty, SparseVector.empty)
        #expect(StoryDates.factor(event, lone, quotes: noQuotes) == StoryDates.loneReportFloor)
        #expect(StoryDates.factor(StoryDates.Span(days: 0...1, articles: 2), lone, quotes: noQuotes) < EventDetector.threshold)
    }
}
