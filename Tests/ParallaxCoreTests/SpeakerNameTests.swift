import Testing
@testable import ParallaxCore

/// The form a speaker's name takes: the name the article writes, without titles or adjectives.
@Suite struct SpeakerNameTests {
    @Test func britishOfficesAndHonoursAreNoPartOfTheName() throws {
        let texts = [
            "Judge Andrew Menary KC said: “You exploited vulnerable children for your own greed.”",
            "Councillor John Cotton said: “We have let the people of this city down.”",
            "Chief Constable Andy Marsh said the force had “learned lessons” from the riots.",
            "Taoiseach Simon Harris said the deal was “historic.”",
            "Iain Duncan Smith MP said the report was “damning.”",
        ]
        #expect(try Fixtures.firstSpeakers(texts) == ["Andrew Menary", "John Cotton", "Andy Marsh", "Simon Harris", "Iain Duncan Smith"])
    }

    @Test func whoSomeoneIsToTheStoryIsNoPartOfTheName() throws {
        let texts = [
            "Promoter Frank Warren said it was “one of the great nights in British boxing.”",
            "Pensioner Margaret Hill said: “I’ve never seen anything like it.”",
            "Teammate Sunisa Lee called her “the reason we’re here.”",
            // Words that are also surnames stay in the name.
            "Adam Driver said the role was “a gift.”",
            "John Skipper said the network was “in good shape.”",
        ]
        #expect(try Fixtures.firstSpeakers(texts) == ["Frank Warren", "Margaret Hill", "Sunisa Lee", "Adam Driver", "John Skipper"])
    }

    @Test func anOfficesPlaceRunsUpToTheGivenName() throws {
        let texts = [
            "Director of National Intelligence James Clapper said the leaks were “extremely corrosive.”",
            "Secretary of State Rex Tillerson said the talks were “productive.”",
            "Mayor of London Sadiq Khan said it was “a dark day.”",
        ]
        #expect(try Fixtures.firstSpeakers(texts) == ["James Clapper", "Rex Tillerson", "Sadiq Khan"])
    }

    @Test func aCommitteesSubjectKeepsItsAnd() throws {
        let texts = [
            "The House Ways and Means Committee said the returns were “essential.”",
            "“We will subpoena them,” said the Senate Homeland Security and Governmental Affairs Committee.",
        ]
        #expect(try Fixtures.firstSpeakers(texts) == ["the House Ways and Means Committee", "the Senate Homeland Security and Governmental Affairs Committee"])
        // Two committees, or two people, are two names.
        let joins = { (text: String) in
            let tokens = Fixtures.tokens(text)
            return NameIndex.continuesName(tokens, at: tokens.firstIndex { $0.text == "and" }!)
        }
        #expect(joins("the House Ways and Means Committee said"))
        #expect(!joins("the Senate Finance Committee and House Budget Committee said"))
        #expect(!joins("Nancy Pelosi and Chuck Schumer said"))
        #expect(!joins("House Speaker Mike Johnson and Judiciary Committee Chairman Jim Jordan said"))
        #expect(!joins("the House Oversight Committee and Judiciary Committee said"))
        #expect(!joins("White House and Intelligence Committee officials said"))
        #expect(!joins("House Republicans and Judiciary Committee staff said"))
        #expect(!joins("Sen. Ron Wyden and Finance Committee Republicans said"))
    }

    @Test func aTitlesAbbreviationThatLostItsSpaceIsATitle() throws {
        let text = "But Sens.Ted Cruz, R-Texas, and Bernie Sanders, D-Vt., have not given up.\n\n“We win the General Election,” Cruz promised his supporters."
        #expect(try Fixtures.quotes(text).first?.speaker == "Ted Cruz")
        // A plural in lower case that shares the letters still ends its sentence.
        let reps = "The firm cut 300 sales reps. “It was brutal,” one manager said."
        #expect(try Fixtures.quotes(reps).first?.speaker == "one manager")
    }

    @Test func aPlaceIsKnownByEveryAdjectiveThatFitsIt() {
        // "Nigerian" is made from "Niger" and from "Nigeria": both are places, not the first names of
        // the people beside them, whichever order a Set is walked in.
        let text = "Niger Innis spoke. Niger agreed. Nigeria Okafor spoke. Nigeria agreed. The Nigerian team won."
        let tokens = Fixtures.tokens(text)
        let names = NameIndex(sentences: tokens.split { $0.text == "." }.map(Array.init), lowercaseWords: ["spoke", "agreed", "team", "won"])
        #expect(names.fullName("Niger") == "Niger")
        #expect(names.fullName("Nigeria") == "Nigeria")
    }

    @Test func aTitleAfterTheNameIsNotTheSpeaker() throws {
        let text = """
        “Space exploration is hard,” said Michael Sims, CEO and Founder of Ceres Robotics Inc.

        “Markets run ahead of macros,” said Sanjiv Bhasin, Director, IIFL Securities.
        """
        #expect(try Fixtures.quotes(text).map(\.speaker) == ["Michael Sims", "Sanjiv Bhasin"])
    }

    @Test func aGenerationalSuffixEndsTheNameItBelongsTo() throws {
        let text = """
        Cal Ripken Jr. retired on Monday. Patrick Paddock II spoke to reporters.

        “It was a shock,” said Martin Luther King Jr., the son. “I loved it,” Ripkin said.

        “I have much more anger,” Paddock said.
        """
        #expect(try Fixtures.quotes(text).map(\.speaker) == ["Martin Luther King Jr.", "Cal Ripken Jr.", "Patrick Paddock II"])
    }

    @Test func aRoleAfterAnOwnerBeforeTheNameIsDropped() throws {
        let texts = [
            "After the incident, his lawyer Martin Singer said: “The paparazzi provoked the altercation.”",
            "“The paparazzi provoked it,” her lawyer Martin Singer said.",
            "After the incident, Louis’ lawyer Martin Singer said: “The paparazzi provoked the altercation.”",
            // A word that names a body is a person's surname where the article names that person.
            "Rep. Dave Camp toured Camp Lejeune. “It was moving,” Camp said.",
        ]
        #expect(try Fixtures.firstSpeakers(texts) == ["Martin Singer", "Martin Singer", "Martin Singer", "Dave Camp"])
    }

    @Test func anObjectBeforeAndSaidIsNoSpeaker() throws {
        // "the police" is what the relatives watched, not who spoke; the officers did both.
        let texts = [
            "Keith Scott died. Scott’s relatives watched the police videos on Thursday and said they came away with “more questions than answers.”",
            "Keith Scott died. The officers watched the police videos on Thursday and said they saw “nothing out of the ordinary.”",
        ]
        #expect(try Fixtures.firstSpeakers(texts) == ["Scott’s relatives", "the officers"])
    }

    @Test func aLoneCapitalInsideANameIsAnInitial() throws {
        // Written without its full stop, the initial is no acronym: "Kelly L Clarke" is a person, whom "she" goes on about.
        let text = """
        Writer Qarnita Loxton said the genre was growing. “Readers are here,” she said.

        Kelly L Clarke said the conference brought local readers together.

        “We had a wonderful, engaged crowd,” she said.
        """
        #expect(try Fixtures.quotes(text).map(\.speaker) == ["Qarnita Loxton", "Kelly L Clarke"])
        // A capital that ends a name is no initial: "Plan B" is no one.
        #expect(NameIndex.looksLikePerson("Kelly L Clarke") && !NameIndex.looksLikePerson("Plan B"))
    }

