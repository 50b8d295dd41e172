import Foundation
import Testing
@testable import ParallaxCore

@Suite struct PlainTextReaderTests {
    @Test func leadingDateOnTheFirstLine() throws {
        let article = try Fixtures.article(" date 2025-06-16 President Trump spoke.\n\nSecond paragraph.")
        #expect(article.metadata.date?.description == "2025-06-16")
        #expect(article.blockTexts == ["President Trump spoke.", "Second paragraph."])
    }

    @Test func invalidDateIsNotADate() throws {
        let article = try Fixtures.article("date 2025-13-40 Something happened.")
        #expect(article.metadata.date == nil)
    }

    @Test func bylineGivesAuthorAndOutlet() throws {
        let article = try Fixtures.article("By Samantha Waldenberg, CNN\n\n(CNN) — The story begins here.")
        #expect(article.metadata.byline == "Samantha Waldenberg")
        #expect(article.metadata.outlet == "CNN")
        #expect(article.blocks.count == 1)
        #expect(article.blocks[0].datelineLength == "(CNN) — ".unicodeScalars.count)
    }

    @Test func bylineWithRoleHasNoOutlet() throws {
        let article = try Fixtures.article("By Jane Doe, Staff Writer\n\nText of the story.")
        #expect(article.metadata.byline == "Jane Doe")
        #expect(article.metadata.outlet == nil)
    }

    @Test func datelineInParenthesesNamesTheOutlet() throws {
        let article = try Fixtures.article("WASHINGTON (Reuters) - The Senate voted on Tuesday.")
        #expect(article.metadata.outlet == "Reuters")
    }

    @Test func datelineWithTwoPlacesAndADayNamesTheOutlet() throws {
        let article = try Fixtures.article("BEIRUT/THE HAGUE, March 7 (Reuters) - An Israeli tank crew killed a reporter.")
        #expect(article.metadata.outlet == "Reuters")
        #expect(article.blocks[0].datelineLength == "BEIRUT/THE HAGUE, March 7 (Reuters) - ".unicodeScalars.count)
    }

    @Test func aDatelineAfterAPhotoCaptionIsOneWhenADashMarksIt() throws {
        let text = """
        FILE - In this photo, people gather at the Brandenburg Gate. (AP Photo/Markus Schreiber)

        BERLIN — A German police union boss has criticized the organizers, saying the plan is “a mistake” for women.

        UNITED STATES officials did not comment.

        OPEC - the cartel of oil producers - said it would act.

        (Disclosure: I own shares.) The company said nothing.
        """
        let article = try Fixtures.article(text)
        #expect(article.blocks.map(\.datelineLength) == ["FILE - ".unicodeScalars.count, "BERLIN — ".unicodeScalars.count, 0, 0, 0])
        #expect(article.metadata.outlet == nil)
        #expect(article.quotations.map(\.speaker) == ["a German police union boss"])
    }

    @Test func capitalisedPlaceDatelineIsNotAnOutlet() throws {
        let article = try Fixtures.article("UNITED STATES President Donald Trump directed officials to act.")
        #expect(article.metadata.outlet == nil)
        #expect(article.blocks[0].datelineLength == "UNITED STATES ".unicodeScalars.count)
        #expect(article.metadata.title == "President Donald Trump directed officials to act")
    }

    @Test func shortCapitalisedWordIsNotADateline() throws {
        let article = try Fixtures.article("US President Donald Trump spoke on Monday.")
        #expect(article.blocks[0].datelineLength == 0)
    }

    @Test func nothingIsInventedWhereTheTextIsSilent() throws {
        let article = try Fixtures.article("A plain story without any metadata at all.")
        #expect(article.metadata.outlet == nil)
        #expect(article.metadata.date == nil)
        #expect(article.metadata.byline == nil)
        #expect(article.metadata.url == nil)
        #expect(article.metadata.titleIsDerived)
    }

    @Test func singleNewlinesSeparateParagraphs() throws {
        let article = try Fixtures.article("First paragraph here.\nSecond paragraph here.\nThird one.")
        #expect(article.blocks.count == 3)
    }

