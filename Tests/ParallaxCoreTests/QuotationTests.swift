import Testing
@testable import ParallaxCore

@Suite struct QuotationMarkTests {
    @Test func curlyAndStraightQuotes() throws {
        let quotes = try Fixtures.quotes("“We will win,” Smith said. Jones said, \"They will lose.\"")
        #expect(quotes.map(\.text) == ["We will win,", "They will lose."])
        #expect(quotes.map(\.speaker) == ["Smith", "Jones"])
    }

    @Test func apostrophesAreNeverQuotationMarks() throws {
        let quotes = try Fixtures.quotes("Trump’s plan, don’t worry, dates from the ’90s and the '80s. It's the 'best' plan.")
        #expect(quotes.isEmpty)
    }

    @Test func singleQuotesNestInsideDoubleOnes() throws {
        let quotes = try Fixtures.quotes("“He told me ‘never again’ and I believed him,” Ana Ruiz said.")
        #expect(quotes.count == 1)
        #expect(quotes[0].text == "He told me ‘never again’ and I believed him,")
        #expect(quotes[0].speaker == "Ana Ruiz")
    }

    @Test func quotationOverSeveralParagraphsIsOne() throws {
        let text = """
        “The first part of what I want to say is this,” said Maria Lopez. “And it goes on.

        “It continues in a second paragraph.

        “And ends in a third.”

        A new paragraph of narration.
        """
        let quotes = try Fixtures.quotes(text)
        #expect(quotes.count == 2)
        #expect(quotes[1].text == "And it goes on. It continues in a second paragraph. And ends in a third.")
        #expect(quotes[1].ranges.count == 3)
        #expect(quotes[1].paragraph == 0)
        #expect(quotes[1].speaker == "Maria Lopez")
    }

    @Test func paragraphsOfAQuotationRunTogetherAreStillOne() throws {
        // A text that lost its paragraph breaks: each paragraph of the quotation opens with the mark again.
        let text = "In a speech he said: \"Last night a lorry hit a crowd. \"At the time I speak there are 77 victims. \"We will fight.\" Hollande left Nice."
        let quotes = try Fixtures.quotes(text)
        #expect(quotes.map(\.text) == ["Last night a lorry hit a crowd. At the time I speak there are 77 victims. We will fight."])
        #expect(quotes.first?.ranges.count == 3)
        // A mark left open by mistake is still dropped: inside a sentence, or before the reporting clause.
        let unclosed = try Fixtures.quotes("The mayor called it \"a disaster. The council votes Tuesday. \"This is fine,\" the chairman said.")
        #expect(unclosed.map(\.text) == ["This is fine,"])
        let forgotten = try Fixtures.quotes("\"We will fight for every job, union president Maria Jones said. \"They cannot break us.\"")
        #expect(forgotten.map(\.text) == ["They cannot break us."])
    }

    @Test func unbalancedMarkNeverSwallowsTheRest() throws {
        let text = """
        The mayor called the plan “a disaster and walked out.

        Later the council voted. “This is fine,” the chairman said.
        """
        let quotes = try Fixtures.quotes(text)
        #expect(quotes.map(\.text) == ["This is fine,"])
    }

    @Test func paragraphOpeningWithAnUnclosedMarkEndsWithIt() throws {
        let quotes = try Fixtures.quotes("Smith was blunt.\n\n“We are not going anywhere.\n\nThe vote is Tuesday.")
        #expect(quotes.map(\.text) == ["We are not going anywhere."])
    }

    @Test func emptyQuotesAreIgnored() throws {
        #expect(try Fixtures.quotes("He wrote “” and \"\" on the wall.").isEmpty)
    }

    @Test func straightQuotesWithoutSpacesAround() throws {
        let quotes = try Fixtures.quotes("The sign read \"Closed\".\"Go home,\" a guard said.")
        #expect(quotes.map(\.text) == ["Closed", "Go home,"])
    }
}

@Suite struct QuotationKindTests {
    @Test func namesAndScareQuotesAreTerms() throws {
        let quotes = try Fixtures.quotes("Thousands joined the “No Kings” protests. Critics mocked the so-called “deep state” theory. A group called “Mothers United” marched. "
            + "Emery, a writer for Snopes, will soon be in charge of labelling “fake news” alongside others.")
        #expect(quotes.map(\.kind) == [.term, .term, .term, .term])
        #expect(quotes.allSatisfy { $0.speaker == nil })
    }

    @Test func aShortQuotationClosedByItsCommaIsNoName() throws {
        let quotes = try Fixtures.quotes("Yates threw for 83 yards.\n\n“It’s brutal,” coach Bill O’Brien said of the skid.")
        #expect(quotes.map(\.kind) == [.quote])
        #expect(quotes.first?.speaker == "Bill O’Brien")
    }

    @Test func attributedFragmentIsAQuote() throws {
        let quotes = try Fixtures.quotes("Senator Jane Park called the bill “a disgrace” on Monday.")
        #expect(quotes[0].kind == .quote)
        #expect(quotes[0].speaker == "Jane Park")
    }

    @Test func fragmentOfAVerbWithADoubledConsonantIsAQuote() throws {
        let quotes = try Fixtures.quotes("A Delta spokesman referred to it only as a “stowaway” on Monday. Officials bragged of a “shining victory” later.")
        #expect(quotes.map(\.kind) == [.quote, .quote])
        #expect(quotes.map(\.speaker) == ["a Delta spokesman", "Officials"])
    }