    @Test func aPronounBeforeANameIsASurname() throws {
        let text = """
        The study was led by Tom Hale of Peking University. “We were surprised,” Hale said.

        He Jianxiong, an epidemiologist, disagreed. “We need more samples,” said He Jianxiong.

        He Jianxiong said: “There is no evidence yet.”

        Tom Hale disagreed. “It is early,” he said.
        """
        #expect(try Fixtures.quotes(text).map(\.speaker) == ["Tom Hale", "He Jianxiong", "He Jianxiong", "Tom Hale"])
    }

    @Test func aBodysNameKeepsItsTheAndItsAnd() throws {
        let text = """
        “Costs rose sharply,” said the Department of the Interior.

        “We disagree,” said a spokesman for the Office of Management and Budget.
        """
        #expect(try Fixtures.quotes(text).map(\.speaker) == ["Department of the Interior", "a spokesman for the Office of Management and Budget"])
    }

    @Test func anAbbreviatedReverendIsATitle() throws {
        let text = """
        But the Rev. Al Sharpton says that the criticism is not true.

        “This is about ideology,” Sharpton told The Root. He pointed to dozens of his protégés.

        “I have spent time on this,” he said.
        """
        #expect(try Fixtures.quotes(text).map(\.speaker) == ["Al Sharpton", "Al Sharpton"])
    }

    @Test func aReligiousSisterIsATitle() throws {
        let quotes = try Fixtures.quotes("“I’m concerned about those who may still be angry,” said Sister Sharon Holland, who led the group.")
        #expect(quotes.first?.speaker == "Sharon Holland")
    }

    @Test func aCityAldermanIsATitle() throws {
        let text = "Alderman Brian Hopkins, whose ward includes downtown, said residents were “fed up.”"
        #expect(try Fixtures.quotes(text).first?.speaker == "Brian Hopkins")
    }

    @Test func aSentenceAdverbIsNoName() throws {
        let text = """
        “I loved waiting tables,” Kristen Wiig says. “It paid,” she adds. “Barely,” Wiig says.

        Her enthusiasm wouldn't pay the bills, however, and Wiig worked at day jobs, including as a waitress at Universal Studios. Now and then she'll run into someone on a TV show or a movie, and wonder where she knows them from. “And then I'll remember: I used to serve you salad.”
        """
        #expect(try Fixtures.quotes(text).last?.speaker == "Kristen Wiig")
    }

    @Test func anOpeningSingleQuoteBetweenLettersIsAnApostrophe() throws {
        let quotes = try Fixtures.quotes("Travis Kelce‘s mom confirmed, “I listened to the whole album.”")
        #expect(quotes.first?.speaker == "Travis Kelce’s mom")
    }

    @Test func aPlaceOnABodysSiteIsNotTheBody() throws {
        let text = """
        Strava is adding dark mode, which, according to data on the Strava Community Hub, is its most wanted feature. Strava says the hub helps its community.

        “Studies show that women find less time to be active,” Strava wrote in a blog post. Strava expects growth.
        """
        #expect(try Fixtures.quotes(text).first?.speaker == "Strava")
    }

    @Test func aSentenceAdverbBeforeATermIsNoSpeaker() throws {
        let quotes = try Fixtures.quotes("The name might confuse users. Perhaps “group subscription plan” might make more sense.")
        #expect(quotes.map(\.kind) == [.term])
        #expect(quotes.first?.speaker == nil)
    }

    @Test func aTitleThatIsAlsoASurnameEndsAName() throws {
        let text = """
        Booking insider Tessa Bishop, head of sales at a travel firm, shared tips.

        Tessa explained: “For the first time, they have brought back the offer.”

        “It scared me,” author Stephen King said.
        """
        #expect(try Fixtures.quotes(text).map(\.speaker) == ["Tessa Bishop", "Stephen King"])
    }

    @Test func aSurnameOpeningWithAParticlePointsToTheFullName() throws {
        let text = """
        Craig Le Clair, principal analyst at Forrester, sees room to grow.

        RPA vendors will “remain agnostic,” Le Clair said.
        """
        #expect(try Fixtures.quotes(text).first?.speaker == "Craig Le Clair")
    }

    @Test func aDutchParticleOpensASurname() throws {
        let text = """
        Bob Vander Plaats, the head of The Family Leader, told CNN that “everything does need to be on the table” at the convention.

        “We want a principled conservative,” said Vander Plaats.
        """
        #expect(try Fixtures.quotes(text).map(\.speaker) == ["Bob Vander Plaats", "Bob Vander Plaats"])
    }

    @Test func aCountryIsNotThePersonItGivesAGivenName() throws {
        let text = """
        Last week, Israeli Defence Minister Israel Katz said aid would stay blocked.

        Israel did not appear at the hearings, but, in a written submission to the court, rejected the questions as “patently biased and one-sided”.
        """
        #expect(try Fixtures.quotes(text).first?.speaker == "Israel")
    }

    @Test func aHyphenatedTitleIsATitle() throws {
        let quotes = try Fixtures.quotes("“We condemn the attack,” said Reuters Editor-in-Chief Alessandra Galloni.")
        #expect(quotes.first?.speaker == "Alessandra Galloni")
    }

    @Test func anAdministratorIsATitle() throws {
        let quotes = try Fixtures.quotes("“Companies of all sizes are joining,” NASA Administrator Jim Bridenstine said in a statement.")
        #expect(quotes.map(\.speaker) == ["Jim Bridenstine"])
    }

    @Test func officeWordsGoOnlyWithATitle() throws {
        let quotes = try Fixtures.quotes("“We are ready,” Secretary of State Rex Tillerson said. “Not yet,” White House officials said, and State Department aides agreed.")
        #expect(quotes.first?.speaker == "Rex Tillerson")
        let own = try Fixtures.quotes("The White House has called it “peaceful pressure” for months.")
        #expect(own.first?.speaker == "the White House")
    }

    @Test func aMonthAfterAGivenNameIsASurname() throws {
        let text = "Tom Hale wrote to us.\n\n“It was late,” he added.\n\nThe plan was criticised by minister Anna May who said it cost too much.\n\n“We must stop it,” she said."
        #expect(try Fixtures.quotes(text).map(\.speaker) == ["Tom Hale", "Anna May"])
        // The modal after a company's name is no surname, nor is the month in a date.
        let modal = try Fixtures.quotes("Sony may change it. “We will tell you soon,” Sony writes.")
        #expect(modal.first?.speaker == "Sony")
    }

    @Test func aRoleBeforeANameOfSomeoneAtAFirmIsDropped() throws {
        let text = "The market fell.\n\n“Prices will rise again,” said economist Maria Costa of Delta Partners."
        #expect(try Fixtures.quotes(text).first?.speaker == "Maria Costa")
    }

    @Test func aShortNameIsThePersonNamedInFullBeforeIt() throws {
        let text = "The minister, Lee Sang Woo, ordered the drill, the agency said.\n\n“It is a prelude to war,” the agency quoted Lee as saying.\n\nLee Hae-jin, a professor at a university in Seoul, said the drill was reckless."
        #expect(try Fixtures.quotes(text).first?.speaker == "Lee Sang Woo")
    }

