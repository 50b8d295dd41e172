import Testing
@testable import ParallaxCore

/// "He said" and "she said" go to the person the narration is about, not the last name in passing.
@Suite struct SpeakerSalienceTests {
    @Test func anOutletNamedAsOneIsNeverHe() throws {
        let text = """
        Michel Durand saw the truck from his restaurant.

        The newspaper Nice Matin reported early Friday that the driver was a local man. “A huge number of people started running,” he said.
        """
        #expect(try Fixtures.quotes(text).first?.speaker == "Michel Durand")
    }

    @Test func pronounTakesTheSubjectNotANameInItsAppositive() throws {
        let text = """
        A cellist, Sergei Roldugin, a friend of President Vladimir Putin, told a reporter he was poor. Mr. Putin smiled.

        Later Roldugin spoke again. “I have a car,” he said.
        """
        #expect(try Fixtures.quotes(text).first?.speaker == "Sergei Roldugin")
    }

    @Test func aNameAfterItsRoleOpensTheSentenceForAPronounInIt() throws {
        let text = "Union boss Mark Stone told the paper that the workers were “angry and tired.”\n\nFormer finance minister Paul Reed made news last week when he echoed the union, warning that the plan would “ruin the country.”"
        #expect(try Fixtures.quotes(text).map(\.speaker) == ["Mark Stone", "Paul Reed"])
    }

    @Test func aCompanyNamedWithItsLegalFormIsNeverHe() throws {
        let text = "Tom Reed has led Valtex for a decade.\n\n“We are ready to pay more,” Valtex Ltd. said in a statement on Monday.\n\nHe wants the truck unit, which he calls a “cash machine.”"
        #expect(try Fixtures.quotes(text).map(\.speaker) == ["Valtex Ltd.", "Tom Reed"])
    }

    @Test func aPlaceAfterOverIsNoSubjectOfTheVerbAfterIt() throws {
        let text = "“It is not clear what it learned,” missile expert Mark Hill of the Union of Concerned Scientists said.\n\nThe range was shorter, Hill wrote in a blog post.\n\nLee Jae-sung, professor at Kyungnam University in Seoul, said firing the missile over Japan suggested North Korea was confident.\n\n“I do not think it factored in much,” he said."
        #expect(try Fixtures.quotes(text).last?.speaker == "Lee Jae-sung")
    }

    @Test func aNameAfterAnyRoleWordsOpensTheSentence() throws {
        let text = "City announce Tom Hale as new coach on two-year deal.\n\nAnd Hollywood legend Paul Grant was overcome with emotion as he watched his team win.\n\nHe said: “My father would have loved this.”"
        #expect(try Fixtures.quotes(text).first?.speaker == "Paul Grant")
    }

    @Test func pageFurnitureNamesNoOne() throws {
        let text = "The drills began a week ago and the North often lashes out at them.\n\nSpeaking on national television, Mr. Aso said his government “was ready to take every measure to protect lives.”\n\nNewsletter Sign Up Continue reading the main story Please confirm you are human by ticking the box. Wrong email address. Please enter it again. You must pick a newsletter to subscribe to. Sign Up You agree to get occasional offers for our products. Thanks for subscribing. Something went wrong. Please try later. See all our newsletters.\n\n“We have lodged a firm protest,” he added."
        #expect(try Fixtures.quotes(text).last?.speaker == "Aso")
    }

    @Test func continuingToDoSomethingReportsNothing() throws {
        let text = "Mark Dunn, a fellow at the Policy Institute, spoke on Monday.\n\nYet Dunn believes the US will continue to pressure the regime.\n\n“The administration is already at war with them, only by other means.”"
        #expect(try Fixtures.quotes(text).first?.speaker == "Mark Dunn")
    }

    @Test func pronounSkipsSentencesAboutNoPerson() throws {
        let text = """
        Earlier in the day, Lai Mohammed, the minister of information, denied reports about Ali Modu Sheriff. Mohammed left.

        The talks went on for months.

        “This is not a swap,” he said.
        """
        #expect(try Fixtures.quotes(text).first?.speaker == "Lai Mohammed")
    }