    @Test func fragmentOfAnApologyIsAQuote() throws {
        let quotes = try Fixtures.quotes("Harvey Weinstein has apologized for causing “a lot of pain” to colleagues. Critics mocked the “No Kings” protests.")
        #expect(quotes.map(\.kind) == [.quote, .term])
        #expect(quotes[0].speaker == "Harvey Weinstein")
    }

    @Test func aNamingCueMayHaveAnArticleAfterIt() throws {
        let quotes = try Fixtures.quotes("The rocket, which inside the company is nicknamed the “Big Falcon,” flew.")
        #expect(quotes.map(\.kind) == [.term])
    }

    @Test func aDatelineIsNoSubject() throws {
        let quotes = try Fixtures.quotes("BERLIN — Organizers set up a special “safety area” for women, saying it would help.")
        #expect(quotes.first?.speaker != "BERLIN")
    }

    @Test func aNoteAfterAPossessiveIsNoVerb() throws {
        let quotes = try Fixtures.quotes("[Editor’s note: Spoilers follow for the “Black Mirror” episode.]")
        #expect(quotes.map(\.kind) == [.term])
    }

    @Test func aWorksTitleAfterItsKindIsATerm() throws {
        let quotes = try Fixtures.quotes("Sheen starred in the Showtime series “Masters of Sex,” which ended. Twenge wrote the book “iGen” last year. "
            + "“It is near Mars,” said Phil Plait, aka “The Bad Astronomer.”")
        #expect(quotes.map(\.kind) == [.term, .term, .quote, .term])
        // A game is no work whose title follows: these are the coach's and the quarterback's words.
        let game = try Fixtures.quotes("Tomlin called the game “a disgrace.” Quarterback Jalen Hurts said after the game, “Amazing.”")
        #expect(game.map(\.kind) == [.quote, .quote])
    }

    @Test func wordsQuotedRightAfterTheSubjectAreItsOwn() throws {
        let quotes = try Fixtures.quotes("Tunisia “forcefully” condemned the attack. Education Minister Naftali Bennett “welcomed” the call.")
        #expect(quotes.map(\.kind) == [.quote, .quote])
        #expect(quotes.map(\.speaker) == ["Tunisia", "Naftali Bennett"])
    }

    @Test func aPossessiveOrANameBeforeAQuotedPhraseIsNoSpeaker() throws {
        let quotes = try Fixtures.quotes("Silverman’s “conscious uncoupling” line is a nod to Paltrow. Thousands joined “No Kings” protests.")
        #expect(quotes.map(\.kind) == [.term, .term])
    }

    @Test func calledAfterItsDoerSaysRatherThanNames() throws {
        let quotes = try Fixtures.quotes("Critics mocked the duet, which Jane Park herself once called “demonic.” Dunes form what are called “draa” there.")
        #expect(quotes.map(\.kind) == [.quote, .term])
        #expect(quotes[0].speaker == "Jane Park")
    }

    @Test func whatSomeoneCallsAThingAndWhatItIsCalledAreNames() throws {
        let text = """
        Strava is backing what it calls a “family plan” to win sign-ups. Oman is often called the “Switzerland of the Middle East,” and hosts talks. Indonesian President Joko “Jokowi” Widodo ordered a review. Education Minister Naftali Bennett “welcomed” Likud’s call.
        """
        let quotes = try Fixtures.quotes(text)
        #expect(quotes.map(\.kind) == [.term, .term, .term, .quote])
        #expect(quotes.last?.speaker == "Naftali Bennett")
        // What a person called something in the past is their own words.
        let called = try Fixtures.quotes("Joe Biden spoke on Monday. Biden condemned what he called “un-American” attacks.")
        #expect(called.map(\.speaker) == ["Joe Biden"])
    }

    @Test func aTitleAfterItsOwnerOrItsKindIsATermWhoeverSpeaks() throws {
        let text = """
        “It was down for four years,” Maley said on CNBC’s “Trading Nation” on Monday.

        In her book “A Paradise Built in Hell: The Extraordinary Communities that Arise in Disaster” Rebecca Solnit wrote about crowds.

        “Very dishonest,” Trump said, in front of a banner with the president’s campaign slogan, “Make America Great Again.”
        """
        #expect(try Fixtures.quotes(text).map(\.kind) == [.quote, .term, .term, .quote, .term])
        // Words that do not read as a title are the speaker's, whatever work the sentence names.
        let said = try Fixtures.quotes("Asked about the film, “It was the hardest role I ever played,” Smith said.")
        #expect(said.map(\.kind) == [.quote])
        // Its owner's name alone may stand before it.
        let owned = try Fixtures.quotes("“We will rebuild,” she told CNN’s “State of the Union.”")
        #expect(owned.map(\.kind) == [.quote, .term])
    }

    @Test func titlesOfWorksAreTerms() throws {
        let quotes = try Fixtures.quotes("The band played “I Would Die 4 U” and then “Take Me Out to the Ball Game” at the park.")
        #expect(quotes.map(\.kind) == [.term, .term])
    }

    @Test func titlesListedInASentenceThatReportsAreStillTerms() throws {
        let text = "Live Nation announced the band will play hits like “Listen To The Music,” “What A Fool Believes,” “China Grove” and “Jesus Is Just Alright With Me” and others."
        let quotes = try Fixtures.quotes(text)
        #expect(quotes.map(\.kind) == [.term, .term, .term, .term])
        #expect(quotes.allSatisfy { $0.speaker == nil })
    }