    @Test func aPlaceAfterInIsNoSpeaker() throws {
        let text = "Felipe Massa crashed in his final home race.\n\nMassa will race once more in Abu Dhabi and after the finish in Sao Paulo said: “I will never forget this day.”"
        #expect(try Fixtures.quotes(text).first?.speaker == "Felipe Massa")
    }

    @Test func theObjectOfAVerbBeforeAFragmentIsNoSpeaker() throws {
        let text = "The vote was close.\n\nFour senior hospital nursing staff called the Hospital Board “reckless” in a letter on Monday.\n\nAdded Haynes: “We will fight on.”"
        let quotes = try Fixtures.quotes(text)
        #expect(quotes.first?.speaker != "the Hospital Board")
        // A verb opening the clause still has its speaker after it.
        #expect(quotes.last?.speaker == "Haynes")
    }

    @Test func theOneWrittenToBeforeAParticipleIsNoSpeaker() throws {
        let text = "Valtex Holdings denied the report.\n\nThe firm sent a long reply to Reuters saying that “the claims are false and we reject them.”"
        #expect(try Fixtures.quotes(text).first?.speaker != "Reuters")
    }

    @Test func aBodyIsGivenTheFullerNameTheArticleUsedFirst() throws {
        let text = "The European Union Foreign Affairs Council met on Monday.\n\nIn a statement, the 28-member Foreign Affairs Council said the sanctions were of “vital importance” to the bloc."
        #expect(try Fixtures.quotes(text).first?.speaker == "the European Union Foreign Affairs Council")
    }

    @Test func whatIsCitedAsAReasonIsNoSource() throws {
        let text = "In between tears of \"pride and relief,\" Springfield Lions coach Tom Hale cited his family as the reason he decided to retire from coaching after 30 years, including the past five in his first head-coaching job.\n\n\"I will miss the game,\" Hale said Monday."
        #expect(try Fixtures.quotes(text).first?.speaker == "Tom Hale")
        // One cited as saying is the source.
        let source = try Fixtures.quotes("The launch went ahead, Reuters said.\n\n“We will not stop,” the agency cited Kim Song as saying.")
        #expect(source.first?.speaker == "Kim Song")
    }

    @Test func oneHeardSayingItSpeaks() throws {
        let text = "The storm hit the town on Friday.\n\n“The roof is going to fall in,” a bystander can be heard saying in the video."
        #expect(try Fixtures.quotes(text).first?.speaker == "a bystander")
    }

    @Test func theAgentOfAPassiveReportingVerbSpeaks() throws {
        let text = "The new bridge opened on Monday.\n\nIt has been praised by one of the local papers as a “triumph of modest design,” but not everyone agrees."
        let quote = try Fixtures.quotes(text).first
        #expect(quote?.speaker == "one of the local papers")
        #expect(quote?.kind == .quote)
    }

    @Test func aFullNameBeforeAndSharesItsVerbs() throws {
        let text = "Minister Anna Berg flew to Oslo. Mayor Tom Lund welcomed her.\n\nEarlier Anna Berg met Lund and vowed to punish the council for “betraying the city”. Berg later tweeted about it."
        #expect(try Fixtures.quotes(text).first?.speaker == "Anna Berg")
    }

    @Test func aPersonAfterTheirEmployersPossessiveIsThePerson() throws {
        let text = "The rocket launched on Tuesday.\n\n“I cannot wait to see it fly again,” said the Western Space Institute’s Alan Marsh, a former flight director."
        #expect(try Fixtures.quotes(text).first?.speaker == "Alan Marsh")
        // A body's name with its country's possessive stays whole.
        let body = try Fixtures.quotes("“The launch was a serious breach,” Norway’s Defence Ministry said.")
        #expect(body.first?.speaker?.hasSuffix("Defence Ministry") == true)
    }

    @Test func aHyphenatedAdjectiveOpensNoName() throws {
        let quotes = try Fixtures.quotes("“Control was lost,” California-based Aerospace Corporation said. “We wait,” Kim Jong-un said.")
        #expect(quotes.map(\.speaker) == ["Aerospace Corporation", "Kim Jong-un"])
    }

    @Test func itKeepsTheArticleTheBodyIsWrittenWith() throws {
        let text = "The Korean Central News Agency has reported the launch.\n\nThe world will “clearly see a series of satellites,” it said."
        #expect(try Fixtures.quotes(text).first?.speaker == "the Korean Central News Agency")
    }

    @Test func oneWhoWorksForTheNameBeforeTheVerbSpeaks() throws {
        let text = "Uma Thurman spoke to the Times. On Saturday, a representative for Thurman said the article “speaks for itself.”"
        #expect(try Fixtures.quotes(text).first?.speaker == "a representative for Thurman")
        // A name with no one before it who works for it speaks itself.
        let own = try Fixtures.quotes("On Saturday, Uma Thurman said the article “speaks for itself.”")
        #expect(own.first?.speaker == "Uma Thurman")
    }

    @Test func aCapitalisedFunctionWordInsideANameStays() throws {
        let text = "A spokesperson for All Nippon told reporters that the crew “notified the pilot.”"
        #expect(try Fixtures.quotes(text).first?.speaker == "a spokesperson for All Nippon")
        let opening = try Fixtures.quotes("But Trump said it was “a great deal.”")
        #expect(opening.first?.speaker == "Trump")
    }

    @Test func forBetweenCapitalsIsPartOfTheName() throws {
        let quotes = try Fixtures.quotes("A Transport for London spokesman said: “There is no service between the stops.”")
        #expect(quotes.first?.speaker == "a Transport for London spokesman")
    }

    @Test func aPersonsNameMayOpenWithAWordWrittenInLowerCase() throws {
        let text = "Kim Soo-hyun, spokesman for the president, spoke. The kim chi was served.\n\n“It will help,” Kim said."
        #expect(try Fixtures.quotes(text).first?.speaker == "Kim Soo-hyun")
    }

    @Test func aReportingVerbOpeningTheSentenceIsNoGivenName() throws {
        let text = "Toby Haynes directed it.\n\n“They were so sharp,” Haynes said.\n\nAdded Haynes, “Every scene was fun.”"
        #expect(try Fixtures.quotes(text).map(\.speaker) == ["Toby Haynes", "Toby Haynes"])
        // Another word the article writes in lower case may still open a name.
        let name = try Fixtures.quotes("Grant Haynes directed it. The grant was paid.\n\n“It was fun,” Haynes said.")
        #expect(name.first?.speaker == "Grant Haynes")
    }

    @Test func aWordBeforeAFullNameUsedAloneIsNoGivenName() throws {
        let text = "Kim Jong-un fired a missile.\n\n“We will win,” Despot Kim Jong-un said."
        #expect(try Fixtures.quotes(text).first?.speaker == "Kim Jong-un")
        // A name of three words whose last two the article never uses alone stays whole.
        let whole = try Fixtures.quotes("Ramon Fonseca Mora spoke.\n\n“We did nothing wrong,” Ramon Fonseca Mora said.")
        #expect(whole.first?.speaker == "Ramon Fonseca Mora")
    }

    @Test func aPhotoCreditGluedToANameIsNoPartOfIt() throws {
        let text = "The breach was huge. EPA Equifax said the data of British customers was lost.\n\nIt added: “We will contact them by post.”"
        #expect(try Fixtures.quotes(text).first?.speaker == "Equifax")
        let role = try Fixtures.quotes("Getty - Contributor Russia said the drill was a “training exercise”.")
        #expect(role.first?.speaker == "Russia")
    }