    @Test func aNameInsideThePronounsOwnClauseIsNotItsReferent() throws {
        let text = """
        Moshe Yaalon spoke on Monday. Mr. Yaalon accused the government of scaremongering.

        Citing the deal, which Benjamin Netanyahu opposed, he said, “There is no threat.”
        """
        #expect(try Fixtures.quotes(text).first?.speaker == "Moshe Yaalon")
    }

    @Test func theNameLeadingThePronounsOwnSentenceIsItsReferent() throws {
        let text = "Mike Lewis boarded a plane. Jim Kelly later said he was sorry, adding that “it was a mistake.”"
        #expect(try Fixtures.quotes(text).first?.speaker == "Jim Kelly")
    }

    @Test func anyReportingVerbsSubjectLeadsTheSentence() throws {
        let text = """
        Kim Jong-un watched the launch. Kim smiled.

        Japan's defence minister Itsunori Onodera said he believed North Korea has the U.S. territory in mind with its tests. as he warned that "similar actions would continue".
        """
        #expect(try Fixtures.quotes(text).first?.speaker == "Itsunori Onodera")
    }

    @Test func aTeamWrittenWithTheIsNotHe() throws {
        let text = """
        Quarterback Carson Palmer retired on Tuesday. Palmer joined Arizona Cardinals in 2013 and led the Cardinals to a 13-3 record.

        “We are grateful,” he said.
        """
        #expect(try Fixtures.quotes(text).first?.speaker == "Carson Palmer")
    }

    @Test func aPersonsNameBeforeANounAfterTheStaysAPerson() throws {
        let text = """
        Harvey Weinstein was fired. The Weinstein scandal grew. Weinstein denied it.

        “I never did that,” he said.
        """
        #expect(try Fixtures.quotes(text).first?.speaker == "Harvey Weinstein")
    }

    @Test func aPhotoCaptionsNamesAreNoOneThePronounMeans() throws {
        let text = """
        Qadoura Fares, chairman of the Prisoners Club, said the charges were false.

        Ahed Tamimi speaks to her lawyer Gaby Lasky in the courtroom at Ofer Prison. REUTERS/Ammar Awad

        “Their aim is to terrorize people,” he said.
        """
        #expect(try Fixtures.quotes(text).first?.speaker == "Qadoura Fares")
    }

    @Test func aCaptionThatQuotesSomeoneTellsTheStory() throws {
        let text = "Carson Palmer is retiring. He called his career “the most incredible experience of my life.” (Matt Rourke/Associated Press)"
        #expect(try Fixtures.quotes(text).first?.speaker == "Carson Palmer")
    }

    @Test func aPronounVotesForThePersonNamedJustBeforeIt() throws {
        let text = """
        Everton named Sam Allardyce as manager. Allardyce smiled.

        When actor Bill Murray saw his team win, the crowd around the man cheered.

        “I cried a bit,” he said.
        """
        #expect(try Fixtures.quotes(text).first?.speaker == "Bill Murray")
    }

    @Test func heGoesOnAboutTheDescribedSpeakerBefore() throws {
        let text = """
        Christian Estrosi spoke in Nice. A Downing Street spokesman said the prime minister was kept up to date. He stressed: “Our thoughts are with those affected.”
        """
        #expect(try Fixtures.quotes(text).first?.speaker == "a Downing Street spokesman")
    }

    @Test func heIsNeverADescribedSpokeswoman() throws {
        let text = "Christian Estrosi spoke in Nice. A Downing Street spokeswoman said the prime minister was kept up to date. He stressed: “We are with France.”"
        #expect(try Fixtures.quotes(text).first?.speaker == "Christian Estrosi")
    }

    @Test func aDescriptionInAppositionIsTheNamesOwn() throws {
        let text = """
        For Anita Taff-Rice, a California lawyer who specializes in privacy, it is maddening. Yet she agrees it’s a stretch to bend the “antiquated language” of the law.
        """
        #expect(try Fixtures.quotes(text).first?.speaker == "Anita Taff-Rice")
    }