    @Test func aTitleAfterAPrepositionIsATermEvenInASentenceThatReports() throws {
        let text = "Harper said he was hot off directing a lush BBC adaptation of “War & Peace” and a role in “Wild Rose.”"
        #expect(try Fixtures.quotes(text).map(\.kind) == [.term, .term])
        let oneWord = try Fixtures.quotes("Jesse Plemons, who starred in “Fargo,” said he was thrilled.")
        #expect(oneWord.map(\.kind) == [.term])
        // Lower case, it is someone's word: "he was “disappointed” by the ruling" stays theirs.
        let word = try Fixtures.quotes("Johnson said he was “disappointed” in the ruling.")
        #expect(word.map(\.speaker) == ["Johnson"])
    }

    @Test func longUnattributedQuotationIsAQuote() throws {
        let quotes = try Fixtures.quotes("“Nobody knows what will happen next, and nobody will say,” read a sign.")
        #expect(quotes[0].kind == .quote)
    }
}

@Suite struct ReportingClauseAfterTests {
    @Test func aReportingClauseAfterALaterComma() throws {
        let quotes = try Fixtures.quotes("“It takes a president with historical depth” to deal with the crisis, said R. Nicholas Burns, who served at State.")
        #expect(quotes.first?.speaker == "R. Nicholas Burns")
    }

    @Test func aLaterCommaBeforeAListenerIsNoClause() throws {
        let quotes = try Fixtures.quotes("The plan was “dead on arrival” in the Senate, told reporters often enough.")
        #expect(quotes.first?.speaker == nil)
    }

    @Test func theNameInAppositionAfterADescriptionWithItsThe() throws {
        let quotes = try Fixtures.quotes("“China is gravely concerned,” a spokesman for the Foreign Ministry, Geng Shuang, said in the statement.")
        #expect(quotes.first?.speaker == "Geng Shuang")
    }

    @Test func anAdverbMayStandBeforeTheVerb() throws {
        let quotes = try Fixtures.quotes("Chrissy Teigen waited for hours. “Taking off!!!” she finally tweeted early Wednesday.")
        #expect(quotes.first?.speaker == "Chrissy Teigen")
    }

    @Test func aQuotedTitleInsideTheClauseIsPassedOver() throws {
        let text = "“The decline in happiness is sudden,” psychologist Jean Twenge, author of the book “iGen,” told Business Insider."
        let quotes = try Fixtures.quotes(text)
        #expect(quotes.map(\.speaker) == ["Jean Twenge", nil])
    }
}

@Suite struct ReportingClauseShapeTests {
    @Test func aRelativeClauseReportsForTheNameBeforeIt() throws {
        let quotes = try Fixtures.quotes("Critics seized on comments by Academy President Neil Portnow, who said women needed to “step up” their work.")
        #expect(quotes.map(\.kind) == [.quote])
        #expect(quotes.first?.speaker == "Neil Portnow")
    }

    @Test func aBareClauseAfterAnExclamationStillReports() throws {
        let quotes = try Fixtures.quotes("Trump was blunt. “China could easily solve this problem!” Mr. Trump said.")
        #expect(quotes.first?.speaker == "Trump")
    }

    @Test func aNameWithAppositivesAfterAQuestionStillReports() throws {
        let quotes = try Fixtures.quotes("Talks went on. “What is the incentive?” Wang Jianxiong, the former director for China at the IMF, said at an event.")
        #expect(quotes.first?.speaker == "Wang Jianxiong")
        // A party and state in parentheses go with the name.
        let lawmakers = try Fixtures.quotes("""
        “So you create chaos, and then ask for more money?” Rep. Katherine Clark (D-Mass.), vice chair of the caucus, said of the plan.

        “Why should Congress buy in?” Rep. Pete Aguilar (D-Calif.) said in an interview.
        """)
        #expect(lawmakers.map(\.speaker) == ["Katherine Clark", "Pete Aguilar"])
    }

    @Test func aNameAndItsVerbAfterAQuestionStillReportWhereOrWhenFollows() throws {
        let quotes = try Fixtures.quotes("Prelogar spoke. “What is your best example of an agency that has all the features that the CFPB has?” Alito asked in one of his series of queries.")
        #expect(quotes.first?.speaker == "Alito")
        // A sentence that goes on to say something of its own is no clause of the quotation.
        let statement = try Fixtures.quotes("Protesters chanted “Where is our money?” Officials said on Tuesday the funds were delayed.")
        #expect(statement.first?.speaker == "Protesters")
    }

    @Test func aShortSentenceStandingAloneGoesOnFromTheQuotationBefore() throws {
        let quotes = try Fixtures.quotes("The door gave way. “Hands! Let me see your hands!” an officer ordered. “Step out.”")
        #expect(quotes.map(\.kind) == [.quote, .quote])
        #expect(quotes.map(\.speaker) == ["an officer", "an officer"])
        // A title closing a sentence is still a term.
        let title = try Fixtures.quotes("He directed the film “Wild Rose.”")
        #expect(title.map(\.kind) == [.term])
    }

    @Test func aSpeakersVerbInThePresentEndsTheSpeaker() throws {
        let officer = try Fixtures.quotes("Officers bang on the door. “Open the door, we’re coming in!” an officer shouts.")
        #expect(officer.first?.speaker == "an officer")
        // "state" in "the NK state media" is a noun, not a verb that ends the name.
        let media = try Fixtures.quotes("North Korea fired a missile. “The world admires us,” claimed the NK state media.")
        #expect(media.first?.speaker == "the NK state media")
    }