    @Test func aPersonsSurnameIsTheirsHoweverOftenAPlaceIsNamedAfterThem() throws {
        let text = """
        Donald Trump spoke on Monday.

        The bank valued Trump Tower highly. Trump Tower was worth more. The Trump Tower triplex was smaller.

        “It is much more valuable,” Trump said.
        """
        #expect(try Fixtures.quotes(text).map(\.speaker) == ["Donald Trump"])
    }

    @Test func aCreditOfTwoWordsOrASiteGluedToACaptionIsNoName() throws {
        let text = "Associated Press North Korea says its launch was “the first step” of its plans."
        #expect(try Fixtures.quotes(text).first?.speaker == "North Korea")
        let caption = "Francois Hollande spoke.\n\nTwitter Hundreds of people were caught up in the chaos.\n\nHe added: “France is in tears.”"
        #expect(try Fixtures.quotes(caption).first?.speaker == "Francois Hollande")
        // A name that only begins like a credit keeps its words.
        let press = try Fixtures.quotes("“We are open,” Press Secretary Sarah Sanders said. “Not yet,” Associated Press said.")
        #expect(press.map(\.speaker) == ["Sarah Sanders", "Associated Press"])
    }

    @Test func aPersonNamedAfterTheBodyThatHoldsTheOfficeSpeaks() throws {
        let text = "Head of the Russian State Duma's Foreign Affairs Committee Leonid Slutsky said Friday that Pyongyang is playing a “dangerous game.”"
        #expect(try Fixtures.quotes(text).first?.speaker == "Leonid Slutsky")
        // A body's name with no person after it stays the body.
        let body = try Fixtures.quotes("The Foreign Affairs Committee said the launch was “a dangerous game.”")
        #expect(body.first?.speaker == "the Foreign Affairs Committee")
        // "X of the Y party" is still the person.
        let member = try Fixtures.quotes("Ilan Gilon of the Meretz party said the vote was “a disgrace.”")
        #expect(member.first?.speaker == "Ilan Gilon")
    }

    @Test func aPersonOfAFirmIsThePersonNotTheFirm() throws {
        let text = "“This structure,” wrote Svetlana Yakushina of Ernst & Young, “should allow registering the aircraft.”"
        #expect(try Fixtures.quotes(text).map(\.speaker) == ["Svetlana Yakushina", "Svetlana Yakushina"])
        // A description "of" a place stays a description.
        let office = try Fixtures.quotes("“We are ready,” said the president of Argentina.")
        #expect(office.first?.speaker == "the president of Argentina")
    }

    @Test func aDayAfterTheSpeakerEndsTheName() throws {
        let text = "A commentary in the Rodong Sinmun newspaper Friday said “no pressure works on us.”"
        #expect(try Fixtures.quotes(text).first?.speaker == "the Rodong Sinmun newspaper")
    }

    @Test func theNameInAppositionToADescriptionAfterTheVerbSpeaks() throws {
        let text = "“Tech companies are experimenting on our kids,” said Common Sense’s CEO, James Steyer, warning that they may hurt “the development of kids.”"
        #expect(try Fixtures.quotes(text).map(\.speaker) == ["James Steyer", "James Steyer"])
    }

    @Test func aWordInIngAfterAnArticleIsANoun() throws {
        let text = "A spokesman for Microsoft called the timing of the HR warning “coincidental” and denied it."
        #expect(try Fixtures.quotes(text).first?.speaker == "a spokesman for Microsoft")
        // After a name, a word in -s is the name's verb.
        let verb = try Fixtures.quotes("The mission statement of the NAACP states that it “seeks to remove all barriers.”")
        #expect(verb.first?.speaker == "the NAACP")
    }

    @Test func aReportingVerbsFormAfterAPrepositionAndADeterminerIsANoun() throws {
        let texts = [
            "Of Friar Lawrence, Prelogar said at one point, “He just wanted to make Verona great again.”",
            "Jane Moss said on this note: “We will be back.”",
        ]
        #expect(try Fixtures.firstSpeakers(texts) == ["Prelogar", "Jane Moss"])
        // A verb in -ing there is still one: "with one shouting".
        let shouting = try Fixtures.quotes("Police arrived at dawn, with one shouting “Get down!”")
        #expect(shouting.first?.speaker == "Police")
    }

    @Test func anInfinitiveAfterWhereOneWentIsTheGoersWords() throws {
        let texts = [
            "Peter Jones took to Twitter to say: “We will rebuild.”",
            "Peter Jones went on Fox News to warn that the city was “in grave danger.”",
            "Critics took to social media to call the plan “a disaster.”",
            "Word of it emerged after Mr. Trump used an interview with The New York Times to warn of no “friendly solution” soon.",
        ]
        #expect(try Fixtures.firstSpeakers(texts) == ["Peter Jones", "Peter Jones", "Critics", "Trump"])
        // The one after "for" does it, and a clause inside what someone said has its own subject.
        let others = [
            "The report cleared the way for Trump to claim “total exoneration.”",
            "Lee said Trump went on Fox News to warn that the city was “in grave danger.”",
        ]
        #expect(try Fixtures.firstSpeakers(others) == ["Trump", "Trump"])
    }

    @Test func aPersonDescribedBeforeAColonSpeaks() throws {
        let texts = [
            "Peter Jones was blunt: “We will rebuild.”",
            "Peter Jones’s message was simple: “We will rebuild.”",
            // Someone else's words: the question put to him, the message of no one named.
            "Peter Jones was asked: “Will you rebuild?”",
            "The message was clear: “We will rebuild.”",
            "Twitter was merciless: “What a joke.”",
        ]
        #expect(try Fixtures.firstSpeakers(texts) == ["Peter Jones", "Peter Jones", nil, nil, nil])
    }

    @Test func anAsideInParenthesesStandsApartFromTheClause() throws {
        let texts = [
            "“This is false,” Rep. Ann Lee (R-Ohio) said.",
            "“This is false,” Ann Lee (R) said.",
            "“We will fly again,” All Nippon Airways (ANA) said.",
        ]
        #expect(try Fixtures.firstSpeakers(texts) == ["Ann Lee", "Ann Lee", "All Nippon Airways"])
    }

    @Test func aPlacesWordIsASurnameBeforeAHyphenatedGivenName() throws {
        let korean = "The South Korean presidential spokesman, Park Soo-hyun, agreed. “It will work,” Park said."
        #expect(try Fixtures.quotes(korean).map(\.speaker) == ["Park Soo-hyun"])
        // After a given name it stays a place: "Victoria Park", "Albert Park".
        #expect(!NameIndex.looksLikePerson("Victoria Park"))
    }

    @Test func aReportingVerbsFormAfterOfIsANoun() throws {
        let text = "Back in aisle 14, Buonassissi heard a chorus of groans and “what did he say” at the news."
        #expect(try Fixtures.quotes(text).first?.speaker == nil)
        // A verb in -ing after "of" is still one: "accused of saying".
        let saying = try Fixtures.quotes("Trump accused Kim of saying the launch was “a great success.”")
        #expect(saying.first?.speaker == "Trump")
    }

    @Test func theNameBeforeAnUnclosedAppositiveSpeaks() throws {
        let text = "Tong Zhao, a fellow at the Carnegie-Tsinghua Center in Beijing told CNN that Kim does “not want to appear threatening.”"
        #expect(try Fixtures.quotes(text).first?.speaker == "Tong Zhao")
        // One who works for a name is no unclosed appositive.
        let employer = try Fixtures.quotes("On Saturday, a representative for Thurman said the article “speaks for itself.”")
        #expect(employer.first?.speaker == "a representative for Thurman")
    }