    @Test func aNameInAppositionAfterADescriptionIsTheOneHeMeans() throws {
        let text = """
        Actress Mary Steenburgen woke up after surgery with music in her head.

        Steenburgen’s son, filmmaker Charlie McDowell (“The Discovery”), also remembers it as a trying time. “If your mom comes to you after surgery, you worry,” he said.

        Her husband, actor Ted Danson, was worried too. “It was strange,” he said.
        """
        #expect(try Fixtures.quotes(text).map(\.speaker) == [nil, "Charlie McDowell", "Ted Danson"])
    }

    @Test func theyGoOnAboutOneDescribedSinceTheLastQuotation() throws {
        let text = """
        James Long told the Standard: “It happened on a sharp bend.”

        A London Fire Brigade spokesman said they had been called at 6.04am.

        “There are eight fire engines in attendance,” they added.
        """
        #expect(try Fixtures.quotes(text).map(\.speaker) == ["James Long", "a London Fire Brigade spokesman"])
    }

    @Test func aSentenceOpeningWithANameGivesItTheQuotationAfterItsColon() throws {
        let text = "Owen Smith announced that he would cancel the launch. London Mayor Sadiq Khan paid tribute on Twitter: “London is united with you in our grief.”"
        #expect(try Fixtures.quotes(text).first?.speaker == "Sadiq Khan")
        // A colon after a sentence about no one names no speaker.
        let clear = try Fixtures.quotes("From the outset, the goal was clear: “register the aircraft in the United States.”")
        #expect(clear.first?.speaker == nil)
    }

    @Test func aPersonTheQuotationNamesIsNotThePronounsReferent() throws {
        let text = "Nico Rosberg finished second. Lewis Hamilton won the race in the rain.\n\nHe added: “It did not go my way. Lewis did a great job but I can live with second.”"
        #expect(try Fixtures.quotes(text).first?.speaker == "Nico Rosberg")
        // Without the name inside, the latest sentence's subject stays the referent.
        let plain = try Fixtures.quotes("Nico Rosberg finished second. Lewis Hamilton won the race.\n\nHe added: “It went my way.”")
        #expect(plain.first?.speaker == "Lewis Hamilton")
    }

    @Test func aTimePhraseBeforeThePronounKeepsItTheSubject() throws {
        let text = "Michael Sheen said he was leaving acting. Last year he gave a speech in Wales, telling the crowd: “There is never an excuse to not speak up.”"
        #expect(try Fixtures.quotes(text).first?.speaker == "Michael Sheen")
        // A clause opened by "when" has its own subject, not the sentence's: the players shout.
        let clause = try Fixtures.quotes("Mike Montgomery was in the clubhouse. When he walked in he saw the players shouting: “We got this!”")
        #expect(clause.first?.speaker == "the players")
    }

    @Test func theSourceASentenceCitesSpeaksTheQuotationAfterIt() throws {
        let text = "Reuters cited the Amaq news agency. “The attacker converted a few months ago.”"
        #expect(try Fixtures.quotes(text).first?.speaker == "the Amaq news agency")
        // A sentence that cites no one keeps its subject.
        let plain = try Fixtures.quotes("Reuters reported the claim. “The attacker converted a few months ago.”")
        #expect(plain.first?.speaker == "Reuters")
    }

    @Test func aNameOpeningTheSentenceSharesItsVerbWithASayingAfterIt() throws {
        let text = "Yaalon resigned on Friday.\n\nNetanyahu dismissed the criticism as politically motivated, saying in a statement, “You cannot say the opposite on the outside.”"
        #expect(try Fixtures.quotes(text).first?.speaker == "Netanyahu")
        // A capitalised word opening the sentence before a word that is no verb is no name.
        let adjective = try Fixtures.quotes("Several female artists fired off a letter, saying it was “woefully out of touch.”")
        #expect(adjective.first?.speaker == nil)
    }