    @Test func peopleSpeakInsideARelativeClauseThatIntroducesTheQuotation() throws {
        let text = """
        It is rolling out with billboards in which residents say, “I’m on meth.”

        Many residents say, “We are on it.”
        """
        #expect(try Fixtures.quotes(text).map(\.speaker) == ["residents", "Many residents"])
    }

    @Test func aLongSentenceAfterAnExclamationIsNoClause() throws {
        let quotes = try Fixtures.quotes("“Enough!” Smith said the council would meet again on Monday to vote on the budget.")
        #expect(quotes.first?.speaker == nil)
    }

    @Test func thePersonsPartyIsPassedOver() throws {
        let quotes = try Fixtures.quotes("“Likud laid the groundwork,” Ilan Gilon of the Meretz party said. “The public is fed up.”")
        #expect(quotes.map(\.speaker) == ["Ilan Gilon", "Ilan Gilon"])
    }

    @Test func theBodyAPersonIsWithIsPassedOver() throws {
        let quotes = try Fixtures.quotes("Winds rose. “We will decide -- the police department, the commander -- whether the balloons fly,” Chief James Hall with the New York Police Department said.")
        #expect(quotes.first?.speaker == "James Hall")
    }

    @Test func anIndefiniteRoleIsSomeoneNew() throws {
        let text = "Foreign Ministry spokesman Hong Lei spoke on Monday.\n\n“Our stability is at stake,” said a Kremlin spokesman, claiming much."
        #expect(try Fixtures.quotes(text).first?.speaker == "a Kremlin spokesman")
    }

    @Test func theOneANewspaperQuotedSpeaks() throws {
        let text = """
        Rainer Wendt criticized the plan on Saturday.

        “By doing so one is saying there are safe zones” for women that could result in “the end of equality,” the newspaper quoted him as saying.
        """
        #expect(try Fixtures.quotes(text).map(\.speaker) == ["Rainer Wendt", "Rainer Wendt"])
    }

    @Test func theClauseMayStandBeforeALaterQuotation() throws {
        let text = "Despite saying that Mr. Xi “treated me better than anybody” when he visited, Mr. Trump said Thursday that “they have been caught.”"
        #expect(try Fixtures.quotes(text).map(\.speaker) == ["Trump", "Trump"])
    }

    @Test func aTitleTakesNoClauseClosingTheSentence() throws {
        let text = "The pair, who made films such as “Alice in Wonderland” and “Dark Shadows,” “separated amicably this year,” a rep said."
        let quotes = try Fixtures.quotes(text)
        #expect(quotes.map(\.kind) == [.term, .term, .quote])
        #expect(quotes[2].speaker == "a rep")
    }

    @Test func moreWaysOfSaying() throws {
        let quotes = try Fixtures.quotes("Lewis Hamilton groaned: “The track is fine!” Sarah Silverman clarified, “No fight.”")
        #expect(quotes.map(\.speaker) == ["Lewis Hamilton", "Sarah Silverman"])
    }

    @Test func anotherStandsAloneAsASpeaker() throws {
        let quotes = try Fixtures.quotes("“Think you might have the wrong guy,” wrote another to a pimp. “Like Czech,” another said.")
        #expect(quotes.map(\.speaker) == ["another", "another"])
    }

    @Test func aPossessiveDescriptionKeepsItsThe() throws {
        let quotes = try Fixtures.quotes("“We will respond strongly,” the South’s foreign ministry said in a statement.")
        #expect(quotes.first?.speaker == "the South’s foreign ministry")
    }
}

@Suite struct SpeakerTests {
    @Test func reportingClauseAfterTheQuotation() throws {
        let quotes = try Fixtures.quotes("President Donald Trump spoke. “We will win,” Trump said. “It is done,” said Mayor Karen Bass.")
        #expect(quotes.map(\.speaker) == ["Donald Trump", "Karen Bass"])
    }

    @Test func pronounTakesTheLastSpeaker() throws {
        let text = "“First,” Chicago Mayor Brandon Johnson said.\n\n“Second,” he added."
        #expect(try Fixtures.quotes(text).map(\.speaker) == ["Brandon Johnson", "Brandon Johnson"])
    }

    @Test func descriptionResolvesToTheNameGivenThatRole() throws {
        let text = "President Donald Trump left for Canada.\n\n“We must act,” the president posted on Sunday."
        #expect(try Fixtures.quotes(text).first?.speaker == "Donald Trump")
    }

    @Test func unnamedDescriptionKeepsTheArticlesWords() throws {
        let text = "An Adams spokeswoman spoke on Monday.\n\n“Everyone is safe here,” the spokeswoman said."
        #expect(try Fixtures.quotes(text).first?.speaker == "the Adams spokeswoman")
    }

    @Test func appositiveGivesARole() throws {
        let text = "Agents report to the Department of Homeland Security, the federal agency that oversees them.\n\n“We will not be deterred,” the agency said."
        #expect(try Fixtures.quotes(text).first?.speaker == "Department of Homeland Security")
    }

    @Test func accordingTo() throws {
        let quotes = try Fixtures.quotes("The storm was “the worst in a century,” according to Ana Ruiz, a local historian.")
        #expect(quotes.first?.speaker == "Ana Ruiz")
    }

    @Test func reportingClauseBeforeTheQuotation() throws {
        let quotes = try Fixtures.quotes("Johnson said: “We are ready.” Later, Police Chief Ann Lee told reporters, “We are not.”")
        #expect(quotes.map(\.speaker) == ["Johnson", "Ann Lee"])
    }