    @Test func oneWhoWorksForANameWithItsArticleSpeaks() throws {
        let text = "A spokesperson for the US State Department confirmed the deaths of “multiple US citizens.”"
        #expect(try Fixtures.quotes(text).first?.speaker == "a spokesperson for the US State Department")
        let appositive = try Fixtures.quotes("David Anderson, the independent reviewer of terrorism legislation for the UK government called the technology a “desirable fact of life”.")
        #expect(appositive.first?.speaker == "David Anderson")
        let kin = try Fixtures.quotes("Sakie Yokota, the mother of abduction victim Megumi Yokota told NHK that it seemed like a “miracle” to her.")
        #expect(kin.first?.speaker == "Sakie Yokota")
        let ofSeveral = try Fixtures.quotes("Emily Hart, the mother of one of the girls told reporters she was “beside herself with worry.”")
        #expect(ofSeveral.first?.speaker == "Emily Hart")
    }

    @Test func oneOfSomethingAfterAPrepositionIsNoSubject() throws {
        let text = "Police radios crackled all night.\n\nBut the confusion over the source of the gunshots continues:\n\n“Shots are coming from Gate 7.”"
        #expect(try Fixtures.quotes(text).first?.speaker == nil)
    }

    @Test func oneWhoWorksForABodyTheTextDescribesSpeaksAfterTheQuotation() throws {
        let text = "The couple “mutually decided” to divorce, a publicist for the actress said."
        #expect(try Fixtures.quotes(text).first?.speaker == "a publicist for the actress")
        let inverted = try Fixtures.quotes("“Got it,” wrote a man at an Oracle email address.")
        #expect(inverted.first?.speaker == "a man at an Oracle email address")
        // A thing of a body is no one who speaks.
        let thing = try Fixtures.quotes("“We are sorry,” the lobby of the company said.")
        #expect(thing.first?.speaker == nil)
    }

    @Test func twoAppositivesMayStandBetweenTheNameAndTheVerb() throws {
        let text = "The tech sector is a “culture that has embraced trafficking,” Alex Trouteaud, director of research at Demand Abolition, a national group, said."
        #expect(try Fixtures.quotes(text).first?.speaker == "Alex Trouteaud")
        // A clause after the appositive with no reporting verb names no one.
        let clause = try Fixtures.quotes("The tech sector is a “culture that has embraced trafficking,” Alex Trouteaud, director of research, a national group, and more.")
        #expect(clause.first?.speaker == nil)
    }

    @Test func appositivesWithCommasOfTheirOwnMayStandBetweenTheNameAndTheVerb() throws {
        let places = try Fixtures.quotes("“Liquid water is hard to find beyond Earth,” study lead author Lucas Paganini, a planetary scientist at NASA's Goddard Space Flight Center in Greenbelt, Maryland, and American University in Washington, D.C., said in a statement.")
        #expect(places.first?.speaker == "Lucas Paganini")
        let unclosed = try Fixtures.quotes("“This is mainly due to the change in wind direction,” Kurinji Selvaraj, a research analyst at the Council on Energy, Environment and Water think tank told CBS News.")
        #expect(unclosed.first?.speaker == "Kurinji Selvaraj")
        let country = try Fixtures.quotes("“We get out more than we put in,” Dylan Nelson, a postdoctoral fellow at the Max Planck Institute for Astrophysics in Munich, Germany, and co-author of the study, said in a statement. “In our simulation, we see new things.”")
        #expect(country.map(\.speaker) == ["Dylan Nelson", "Dylan Nelson"])
        // A state after the place closes its appositive before the verb; a person's name there speaks.
        let state = [
            "Jane Doe, a lawyer in Boston, Massachusetts, said the ruling was “a disaster.”",
            "A woman in Tokyo, Kaoru Kuroko, also said she had heard an alarm. “It was scary,” she said.",
            "A resident of Gaza City, Ahmed, said the strikes were “relentless.”",
            "A shopper from Sydney, Victoria, said prices were “out of control.”",
        ]
        #expect(try Fixtures.firstSpeakers(state) == ["Jane Doe", "Kaoru Kuroko", "Ahmed", "Victoria"])
        // Outside an appositive, a state or country that is no one's given name closes the place too.
        let bare = [
            "A nurse from Belfast, Northern Ireland, said the ward was “overwhelmed.”",
            "A student from London, England, said the fees were “outrageous.”",
        ]
        #expect(try Fixtures.firstSpeakers(bare) == ["a nurse from Belfast", "a student from London"])
        // A name after an opening phrase is the subject, not a place to pass over.
        let opening = try Fixtures.quotes("From Washington, Susan Rice, the national security adviser, said the launch “represents yet another provocation.”")
        #expect(opening.first?.speaker == "Susan Rice")
        // A reporting verb inside a relative clause reports nothing of the name's: the sentence's own verb is missing.
        let relative = try Fixtures.quotes("“We will win,” Ana Ruiz, who said so before, and her team, on Monday.")
        #expect(relative.first?.speaker == nil)
    }

    @Test func twoRolesJoinedByAndBeforeANameAreTheNames() throws {
        let before = try Fixtures.quotes("“Think of the ocean,” JPL scientist and study co-author Michael Malaska said.")
        #expect(before.first?.speaker == "Michael Malaska")
        let after = try Fixtures.quotes("“Think of the crust,” said JPL scientist and study co-author Michael Malaska.")
        #expect(after.first?.speaker == "Michael Malaska")
    }

    @Test func aSurnameTheArticleMisspellsIsStillTheirs() throws {
        let text = "Ofer Shacham leads the chip team. “We basically hide it,” says Schacham."
        #expect(try Fixtures.quotes(text).first?.speaker == "Ofer Shacham")
        // A letter more at the end makes another word: the Obamas are not Barack Obama.
        let family = try Fixtures.quotes("Barack Obama left office. “We are grateful,” the Obamas said.")
        #expect(family.first?.speaker == "the Obamas")
    }

    @Test func aCapitalisedHashtagIsPartOfAName() throws {
        let text = "“We welcome the reports,” the Nigeria-based #Chibokgirls campaign said in a statement."
        #expect(try Fixtures.quotes(text).first?.speaker == "the Nigeria-based #Chibokgirls campaign")
        let words = Fixtures.tokens("She added #familyof5 and #Nice.").filter(\.isWord)
        #expect(words.map(\.text) == ["She", "added", "#familyof5", "and", "#Nice"])
        #expect(words.map(\.isCapitalized) == [true, false, false, false, true])
    }

    @Test func anAcronymCountsEachPartOfAHyphenatedName() throws {
        let text = "A passenger boarded the wrong All-Nippon Airways flight.\n\n“The crew noticed the error,” ANA told RT in a statement.\n\nAgence France-Presse reported the story first. “It was a long flight,” AFP said."
        #expect(try Fixtures.quotes(text).map(\.speaker) == ["All-Nippon Airways", "Agence France-Presse"])
    }

    @Test func anArabicNamesParticleInLowerCaseIsPartOfIt() throws {
        let text = "The idea was revived.\n\n“Find a bullet,” the group’s spokesman, Abu Muhammad al-Adnani, said in a speech. “Strike now,” he said."
        #expect(try Fixtures.quotes(text).map(\.speaker) == ["Abu Muhammad al-Adnani", "Abu Muhammad al-Adnani"])
    }