    @Test func aNameBeforeAnIrregularPastSharesItsVerb() throws {
        let text = "Kim struck an unusually conciliatory note in his address, declaring his wish “for peaceful resolution.”"
        #expect(try Fixtures.quotes(text).first?.speaker == "Kim")
        // A word after the name that is no past makes the name a modifier of the subject.
        let modifier = try Fixtures.quotes("Seoul business leaders met on Monday, declaring their wish “for peaceful resolution.”")
        #expect(modifier.first?.speaker == "Seoul business leaders")
    }

    @Test func aPronounOpeningTheSentenceSharesItsVerbWithAWarningAfterIt() throws {
        let text = "Kim Jong Un spoke on Monday.\n\nHe couched the message in bellicose language, warning the United States that the button was “always on my desk.”"
        #expect(try Fixtures.quotes(text).first?.speaker == "Kim Jong Un")
        // An opening phrase before the comma is still passed over.
        let opening = try Fixtures.quotes("Kim Jong Un spoke on Monday.\n\nIn a long statement, he pushed back, saying talks were “a waste of time.”")
        #expect(opening.first?.speaker == "Kim Jong Un")
    }

    @Test func whoeverIsToldListens() throws {
        let text = "A year later, Silverman joked about their dynamic on a talk show, telling James Lipton, “He really classes me up.”"
        #expect(try Fixtures.quotes(text).first?.speaker == "Silverman")
        // The one after "added" speaks.
        let added = try Fixtures.quotes("The show went on and on, added Haynes, “It was the most fun thing.”")
        #expect(added.first?.speaker == "Haynes")
    }

    @Test func oneWhoTellsWhatANamedPersonSaidOnlyPassesItOn() throws {
        let text = "Trump also said the United States was “100 percent with Japan”, Abe told reporters."
        #expect(try Fixtures.quotes(text).first?.speaker == "Trump")
        // A pronoun before is the one telling.
        let pronoun = try Fixtures.quotes("Abe met Trump. He said the alliance was “stronger than ever”, Abe told reporters.")
        #expect(pronoun.first?.speaker == "Abe")
        // Where no one before the quotation said anything, the one telling speaks.
        let predicate = try Fixtures.quotes("Tim Cook met Marc Benioff. Customers “began to say we want you to do this and that,” Cook told Benioff.")
        #expect(predicate.first?.speaker == "Tim Cook")
        // Words a verb hands over to the face of them are its subject's, whoever passes them on.
        let relayed = try Fixtures.quotes("Patrick Carlineo was arrested in April.\n\nDuring the call, he asked about her and said, “somebody ought to put a bullet in her skull,” the prosecutor’s office said.")
        #expect(relayed.map(\.speaker) == ["Patrick Carlineo"])
        let colon = try Fixtures.quotes("Patrick Carlineo was arrested in April.\n\nDuring the call, he said: “somebody ought to put a bullet in her skull”, the prosecutor’s office said.")
        #expect(colon.map(\.speaker) == ["Patrick Carlineo"])
    }

    @Test func aNameWhoseVerbGoesOnToAReportingParticipleSpeaks() throws {
        let text = """
        Tim Cook met Marc Benioff in San Francisco.

        “We all miss Steve so much,” Benioff weighed in, telling Cook, “since he passed, you have been so true to him.”
        """
        #expect(try Fixtures.quotes(text).map(\.speaker) == ["Marc Benioff", "Marc Benioff"])
    }

    @Test func aNameOpeningASentenceBeforeAColonMustBeAPersons() throws {
        let memo = try Fixtures.quotes("The BBC obtained a memo from the chief executive to staff: “We will close three plants next year.”")
        #expect(memo.first?.speaker == nil)
        let police = try Fixtures.quotes("Chicago police released the following statement: “The suspect is in custody.”")
        #expect(police.first?.speaker == "Chicago police")
    }