    @Test func quotationThatGoesOnKeepsItsSpeaker() throws {
        let quotes = try Fixtures.quotes("“Our farmers matter,” Trump said on Truth Social. “Changes are coming!”")
        #expect(quotes.map(\.speaker) == ["Trump", "Trump"])
    }

    @Test func aQuotationGoesOnFromAQuotationNeverFromATitle() throws {
        let text = "“We will rebuild,” Peter Jones said.\n\nThe band’s song “Hope” was played. “These blokes warm the benches.”"
        let quotes = try Fixtures.quotes(text)
        #expect(quotes.map(\.kind) == [.quote, .term, .quote])
        #expect(quotes.map(\.speaker) == ["Peter Jones", nil, nil])
    }

    @Test func aSentenceOnItsOwnSubjectDoesNotGoOnFromTheQuotationBefore() throws {
        let text = """
        Kremlin spokesman Dmitry Peskov said the charges showed “nothing at all, as we have said many times.” \
        Russia’s flagship TV news show took a similar line on Monday evening, saying it was “now clear that there was nothing” to it. \
        He went on, saying the case was “a farce from start to finish.”
        """
        #expect(try Fixtures.quotes(text).map(\.speaker) == ["Dmitry Peskov", nil, "Dmitry Peskov"])
    }

    @Test func aSentenceOpeningOnATimeGoesOnFromTheQuotationBefore() throws {
        let texts = [
            "“We will not back down,” Gov. Gavin Newsom said Tuesday. Hours later the governor went further, adding that the lawsuit was “just the beginning of a very long fight.”",
            "“This is a witch hunt,” President Donald Trump said on Monday. Later that evening the president doubled down, saying the probe was “a disgrace and an insult to every American.”",
        ]
        #expect(try texts.map { try Fixtures.quotes($0).last?.speaker } == ["Gavin Newsom", "Donald Trump"])
    }

    @Test func aSentenceWithAReportingVerbOfItsOwnDoesNotGoOnFromTheQuotationBefore() throws {
        // Whoever "UPS corporate communications" is to the rules, the driver quoted before did not say it.
        let text = """
        “I filed a charge a few days later,” Tanner Fischer told me. “It was easy.” (UPS corporate communications said of the incident, “We respect our employees’ rights to assemble.”)
        """
        #expect(try Fixtures.quotes(text).map(\.speaker) == ["Tanner Fischer", "Tanner Fischer", nil])
        // The clause of the quotation before is no verb of the sentence's own.
        let split = "From the outset, the goal was clear: “This structure,” wrote Svetlana Yakushina of Ernst & Young, “should allow registering the aircraft in the United States.”"
        #expect(try Fixtures.quotes(split).map(\.speaker) == ["Svetlana Yakushina", "Svetlana Yakushina"])
        let across = "“HDR+ is a very good technology. This removes the noise,” says Hervé Macudzinski, manager of DxOMark.com. “That enables Google to provide a nice picture.”"
        #expect(try Fixtures.quotes(across).map(\.speaker) == ["Hervé Macudzinski", "Hervé Macudzinski"])
    }

    @Test func possessiveOfAPostIsTheSpeaker() throws {
        let quotes = try Fixtures.quotes("President Donald Trump traveled. Trump’s post accused opponents of using “Illegal Aliens” to win.")
        #expect(quotes.first?.speaker == "Donald Trump")
        #expect(quotes.first?.kind == .quote)
    }

    @Test func noSpeakerIsInvented() throws {
        let quotes = try Fixtures.quotes("The banner said nothing. “Peace now and forever, for all of us,” was painted on the wall.")
        #expect(quotes.first?.speaker == nil)
    }

    @Test func nameThenAppositiveThenVerb() throws {
        let quotes = try Fixtures.quotes("“Israel is doing everything possible,” Saeb Erekat, the secretary general of the PLO, said on Monday.")
        #expect(quotes.first?.speaker == "Saeb Erekat")
    }

    @Test func descriptionThenNameInApposition() throws {
        let quotes = try Fixtures.quotes("“Tech companies are experimenting on kids,” said Common Sense’s CEO, James Steyer, in a statement.")
        #expect(quotes.first?.speaker == "James Steyer")
    }

    @Test func reportingClauseClosingTheSentence() throws {
        let quotes = try Fixtures.quotes("Japan condemned the “excessive provocation” in the strongest terms, government spokesperson Yoshihide Suga said.")
        #expect(quotes.first?.speaker == "Yoshihide Suga")
    }

    @Test func documentsSpeakWhenNoOneElseIsNamed() throws {
        let quotes = try Fixtures.quotes("The exhibit would remain closed “until further notice,” the news release stated.")
        #expect(quotes.first?.kind == .quote)
        #expect(quotes.first?.speaker == "the news release")
    }

    @Test func acronymsAreNotFunctionWords() throws {
        let quotes = try Fixtures.quotes("“Caught RED HANDED – very disappointed!” tweeted the US president.")
        #expect(quotes.first?.speaker == "the US president")
    }

    @Test func familyNameFirstAndSurnamesResolveToTheFullName() throws {
        let text = "Foreign Ministry spokesperson Hua Chunying spoke on Friday.\n\n“All parties should exercise restraint,” Hua said."
        #expect(try Fixtures.quotes(text).first?.speaker == "Hua Chunying")
    }

    @Test func participleSharesTheSubjectOfTheSentence() throws {
        let quotes = try Fixtures.quotes("Brittany Nicely described the scene to a local newspaper, saying: “Everybody started screaming.”")
        #expect(quotes.first?.speaker == "Brittany Nicely")
    }

