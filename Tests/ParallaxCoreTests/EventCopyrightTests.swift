import Testing
@testable import ParallaxCore

/// A notice of copyright is no part of any report: wire copy that carries the agency's notice
/// stays apart from other wire copy, and a page that is little more than the notice still goes
/// with its event by its headline.
@Suite struct EventCopyrightTests {
    private static let wireNotice = "Copyright 2018 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed."

    @Test func aNoticeOpensWithCopyrightAndAYearOrTheSign() {
        #expect(CopyrightNotice.isNotice(Substring(Self.wireNotice)))
        #expect(CopyrightNotice.isNotice("Copyright © 2018 NPR. All rights reserved."))
        #expect(!CopyrightNotice.isNotice("Copyright holders say the new law leaves musicians unpaid."))
        #expect(!CopyrightNotice.isNotice("Image copyright Getty Images Image caption The tram derailed near an underpass"))
    }

    @Test func wireCopyOnDifferentEventsStaysApart() throws {
        let articles = [
            try Fixtures.story("wire-bridge", outlet: "Herald", date: "2018-01-05", title: "Storm closes Tasker bridge",
                               "Gales closed the Tasker bridge to lorries on Friday.\n\n\(Self.wireNotice)"),
            try Fixtures.story("wire-election", outlet: "Courier", date: "2018-01-05", title: "Mayor Ortiz wins third term",
                               "Voters gave Mayor Lucia Ortiz a third term on Friday.\n\n\(Self.wireNotice)"),
        ]
        #expect(EventDetector.events(in: articles).count == 2)
    }

    @Test func aPageOfLittleButTheNoticeJoinsItsEvent() throws {
        let articles = [
            try Fixtures.story("flood-bbc", outlet: "BBC", date: "2024-01-08", title: "Floods kill twelve in Valdoria",
                               "Floodwater from the burst Kessel dam killed twelve people in Valdoria and destroyed two hundred homes. Rescuers searched the lower town through the night. Engineers had warned of cracks in the dam wall last spring, and the regional water board promised an inquiry."),
            try Fixtures.story("flood-reuters", outlet: "Reuters", date: "2024-01-08", title: "Twelve dead as Kessel dam floods Valdoria",
                               "Twelve people died when the Kessel dam burst above Valdoria, flooding two hundred homes in the lower town, rescuers said. Cracks in the dam wall had been reported a year ago; the water board has opened an inquiry."),
            try Fixtures.story("flood-daily", outlet: "Daily", date: "2024-01-09", title: "Valdoria dam disaster toll rises",
                               "Copyright 1995 - . All rights reserved. The content (including but not limited to text, photo, multimedia information, etc) published in this site belongs to Meridian Daily Information Co (MDIC). Without written authorization from MDIC, such content shall not be republished or used in any form. Note: Browsers with 1024*768 or higher resolution are suggested for this site. License for publishing multimedia online 0108263. Registration Number: 130349."),
        ]
        #expect(EventDetector.events(in: articles).map { Set($0.articles) } == [Set(articles.map(\.id))])
    }
}
