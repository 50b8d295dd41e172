import Testing
@testable import ParallaxCore

/// Descriptions, unattributed paragraphs and relayed reports resolve to whom the article means.
@Suite struct SpeakerDescriptionTests {
    @Test func itMeansTheBodyOpeningTheSentenceBefore() throws {
        let text = """
        The Weekly Standard has been more careful, its editor said.

        The Federalist led the push to fire Rosenstein. It has claimed, over and over again, that Mueller is leading a partisan “witch hunt.”
        """
        #expect(try Fixtures.quotes(text).first?.speaker == "the Federalist")
    }

    @Test func aDescriptionBesideANameSpeaksForTheName() throws {
        let text = """
        Robert Mueller led the investigation.

        But his work is countered by Andrew McCarthy, a fantasist who describes Rosenstein as a “weasel,” and worse.
        """
        #expect(try Fixtures.quotes(text).first?.speaker == "Andrew McCarthy")
    }

    @Test func anAgeInAppositionIsWhomTheAgeRefersBackTo() throws {
        let text = """
        Jane Moss, 52, met Bob Smith, a teacher, on Monday.

        “It is early,” Smith said.

        “It is late,” the 52-year-old said.
        """
        #expect(try Fixtures.quotes(text).map(\.speaker) == ["Bob Smith", "Jane Moss"])
    }

    @Test func twoNamesTogetherSpeakTogether() throws {
        let text = "Jane Moss met Bob Smith on Monday.\n\n“It is over,” Moss and Smith said in a joint statement."
        #expect(try Fixtures.quotes(text).first?.speaker == "Jane Moss and Bob Smith")
    }

    @Test func aDescriptionOpeningTheNextSentenceIsThePersonBefore() throws {
        let text = """
        Matt Hasselbeck has been named to three Pro Bowls. The Seattle Seahawks quarterback led his team to the Super Bowl.

        Dan Moss watched from the stands.

        “We want the ball and we’re going to score,” the quarterback told reporters.
        """
        #expect(try Fixtures.quotes(text).first?.speaker == "Matt Hasselbeck")
        // A body is nobody's description.
        let body = "Jim Acosta has his press pass back. The Trump administration stood down on Monday.\n\n“Failure to abide,” the administration warned."
        #expect(try Fixtures.quotes(body).first?.speaker == "the Trump administration")
        // Nor a role the sentence gives a name of its own.
        let named = "Tom Brady threw for 300 yards. The Patriots coach, Bill Belichick, praised him.\n\n“He was sharp,” the coach said."
        let coach = try Fixtures.quotes(named).first?.speaker
        #expect(coach == "the Patriots coach" || coach == "Bill Belichick")
    }

    @Test func bodiesAndPeopleAStoryDescribesSpeak() throws {
        let texts = [
            "The city said it was “deeply saddened” by the news.",
            "“It is over,” the county said.",
            "“We will appeal,” the league said.",
            "“It is a fair deal,” supporters said.",
            "The Clinton camp says Comey's “intrusion” was “utterly unjustified.”",
        ]
        #expect(try Fixtures.firstSpeakers(texts) == ["the city", "the county", "the league", "supporters", "the Clinton camp"])
        // The kind of business a story goes on calling a firm it named ("the carmaker") is that firm.
        let carmaker = "Tesla said on Monday that sales rose. “Demand is robust,” the carmaker said."
        #expect(try Fixtures.quotes(carmaker).first?.speaker == "Tesla")
        #expect(try Fixtures.quotes("“We will appeal,” the rebels said.").first?.speaker == "the rebels")
    }

    @Test func aRoleInAnAppositiveEndsBeforeItsParticiple() throws {
        let text = """
        Tiffany Marchbanks, an American student living in Nice, was watching the fireworks. Polina Serebryannikova, 23, was on the promenade.

        The student described a “weird silence” before the gunfire started.
        """
        #expect(try Fixtures.quotes(text).first?.speaker == "Tiffany Marchbanks")
    }