    @Test func quotationAsItsOwnSentenceTakesThePreviousSentencesSpeaker() throws {
        let quotes = try Fixtures.quotes("Being too tough could be disastrous, said Mayor Masaki Ohnishi. “If they do something serious, we are in range.”")
        #expect(quotes.first?.speaker == "Masaki Ohnishi")
    }

    @Test func pronounPrefersThePersonWhoOpenedTheSentence() throws {
        let text = "Felipe Chapman, an economist, has studied the firm. Chapman compared it with Juan Carlos Varela’s plans.\n\n“It is going to die out,” he says."
        #expect(try Fixtures.quotes(text).first?.speaker == "Felipe Chapman")
    }

    @Test func nameInAppositionAfterADescriptionSpeaks() throws {
        let quotes = try Fixtures.quotes("A spokesperson for Buhari, Mallam Garba Shehu, said the release “is the outcome of negotiations.”")
        #expect(quotes.first?.speaker == "Garba Shehu")
    }

    @Test func passiveReportingVerbNamesNoSpeaker() throws {
        let text = "President Moon Jae-in spoke on Friday.\n\nHe added the military had been ordered “to prepare a stern measure.”"
        #expect(try Fixtures.quotes(text).first?.speaker == "Moon Jae-in")
    }

    @Test func coordinatedVerbSharesTheSubject() throws {
        let quotes = try Fixtures.quotes("Donald Trump has not visited since 2016, and last month threatened to “utterly destroy” the country.")
        #expect(quotes.first?.kind == .quote)
        #expect(quotes.first?.speaker == "Donald Trump")
    }

    @Test func pronounTakesThePersonAReportingClauseNamed() throws {
        let text = """
        Support for Prime Minister Shinzo Abe was mixed. “No one is better than Abe,” said Satoru Narita.

        If anything, Japan has been too passive, said 23-year-old Ryosuke Kinoshita, who supports Abe.

        “Next time they launch one, we should fire back,” he said.
        """
        #expect(try Fixtures.quotes(text).last?.speaker == "Ryosuke Kinoshita")
    }

    @Test func sheIsNotGivenToAMan() throws {
        let text = """
        Sarah Silverman started dating Michael Sheen in 2014. She said she was happy.

        Michael Sheen met the actress on set. He called it luck.

        “I never really knew what love was,” she said.
        """
        #expect(try Fixtures.quotes(text).last?.speaker == "Sarah Silverman")
    }

    @Test func initialsStayInNames() throws {
        let quotes = try Fixtures.quotes("“This test is a warning,” said George A Lopez, a former member of the panel.")
        #expect(quotes.first?.speaker == "George A Lopez")
    }

    @Test func anIndefiniteDescriptionIsSomeoneNew() throws {
        let text = "A South Korean official spoke first.\n\nThe second missile “sank into the sea,” an official said."
        #expect(try Fixtures.quotes(text).first?.speaker == "an official")
    }

    @Test func occupationRefersBackToThePersonNamed() throws {
        let text = "Gregory Elich, who advises a policy institute, spoke on Friday.\n\n“The pressure will fail,” the expert concluded."
        #expect(try Fixtures.quotes(text).first?.speaker == "Gregory Elich")
    }

    @Test func acronymResolvesToTheNameItAbbreviates() throws {
        let text = "The documents went to Süddeutsche Zeitung a year ago.\n\n“The papers include 11.5 million files,” SZ said."
        #expect(try Fixtures.quotes(text).first?.speaker == "Süddeutsche Zeitung")
    }

    @Test func nounsThatAreAlsoVerbsCanSpeak() throws {
        #expect(try Fixtures.quotes("The post said: “He loved the club.”").first?.speaker == "the post")
    }

    @Test func theOneQuotedSpeaks() throws {
        let text = "Quentin Tarantino persuaded her, the article said, quoting him as saying, “Hit 40 miles per hour.”"
        #expect(try Fixtures.quotes(text).first?.speaker == "Quentin Tarantino")
        let words = try Fixtures.quotes("Cristin Milioti saw it differently. In Milioti’s words: “She just distances herself.”")
        #expect(words.first?.speaker == "Cristin Milioti")
    }

    @Test func coordinatedVerbsAndParticiplesFindTheirDoer() throws {
        let captain = try Fixtures.quotes("Shane Perry waited before the captain came back on the intercom and said: “The bird is back.”")
        #expect(captain.first?.speaker == "the captain")
        let pilot = try Fixtures.quotes("Shane Perry recalled the pilot telling the passengers: “We are going to take off.”")
        #expect(pilot.first?.speaker == "the pilot")
    }

    @Test func aReportingClauseInsideAClosedRelativeClauseIsPassedOver() throws {
        let text = "The ministry said the attacker, who police said held dual citizenship, had committed an act of “extreme cowardice”."
        #expect(try Fixtures.quotes(text).first?.speaker == "the ministry")
        // A relative clause the quotation stands in reports it.
        let open = try Fixtures.quotes("Kathy Dahlkemper signed a declaration which she said would allow “needed resources to be obtained.”")
        #expect(open.first?.speaker == "Kathy Dahlkemper")
    }

    @Test func aVerbAfterButSharesTheSubjectOfTheVerbBefore() throws {
        let text = "Uma Thurman spoke up.\n\nLast year, she wished everyone a happy holiday, but added a caveat: “Except you, Harvey.”"
        #expect(try Fixtures.quotes(text).first?.speaker == "Uma Thurman")
        // A clause after "but" with a subject of its own keeps it.
        let own = try Fixtures.quotes("Uma Thurman spoke up.\n\nShe wished everyone a happy holiday, but her lawyer added: “No comment.”")
        #expect(own.first?.speaker == "her lawyer")
    }