    @Test func aCapitalisedFunctionWordAloneOpensNoName() throws {
        let text = "Some rumors have suggested that the phone will drop the “archaic connector”, but they have been refuted."
        #expect(try Fixtures.quotes(text).first?.speaker == nil)
        // One that a name goes on after still opens the sentence's subject (the name then drops it).
        let name = try Fixtures.quotes("Will Smith shrugged off the question by calling it “a pause in a long career.”")
        #expect(name.first?.speaker == "Smith")
    }

    @Test func aPluralOfPeopleAfterANameIsNoVerb() throws {
        let aides = try Fixtures.quotes("Biden aides pushed back on Thursday, saying the report was “deeply flawed and unfair to the staff.”")
        #expect(aides.first?.speaker == "Biden aides")
    }

    @Test func aFrontedPhrasesObjectIsNotTheSpeaker() throws {
        let text = "Speaking to CNN, the deputy governor in Kabul said the Taliban “will never accept the deal.”"
        #expect(try Fixtures.quotes(text).first?.speaker == "the deputy governor in Kabul")
    }

    @Test func aQuotationNamesSomeoneByTheirGivenNameNotTheirFamilysOrItsFirstWord() throws {
        let relative = try Fixtures.quotes("Mary Johnson lost her son in the crash. “Tommy Johnson was the kindest boy in town,” she said.")
        #expect(relative.first?.speaker == "Mary Johnson")
        let opening = try Fixtures.quotes("Hope Hicks testified on Tuesday. “Hope is not a strategy for anyone,” she said.")
        #expect(opening.first?.speaker == "Hope Hicks")
        let word = try Fixtures.quotes("Mark Young spoke at the rally. “Many Young people cannot afford homes,” he said.")
        #expect(word.first?.speaker == "Mark Young")
    }

    @Test func theOneToldListensAfterAnAppositiveName() throws {
        let text = "A truck drove into a crowd on Thursday.\n\n“It's a scene of horror,” a local member of parliament, Eric Ciotti, told France Info."
        #expect(try Fixtures.quotes(text).first?.speaker == "Eric Ciotti")
    }

    @Test func aPronounAfterAnInterviewerIsNotTheInterviewer() throws {
        let text = "Tom Reed has said the film was his hardest.\n\nIn an interview with Deadline Hollywood, the director said he had doubts.\n\nHe added: “I was wrong.”"
        #expect(try Fixtures.quotes(text).last?.speaker == "Tom Reed")
    }

    @Test func aNameInTheCreditLineIsNoOneInTheStory() throws {
        let text = "North Korea's leader spoke on Monday. Seoul should talk to the North, Kim said.\n\n“This is reality, not a threat,” Kim said.\n\n(Additional reporting by Soyoung Kim; Editing by Kim Coghill)"
        #expect(try Fixtures.quotes(text).first?.speaker == "Kim")
    }

    @Test func heGoesOnAboutTheJournalistNotTheAgency() throws {
        let text = "A truck hit a crowd in Nice.\n\nA journalist for Agence France-Presse said that the truck rushed into the crowd.\n\n“It was absolute chaos” on the promenade, he said."
        #expect(try Fixtures.quotes(text).first?.speaker == "a journalist for Agence France-Presse")
        // "the force of the blast" works for no one.
        let blast = "A bomb went off in the city.\n\nAjmal Jan, a local shopkeeper, said the force of the blast had blown his windows out.\n\n“The explosion was very strong,” he told Reuters."
        #expect(try Fixtures.quotes(blast).first?.speaker == "Ajmal Jan")
    }

    @Test func aNameInAppositionToARoleTheLexiconDoesNotKnowSpeaks() throws {
        let text = "A truck hit a crowd in Nice.\n\nThe truck “drove through the crowd over a long distance,” said the Alpes-Maritimes sub-prefect, Sebastien Humbert. “There were gunshots.”"
        #expect(try Fixtures.quotes(text).map(\.speaker) == ["Sebastien Humbert", "Sebastien Humbert"])
    }