    @Test func aBodysNameMayGoOnWithOfTheAndAnAmpersand() throws {
        let acronym = "The International Committee of the Red Cross confirmed its role.\n\n“Today we handed them over,” the ICRC said on Twitter."
        #expect(try Fixtures.quotes(acronym).first?.speaker == "the International Committee of the Red Cross")
        let ampersand = "A gorilla was shot at the Cincinnati Zoo & Botanical Garden on Saturday.\n\nThe team “responded to the situation,” the zoo said."
        #expect(try Fixtures.quotes(ampersand).first?.speaker == "the Cincinnati Zoo & Botanical Garden")
        // "Ernst & Young" is a firm, never a person whom "he" could be.
        let firm = "Sales fell, according to Ernst & Young.\n\n“It was a bad year,” he said."
        #expect(try Fixtures.quotes(firm).first?.speaker == nil)
    }

    @Test func aBodyWhoseNameEndsInAPluralKeepsItsFirstWord() throws {
        let text = "Freight goes by truck, according to the American Trucking Associations, an industry group. “Without trucks,” the group says, “America stops.”"
        #expect(try Fixtures.quotes(text).map(\.speaker) == ["American Trucking Associations", "American Trucking Associations"])
    }

    @Test func aPersonOfABodyIsThePerson() throws {
        let text = "In Tampa, Florida, Rabbi Jacob Luski of Congregation B’nai Israel said relatives had told him.\n\n“It is a tragedy,” he said."
        #expect(try Fixtures.quotes(text).first?.speaker == "Jacob Luski")
        // A title's office and a body's own "of" are no person's.
        let office = "“We are ready,” Secretary of State Rex Tillerson said. “We agree,” the International Consortium of Investigative Journalists said."
        #expect(try Fixtures.quotes(office).map(\.speaker) == ["Rex Tillerson", "International Consortium of Investigative Journalists"])
    }

    @Test func aSaintsPlaceIsNoPerson() throws {
        let text = "In St. Petersburg, Florida, the rabbi of a local congregation said relatives had told him.\n\n“It is a tragedy,” he said."
        #expect(try Fixtures.quotes(text).first?.speaker != "St. Petersburg")
        // The place opens the sentence, or one comes after the person: "he" is the person either way.
        let opening = "In St. Petersburg, Jacob Luski, 60, mourned the family.\n\n“It is a tragedy,” he said."
        #expect(try Fixtures.quotes(opening).first?.speaker == "Jacob Luski")
        let later = "Jacob Luski mourned the family on Monday. The service in San Diego drew hundreds.\n\n“It is a tragedy,” he said."
        #expect(try Fixtures.quotes(later).first?.speaker == "Jacob Luski")
    }

    @Test func aLongRelativeClauseMayStandBeforeTheVerb() throws {
        let text = "North Korea gloated.\n\n“Today’s success is a proud result,” Ri Chun Hee, the country's most famous newsreader, who was brought out of retirement to announce last month’s nuclear test, declared in a broadcast."
        #expect(try Fixtures.quotes(text).first?.speaker == "Ri Chun Hee")
    }

    @Test func aNameWrittenAsAWholeQuotationIsATitleNotAPerson() throws {
        // “Kill Bill.” is a film, so the character "Bill" later is no person "she" could be.
        let text = """
        Uma Thurman was about to make “Kill Bill.” She liked the script.

        In the famous scene she drives the blue convertible to kill Bill.

        “Quentin came in my trailer and did not like to hear no,” she says.
        """
        #expect(try Fixtures.quotes(text).last?.speaker == "Uma Thurman")
    }

    @Test func aPersonsNamePlayedOnInsideAQuotationIsStillAPerson() throws {
        // "the Mary Steenburgen of it all" is a play on her name, not a body called "the Mary Steenburgen".
        let text = """
        Actress Mary Steenburgen wrote the song that Jessie Buckley sings at the end.

        “I felt strange,” Steenburgen said.

        Steenburgen wasn’t thrilled. “I couldn’t focus,” she said.

        Harper and Buckley found themselves blindsided by “the Mary Steenburgen of it all.”
        """
        #expect(try Fixtures.quotes(text).map(\.speaker) == ["Mary Steenburgen", "Mary Steenburgen", nil])
    }

    @Test func theAdjectiveOfAPlaceIsNoPerson() throws {
        let text = """
        North Korea fired a missile on Tuesday.

        The brash North Korean tyrant boasted of his “shining victory”.

        He claimed the States are in “mortal fear” after the rogue state fired a missile.
        """
        #expect(try Fixtures.quotes(text).last?.speaker != "North Korean")
    }

    @Test func aTitleInAppositionIsNoName() throws {
        let text = "Yoshihide Suga, Japan's Chief Cabinet Secretary, said the test was an “unprecedented, serious and grave threat” to the area."
        #expect(try Fixtures.quotes(text).first?.speaker == "Yoshihide Suga")
    }

    @Test func aBodyNamedAfterItsOwnerKeepsItsWholeName() throws {
        let text = "South Korea's Joint Chiefs of Staff said it was “jointly analysing for details” with the US."
        #expect(try Fixtures.quotes(text).first?.speaker == "South Korea's Joint Chiefs of Staff")
    }

    @Test func oneQuotedByAnAgencySpeaksNotTheAgency() throws {
        let text = "Deputy Foreign Minister Sergei Ryabkov was quoted by RIA Novosti state news agency saying: “We see a tendency towards an escalation.”"
        #expect(try Fixtures.quotes(text).first?.speaker == "Sergei Ryabkov")
    }

    @Test func anEnvoyIsDescribedWithTheBodyTheyAreSentTo() throws {
        let text = "The call came after the US Ambassador to the United Nations said Washington is “done talking about North Korea”."
        #expect(try Fixtures.quotes(text).first?.speaker == "the US Ambassador to the United Nations")
    }

    @Test func aTitleAloneIsWhoeverTheArticleGaveIt() throws {
        let text = "President Donald Trump called Tokyo on Monday.\n\nThe ministry said the US President reiterated that the United States “stands with Japan 100 per cent”."
        #expect(try Fixtures.quotes(text).first?.speaker == "Donald Trump")
    }

    @Test func thePlaceInARelativeClauseIsNoSpeaker() throws {
        let text = "One man who was leaving the Pasteur Hospital on Friday told CNN that the driver had “just kept driving straight through.”"
        #expect(try Fixtures.quotes(text).first?.speaker == "one man who was leaving the Pasteur Hospital")
    }

    @Test func theSubjectOfARelativeClauseSpeaksNotTheOneItIsAbout() throws {
        let text = "Word may come from his new attorney general, who the New York Times referred to in September as the White House’s “eyes and ears” at the department."
        #expect(try Fixtures.quotes(text).first?.speaker == "the New York Times")
    }

    @Test func theOneHeardShoutingSpeaksNotTheWitness() throws {
        let text = "Brendan Phillips was on the promenade. An officer was directing people, repeatedly shouting “Go quickly! Go that way!” in French, Phillips said."
        #expect(try Fixtures.quotes(text).first?.speaker == "an officer")
    }

