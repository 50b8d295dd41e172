import Testing
@testable import ParallaxCore

/// Signs, statements and posts give their words themselves ("the sign reads"), and a written
/// thing's issuer or place comes between it and its verb.
@Suite struct SpeakerWrittenThingTests {
    @Test func aPoemBearsWords() throws {
        let text = "Lorde wore a dress with a poem by Jenny Holzer on it.\n\n“Rejoice! Our times are intolerable,” the poem reads."
        #expect(try Fixtures.quotes(text).first?.speaker == "the poem")
    }

    @Test func whoeverSentTheWrittenThingSpeaks() throws {
        let text = """
        A spokesman for Microsoft emailed Newsweek the following statement: “Microsoft has a long history of cooperation.”

        Equifax sent Gizmodo the following statement: “We are investigating.”
        """
        #expect(try Fixtures.quotes(text).map(\.speaker) == ["a spokesman for Microsoft", "Equifax"])
    }

    @Test func aSignReadsItsWords() throws {
        let text = "A warning sign in the picture reads: “Gorillas are known to throw objects.”"
        #expect(try Fixtures.quotes(text).first?.speaker == "a warning sign")
    }

    @Test func aSignReadingAfterTheQuotationSpeaks() throws {
        let text = "“Do you believe in miracles?” read one fan’s sign after the game."
        #expect(try Fixtures.quotes(text).first?.speaker == "one fan’s sign")
    }

    @Test func aShortInscriptionIsAQuoteOnceSomethingReadsIt() throws {
        let quotation = try #require(try Fixtures.quotes("For the first time ever, the Wrigley Field marquee reads: “World Series Champions.”").first)
        #expect(quotation.kind == .quote)
        #expect(quotation.speaker == "the Wrigley Field marquee")
    }

    @Test func aPersonWhoReadsReadsSomeoneElsesWords() throws {
        let text = """
        The coach stood at the lectern. “We never gave up,” read the coach from a card.

        The teacher reads: “It was a dark and stormy night.”
        """
        #expect(try Fixtures.quotes(text).map(\.speaker) == [nil, nil])
    }

    @Test func aStatementIssuedBySomeoneSpeaksForThem() throws {
        let text = """
        North Korea fired a missile on Friday.

        “The army and people are united as one,” a statement released by the Korean Central News Agency read.

        “We will respond,” a statement issued by the foreign ministry said on Saturday.
        """
        let quotations = try Fixtures.quotes(text)
        #expect(quotations.map(\.kind) == [.quote, .quote])
        #expect(quotations.map(\.speaker) == ["the Korean Central News Agency", "the foreign ministry"])
    }

    @Test func whereAPostWasPutUpIsPartOfIt() throws {
        let text = "A post on the group’s Facebook page said it was “extremely delighted and grateful”."
        #expect(try Fixtures.quotes(text).first?.speaker == "a post on the group’s Facebook page")
    }

    @Test func messagesPostedOnTwitterAreTheirWritersWords() throws {
        let text = "Garba Shehu, a spokesman for the president, said in a series of messages posted on Twitter. “The negotiations will continue.”"
        #expect(try Fixtures.quotes(text).first?.speaker == "Garba Shehu")
    }

    @Test func anEmailFromOfficialsIsTheirs() throws {
        let text = "Staff in Seattle received an email from Human Resources officials warning them: “Do not visit these sites.”"
        #expect(try Fixtures.quotes(text).first?.speaker == "Human Resources officials")
    }

    @Test func aWrittenThingSayingSomethingSpeaks() throws {
        let text = "Almost 300,000 people have signed a petition calling for “justice for Harambe” after the zoo shot him."
        #expect(try Fixtures.quotes(text).first?.speaker == "a petition")
    }

    @Test func postsOnAPlatformAreNotThePlatformsWords() throws {
        let text = "Fans mourned the animal, with Facebook posts saying “terrible loss,” and Twitter posts saying “RIP big fella.”"
        #expect(try Fixtures.quotes(text).map(\.speaker) == ["Facebook posts", "Twitter posts"])
    }

    @Test func anAccountOnAPlatformIsItsOwners() throws {
        let text = "Anna Sorokin moved to New York in 2013.\n\nShe worked as “a high-limit hostess,” according to her LinkedIn account."
        #expect(try Fixtures.quotes(text).first?.speaker == "Anna Sorokin")
    }

