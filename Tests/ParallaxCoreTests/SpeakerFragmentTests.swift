import Testing
@testable import ParallaxCore

/// A fragment quoted inside a sentence takes the subject of the verb that reports it, whatever
/// words the story uses for that subject or that verb.
@Suite struct SpeakerFragmentTests {
    @Test func asSomeonePutItBeforeTheWordsIsTheirs() throws {
        let texts = [
            "Bob Enslin runs the unit.\n\nThe tool lets anyone — as Enslin puts it — “bring the power of automation to anyone.”",
            "Tanner Fischer drives for UPS.\n\nThen there is subcontracting, or, as Fischer put it, “giving away good union jobs.”",
            "Tyler Cowen is an economist.\n\nThere are, in Cowen’s phrase, “markets in everything.”",
        ]
        #expect(try Fixtures.firstSpeakers(texts) == ["Bob Enslin", "Tanner Fischer", "Tyler Cowen"])
    }

    @Test func whatSomeoneBlamesIsTheirWords() throws {
        let texts = [
            "In a Facebook post, the state-run National Centre for Sex Education (CENESEX) blamed “new tensions in the region” for the cancellation.",
            "At a rally, Trump blames media “hostility” after a wave of pipe bombs.",
        ]
        #expect(try Fixtures.firstSpeakers(texts) == ["National Centre for Sex Education", "Trump"])
    }

    @Test func aWordInSAfterAVerbInIngIsItsObject() throws {
        let texts = [
            // The quotation goes on from the sentence before, whose reporting verb would name its speaker.
            "Voters oppose allowing individual states to prohibit it, according to the results, and 57 percent to 36 percent support requiring states. “Democrats back it, with Republicans opposed,” he added.",
            "The ruling states that the law is “void from the start.”",
            // A noun in -ing has its verb after it, and "Critics opposing the plan" say what follows.
            "A court filing states that the company “knowingly misled investors.”",
            "Critics opposing the plan say it would “gut the neighborhood.”",
        ]
        #expect(try Fixtures.firstSpeakers(texts) == [nil, "the ruling", "a court filing", "Critics"])
    }

    @Test func theSubjectOfASentenceCitingASourceReportsNothing() throws {
        let text = "Voters oppose allowing states to ban it, according to the results. “Democrats back it, with Republicans opposed,” according to the poll."
        #expect(try Fixtures.quotes(text).first?.speaker == nil)
    }

    @Test func whatSomeoneElsesThingSaysIsNotTheSubjects() throws {
        let texts = [
            "Justice John Roberts seemed concerned with language in the administration's guidance that said recipients would be “lawfully present,” and asked about it.",
            // One's own thing speaks for its holder.
            "In the crowd, one woman held a sign that said “227 years of men. It’s HER turn!”",
            // A time owns no words, and people that said something speak.
            "Sen. Elizabeth Warren stood by last week’s statement that said the bill was “dead on arrival.”",
            "Smith was one of the party’s officials that said the leader should “go now.”",
        ]
        #expect(try Fixtures.firstSpeakers(texts) == [nil, "one woman", "Elizabeth Warren", "Smith"])
    }

    @Test func theMainClauseAfterAnOpeningClauseThatReportedIsNoReportingClause() throws {
        let texts = [
            "Because Smith said the deal, which took months, was “final,” investors relaxed.",
            // Nothing reported before: the words are handed over to the clause after them.
            "When asked about the deal, “Never,” Smith laughed.",
            "When asked if she said it, “Guilty,” Swift smiled.",
        ]
        #expect(try Fixtures.firstSpeakers(texts) == [nil, "Smith", "Swift"])
    }

    @Test func anOpeningClauseThatReportedNamesWhoSpokeBeforeTheMainClauseDoes() throws {
        let texts = [
            "Though Jones said the talks were “productive,” analysts said a deal remained distant.",
            "After Biden said the deal was “close,” Republicans said they were still skeptical.",
            "While Democrats said the bill was “a lifeline,” Republicans called it a boondoggle.",
            "Because the judge said the evidence was “thin,” prosecutors said they would appeal.",
        ]
        #expect(try Fixtures.firstSpeakers(texts) == ["Jones", "Biden", "Democrats", "the judge"])
    }

    @Test func anAdverbAfterANameEndsIt() throws {
        let texts = [
            "Trump often mixed declarative statements with caveats, at one point cautioning “things do change.”",
            // "first" is an adjective too, and an owner no name the adverb follows.
            "“This is a historic day,” said Britain’s first female chancellor, Rachel Reeves.",
        ]
        #expect(try Fixtures.firstSpeakers(texts) == ["Trump", "Rachel Reeves"])
    }

