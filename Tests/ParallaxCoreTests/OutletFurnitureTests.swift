import Testing
@testable import ParallaxCore

/// Paragraphs an outlet prints under different stories weeks apart are left out of event grouping.
@Suite struct OutletFurnitureTests {
    // A paragraph of page furniture the readers do not already drop.
    private let signUp = "Get the day's top stories from our newsroom delivered to your inbox every morning."

    private func report(_ id: String, outlet: String, date: String, _ paragraphs: String...) throws -> Article {
        try Fixtures.story(id, outlet: outlet, date: date, title: id, paragraphs.joined(separator: "\n\n"))
    }

    @Test func aParagraphOneOutletPrintsWeeksApartIsFurniture() throws {
        let articles = [
            try report("shots", outlet: "CNN", date: "2017-10-02", "The first shots were fired in Las Vegas shortly after ten.", signUp),
            try report("oil", outlet: "CNN", date: "2017-12-29", "China was accused of letting oil into North Korea.", signUp),
        ]
        #expect(OutletFurniture.blocks(of: articles) == [[1], [1]])
        // The stub's names are then its own, not the outlet's.
        #expect(ArticleTerms(articles[0], furniture: [1]).names.keys.sorted() == ["las", "las vegas", "vegas"])
    }

    @Test func versionsOfOneReportAndOtherOutletsKeepTheirParagraphs() throws {
        let lead = "Rescuers pulled two climbers from a crevasse on Mont Blanc on Sunday, the gendarmerie said."
        let articles = [
            try report("climbers-1", outlet: "AFP", date: "2024-07-14", lead),
            try report("climbers-2", outlet: "AFP", date: "2024-07-15", lead, "Both were flown to hospital in Chamonix."),
            try report("shots", outlet: "CNN", date: "2017-10-02", "The first shots were fired in Las Vegas shortly after ten.", signUp),
            try report("rates", outlet: "BBC", date: "2017-12-29", "The Bank of England held rates.", signUp),
        ]
        #expect(OutletFurniture.blocks(of: articles) == [[], [], [], []])
    }
}