    @Test func whoSentAWrittenThingThatReadsSpeaks() throws {
        let sent = "Amazon provided Newsweek a statement by email, which read in part: “The manual clearly states the rules.”"
        #expect(try Fixtures.quotes(sent).first?.speaker == "Amazon")
        let received = "Sirens wailed across the city as residents received an official text that read: “Missile passing.”"
        #expect(try Fixtures.quotes(received).first?.speaker == nil)
        // Nor does one who only saw it.
        let seen = "Reporters saw placards that read: “We want peace and we want it now.”"
        #expect(try Fixtures.quotes(seen).first?.speaker == nil)
    }

    @Test func aPostOfSomeKindIsNoVerb() throws {
        let text = """
        “Studies show that women are less active,” Strava wrote in a blog post accompanying the announcements. “As the company continues on its mission, building safety features is key.”

        “It was very well planned,” Andy McArdy told CNN in a phone call. “They knew that the noise of fireworks would mask the gunfire.”
        """
        #expect(try Fixtures.quotes(text).map(\.speaker) == ["Strava", "Strava", "Andy McArdy", "Andy McArdy"])
    }

    @Test func aWrittenThingThatReadsSpeaksForTheAuthorItNames() throws {
        let texts = [
            "A statement by Buckingham Palace read: “We can confirm the couple have been asked to leave.”",
            "A letter from a Sussex spokesperson read: “We can confirm the couple have been asked to leave.”",
            "Last June, a statement by a Sussex spokesperson confirming the eviction read: “We can confirm the couple have been asked to leave.”",
        ]
        #expect(try Fixtures.firstSpeakers(texts) == ["Buckingham Palace", "a Sussex spokesperson", "a Sussex spokesperson"])
    }

    @Test func courtPapersSpeakOneOrMany() throws {
        let text = """
        Police filed the papers on Friday.

        "When they got down they heard a noise in the bushes, and the tiger jumped on him (Paul Dhaliwal)," the documents said.

        "The emails have been transmitted through other accounts," the affidavit said.
        """
        #expect(try Fixtures.quotes(text).map(\.speaker) == ["the documents", "the affidavit"])
    }

    @Test func theirReportIsNoOneNamedBefore() throws {
        let text = """
        The Kremlin dismissed the report as “nothing concrete.” But the reporters examining the documents found a network of money transfers.

        According to their report, “the evidence in the files suggests Roldugin is acting as a front man.”
        """
        #expect(try Fixtures.quotes(text).map(\.speaker) == ["the Kremlin", "their report"])
    }

    @Test func anEmailSpeaksForWhoeverSentIt() throws {
        let texts = [
            "The Federal Aviation Administration sent an email to airlines on Monday. The email said flights would be “cut by ten percent.”",
            // A firm the article names alone again and again is not the longer name it once stands inside.
            """
            Staff at the Bellevue-Redmond Microsoft Access office were told on Monday. Microsoft declined to comment. Microsoft said nothing more.

            The Microsoft email informed recipients that police “may have obtained” records.
            """,
            // But the first word of a firm's name is the firm.
            "Exxon Mobil reported a loss. Exxon Mobil said costs rose.\n\nThe Exxon memo said the firm was “well positioned” for the future.",
            // The latest statement's, even when a pronoun issued it.
            """
            The White House released a statement on Monday.

            Sen. John Smith spoke on Tuesday. He released a statement too.

            The statement said the bill was “a betrayal of workers.”
            """,
        ]
        #expect(try Fixtures.firstSpeakers(texts) == ["the Federal Aviation Administration", "Microsoft", "Exxon Mobil", "John Smith"])
    }

    @Test func thoseAskedToShareAPostDidNotWriteIt() throws {
        let text = "Social media users were encouraged to share a post calling for applause.\n\nThe post said: “He simply loved the club.”"
        #expect(try Fixtures.quotes(text).first?.speaker == "the post")
        // But one made to issue a statement issued it.
        let forced = "Uber apologized.\n\nThe company was forced to issue a statement on Monday. The statement said the firm had “apologized to the driver.”"
        #expect(try Fixtures.quotes(forced).first?.speaker == "Uber")
    }
}