    @Test func aLineBrokenMidSentenceGoesOnWithTheLineBefore() throws {
        let text = "“The session confirmed the activation of protocols as weather conditions\ndeteriorate,” he stated.\nA new paragraph\nHeadline In Capitals\n- a list item"
        let article = try Fixtures.article(text)
        #expect(article.blockTexts == ["“The session confirmed the activation of protocols as weather conditions deteriorate,” he stated.",
                                       "A new paragraph", "Headline In Capitals", "- a list item"])
    }

    @Test func hardWrappedProseIsJoined() throws {
        let text = """
        This paragraph was wrapped by an editor at about sixty columns so
        that each line runs on into the next one without any stop at
        the end of the line, as plain text emails often do it.

        A second paragraph.
        """
        let article = try Fixtures.article(text)
        #expect(article.blocks.count == 2)
        #expect(article.blockTexts[0].hasSuffix("as plain text emails often do it."))
    }

    @Test func boilerplateIsDroppedAndEmptyParenthesesStripped() throws {
        let article = try Fixtures.article("Share and Follow\n() President Trump spoke, has learned.\nMore text.")
        #expect(article.blockTexts == ["President Trump spoke, has learned.", "More text."])
    }

    @Test func aSummarysLabelIsStripped() throws {
        let article = try Fixtures.article("Story highlights Four hours into flight, the plane returned after “administrative mix-up”\nMore text.")
        #expect(article.blockTexts.first == "Four hours into flight, the plane returned after “administrative mix-up”")
        #expect(article.quotations.first?.speaker == nil)
    }

    @Test func aListOfOtherStoriesIsDroppedHoweverLong() throws {
        let promo = "MOST READ IN TV & SHOWBIZ PLATT'S NOT ALL Martin Platt returns to Corrie with a new girlfriend and baby on the way HOL ALONE Holly Willoughby hosts This Morning alone as Phil walks off set with giggles"
        let article = try Fixtures.article("The actor spoke.\n\(promo)\nHe said more.")
        #expect(article.blockTexts == ["The actor spoke.", "He said more."])
    }

    @Test func saveButtonsLeftInThePageAreDropped() throws {
        let article = try Fixtures.article("SaveSave\n\nThe story begins.\n\nSaveSaveSaveSave\n\nSavesave the date, said no one.")
        #expect(article.blockTexts == ["The story begins.", "Savesave the date, said no one."])
    }

    @Test func aPhotoGalleryBecomesItsCaptions() throws {
        let title = "Photos: Mass shooting at Las Vegas music festival"
        let gallery = "\(title) A couple huddles after shots rang out. Hide Caption 1 of 3 \(title) Hide Caption 2 of 3"
        let article = try Fixtures.article("Police arrived.\n\n\(gallery)\n\n\(title) \"I saw the truck,\" Molina said. Hide Caption 3 of 3\n\nThe end.")
        #expect(article.blockTexts == ["Police arrived.", "Mass shooting at Las Vegas music festival", "A couple huddles after shots rang out.", "\"I saw the truck,\" Molina said.", "The end."])
        #expect(article.blocks[1].kind == .heading)
        let alone = try Fixtures.article("Photos: the archive opened.\n\n\(title) A couple huddles. Hide Caption 25 of 25 58 people died.")
        #expect(alone.blockTexts == ["Photos: the archive opened.", "Mass shooting at Las Vegas music festival A couple huddles.", "58 people died."],
                "one caption does not show where the title ends, and the story's own paragraphs are no captions")
        let alike = try Fixtures.article("\(title) A couple huddles. Hide Caption 1 of 2 \(title) A man runs. Hide Caption 2 of 2")
        #expect(alike.blockTexts.last == "Mass shooting at Las Vegas music festival A man runs.", "two captions that open alike hide where the title ends")
    }

    @Test func aPagePromotionIsNotTheStory() throws {
        let promo = "Chat with us in Facebook Messenger. Find out what's happening in the world as it unfolds."
        let article = try Fixtures.article("The shots were fired at 10pm.\n\n\(promo)\n\nPolice arrived.")
        #expect(article.blockTexts == ["The shots were fired at 10pm.", "Police arrived."])
        let story = try Fixtures.article("We chat with us in mind. Messenger apps were discussed.")
        #expect(story.blocks.count == 1, "only the promotion's own words start it")
    }

    @Test func subheadingsAndTrailers() throws {
        let text = """
        The first paragraph of the story.

        Political Rhetoric and Allegations

        The second paragraph.

        Featured image credit: SHRM
        """
        let article = try Fixtures.article(text)
        #expect(article.blocks.map(\.kind) == [.paragraph, .heading, .paragraph, .trailer])
    }

    @Test func contributorLineIsATrailer() throws {
        let article = try Fixtures.article("Story text.\n\nCNN’s Priscilla Alvarez contributed to this post.")
        #expect(article.blocks.last?.kind == .trailer)
    }

    @Test func bracketedCreditLineIsATrailer() throws {
        let article = try Fixtures.article("Story text.\n\n(Additional reporting by Soyoung Kim; Editing by Kim Coghill)")
        #expect(article.blocks.map(\.kind) == [.paragraph, .trailer])
    }

    @Test func labelOpensAnOpinionSection() throws {
        let article = try Fixtures.article("News text.\n\nAuthor’s Opinion While enforcing the law is right, it divides.\n\nMore opinion.")
        #expect(article.blocks.map(\.kind) == [.paragraph, .label, .paragraph, .paragraph])
        #expect(article.blockTexts[1] == "Author’s Opinion")
        #expect(article.blockTexts[2] == "While enforcing the law is right, it divides.")
        #expect(article.blocks[3].section == "Author’s Opinion")
        #expect(article.blocks[0].section == nil)
    }

    @Test func proseStartingLikeBoilerplateIsKept() throws {
        let article = try Fixtures.article("For more than a decade, the plant has leaked into the river.\n\n\u{F8FF} Apple logos are text.")
        #expect(article.blocks.map(\.kind) == [.paragraph, .paragraph])
        #expect(article.blockTexts[1] == "\u{F8FF} Apple logos are text.")
    }

    @Test func sentenceStartingWithAnalysisIsNotALabel() throws {
        let article = try Fixtures.article("Analysis shows the plan will fail.")
        #expect(article.blocks.map(\.kind) == [.paragraph])
    }

    @Test func derivedHeadlineIsCutAtAWord() throws {
        let article = try Fixtures.article("President Donald Trump directed federal officials to expand efforts to deport migrants in the largest US cities in the face of protests.")
        let title = try #require(article.metadata.title)
        #expect(title == "President Donald Trump directed federal officials to expand efforts to deport migrants…")
        #expect(article.metadata.titleIsDerived)
    }
}