    @Test func aVerbInAConditionReportsNoWords() throws {
        let text = "Trump said: “Well, it would seem pretty obvious” that if the Senate confirms Kash Patel as his pick, then “he’s going to be taking somebody’s place.”"
        #expect(try Fixtures.quotes(text).map(\.speaker) == ["Trump", "Trump"])
        // "once" may be an adverb, and a comma right before the words hands them over.
        let handedOver = [
            "Lincoln once said, “A house divided against itself cannot stand.”",
            "If the president says, “I did nothing wrong,” voters will judge him.",
            "She testified that because Jones told her, “I will kill you,” she was afraid.",
        ]
        #expect(try Fixtures.firstSpeakers(handedOver) == ["Lincoln", "the president", "Jones"])
    }

    @Test func aSourceClosingTheSentenceOnlyPassesOnWhatWasSaid() throws {
        let texts = [
            "Trump said he would “probably” not restrict access to the pills, according to the Guttmacher Institute.",
            // No one before the words is said to have said anything: they are the judges'.
            "Lester Holt of NBC News received an honorable mention recognition for his interview with Trump last year, in which Holt “had the embattled leader admit that he did in fact fire James Comey,” according to the judges.",
        ]
        #expect(try Fixtures.firstSpeakers(texts) == ["Trump", "the judges"])
        // A clause of its own holds the words: the source speaks.
        let newClause = "Democrats said the vote was rushed, and the bill itself is “a mess,” according to a Republican aide."
        #expect(try Fixtures.quotes(newClause).first?.speaker == "a Republican aide")
    }

    @Test func castingSomeoneAsTheWordsSaysThem() throws {
        let text = "Chris Christie challenged Trump.\n\nChristie identified the former president as “a one-man crime wave,” and went on."
        #expect(try Fixtures.quotes(text).first?.speaker == "Chris Christie")
        // Without "as", casting is not saying: the actor who portrayed “Batman” on screen.
        let role = "Adam West portrayed “Batman” on television for years."
        #expect(try Fixtures.quotes(role).first?.speaker == nil)
    }

    @Test func theObjectOfAVerbBeforeAParticipleIsNoSpeaker() throws {
        let texts = [
            "The celebrity criticized organizers, saying the plan is “a mistake” for women.",
            "The union boss criticized the plan, saying it is “a mistake” for women.",
        ]
        #expect(try Fixtures.firstSpeakers(texts) == [nil, "the union boss"])
        // A verb after only a conjunction or an adverb opens its clause: the name after it speaks.
        let inverted = [
            "But said Mayor John Carter: “This budget keeps our streets safe.”",
            "As explained team president Sam Lee, “The results were not there.”",
        ]
        #expect(try Fixtures.firstSpeakers(inverted) == ["John Carter", "Sam Lee"])
        // So does one after "(", and one after a quotation when a comma closes the name — but not a name the verb's "that" opens.
        let aside = "“It was time for a change” (said owner Mark Davis, in a statement), “and we wish Bill well.”"
        #expect(try Fixtures.quotes(aside).last?.speaker == "Mark Davis")
        let declared = "His work is countered by Andrew McCarthy, who describes Rosenstein as a “weasel,” declared that Mueller “stacked his staff with partisans,” and wrote more."
        #expect(try Fixtures.quotes(declared).last?.speaker == "Andrew McCarthy")
    }

    @Test func peopleTheTextDoesNotSayWhichAreNoOne() throws {
        let text = "A deep state absolutely exists. Some call it “administrative state” or “regulatory state.”"
        #expect(try Fixtures.quotes(text).map(\.speaker) == [nil, nil])
        // Nor does the one quoted before speak for them; but "the experts" are ones the article has named.
        let texts = [
            "Jo Lee, the mayor, spoke on Monday. “We will rebuild,” she said. Some call the plan “a disaster in the making for all of us.”",
            "Jo Lee, the mayor, spoke on Monday. “We will rebuild,” she said. Many people call the plan “a disaster in the making for all of us.”",
            "Experts say the storm was “a once-in-a-century event that nobody could have planned for.”",
            "The experts say the storm was “a once-in-a-century event that nobody could have planned for.”",
        ]
        #expect(try texts.map { try Fixtures.quotes($0).last?.speaker } == [nil, nil, nil, "the experts"])
    }

    @Test func wordsASentenceGoesOnAboutAreNoOnesWithoutAClause() throws {
        let text = "“It matters a great deal,” said Brandon Busteed, who leads the survey. The share of graduates with “a mentor who encouraged their hopes and dreams” was higher this year."
        #expect(try Fixtures.quotes(text).map(\.speaker) == ["Brandon Busteed", nil])
        let goesOn = "“It matters a great deal,” said Brandon Busteed, who leads the survey. “Nobody expected it.”"
        #expect(try Fixtures.quotes(goesOn).map(\.speaker) == ["Brandon Busteed", "Brandon Busteed"])
    }