    @Test func pullQuoteHeadingIsNoContinuation() throws {
        let text = "“It was hard work,” Jesse Plemons said.\n\n“The Schedule Was So Horrible”\n\nThe shoot ran long."
        let quotes = try Fixtures.quotes(text)
        #expect(quotes.map(\.speaker) == ["Jesse Plemons", nil])
    }

    @Test func aHeadingThatPullsOutWordsSaidBelowIsTheirs() throws {
        let text = "“Five Pages In, I Was Completely Hooked”\n\nThe script arrived. “I kept reading, and five pages in, I was completely hooked,” Toby Haynes said."
        let quotes = try Fixtures.quotes(text)
        #expect(quotes.first?.kind == .quote)
        #expect(quotes.first?.speaker == "Toby Haynes")
        // A title inside a sentence stays a title, whoever says its words.
        let title = try Fixtures.quotes("They played “Take Me Out to the Ball Game” again. “We sang take me out to the ball game,” Toby Haynes said.")
        #expect(title.first?.speaker == nil)
    }

    @Test func theArticleBelongsToSomeNamesOnly() throws {
        #expect(try Fixtures.quotes("“Some 197 girls remain captive,” the Associated Press reports.").first?.speaker == "the Associated Press")
        let agency = try Fixtures.quotes("The North Korean state news agency KCNA threatened the “four islands of the archipelago.”")
        #expect(agency.first?.speaker == "KCNA")
    }

    @Test func personOpeningTheSentenceBeforeSpeaks() throws {
        let text = "Yoshihiro Naito, 77, opposed the idea. “The commitment we made has kept Japan safe.” Naito later left."
        #expect(try Fixtures.quotes(text).first?.speaker == "Yoshihiro Naito")
    }

    @Test func titlesNeverBorrowTheSpeakerBefore() throws {
        let quotes = try Fixtures.quotes("“We loved it,” said Leslie Sloane. The film was Tarantino’s “Pulp Fiction,” released in 1994.")
        #expect(quotes.map(\.kind) == [.quote, .term])
        #expect(quotes.last?.speaker == nil)
    }

    @Test func theOneCitedSpeaks() throws {
        let quotes = try Fixtures.quotes("“The attack was carried out by a soldier,” Reuters cited the Amaq website as saying.")
        #expect(quotes.first?.speaker == "the Amaq website")
    }

    @Test func photoCreditsAreNotPeopleInTheStory() throws {
        let text = "Sarah Silverman spoke about her partner.\n\nJordan Strauss/Invision/AP\n\n“I am very lucky,” she said."
        #expect(try Fixtures.quotes(text).first?.speaker == "Sarah Silverman")
    }

    @Test func namesAreNotVerbsAndFunctionWordsAreNotNames() throws {
        let states = try Fixtures.quotes("Admiral Mike Mullen said Sunday that the United States is “closer to a nuclear war” than ever.")
        #expect(states.first?.speaker == "Mike Mullen")
        let crowd = try Fixtures.quotes("As the crowd mocked him with a sing-song “Chaaaapmannnnn,” he gave up a double.")
        #expect(crowd.first?.speaker != "As")
    }

    @Test func occupationsBeforeANameAreTitles() throws {
        let quotes = try Fixtures.quotes("Lawyer Harjit Sarang, from London, said: “We were told about the fireworks.”")
        #expect(quotes.first?.speaker == "Harjit Sarang")
    }

    @Test func whoeverIsToldListens() throws {
        let text = "Kevin Harris was staying nearby.\n\nHe told Good Morning Britain: “After a minute everybody was running.”"
        #expect(try Fixtures.quotes(text).first?.speaker == "Kevin Harris")
    }

    @Test func aNameThatActsIsASubjectForPronouns() throws {
        let text = "The Chicago Cubs won the title. Later, in the clubhouse, Cubs shortstop Addison Russell smiled. “This team thrives,” he said."
        #expect(try Fixtures.quotes(text).first?.speaker == "Addison Russell")
    }

    @Test func appositivesInARowArePassedOver() throws {
        let text = "Alex Trouteaud, director of research at Demand Abolition, a national group, said the sector is a “culture that has embraced trafficking.”"
        #expect(try Fixtures.quotes(text).first?.speaker == "Alex Trouteaud")
    }

    @Test func pluralRolesAreNotOnePerson() throws {
        let text = "Adrienne Day is an official of the company.\n\nHuman Resources officials sent a warning: “Microsoft has been informed.”"
        #expect(try Fixtures.quotes(text).first?.speaker != "Adrienne Day")
    }

    @Test func someoneWhoWorksForANameIsDescribedSo() throws {
        let text = "Mandy Moore and Ryan Adams married in 2009.\n\n“It is a respectful parting,” a representative for Moore said in a statement."
        #expect(try Fixtures.quotes(text).first?.speaker == "a representative for Moore")
    }

    @Test func theRoleRefersBackToWhomItWorksFor() throws {
        let text = "A spokesperson for the US State Department confirmed the deaths.\n\n“We express our condolences,” the spokesperson said."
        #expect(try Fixtures.quotes(text).first?.speaker == "the spokesperson for the US State Department")
    }

