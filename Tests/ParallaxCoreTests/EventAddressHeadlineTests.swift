import Testing
@testable import ParallaxCore

/// A page whose title only names the site takes its headline from its address, when the address
/// spells one out; an address that does not leaves it without.
@Suite struct EventAddressHeadlineTests {
    /// A wire story two outlets headline alike, and a third outlet's page titled with the site's
    /// name, whose body is only its disclaimer.
    private func satellite(thirdAddress: String) throws -> [Article] {
        [
            try Fixtures.story("sat-fox", outlet: "Fox", date: "2017-12-29", title: "Russian space experts regain control of first Angola satellite",
                               "Russian space experts have regained control of Angola's first telecommunications satellite after losing contact shortly after its launch from the Baikonur cosmodrome."),
            try Fixtures.story("sat-times", outlet: "Times", date: "2017-12-29", title: "Russian experts regain control of Angola satellite",
                               "Contact with AngoSat-1, launched from Baikonur on Tuesday, was restored, the builder Energia said, and the satellite's systems are working normally."),
            try Fixtures.story("sat-abc", outlet: "ABC", date: "2017-12-29", title: "ABC News", url: thirdAddress,
                               "External links are provided for reference purposes. ABC News is not responsible for the content of external Internet sites."),
        ]
    }

    @Test func theAddressGivesTheHeadlineASiteTitleLacks() throws {
        let articles = try satellite(thirdAddress: "http://abcnews.go.com/Technology/wireStory/russian-space-experts-regain-control-1st-angola-satellite-52044233")
        #expect(EventDetector.events(in: articles).map { Set($0.articles) } == [Set(articles.map(\.id))])
    }

    @Test func anAddressWithoutWordsGivesNone() throws {
        let articles = try satellite(thirdAddress: "http://abcnews.go.com/story?id=52044233")
        #expect(ArticleProfile.profiles(of: articles)[2].headline.isEmpty)
        #expect(Set(EventDetector.events(in: articles).map { Set($0.articles) }) == [["sat-fox", "sat-times"], ["sat-abc"]])
        #expect(AddressHeadline.text(of: "https://www.rt.com/on-air/414286-angola-satellite-launch-baikonur/") == "414286 angola satellite launch baikonur")
        #expect(AddressHeadline.text(of: "https://www.npr.org/templates/search/index.php?searchinput=Costa+Rica") == nil)
    }
}
