import Testing
@testable import ParallaxCore

/// Which pairs of articles are compared at all: headlines count in the similarity, so two
/// reports headlined alike must meet even when one page's body is all furniture.
@Suite struct EventCandidateTests {
    /// A study site's pages carry the same sign-up text, heavier than any word of their
    /// headlines; one of them is headlined like a news report of the same finding.
    private func articles() throws -> [Article] {
        let furniture = Array(repeating: "free prelims test series subscribe monthly magazine classroom offline integrated strategy guide mains self study categories select category.", count: 3).joined(separator: " ")
        return [
            try Fixtures.story("study-microbes", outlet: "Study Site", date: "2018-01-03", title: "Astronauts identify unknown microbes in space", furniture),
            try Fixtures.story("study-floods", outlet: "Study Site", date: "2018-01-04", title: "Monsoon floods close schools across Kerala", furniture),
            try Fixtures.story("news-microbes", outlet: "Science Wire", date: "2018-01-02", title: "Astronauts have identified unknown microbes in space",
                               "Crew aboard the space station sequenced bacteria swabbed from a hatch and a handrail, and found organisms no one had catalogued. Samples were grown and read in orbit with a pocket sequencer for the first time, rather than flown back to Houston."),
        ]
    }

    @Test func reportsHeadlinedAlikeMeetWhateverTheirBodies() throws {
        let profiles = ArticleProfile.profiles(of: try articles())
        let pairs = CandidatePairs.pairs(profiles).map { [$0.0, $0.1] }
        #expect(pairs.contains([0, 2]))
        #expect(!pairs.contains([1, 2]), "the flood page shares nothing with the report")
    }
}