    @Test func anExistentialThereIsNoOne() throws {
        let text = "In the clip his mother can be heard calling for help.\n\nThere are then repeated shouts of “be calm, be calm” as she struggles."
        #expect(try Fixtures.quotes(text).first?.speaker == nil)
    }

    @Test func theOneWhoseWordingItIsSpeaks() throws {
        let text = """
        Rainer Wendt spoke on Monday. He said it could lead to the “end of equality, freedom and self-determination,” in Germany, as Wendt phrased it.

        “It is a disaster for everyone involved,” as one analyst put it.

        Uma Thurman spoke to the paper. And that brings us to “the Quentin of it all,” as Thurman calls it.
        """
        #expect(try Fixtures.quotes(text).map(\.speaker) == ["Rainer Wendt", "one analyst", "Uma Thurman"])
    }

    @Test func aLongDescriptionIsKeptWhole() throws {
        let text = "Six top female music industry executives called the Recording Academy “woefully out of touch” in a joint letter."
        #expect(try Fixtures.quotes(text).first?.speaker == "Six top female music industry executives")
    }

    @Test func aNamesVerbEndsTheName() throws {
        let text = "Opposition leader Yitzhak Herzog voiced opposition to the decision, calling it yet “another irresponsible” move."
        #expect(try Fixtures.quotes(text).first?.speaker == "Yitzhak Herzog")
    }

    @Test func aPronounRightBeforeTheVerbIsItsSubjectAfterAnOpeningPhrase() throws {
        let text = """
        Taylor Swift's albums were released through Big Machine, which was bought by Scooter Braun.

        In a Tumblr post at the time she described this as the “worst case scenario”.
        """
        #expect(try Fixtures.quotes(text).first?.speaker == "Taylor Swift")
    }

    @Test func aPersonDescribedNotNamedSpeaks() throws {
        let text = "The brash tyrant boasted of his “shining victory” over the enemy."
        let quotation = try #require(try Fixtures.quotes(text).first)
        #expect(quotation.kind == .quote)
        #expect(quotation.speaker == "the brash tyrant")
    }

    @Test func indicatingCongratulatingAndRejectingReportWords() throws {
        let text = """
        Russia has also indicated that it is “extremely worried” about the situation.

        Cardinals center A.Q. Shipley, through Twitter, congratulated Palmer on “one hell of a career.”

        The Pentagon rejected these accusations as “patently false,” and analysts agreed.
        """
        #expect(try Fixtures.quotes(text).map(\.speaker) == ["Russia", "A.Q. Shipley", "the Pentagon"])
    }

    @Test func aSpeakersVerbEndsTheSpeaker() throws {
        let text = "One train operator halted its service, declaring: “Reason: ballistic missile launch.”"
        #expect(try Fixtures.quotes(text).first?.speaker == "one train operator")
    }

    @Test func aDescriptionNamedGoesOnToTheName() throws {
        let text = "“You are urged to comply with company policies,” wrote a Microsoft human resources official named Adrienne Day."
        #expect(try Fixtures.quotes(text).first?.speaker == "Adrienne Day")
    }

    @Test func playersHeardShoutingSpeak() throws {
        let text = "As he walked into the room he was startled to see the players shouting and screaming: “We got this!”"
        #expect(try Fixtures.quotes(text).first?.speaker == "the players")
    }

    @Test func theSubjectOfWhatWasSaidIsNotTheOneWhoSaysMore() throws {
        let text = "Sheila E. tweeted that Prince didn’t want to be hologrammed and says she wants “people to know there was no hologram.”"
        #expect(try Fixtures.quotes(text).first?.speaker == "Sheila E.")
    }

    @Test func aVerbInTheProgressiveReportsItsSubjectsWords() throws {
        let text = "Chief Executive Women released a census.\n\nOn the back of the report, CEW is calling for “urgent action” on promotions."
        let quotes = try Fixtures.quotes(text)
        #expect(quotes.map(\.kind) == [.quote])
        #expect(quotes.first?.speaker == "CEW")
    }

    @Test func theObjectOfAVerbInTheProgressiveIsNotItsSpeaker() throws {
        let text = "An officer was directing people, repeatedly shouting “Go quickly! Go that way!” in French."
        #expect(try Fixtures.quotes(text).first?.speaker == "an officer")
    }

    @Test func aPluralAfterAnOwnersNounIsNoVerb() throws {
        let text = "The Liberal Democratic Party won.\n\nThe ruling party has vowed in its campaign pledges to “abolish in the future” funds that parties provide."
        #expect(try Fixtures.quotes(text).first?.speaker == "the ruling party")
    }