    @Test func wherePeopleAreSaysWhichOnesSpeak() throws {
        let text = """
        A commentator in Israeli left-wing newspaper Haaretz said Israel risked turning her into the “Palestinian Joan of Arc”.

        “It was terrible,” a woman outside the station said.

        “We are not afraid,” said a man in the crowd.

        “No,” officials in Beijing said.
        """
        #expect(try Fixtures.quotes(text).map(\.speaker) == [
            "a commentator in Israeli left-wing newspaper Haaretz", "a woman outside the station", "a man in the crowd", "officials in Beijing",
        ])
    }

    @Test func whereOrWhenTheySpokeIsNoPartOfWhoSpoke() throws {
        let text = """
        “It is a lie,” the spokesman said in a statement.

        “Nothing happened,” a spokesman in a statement said.

        The minister on television said: “We will win.”

        A spokesman at a news conference said: “We are investigating.”

        “We are investigating,” the spokesman at the briefing said.
        """
        #expect(try Fixtures.quotes(text).map(\.speaker) == ["the spokesman", "a spokesman", "the minister", "a spokesman", "the spokesman"])
    }

    @Test func aClauseWithoutCommasSaysWhichOneSpeaks() throws {
        let text = """
        One eyewitness who works for the Nice authorities said: “It is absolute chaos.”

        One man who was leaving the hospital told CNN the driver “kept going.” “I work there,” he said.
        """
        #expect(try Fixtures.quotes(text).map(\.speaker) == [
            "one eyewitness who works for the Nice authorities", "one man who was leaving the hospital", "one man who was leaving the hospital",
        ])
    }

    @Test func oneOfAGroupSpeaksBeforeTheSourceThatPassesItOn() throws {
        let text = "A video showed three rebels in the hills.\n\n“The roads are open to us now,” one of the young rebels says, according to the monitoring group."
        #expect(try Fixtures.quotes(text).first?.speaker == "one of the young rebels")
        let named = "“We are facing a man who revokes his signature,” government spokesman Mohammad Bagher Nobakht, according to the Fars news agency."
        #expect(try Fixtures.quotes(named).first?.speaker == "Mohammad Bagher Nobakht")
    }

    @Test func aDescriptionTakesTheBodyWhoseNameHoldsItsWords() throws {
        let text = """
        British Transport Police closed the line on Monday.

        “Seven people have died,” the transport police said.
        """
        #expect(try Fixtures.quotes(text).first?.speaker == "British Transport Police")
    }

    @Test func theArticlesTheStaysWithTheBodysName() throws {
        let text = "Neu was arrested, according to the Slidell Police Department.\n\n“People laugh at scams,” the Slidell police said."
        #expect(try Fixtures.quotes(text).first?.speaker == "the Slidell Police Department")
    }

    @Test func aDescriptionNoNameHoldsKeepsItsWords() throws {
        let text = "British Transport Police closed the line.\n\n“Seven people have died,” the local police said."
        #expect(try Fixtures.quotes(text).first?.speaker == "the local police")
    }

    @Test func theFirmIsTheBodyThatSpokeLast() throws {
        let text = """
        Equifax said it would contact customers. Its shares fell.

        The firm said it was “in dialogue with the regulator.”
        """
        #expect(try Fixtures.quotes(text).first?.speaker == "Equifax")
    }

    @Test func theFirmIsNeverAPersonWhoSpoke() throws {
        let text = """
        Richard Smith said he would contact customers. Smith left.

        The firm said it was “in dialogue with the regulator.”
        """
        #expect(try Fixtures.quotes(text).first?.speaker == "the firm")
    }

    @Test func aParagraphOfQuotationGoesOnFromTheSentenceBefore() throws {
        let text = """
        Gerard Ryle leads the group. Ryle says the biggest consequence is the blow to secrecy.

        “The offshore world really only has one product and that is secrecy.”
        """
        #expect(try Fixtures.quotes(text).first?.speaker == "Gerard Ryle")
        // An owner is no subject: "Wells Fargo’s" owns the behaviour she called “outrageous”.
        let owner = """
        Hillary Clinton issued a statement. Though she called Wells Fargo’s behavior “outrageous” and called for pay to be “clawed back,” Clinton held back.

        “If any bank can’t be managed effectively, it should be broken up.”
        """
        #expect(try Fixtures.quotes(owner).last?.speaker == "Hillary Clinton")
    }

    @Test func aQuotationTakesThePersonTheSentenceBeforeIsAbout() throws {
        let text = "Gregory Elich is an adviser. Yet, and despite this, Elich doubts the plan. “The pressure will fail.”"
        #expect(try Fixtures.quotes(text).first?.speaker == "Gregory Elich")
    }

    @Test func aParagraphOfQuotationTakesThePersonAPronounOpeningTheSentenceBeforeStandsFor() throws {
        let text = """
        “I am not a fan of bullying,” Barack Obama said. The leaders of Kenya listened.

        The president also admitted that some governments needed to improve. However, he defended his decision to visit them.

        “Well, they're not ideal institutions.”
        """
        #expect(try Fixtures.quotes(text).last?.speaker == "Barack Obama")
    }

    @Test func aParagraphOfQuotationAfterNarrationAboutNoOneHasNoSpeaker() throws {
        let text = """
        The storm reached the coast on Monday and the roads were closed.

        “The offshore world really only has one product and that is secrecy.”
        """
        #expect(try Fixtures.quotes(text).first?.speaker == nil)
    }

    @Test func theOneAnOutletReportsSpeaksNotTheOutlet() throws {
        let quotes = try Fixtures.quotes("Moon Jae-in said dialogue was “impossible in a situation like this”, Yonhap news agency reported.")
        #expect(quotes.first?.speaker == "Moon Jae-in")
    }

    @Test func anOutletReportingWordsNoOneElseSaidSpeaks() throws {
        let quotes = try Fixtures.quotes("The launch was “a grave threat to peace”, Yonhap news agency reported.")
        #expect(quotes.first?.speaker == "Yonhap news agency")
    }

    @Test func kinRefersBackToTheRelativeNamed() throws {
        let text = "Eric Paddock said he was shocked. Paddock spoke to reporters.\n\n“Where did he get the guns?” the brother said."
        #expect(try Fixtures.quotes(text).first?.speaker == "Eric Paddock")
    }

    @Test func aRoleWithLowerCaseWordsBeforeItRefersBack() throws {
        let text = "Sebastian Vettel led the race. Vettel was angry.\n\n“Red flag is what it needs,” added the four-times champion."
        #expect(try Fixtures.quotes(text).first?.speaker == "Sebastian Vettel")
    }

    @Test func aRoleAfterWhereThePersonIsFromRefersBack() throws {
        let texts = [
            "Donald Trump and Hillary Clinton spoke at the forum. “I am steady,” Clinton said.\n\nTrump, appearing after Clinton, cited problems in the Middle East.\n\n“We need change,” the New York businessman said.",
            "Mitch McConnell has an admonition for the new majority. McConnell’s priority is 2016.\n\n“I don’t want it to be scary,” the Kentucky Republican said.",
        ]
        #expect(try texts.map { try Fixtures.quotes($0).last?.speaker } == ["Donald Trump", "Mitch McConnell"])
        // A capitalised word that is a person's name says whose, not where from.
        let owned = "Donald Trump spoke. Michael Cohen was there.\n\n“It is over,” the Cohen businessman said."
        #expect(try Fixtures.quotes(owned).first?.speaker == "the Cohen businessman")
        // Right after another spoke, the place may point to anyone: the description stays.
        let reply = "Sen. Ted Cruz said the bill was a mistake.\n\nSen. Chuck Schumer disagreed. “This bill will help millions,” Schumer said.\n\n“It is a disaster,” the Texas senator said."
        #expect(try Fixtures.quotes(reply).last?.speaker == "the Texas senator")
    }

    @Test func twoRolesOfOnePersonReferBack() throws {
        let texts = [
            "Jessica Alba revealed she was expecting her third baby.\n\nSpeaking to a magazine, the businesswoman and film star praised her “incredible” life as a mum.",
            "Tom Hanks arrived late.\n\n“I love this city,” the actor and director said.",
        ]
        #expect(try Fixtures.firstSpeakers(texts) == ["Jessica Alba", "Tom Hanks"])
        // Kin are two people.
        let kin = "Tom Hanks arrived late.\n\n“We are devastated,” the mother and father said."
        #expect(try Fixtures.quotes(kin).first?.speaker != "Tom Hanks")
    }

    @Test func aDescriptionThatSpokeIsNoOneARoleRefersBackTo() throws {
        let text = "Hillary Clinton spoke. The former first lady and U.S. senator said it was “a mistake” to use email.\n\nTom Hanks arrived late. The director said: “I love this city.”"
        #expect(try Fixtures.quotes(text).last?.speaker == "Tom Hanks")
    }

    @Test func anIndefiniteRelativeIsSomeoneNew() throws {
        let text = "Eric Paddock said he was shocked. Paddock spoke to reporters.\n\n“He was quiet,” a brother of a victim said."
        #expect(try Fixtures.quotes(text).first?.speaker != "Eric Paddock")
    }

    @Test func theCarrierIsTheAirlineNotTheNetworkThatReported() throws {
        let text = """
        The All Nippon Airways flight turned back over the Pacific, CNN reported.

        The carrier said it was “researching the situation currently.”
        """
        #expect(try Fixtures.quotes(text).first?.speaker == "All Nippon Airways")
    }

    @Test func anAdverbBetweenTheDescriptionAndItsVerbIsPassedOver() throws {
        let text = "Sarah Silverman announced the split on Twitter.\n\n“I mean not over Christmas,” the comedian humorously clarified."
        #expect(try Fixtures.quotes(text).first?.speaker == "Sarah Silverman")
        // "family" ends in -ly and is still the noun.
        let family = try Fixtures.quotes("“We are heartbroken,” the family said.")
        #expect(family.first?.speaker == "the family")
    }

    @Test func anAdvocateRefersBackToThePersonNamed() throws {
        let text = "Shannon Watts, who founded a gun safety group, criticised the airline.\n\n“Even more outrageous than leggings,” the gun control advocate wrote on Medium."
        #expect(try Fixtures.quotes(text).first?.speaker == "Shannon Watts")
    }

    @Test func anotherUserIsNotTheUserNamedBefore() throws {
        let text = "Weibo user S_AND_YY wrote: “Parents have to take care of their children.” “The kid is in primary one already,” wrote another user."
        #expect(try Fixtures.quotes(text).map(\.speaker) == ["S_AND_YY", "another user"])
    }

    @Test func anAgeRefersBackToThePersonNamed() throws {
        let text = "A car hit a mosque wall on Monday morning.\n\nAdil Salahi, whose house overlooks the street, heard a noise.\n\nThe 76-year-old said: “I thought it was a lorry.”"
        #expect(try Fixtures.quotes(text).first?.speaker == "Adil Salahi")
    }

    @Test func aRoleNoOneIsGivenRefersBackToThePersonQuoted() throws {
        let text = "Quentin Tarantino has said the crash was “one of the biggest regrets of my life”.\n\nHe said he drove the car first. Uma Thurman posted footage of her crash on Monday.\n\nThe director said the test was “one of my most horrendous mistakes”."
        #expect(try Fixtures.quotes(text).map(\.speaker) == ["Quentin Tarantino", "Quentin Tarantino"])
        // A role whose gender the person quoted does not fit is someone else.
        let actress = text.replacingOccurrences(of: "The director said", with: "The actress said")
        #expect(try Fixtures.quotes(actress).last?.speaker == "Uma Thurman")
    }

    @Test func aClauseAfterABodysNameIsNoAppositive() throws {
        let text = "After a boy slipped into the enclosure at the Cincinnati Zoo, a security team killed the gorilla.\n\nThe zoo said in a statement that the boy “fell into the exhibit's moat.”"
        #expect(try Fixtures.quotes(text).first?.speaker == "the Cincinnati Zoo")
    }

    @Test func executivesLawmakersAndOrganisersSpeak() throws {
        let text = "Hackers stole tax forms.\n\nIn a letter, the Kroger executives say that hackers “accessed the website using default PINs.”\n\nAfter all, as some US lawmakers noted on Saturday, “there are no good military options.”\n\nThe event organiser for the Terrigal Fireworks Festival wrote that the night “was truly amazing”."
        #expect(try Fixtures.quotes(text).map(\.speaker) == ["the Kroger executives", "US lawmakers", "the event organiser for the Terrigal Fireworks Festival"])
    }

    @Test func regulatorsSpeak() throws {
        // Not "Canadian", a name the regulators' country lent them.
        let text = "Microsoft faces a review.\n\nCanadian regulators have concluded it is “likely to result” in less competition."
        #expect(try Fixtures.quotes(text).first?.speaker == "Canadian regulators")
    }

    @Test func aDocumentOpeningAStoryIsNoPersonNamedNext() throws {
        // "A businessman … said / Carl Paladino said" names the businessman; a letter is no one the next sentence names.
        let text = "The club faces a ban, a letter says, calling the breach “serious and repeated.”\n\nJohn Smith said the club would appeal."
        #expect(try Fixtures.quotes(text).first?.speaker == "a letter")
    }

    @Test func aCaptionReportsItsWriter() throws {
        let text = "Rihanna posted a video of her cousin.\n\nRihanna captioned the video with: “Be grateful for life man.”"
        #expect(try Fixtures.quotes(text).first?.speaker == "Rihanna")
    }

    @Test func aSubjectAfterAnOpeningPhraseIsNoAppositiveOfTheNameBeforeIt() throws {
        let text = "In light of the scandal over violations of the Political Funds Control Law, the ruling party has vowed in its pledges to “abolish in the future” the funds."
        #expect(try Fixtures.quotes(text).first?.speaker == "the ruling party")
    }

    @Test func aQuotationTakesThePersonOpeningTheSentenceBeforeNamedOnce() throws {
        let text = "Charles Schultze, chairman of the Council of Economic Advisers, once summed up the danger with a metaphor. “It’s not so much a question of the wolf at the door, but termites in the woodwork.”"
        #expect(try Fixtures.quotes(text).first?.speaker == "Charles Schultze")
    }

    @Test func aCaptionCreditedInParenthesesIsNoOneTheStoryIsAbout() throws {
        let text = """
        Ben Zobrist said: “It's unbelievable. I can't even put it into words.

        Carl Edwards Jr celebrates the Cubs' World Series victory (Getty)

        “Every guy on this team roots for each other and picks each other up.”
        """
        #expect(try Fixtures.quotes(text).last?.speaker == nil)
    }

    @Test func aPersonNamedBeforeWhereTheyAreFromSpeaks() throws {
        let texts = [
            "Lauren Nel from Natural Justice in Cape Town says: “We demand full disclosure.”",
            "Samson Mokoena from South African-based Vaal Environmental Justice Alliance says: “We see no policy.”",
            "Jane Doe at Goldman Sachs said: “It works.”",
            "The Kremlin in Moscow said: “It works.”",
        ]
        #expect(try Fixtures.firstSpeakers(texts) == ["Lauren Nel", "Samson Mokoena", "Jane Doe", "the Kremlin"])
    }

    @Test func aNameAfterARoleOfSeveralWordsSpeaks() throws {
        let text = "“It is more efficient,” minister of mines and energy Tom Alweendo told The Namibian last month."
        #expect(try Fixtures.quotes(text).first?.speaker == "Tom Alweendo")
        // A role and its field before the name; but the one a lawyer works for is not the lawyer.
        let texts = [
            "“Humanity is more vulnerable,” said WHO specialist in infectious diseases Dr. Sylvie Brand.",
            "“We will appeal,” said a lawyer for Martin Singer.",
            "“He will plead not guilty,” said a lawyer for Trump adviser Roger Stone.",
            "“He is being tortured,” the wife of Kremlin critic Alexei Navalny said.",
        ]
        #expect(try Fixtures.firstSpeakers(texts) == ["Sylvie Brand", "a lawyer for Martin Singer",
                                                     "a lawyer for Trump adviser Roger Stone", "the wife of Kremlin critic Alexei Navalny"])
    }

    @Test func aPostInCapitalsBeforeANameIsNoPartOfIt() throws {
        let texts = [
            "Millikin University’s Media Coordinator Dane Lisser wrote: “The national anthem is an opportunity.”",
            "“We are ready,” Program Coordinator Anna Kim said.",
            "“It spreads fast,” Epidemiologist Maria Van Kerkhove said.",
        ]
        #expect(try Fixtures.firstSpeakers(texts) == ["Dane Lisser", "Anna Kim", "Maria Van Kerkhove"])
    }

    @Test func postsAndHonorificsBeforeANameAreTitles() throws {
        let texts = [
            "Athens County Prosecutor Keller Blackburn said: “Ohio is in the middle of an opioid crisis.”",
            "Croydon Central MP Gavin Barwell said: “He’s been injured, he’s in hospital.”",
            "“The decision is contrary to the interests of the State of Israel,” said MK Tzipi Livni.",
            "CHICAGO -- Astronaut Daniel Tani called the delay “disappointing” on Monday.",
            "The attack was “deeply deplorable,” said U.N. Secretary-General Ban Ki-moon.",
            "“Negotiations will continue,” said Mallam Garba Shehu.",
            // Not before a firm's name.
            "MP Materials said on Tuesday it would build a plant, calling the project “a milestone for America.”",
        ]
        #expect(try Fixtures.firstSpeakers(texts) == ["Keller Blackburn", "Gavin Barwell", "Tzipi Livni", "Daniel Tani",
                                                       "Ban Ki-moon", "Garba Shehu", "MP Materials"])
    }

    @Test func anEnvoysPlaceGoesOnToTheName() throws {
        let texts = [
            "U.S. Ambassador to the UN Samantha Power defended the abstention, saying, “We would not have let this pass.”",
            "“I certainly hope for a strong resolution,” Japan’s Ambassador to the United Nations, Koro Bessho, told reporters.",
        ]
        #expect(try Fixtures.firstSpeakers(texts) == ["Samantha Power", "Koro Bessho"])
    }

    @Test func aLawmakersPartyAndStateIsNoName() throws {
        let texts = [
            "Sen. Jeanne Shaheen, D-N.H., said: “It is wrong.”",
            "Sen. Jeanne Shaheen, D-N.H., who serves on the committee, issued a statement saying: “It is wrong.”",
            "In 2013, Sen. John McCain (R) of Arizona wondered out loud: “Imagine what they could do.”",
            "State Sen. Dawn Addiego (R-Burlington), for example, said Christie “has dedicated his efforts to the state.”",
            // The AP's short form of the state keeps its period, after an opening phrase too.
            "Speaking to reporters at the Capitol, House Speaker Mike Johnson, R-La., said the vote would be “close.”",
        ]
        #expect(try Fixtures.firstSpeakers(texts) == ["Jeanne Shaheen", "Jeanne Shaheen", "John McCain", "Dawn Addiego", "Mike Johnson"])
    }

    @Test func theOneAWriterQuotesSpeaks() throws {
        let text = "In a report, Michele Kelemen quotes spokesman John Kirby as saying, \"We will answer the requests.\""
        #expect(try Fixtures.quotes(text).first?.speaker == "John Kirby")
    }

    @Test func aStoryOpeningOnSomeoneDescribedNamesThemNext() throws {
        let text = """
        ALBANY, N.Y. - A businessman who co-chaired the Trump campaign in New York state said Tuesday his remarks were nevertheless “inappropriate” and a “mistake.”

        Carl Paladino said he intended his response to go only to a couple of friends.

        A spokesman for the board said the remarks were “reprehensible.”
        """
        #expect(try Fixtures.quotes(text).map(\.speaker) == ["Carl Paladino", "Carl Paladino", "a spokesman for the board"])
    }

    @Test func aSourceCloseToSomeoneIsNotThem() throws {
        let texts = [
            "Taylor Swift did not comment. A source close to the singer told People magazine she was “thrilled.”",
            "The company declined to comment. A source familiar with the talks said the deal was “days away.”",
        ]
        let speakers = try texts.map { try Fixtures.quotes($0).last?.speaker }
        #expect(speakers == ["a source close to the singer", "a source familiar with the talks"])
    }

    @Test func aSourceCloseToSomeoneNamedIsNotThem() throws {
        // The name that ends the phrase, a group opening the sentence and the clause after the words
        // do not change who spoke.
        let texts = [
            "Prince Harry did not comment. A source close to Prince Harry said the duke was “heartbroken.”",
            "Elon Musk did not comment. People close to Musk said the deal was “dead.”",
            "The aides were briefed. Sources familiar with the White House said the plan was “dead on arrival.”",
            "The talks stalled. “He has not slept in days,” a person familiar with the talks said.",
            "Benjamin Netanyahu was silent. “The talks are over,” said one official close to Netanyahu.",
        ]
        let speakers = try texts.map { try Fixtures.quotes($0).last?.speaker }
        #expect(speakers == ["a source close to Prince Harry", "People close to Musk", "Sources familiar with the White House",
                             "a person familiar with the talks", "one official close to Netanyahu"])
    }

    @Test func oneOfAGroupSpeaks() throws {
        let texts = [
            "Oil rose on Monday. “Nobody expected a rally this strong,” a trader in Singapore said.",
            "The march went on. “We will keep marching until they listen,” a protester told reporters.",
            "Rates were held. “We are watching inflation closely,” one policymaker said.",
            "The vote was close. “They are fighting for the party,” said a Sanders ally.",
        ]
        let speakers = try texts.map { try Fixtures.quotes($0).last?.speaker }
        #expect(speakers == ["a trader in Singapore", "a protester", "one policymaker", "a Sanders ally"])
    }

    @Test func aRoundUpCreditsEachViewOnTheLineAfterIt() throws {
        let text = """
        From the Left

        “Sanders appears ready to draw real contrasts with his fellow candidates.”

        Chris Cillizza, CNN

        Some caution that “in months of debates, Sanders was unable to take down Hillary Clinton.”

        Jennifer Rubin, Washington Post

        “Turnout will decide it,” Bernie Sanders said.

        Mary Jones, CNN
        """
        #expect(try Fixtures.quotes(text).map(\.speaker) == ["Chris Cillizza", "Jennifer Rubin", "Bernie Sanders"])
    }

    @Test func aRoundUpNamesEachVoiceBeforeAColon() throws {
        let text = """
        Gerald F. Seib, The Wall Street Journal: "It looked for a while as if Donald Trump was going to be a more sedate candidate."

        Windsor Mann, editor of The Quotable Hitchens: "Clinton has convinced more voters that Trump is unfit."

        Ticket prices, bookings and tours: "Prices rose all year."
        """
        #expect(try Fixtures.quotes(text).map(\.speaker) == ["Gerald F. Seib", "Windsor Mann", nil])
    }

    @Test func aRoleMeansWhoeverOpenedASentenceSinceTheLastQuotation() throws {
        let text = """
        J.C. Chandor cast Oscar Isaac in the lead.

        “The tension that J.C. creates plays with the audience’s expectations,” Isaac told Fox News Latino.

        For this internal battle, Chandor asked his leading man to pick a time in Latin America that the character had lived through.

        “Scripts are vague on back-story,” the director said.
        """
        #expect(try Fixtures.quotes(text).map(\.speaker) == ["Oscar Isaac", "J.C. Chandor"])
    }

    @Test func theFormerAndTheLatterAreTheLastTwoPeopleNamed() throws {
        let texts = [
            "Ann Lee met Peter Jones on Friday. “We will rebuild,” the latter said.",
            "Ann Lee met Peter Jones on Friday. “We will rebuild soon,” the former said.",
        ]
        #expect(try Fixtures.firstSpeakers(texts) == ["Peter Jones", "Ann Lee"])
        // "The former president" is a role, not one of two.
        #expect(try Fixtures.quotes("“We will rebuild,” the former president said.").first?.speaker == "the former president")
    }

    @Test func ofSeveralWhoHoldARoleItMeansTheOneLastASubject() throws {
        let texts = [
            "President Joe Biden spoke with Ukrainian President Volodymyr Zelenskyy.\n\n“We will stand with Ukraine,” Biden said. He said he had told Zelenskyy that aid was coming.\n\n“We will not walk away,” the president said.",
            // Not one the subject acts on, nor one named inside a quotation.
            "Russian President Vladimir Putin met President Donald Trump.\n\nTrump praised Putin after the talks.\n\n“That changed four hours ago,” the president told reporters.",
            "President Donald Trump spoke with Russian President Vladimir Putin.\n\nTrump told reporters: “I had a very good call with Putin.”\n\n“We will meet again soon,” the president added.",
        ]
        #expect(try texts.map { try Fixtures.quotes($0).last?.speaker } == ["Joe Biden", "Donald Trump", "Donald Trump"])
    }

    @Test func aRoleMeansWhoeverHasItWithTheTitlesBeforeIt() throws {
        let text = """
        Attorney General William Barr and Deputy Attorney General Rod Rosenstein met the judge.

        “People in private life,” the attorney general told senators.

        “Not yet,” the deputy attorney general said.

        President Joe Biden met Vice President Kamala Harris.

        “We are ready,” the president said.

        Chief Justice John Roberts sat beside Justice Samuel Alito.

        “It is settled,” the chief justice said.
        """
        #expect(try Fixtures.quotes(text).map(\.speaker) == ["William Barr", "Rod Rosenstein", "Joe Biden", "John Roberts"])
        // A role after the name keeps only its head, which is then enough.
        let after = "William Barr, the attorney general, met the committee.\n\nThe attorney general said the review was “thorough and fair.”"
        #expect(try Fixtures.quotes(after).map(\.speaker) == ["William Barr"])
    }

    @Test func aBodyThatSaidSpeaks() throws {
        let texts = [
            "The plan was backed by the union, which said it was “a good first step.”",
            "Shares fell after a warning from the company, which said demand was “softening.”",
            // A verb that reports no words leaves the body's name a term's.
            "Smith joined the firm, which makes “smart” glasses.",
        ]
        #expect(try Fixtures.firstSpeakers(texts) == ["the union", "the company", nil])
    }

    @Test func theHeadOfABodySpeaks() throws {
        let texts = [
            "“We have made achievements,” the head of the agency said.",
            "KCNA quoted the head of the national aerospace agency as saying the country made “shining achievements” in space.",
            // "Which" is the body, never its head.
            "Abu Amer is the head of the Palestinian Dialogue Group, which says on its site that it aims to “protect the rights of the people.”",
            // A body's own name may hold "of".
            "The Department of Homeland Security, which said that the rule would “restore integrity,” declined to comment.",
        ]
        #expect(try Fixtures.firstSpeakers(texts) == [
            "the head of the agency", "the head of the national aerospace agency", "the Palestinian Dialogue Group",
            "Department of Homeland Security",
        ])
    }

    @Test func peopleAndCompoundsSpeakAsTheyAreDescribed() throws {
        let texts = [
            "“Neil Portnow’s comments are not a reflection of us,” the women wrote.",
            "“We will rebuild,” the men said.",
            "The tech-giant also said that the roadster will “be in deep space for a billion years.”",
            "In September, the families of the five men urged their captors to end their “torment” of being apart.",
            "“He was a good man,” his sister-in-law said.",
            "A mother-of-two told reporters: “We are scared.”",
        ]
        #expect(try Fixtures.firstSpeakers(texts) == [
            "the women", "the men", "the tech-giant", "the families of the five men", "his sister-in-law", "a mother-of-two",
        ])
        // Men and women are several people, whom "they" goes on about.
        let they = try Fixtures.quotes("Mary Smith spoke.\n\n“We will march,” the women said. “They cannot stop us,” they added.")
        #expect(they.map(\.speaker) == ["the women", "the women"])
    }

    @Test func anAddedClauseGoesBackToWhoSaidTheClauseBefore() throws {
        let text = "Mr. Christian Estrosi said that the families needed time to mourn, and added that it was “our duty” to support them."
        #expect(try Fixtures.quotes(text).first?.speaker == "Christian Estrosi")
        // Any other verb after "and" is the clause's own subject's.
        let shouted = try Fixtures.quotes("Witnesses said that the man entered the shop and shouted “Give me the money.”")
        #expect(shouted.first?.speaker == "the man")
    }

    @Test func aBodyOfPeopleSpeaks() throws {
        let texts = [
            "In a letter, 370 economists wrote that Trump is “a dangerous, destructive choice for the country.”",
            "“The ruling stands,” the judges wrote.",
            "“Prices will fall,” traders said.",
        ]
        #expect(try Fixtures.firstSpeakers(texts) == ["370 economists", "the judges", "traders"])
    }

    @Test func anEpithetGoesOnAboutThePersonNamed() throws {
        let texts = [
            "Rory McIlroy shot a 65 on Sunday to win by three.\n\n“I’m thrilled,” the golfer said.",
            "Elon Musk bought the company in 2022.\n\n“This is the final straw,” the billionaire wrote on X.",
        ]
        #expect(try Fixtures.firstSpeakers(texts) == ["Rory McIlroy", "Elon Musk"])
    }
}