    @Test func aBrandInANameMakesItNoPersons() throws {
        // "SpaceX Falcon" is no person's full name that "SpaceX" would stand for.
        let text = "The SpaceX Falcon Heavy flew on Tuesday.\n\n“The center core will attempt a landing,” SpaceX confirmed."
        #expect(try Fixtures.quotes(text).first?.speaker == "SpaceX")
    }

    @Test func aBritishPoliceRankIsATitle() throws {
        let text = "Royal Navy veteran Kevin Snow, 57, was injured.\n\nBritish Transport police Asst Ch Con Robin Smith said the force was investigating.\n\nHe said: “We have a very difficult scene.”"
        #expect(try Fixtures.quotes(text).first?.speaker == "Robin Smith", "he is not Kevin Snow, named before")
        #expect(try Fixtures.quotes("“Power is back,” Con Edison said.").first?.speaker == "Con Edison", "one rank-like word alone is a name")
    }

    @Test func aRoleInAppositionBeforeTheNameIsTheirs() throws {
        let text = "She stayed with her friend, Ilona Herman, a makeup artist. Thurman went upstairs.\n\nDownstairs, Herman was getting nervous. “It seemed to take forever,” the friend told me."
        #expect(try Fixtures.quotes(text).first?.speaker == "Ilona Herman")
    }

    @Test func anAdverbAndAPhraseMayStandBetweenTheSpeakerAndTheVerb() throws {
        let text = "A commentary run by the state-run Xinhua news agency immediately after the launch said: “What is needed is calm.”"
        #expect(try Fixtures.quotes(text).first?.speaker == "the state-run Xinhua news agency")
        let employer = "A spokeswoman for the ministry flatly dismissed the claim, saying media accounts “did not accord with the facts.”"
        #expect(try Fixtures.quotes(employer).first?.speaker == "a spokeswoman for the ministry")
    }

    @Test func aBodyInAPlaceSpeaksNotThePlace() throws {
        let text = "The National Weather Service in Gray tweeted, “Did you see a fireball or meteor just now?”"
        #expect(try Fixtures.quotes(text).first?.speaker == "the National Weather Service")
    }

    @Test func aNameMayOpenWithAFunctionWordAfterACommaOrAQuotation() throws {
        let afterComma = "A jet returned to Los Angeles, All Nippon Airways (ANA) said in a statement.\n\n“The crew became aware of it,” the airline said."
        #expect(try Fixtures.quotes(afterComma).first?.speaker == "All Nippon Airways")
        let afterQuotation = "“The crew became aware of it,” All Nippon Airways said."
        #expect(try Fixtures.quotes(afterQuotation).first?.speaker == "All Nippon Airways")
    }

    @Test func anAcronymIsNoFunctionWordInAName() throws {
        let text = "The US State Department confirmed the deaths.\n\n“We are in touch with the families,” the State Department said."
        #expect(try Fixtures.quotes(text).first?.speaker == "the US State Department")
    }

    @Test func anAcronymGivenInParenthesesStandsForItsName() throws {
        // KCTV is not the initials of its name, so only the parentheses say what it stands for.
        let text = "The country launched a satellite, Korean Central Television (KCTV) reported.\n\n“It entered orbit,” KCTV said."
        #expect(try Fixtures.quotes(text).first?.speaker == "Korean Central Television")
    }

    @Test func anArabicArticleOpeningASentenceIsStillTheName() throws {
        let text = "A spokesman for the group, Abu Mohammed al-Adnani, made a speech.\n\nAppealing to followers, twisted Al-Adnani urged: “Strike them.”"
        #expect(try Fixtures.quotes(text).first?.speaker == "Abu Mohammed al-Adnani")
    }

    @Test func aSharedSurnameIsTheOneNamedFirst() throws {
        let text = """
        “We had workers talking,” said Tanner Fischer, the president of the local.

        Fischer’s mother, Adrianne Fischer, is a driver. “Health insurance is so expensive,” she said.

        “This is it,” Fischer said.
        """
        #expect(try Fixtures.quotes(text).map(\.speaker) == ["Tanner Fischer", "Adrianne Fischer", "Tanner Fischer"])
    }