    @Test func aPluralAfterAnAcronymIsNoVerb() throws {
        let text = "Kaja Kallas, the European Union’s foreign policy chief, said top diplomats from EU states will meet within days to “discuss how to dial up the pressure on Russia.”"
        #expect(try Fixtures.quotes(text).first?.speaker == "Kaja Kallas")
    }

    @Test func aParticipleSharesTheSubjectAfterALongOpeningPhrase() throws {
        let text = """
        Chris Christie ran a campaign.

        So, with just a few days to go before the caucuses in Iowa, Christie quit—telling a town hall meeting in Windham, N.H., “I’ve always said that there came a point.”

        A couple days after the backlash, Neil Portnow walked back his comments, saying he regretted “not being as articulate” as he should have been.
        """
        #expect(try Fixtures.quotes(text).map(\.speaker) == ["Chris Christie", "Neil Portnow"])
    }

    @Test func aFragmentInTheFirstPersonIsTheSubjects() throws {
        let text = """
        Bob Corker leads the committee.

        Corker plans to give other committee members a copy of the disclosure “as soon as we have it,” providing ample time to review it.

        Harry Caray leads fans in singing “Take Me Out to the Ball Game” during the stretch.
        """
        let quotes = try Fixtures.quotes(text)
        #expect(quotes.map(\.speaker) == ["Bob Corker", nil])
        #expect(quotes.map(\.kind) == [.quote, .term])
    }

    @Test func wordsOneBeganWithAreOnesOwn() throws {
        let text = "Catherine Connolly was asked about Trump.\n\n“Genocide was enabled by American money,” Connolly began, before being asked again."
        #expect(try Fixtures.quotes(text).first?.speaker == "Catherine Connolly")
    }

    @Test func aNounBeforeOfIsNoVerbAndADayOwnsNoWords() throws {
        let text = """
        Alverson summed up the journey from a wooden boat in the Bering Sea to the fish counter of a grocery store: “It’s Seattle old school meets Seattle new school.”

        The visitor wrote reports on each congregation, and Tuesday’s report was the synthesis. The report concluded: “Women religious have courageously been in the forefront.”
        """
        #expect(try Fixtures.quotes(text).map(\.speaker) == ["Alverson", "the report"])
    }

    @Test func aParticipleWithItsAgentAfterItIsPassive() throws {
        let texts = [
            "Legislators returned to Raleigh for a special session called by Gov. Pat McCrory to repeal House Bill 2 -- the “bathroom bill” -- which has been blasted.",
            // An agent of no name: the participle is still a passive one.
            "Lawmakers met in Raleigh for the session called by the governor to repeal the “bathroom bill” at last.",
            // Active: "by" and a means, or a speaker before the verb.
            "The spokesman responded by email that the plan was “sound and fair.”",
            "A spokeswoman for the ministry responded by Twitter: “We have nothing to add.”",
        ]
        #expect(try Fixtures.firstSpeakers(texts) == [nil, nil, "the spokesman", "a spokeswoman for the ministry"])
    }

    @Test func wordsInsideWhatSomeoneClaimedAreTheirs() throws {
        let text = """
        US President Donald Trump spoke in Ohio, and Hillary Clinton in Iowa.

        The candidate has continued his warnings that the election is “rigged,” angering Democrats.

        Trump’s comments carried echoes of Clinton’s allegations of a “vast right-wing conspiracy” against her husband.

        Barack Obama said Trump’s claim that the vote was “rigged beyond belief” is false.

        Shinzo Abe spoke to Trump. He added that the US President reiterated his assertion that the United States “stands with Japan 100 per cent”.
        """
        #expect(try Fixtures.quotes(text).map(\.speaker) == ["Donald Trump", "Hillary Clinton", "Donald Trump", "Donald Trump"])
    }

    @Test func wordsThatJudgeSomeonesClaimAreTheJudges() throws {
        let texts = [
            "Sen. Jim DeMint spoke on Sunday. He called Michael Steele's comments “unacceptable” and “inaccurate.”",
            "Nancy Pelosi labeled Trump's remarks “a disgrace” on Friday.",
            "Nancy Pelosi met Donald Trump, calling his claims “baseless.”",
            // The words are the claim itself when a judgement of it follows them, and "term" may be a noun.
            "Donald Trump spoke in Iowa on Monday. Critics called Trump's promise “to drain the swamp” a sham.",
            "Barack Obama took office in 2009. In his first term Obama's promise “to close Guantanamo” went nowhere.",
        ]
        #expect(try Fixtures.firstSpeakers(texts) == ["Jim DeMint", "Nancy Pelosi", "Nancy Pelosi", "Donald Trump", "Barack Obama"])
    }
}
