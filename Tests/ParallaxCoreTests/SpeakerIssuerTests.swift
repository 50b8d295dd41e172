import Testing
@testable import ParallaxCore

/// Statements resolve to who issued them, pairs to the two people named together, acronyms
/// and "it" to the body the article names.
@Suite struct SpeakerIssuerTests {
    @Test func whoeverReceivedALetterDidNotWriteIt() throws {
        let texts = [
            "Martin Mubanga received a letter. The letter, from the Home Office, says: “I am writing to inform you of the decision.”",
            "Martin Mubanga received a letter on Monday. “I am writing to inform you of the decision,” the letter says.",
        ]
        #expect(try Fixtures.firstSpeakers(texts) == ["the Home Office", "the letter"])
    }

    @Test func aWebsiteSpeaksForItsOwner() throws {
        let text = """
        The Ocean Reef Trust was set up by divers.

        The trust has worked on reefs “for a decade,” according to its website.

        “Reefs are dying across the world,” the trust’s website says.
        """
        #expect(try Fixtures.quotes(text).map(\.speaker) == ["the Ocean Reef Trust", "the Ocean Reef Trust"])
    }

    @Test func theLetterMentionedAgainNamesNoNewIssuer() throws {
        let text = """
        The Royal College of Nursing wrote a letter to the hospital board on Monday.

        While the letter to the board did not call for a strike, the nurses – the Daily Post reported – condemned the cuts.

        “The cuts put lives at risk,” the letter stated.
        """
        #expect(try Fixtures.quotes(text).first?.speaker?.hasSuffix("Royal College of Nursing") == true)
    }

    @Test func theReportIsWhoeverReportedLast() throws {
        let text = """
        In a report in May, the Finance Ministry said the firm was “known to hide its ships.”

        The criticism came after the local newspaper Daily Star, quoting unnamed sources, reported that satellites had seen the transfers.

        The report said the “transfers” took place at night between the two vessels.
        """
        #expect(try Fixtures.quotes(text).last?.speaker?.hasSuffix("Daily Star") == true)
    }

    @Test func theStatementIsWhoeverTheArticleSaidIssuedIt() throws {
        let text = """
        The family were congregants at the temple, Rabbi Jonathan Blake said in a statement posted on Facebook.

        “This tragedy hits our community very hard,” the statement said.
        """
        #expect(try Fixtures.quotes(text).first?.speaker == "Jonathan Blake")
    }

    @Test func aStatementIssuedBySomeoneIsTheirs() throws {
        let text = """
        The satellite is in orbit, said a statement issued by the National Aerospace Development Administration.

        “It serves peaceful purposes,” the statement stressed.
        """
        #expect(try Fixtures.quotes(text).first?.speaker == "the National Aerospace Development Administration")
    }

    @Test func aSentenceTheStatementSpeaksNamesNoIssuer() throws {
        let text = """
        The DPRK will launch more satellites, the statement said.

        “It serves peaceful purposes,” the statement stressed.
        """
        #expect(try Fixtures.quotes(text).map(\.speaker) == ["the statement"])
    }

    @Test func aStatementNoOneIsSaidToHaveIssuedStaysTheStatement() throws {
        let text = "The zoo stayed shut.\n\n“It will reopen on Monday,” the statement said."
        #expect(try Fixtures.quotes(text).first?.speaker == "the statement")
    }

    @Test func aLetterSomeoneObtainedIsNotTheirs() throws {
        let text = """
        The joint letter was obtained by The New York Times on Sunday.

        “We hereby put ourselves forward for service,” the letter said.
        """
        #expect(try Fixtures.quotes(text).first?.speaker == "the letter")
    }

    @Test func theyAreTheTwoPeopleNamedTogether() throws {
        let text = """
        Chris Pratt and Anna Faris announced in August that they were separating.

        “We tried hard for a long time, and we’re really disappointed,” they said.
        """
        #expect(try Fixtures.quotes(text).first?.speaker == "Chris Pratt and Anna Faris")
    }

    @Test func theCoupleAreTheTwoPeopleNamedTogether() throws {
        let text = "Jon Hamm and Jennifer Westfeldt have split.\n\n“We will remain friends,” the couple said."
        #expect(try Fixtures.quotes(text).first?.speaker == "Jon Hamm and Jennifer Westfeldt")
    }

    @Test func theSecondPartnerMayHaveARoleBeforeTheName() throws {
        let text = "Actor Jon Hamm and filmmaker Jennifer Westfeldt have split.\n\n“We will remain friends,” the pair said."
        #expect(try Fixtures.quotes(text).first?.speaker == "Jon Hamm and Jennifer Westfeldt")
        // Words that are no role make no pair.
        let apart = try Fixtures.quotes("Jon Hamm and then in 2015 Jennifer Westfeldt spoke.\n\n“We will remain friends,” the pair said.")
        #expect(apart.first?.speaker == "the pair")
    }