    @Test func aHyphenatedNationalityIsNoOnesName() throws {
        let text = """
        "I have no experience in carpentry," said Abe, who is Hong Kong-Canadian.

        When I asked Abe for his full name, he also declined. He is in marketing.

        "I like to go to China, and they will put me on a watch list," he said.
        """
        #expect(try !Fixtures.quotes(text).contains { $0.speaker == "Hong Kong-Canadian" })
        #expect(!NameIndex.looksLikePerson("Hong Kong-Canadian") && NameIndex.looksLikePerson("Alexandria Ocasio-Cortez")
            && NameIndex.looksLikePerson("Sarah Lewis-French") && NameIndex.looksLikePerson("Alun Wyn Jones-Welsh"))
    }

    @Test func aSharedGivenNameIsTheOneNamedLast() throws {
        let text = """
        T.J. Allen was 7 of 16 for 83 yards.

        J.J. Watt spent some time with his brother, linebacker T.J. Watt. “I wish he was out there,” T.J. said.
        """
        #expect(try Fixtures.quotes(text).first?.speaker == "T.J. Watt")
    }

    @Test func aLongerFormOfANameIsAUseOfIt() throws {
        let text = """
        A nephew of South African President Jacob Zuma was named in the papers.

        Zuma’s nephew, Clive Khulubuse Zuma, is a mining magnate. The documents show that Khulubuse Zuma represented a firm.

        Zuma claimed the deals are “quite attractive” to the government.
        """
        #expect(try Fixtures.quotes(text).first?.speaker == "Khulubuse Zuma")
    }

    @Test func aUserNameInLowerCaseSpeaks() throws {
        let text = """
        The acebush1 Reddit user joined the military soon after.

        Several months into enrollment, acebush1 gave a video a heading that said: “Man, the Air Force is cool.”

        Shortly after the post, in June 2023, acebush1 wrote, “I’m sticking it out to the end of my contract.”
        """
        #expect(try Fixtures.quotes(text).map(\.speaker) == ["acebush1", "acebush1"])
    }

    @Test func aWordOfNumberOrTimeOpeningASentenceIsNoName() throws {
        let text = "Shortly after the post, the account wrote, “I’m sticking it out.”\n\nSeveral months later, a heading said: “Man, the Air Force is cool.”"
        #expect(try Fixtures.quotes(text).map(\.speaker) == ["the account", nil])
    }

    @Test func aCallingBeforeANameIsATitle() throws {
        let texts = [
            "Novelist Jo Watson said the panel was “not my vibe” at first.",
            "“It could reach Guam,” Physicist David Wright wrote.",
        ]
        #expect(try Fixtures.firstSpeakers(texts) == ["Jo Watson", "David Wright"])
    }

    @Test func aGivenNameUsedAloneStartsThePersonInsideAFirmsName() throws {
        let text = """
        Marketing Manager at Ocean Florida Abby Dunn, who has travelled to Florida 42 times, shared her tips.

        Abby said: “I’d always recommend buying your park tickets early.”

        “Avoid the school holidays,” commented Abby.
        """
        #expect(try Fixtures.quotes(text).map(\.speaker) == ["Abby Dunn", "Abby Dunn"])
    }

    @Test func aGivenNameBeforeASurnameWithAParticleIsNoModifier() throws {
        let text = """
        “RPA is ready,” Saikat Ray, an analyst at Gartner, said.

        Craig Le Clair, principal analyst at Forrester, sees RPA platforms as ripe for expansion. In fact, he anticipates RPA platforms morphing into toolsets.

        “RPA platforms have the architecture to manage thousands of task automations,” he said.

        Le Clair expects more of the same.
        """
        #expect(try Fixtures.quotes(text).map(\.speaker) == ["Saikat Ray", "Craig Le Clair"])
    }

    @Test func rarerReportingVerbsReport() throws {
        let text = """
        Justice Samuel Alito questioned Elizabeth Prelogar.

        “Then why were you talking about corporate America,” he rejoined.

        “It is a fair question,” Prelogar murmured.
        """
        #expect(try Fixtures.quotes(text).map(\.speaker) == ["Samuel Alito", "Elizabeth Prelogar"])
    }

    @Test func verbsWhoseOtherFormsAreNounsReportInThePast() throws {
        let text = """
        Hundreds of people marched to the Capitol with Jane Moss.

        Bob Smith answered, “Absolutely not.”

        “It is a fair question,” Moss replies.

        “Let her speak,” Moss chanted.
        """
        let quotes = try Fixtures.quotes(text)
        #expect(quotes.map(\.kind) == [.quote, .quote, .quote])
        #expect(quotes.map(\.speaker) == ["Bob Smith", "Jane Moss", "Jane Moss"])
    }

    @Test func anyVerbEndingTheClauseAfterACutOffQuotationReports() throws {
        let text = """
        Jane Moss met Bob Smith in Paris on Monday.

        “Nothing works,” Smith fretted.

        “It is not,” Moss shot back.

        “It is over,” Smith went on.

        “Wait,” Moss interrupted sharply.

        “We are ready”, Smith frowned.
        """
        #expect(try Fixtures.quotes(text).map(\.speaker) == ["Bob Smith", "Jane Moss", "Bob Smith", "Jane Moss", "Bob Smith"])
        // Words not cut off by their own comma are not handed over to the clause after them.
        let reform = try Fixtures.quotes("Voters in Paris saw the “reform” Smith planned.")
        #expect(reform.map(\.kind) == [.term])
    }

    @Test func verbsOfJudgingAndVoicingReport() throws {
        let texts = [
            "After the accord was signed, Ann Hale labeled it “a fraud” in an interview.",
            "Tom Reed voiced opposition to the plan, calling it “another costly mistake.”",
            "Sam Kerr speculated that voters were mourning “the culture of violence” in the country.",
            "Prime Minister Ito branded the launch a “most serious and grave” threat.",
            "At the rally, Jane Moss denigrated the “Hollywood actors and Washington media” in the crowd.",
            "Aaron Bushnell made news when he professed that he would “no longer be complicit” on Sunday.",
        ]
        #expect(try Fixtures.firstSpeakers(texts) == ["Ann Hale", "Tom Reed", "Sam Kerr", "Ito", "Jane Moss", "Aaron Bushnell"])
    }

    @Test func aTitleBeforeABodysWordIsPartOfItsName() throws {
        let texts = [
            "“We disagree with the ruling,” the Justice Department said.",
            "“The vote is valid,” the UN General Assembly said.",
            "“It is a fair ruling,” Justice Ann Hale said.",
        ]
        #expect(try Fixtures.firstSpeakers(texts) == ["the Justice Department", "the UN General Assembly", "Ann Hale"])
    }

    @Test func aClausesOpeningWordIsNoOne() throws {
        let text = "Jane Moss met Bob Smith.\n\nWhen asked about the vote, Moss declined to comment: “We’ll see.”"
        #expect(try Fixtures.quotes(text).first?.speaker == "Jane Moss")
    }

    @Test func aReplyOrResponseIsItsOwners() throws {
        let text = """
        Jane Moss met Bob Smith.

        “Never,” was Smith’s reply.

        Moss issued an apology for her comments – “I was wrong.”

        Despite Smith’s response, the girls were flying on “buddy passes.”

        Moss, though, said Smith’s comments stand as “the most false assertion of all.”
        """
        #expect(try Fixtures.quotes(text).map(\.speaker) == ["Bob Smith", "Jane Moss", nil, "Jane Moss"])
    }

    @Test func aVerbInsideWhatAnotherReportsReportsNothing() throws {
        let text = """
        Jane Moss is the mayor of Springfield.

        She added that the state had not replied.

        “Nobody has called us back.”
        """
        #expect(try Fixtures.quotes(text).first?.speaker == "Jane Moss")
    }

    @Test func oneNameBeforeAColonSpeaks() throws {
        let text = """
        Jane Moss met Bob Smith on Monday.

        Moss summed it up: “It is over.”

        Smith: “It is not.”

        Screenshot: “springfield-vote.com”

        In his speech on Saturday, Moss compared Smith to the press: “They do the same thing.”
        """
        #expect(try Fixtures.quotes(text).map(\.speaker) == ["Jane Moss", "Bob Smith", nil, "Jane Moss"])
    }

    @Test func aContractionIsNoName() throws {
        let text = "The survey was released on Tuesday.\n\nThat's because graduates who said they had a “mentor who encouraged me,” are happier."
        #expect(try Fixtures.quotes(text).first?.speaker == nil)
    }

    @Test func aNameInASentencesOpeningPhraseHoldsNoRoleAfterIt() throws {
        let text = """
        President Barack Obama spoke on Thursday.

        In a statement from his vacation home on Martha's Vineyard, the president, however, refrained from criticism.

        The president continued: “America cannot determine the future of Egypt.”
        """
        #expect(try Fixtures.quotes(text).first?.speaker == "Barack Obama")
    }

    @Test func aDayAfterANameIsNoneOfIt() throws {
        let text = "Senators kept up pressure on party Chairman Michael Steele Sunday to explain his claim that Afghanistan is a “war of Obama's choosing” and may not be won."
        #expect(try Fixtures.quotes(text).map(\.speaker) == ["Michael Steele"])
    }

    @Test func aPartyBeforeANameIsNoneOfIt() throws {
        let text = """
        President Barack Obama accused Republican Donald Trump of praising Putin.

        Trump called it “one of the great miscarriages of justice” in history.

        The Republican National Committee said it was “a disgrace.”
        """
        #expect(try Fixtures.quotes(text).map(\.speaker) == ["Donald Trump", "the Republican National Committee"])
    }

    @Test func manyOfThoseWhoSpeakSpeakToo() throws {
        let texts = [
            "New Facebook groups have been set up calling for people to “march for our rights”.",
        ]
        #expect(try Fixtures.firstSpeakers(texts) == ["New Facebook groups"])
        // Documents are no more people for being several.
        let documents = "Uber faced questions.\n\nEarlier statements by the company described the fault as “a technical issue.”"
        #expect(try Fixtures.quotes(documents).first?.speaker == "Uber")
    }
    @Test func aNationalityOpeningABodysNameIsNoPartOfIt() throws {
        let text = """
        According to the African Economic Outlook put out by a group of agencies, the total amount of aid sent to the continent was expected to exceed $200 billion in 2013.

        South African President Jacob Zuma, meanwhile, blamed unrest in Libya and elsewhere in North Africa on the Arab Spring.

        Promising African solutions to the continent's problems, Zuma summed up the benefit the summit gave -- the chance for he and other leaders to speak for their countries.

        “We stand a better chance,” he said.
        """
        #expect(try Fixtures.quotes(text).first?.speaker == "Jacob Zuma")
    }
}