    @Test func aSurnameThatPronounsKeepFollowingIsAPerson() throws {
        let text = "Kim declared his nuclear force complete. Kim said his country was ready, and Kim told his generals to prepare.\n\nU.S. President Donald Trump said he would watch closely.\n\nKim continued his speech on Monday. “This is reality, not a threat,” he said."
        #expect(try Fixtures.quotes(text).first?.speaker == "Kim")
        // A pronoun or two after a place's name make no person of it.
        let place = "Japan said it was ready. Japan's prime minister Shinzo Abe spoke, and he was firm.\n\nJapan then sent his envoy. “We cannot accept this,” he said."
        #expect(try Fixtures.quotes(place).first?.speaker == "Shinzo Abe")
    }

    @Test func aDescribedPersonOpeningASentenceIsWhomHeMeans() throws {
        let text = "The singer Jake Owen was on stage.\n\nAt 10:08 p.m., an officer on the scene sounds the alarm. “We got shots fired,” he says."
        #expect(try Fixtures.quotes(text).first?.speaker == "an officer")
    }

    @Test func anInterviewsSubjectAnswersTheQuestionsBetweenHerWords() throws {
        let text = """
        “Proud,” Kristen Wiig says of the film. “I would never wear fur,” she adds.

        “People always call me a comedian,” Wiig said.

        But hasn't she had to turn down lots of offers?

        “I mean. Yes, no. It feels weird to say that.”

        Judd Apatow produced the film.
        """
        #expect(try Fixtures.quotes(text).map(\.speaker) == ["Kristen Wiig", "Kristen Wiig", "Kristen Wiig", "Kristen Wiig"])
    }

    @Test func firstPersonWordsNoOneIsSaidToSpeakStayUnattributedWhereSeveralSpeak() throws {
        let text = """
        “We won,” Kristen Wiig said. “It was close,” Judd Apatow said. “We were lucky,” Wiig added.
        “They played well,” Apatow said. “I cried,” Wiig said. “So did I,” Apatow said.

        Fans waited outside.

        “I mean, we never thought it would end like this.”
        """
        #expect(try Fixtures.quotes(text).last?.speaker == nil)
    }

    @Test func theSubjectsFirstPersonWordsInsideANarratedSentenceAreNotTakenAsHers() throws {
        let text = """
        “Proud,” Kristen Wiig says. “I would never wear fur,” she adds. “People call me a comedian,” Wiig said.

        The state launched a campaign with the slogan “Meth, we’re on it now.”
        """
        #expect(try Fixtures.quotes(text).last?.speaker == nil)
    }

    @Test func anOwnerNamedFirstIsNotWhomTheSentenceIsAbout() throws {
        let text = """
        Kristen Wiig wrote a script for Judd Apatow.

        That the film outstripped all of Apatow's other films puts Wiig in the zone. “My life hasn't changed,” she says.
        """
        #expect(try Fixtures.quotes(text).first?.speaker == "Kristen Wiig")
    }

    @Test func oneNamedInAClauseBeforeTheMainOneIsNotWhomTheSentenceIsAbout() throws {
        let text = """
        After Lily Miyazaki won her match on Monday, it was Katie Boulter who got the ball rolling on Tuesday.

        “Hopefully I’ve started everyone off well today,” she told Sky Sports.
        """
        #expect(try Fixtures.quotes(text).first?.speaker == "Katie Boulter")
    }

    @Test func aSentenceLedByThePronounGoesOnAboutWhomItMeant() throws {
        let text = """
        Peter White leads product at a software firm. White didn’t commit to neutrality exactly. But he emphasized that Automation Anywhere’s roadmap is shaped by customers.

        “What we hear from every customer is that generative AI matters,” he said.
        """
        #expect(try Fixtures.quotes(text).first?.speaker == "Peter White")
    }

    @Test func aDescriptionInAppositionToANameIsTheNamesNotAnotherSpeaker() throws {
        let text = """
        Senator James Lankford, an Oklahoma Republican who warned of the deficit in the past, played down that threat.

        “I understand it is a risk,” he said.
        """
        #expect(try Fixtures.quotes(text).first?.speaker == "James Lankford")
    }