    @Test func aSurnameAfterAPersonalTitleIsAPersonForPronouns() throws {
        let text = "Samsung Electronics said nothing. For Mr. Tan, who built Broadcom, the problems can be fixed.\n\n“We have a lot of respect for the tech,” he said."
        #expect(try Fixtures.quotes(text).first?.speaker == "Tan")
    }

    @Test func anInstitutionIsNeverHe() throws {
        let text = "“We will appeal,” Samsung Electronics said.\n\n“We expect more,” he said."
        #expect(try Fixtures.quotes(text).last?.speaker == nil)
    }

    @Test func itIsTheInstitutionThatSpokeOrOpenedASentence() throws {
        let text = "The Aerospace Corporation tracks the station. Its orbit decays.\n\n“Control was lost,” it said."
        #expect(try Fixtures.quotes(text).first?.speaker == "Aerospace Corporation")
    }

    @Test func aPostIsNotAVerbAfterAnArticle() throws {
        let text = "“Caught red handed,” Mr. Trump wrote in a Twitter post on Thursday. “There will never be a friendly solution!”"
        #expect(try Fixtures.quotes(text).map(\.speaker) == ["Trump", "Trump"])
    }

    @Test func aWordAfterAnOwnerIsANoun() throws {
        let text = "Michael Flynn became agitated.\n\n“Why do you ask?” he asked, as he cut off anchor Stephanie Ruhle before she completed her question. “That demeans you.”"
        #expect(try Fixtures.quotes(text).map(\.speaker) == ["Michael Flynn", "Michael Flynn"])
    }

    @Test func theOneToldDoesNotSpeakTheNextQuotation() throws {
        let text = "“He was consumed by gambling,” Sharon Judy, a former neighbor, told Florida Today. “He was very open about that.”"
        #expect(try Fixtures.quotes(text).map(\.speaker) == ["Sharon Judy", "Sharon Judy"])
    }

    @Test func aRoleKeepsItsField() throws {
        let text = "“The two operations originated in Russia,” wrote Facebook’s head of cybersecurity."
        #expect(try Fixtures.quotes(text).first?.speaker == "Facebook’s head of cybersecurity")
    }

    @Test func aPossessiveInsideANameStays() throws {
        let text = "South Korea’s Defense Ministry said Tuesday that the launch would be a “serious” violation."
        #expect(try Fixtures.quotes(text).first?.speaker == "South Korea’s Defense Ministry")
    }

    @Test func whatSomeoneRemembersSheSays() throws {
        let text = "Uma Thurman met him in Paris.\n\n“I was ultimately compliant,” she remembers."
        let quote = try #require(try Fixtures.quotes(text).first)
        #expect(quote.kind == .quote)
        #expect(quote.speaker == "Uma Thurman")
    }

    @Test func aSentenceNamingATitleIsNoTitle() throws {
        let text = "Judge Jacqueline Scott Corley heard the case. “It all comes down again to Call of Duty,” she said. “We’re here because of Call of Duty.”"
        let quotes = try Fixtures.quotes(text)
        #expect(quotes.map(\.kind) == [.quote, .quote])
        #expect(quotes.map(\.speaker) == ["Jacqueline Scott Corley", "Jacqueline Scott Corley"])
    }

    @Test func aNameAndItsVerbAfterAFullStopStillReport() throws {
        let text = """
        Anne Chao is a historian.

        "Houston was subject to Jim Crow law. And so, there is a sense of equity in Houston." Chao said, adding that people settled there for a "sense of business opportunity."
        """
        #expect(try Fixtures.quotes(text).first?.speaker == "Anne Chao")
    }

    @Test func aConjunctionOpeningTheSentenceStandsBeforeItsSubject() throws {
        let text = "Shigeru Ishiba is the prime minister.\n\nBut Ishiba brushed Tamaki off, saying only, “We won’t use the funds in any way that is illegal.”"
        #expect(try Fixtures.quotes(text).first?.speaker == "Shigeru Ishiba")
    }

    @Test func aPluralNounIsNoReportingVerb() throws {
        let text = "Catherine Connolly is a candidate.\n\nShe has dismissed media questions about her links with Daly as attempts at “guilt by association.”"
        #expect(try Fixtures.quotes(text).first?.speaker == "Catherine Connolly")
    }

    @Test func anAdverbMayStandBetweenASubjectAndItsVerb() throws {
        let text = "Jon Tester is a senator. Nicole Lederer hosted.\n\nTester publicly supported the pipeline, saying that it “would have yielded big benefits” for Montana."
        #expect(try Fixtures.quotes(text).first?.speaker == "Jon Tester")
    }

    @Test func signsInsideAnAppositiveLeaveItsVerbReporting() throws {
        let text = "“He talks about compassion toward children,” Brian Gianforte, a 32-year-old member of Montana’s LGBTQ+ community said of his father’s support."
        #expect(try Fixtures.quotes(text).first?.speaker == "Brian Gianforte")
    }

    @Test func aNameClosingADescriptionsAppositiveSpeaks() throws {
        let text = "Jon Tester is a senator. The host, National Resources Defense Council board member Nicole Lederer, has said the pipeline “is against the best interest of our country.”"
        #expect(try Fixtures.quotes(text).first?.speaker == "Nicole Lederer")
    }

    @Test func aTitledOwnersWordsAreTheirs() throws {
        let text = "Michael Shadlen led the study.\n\nIn Dr. Shadlen's words, “Could the moment when the brain decides be tied to awareness?”"
        #expect(try Fixtures.quotes(text).first?.speaker == "Michael Shadlen")
    }
}