    @Test func onePartnerMayGoByOneName() throws {
        let text = "Fergie and Josh Duhamel announced they were separating.\n\n“We are and will always be united,” the couple said."
        #expect(try Fixtures.quotes(text).first?.speaker == "Fergie and Josh Duhamel")
    }

    @Test func aPersonAndAnInstitutionAreNoCouple() throws {
        let text = "Josh Duhamel and NBC settled the case.\n\n“We are glad it is over,” they said."
        #expect(try Fixtures.quotes(text).first?.speaker != "Josh Duhamel and NBC")
    }

    @Test func theyAfterALaterSpeakerStayWithThatSpeaker() throws {
        let text = """
        Chris Pratt and Anna Faris announced that they were separating.

        “The studio will go on,” officials at Universal said. “Both are under contract,” they added.
        """
        let quotes = try Fixtures.quotes(text)
        #expect(quotes.map(\.speaker) == ["officials at Universal", "officials at Universal"])
    }

    @Test func anAcronymIsTheNameWithItsOpeningAll() throws {
        let text = """
        The flight returned to Los Angeles, All Nippon Airways said Wednesday.

        “The pilot made the correct decision,” ANA said.
        """
        #expect(try Fixtures.quotes(text).first?.speaker == "All Nippon Airways")
    }

    @Test func itIsTheBodyThatSpokeLast() throws {
        let text = "Equifax said the data of British customers was lost.\n\nIt added: “We will need to contact 693,665 consumers by post.”"
        #expect(try Fixtures.quotes(text).first?.speaker == "Equifax")
    }

    @Test func anEmployerBeforeARoleIsNoRoleOfThePerson() throws {
        let text = """
        The boy fell into the moat, zoo director Thane Maynard told reporters, according to a news release from the Cincinnati Zoo.

        The exhibit would stay closed “until further notice,” the zoo said.
        """
        #expect(try Fixtures.quotes(text).first?.speaker == "the Cincinnati Zoo")
    }

    @Test func policeOpeningASentenceIsThePoliceTheArticleNamed() throws {
        let text = "Neu was arrested, according to the Slidell Police Department. Police said he was the scam’s “middle man” all along."
        #expect(try Fixtures.quotes(text).first?.speaker == "the Slidell Police Department")
    }

    @Test func whoReleasedAStatementIssuedIt() throws {
        let text = "Isiah's family released a statement today thanking their supporters.\n\nThe statement said: “Our child is still doing well.”"
        #expect(try Fixtures.quotes(text).first?.speaker == "Isiah's family")
    }

    @Test func aShortFormInParenthesesStandsAsideFromTheVerb() throws {
        let text = "A jet returned to Los Angeles on Tuesday, Japan Airlines (JAL) said in a statement.\n\n“The crew became aware of it,” the statement said."
        #expect(try Fixtures.quotes(text).first?.speaker == "Japan Airlines")
    }

    @Test func aStatementNamedForItsIssuerIsTheIssuers() throws {
        let text = "Leaders met at the White House. A White House statement said the two leaders “agreed that the threat is grave”."
        #expect(try Fixtures.quotes(text).first?.speaker == "the White House")
    }

    @Test func theCenterIsTheBodyTheArticleNamed() throws {
        let text = """
        Nonetheless, the Storm Prediction Center has outlined a Level 3 out of 5 risk of severe weather.

        “The greatest threat is currently anticipated across parts of the Plains,” wrote the center.
        """
        #expect(try Fixtures.quotes(text).first?.speaker == "the Storm Prediction Center")
    }

    @Test func itIsTheBodyThatSpokeLastWhateverItsName() throws {
        let text = """
        Rex Tillerson will keep his stock if the Republican-majority Senate confirms his appointment.

        Exxon said it had no comment on whether Tillerson should divest his Exxon holdings. It said the firm had incorporated affiliates in the Bahamas because of “simplicity and predictability”.
        """
        #expect(try Fixtures.quotes(text).first?.speaker == "Exxon")
    }

    @Test func theObjectOfAParticipleIsNoSpeaker() throws {
        let text = "The Senate confirmed him.\n\nThe president-elect has dismissed the CIA’s assessment, calling it “ridiculous”."
        #expect(try Fixtures.quotes(text).first?.speaker == "the president-elect")
    }

    @Test func aBodyARelativeClauseSaysReportsSpeaks() throws {
        let text = """
        The email was published by The New York Times, which reports:

        "Although the wording of the memo is neutral, it rattled employees."

        “People think it’s all protected,” said Patrick McHugh, vice president for Con Edison, which maintains about 90,000 miles of cable in the city. “You have water, sewage and gas down there,” he added.
        """
        #expect(try Fixtures.quotes(text).map(\.speaker) == ["the New York Times", "Patrick McHugh", "Patrick McHugh"])
    }

    @Test func whomASourceReportsSayingItSpeaks() throws {
        let text = """
        According to a Senate aide, Rex Tillerson said he stood ready to provide only “tax return information” for himself.

        According to the police, the suspect was “very calm” at the time.
        """
        #expect(try Fixtures.quotes(text).map(\.speaker) == ["Rex Tillerson", "the police"])
    }
}