    @Test func aSentenceLedByAPronounThatSomeoneElseReportsIsTheReporters() throws {
        let text = """
        Kim Jong Un spoke on New Year's Day.

        While Kim is keen to declare his weapons programme a success, he is unlikely to end his testing, said Scott LaFoy, an analyst at NK Pro.

        “I'm still very skeptical of the 'complete' thing,” he said.
        """
        #expect(try Fixtures.quotes(text).first?.speaker == "Scott LaFoy")
    }

    @Test func anOwnerOpeningTheQuotationIsNamedInIt() throws {
        let text = """
        “These are relatively inexpensive,” Leslie Field told me.

        In 2015, Field gave a talk and met its associate director, Steven Zornetzer. “Leslie’s insight was that we could prevent that absorption,” he told me.
        """
        #expect(try Fixtures.quotes(text).last?.speaker == "Steven Zornetzer")
    }

    @Test func twoPeopleNamedTogetherMayHaveABodysRoleBetween() throws {
        let text = """
        “We’re sending the message,” said Tami Fitzgerald, executive director of the Values Coalition.

        House Speaker Tim Moore and Senate leader Phil Berger have only issued a brief statement Monday, saying they “would take up the repeal of HB2.” They also criticized Cooper.
        """
        #expect(try Fixtures.quotes(text).map(\.speaker) == ["Tami Fitzgerald", "Tim Moore and Phil Berger"])
    }

    @Test func heOpeningASentenceThatIntroducesAQuotationSpeaksIt() throws {
        let text = "“It’s the power of wishful thinking,” Avik Roy says.\n\nHe expands on this idea: “It’s a common observation on the left.”"
        #expect(try Fixtures.quotes(text).map(\.speaker) == ["Avik Roy", "Avik Roy"])
    }

    @Test func onceHeardSpeakingANameIsAPersonHeMayBe() throws {
        let text = """
        Hamas named Yahya Sinwar as its new leader. Sinwar is seen as the mastermind of the attack. He has not been seen in public.

        “Choosing him is a good choice,” Abu Anas Al Saud told El Saife.

        But Al Saud is aware of the effect Sinwar may have on ceasefire talks.

        “He's the most wanted man to Israel,” he said.
        """
        #expect(try Fixtures.quotes(text).map(\.speaker) == ["Abu Anas Al Saud", "Abu Anas Al Saud"])
    }

    @Test func aListNumberSetAgainstTheFirstWordIsNoPartOfIt() throws {
        let text = """
        Donald Trump spoke in Michigan.

        1He said any supportive comments he made about the war came “long before” the war began.

        Apple sold 3D glasses and 4K screens.
        """
        #expect(try Fixtures.quotes(text).map(\.speaker) == ["Donald Trump"])
        #expect(Fixtures.tokens("3D glasses, 4K and 13In").map(\.text) == ["3D", "glasses", ",", "4K", "and", "13", "In"])
    }

    @Test func aRelativeClauseAboutTheSpeakerSaysNothingOfTheQuotation() throws {
        let text = """
        A comment piece in the People’s Daily suggested Beijing would not be cowed.

        “It is difficult to understand him,” wrote Hua Yiwen, whom the paper described as an expert. “But China shouldn’t guess what he is thinking.”

        “It is difficult to understand him,” wrote Bill Bishop, whom the newsletter described as an expert.

        “China shouldn’t guess what he is thinking.”
        """
        #expect(try Fixtures.quotes(text).map(\.speaker) == ["Hua Yiwen", "Hua Yiwen", "Bill Bishop", "Bill Bishop"])
    }

    @Test func oneNamedInsideWhatIsSaidIsNotWhomTheSentenceIsAbout() throws {
        let text = """
        Senators kept up pressure on party Chairman Michael Steele over his claim that Afghanistan is a “war of choice.”

        Speaking on Fox News, Sen. Jim DeMint would not go that far but said Steele must apologize to the troops.

        “Chairman Steele needs to apologize to our military,” he said.
        """
        #expect(try Fixtures.quotes(text).last?.speaker == "Jim DeMint")
    }
}
