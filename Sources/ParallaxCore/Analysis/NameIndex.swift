/// The names an article uses, and the roles it gives them, so a speaker given as "Trump",
/// "the president" or "the spokeswoman" can be resolved to the name the article uses.
struct NameIndex {
    struct Mention {
        let position: Int
        let name: String
        /// Titles and roles the text gives the name here ("president", "spokesperson", "agency").
        let roles: Set<String>
        /// False when the name stands inside a quotation or a photo credit ("Jordan Strauss/AP"),
        /// where it is not a person the narration speaks of.
        let inNarration: Bool
        /// True when the name opens its sentence, where a sentence's subject stands.
        let opensSentence: Bool
        /// True when a verb in the past follows the name: "Addison Russell smiled".
        let actsNext: Bool
        /// True when a reporting verb stands right before or after it ("said Ryosuke Kinoshita").
        let reports: Bool
        /// True when a word for a person follows, so the name only says whose ("Cubs shortstop
        /// Addison Russell", "an Adams spokeswoman").
        let modifies: Bool
        /// True after a preposition: "In an interview with Deadline Hollywood, the director said".
        let followsPreposition: Bool
        /// True for an owner: "all of Apatow's other films".
        let isPossessive: Bool
    }

    struct Description {
        let position: Int
        let head: String
        /// "the Adams spokeswoman" for "An Adams spokeswoman".
        let text: String
        /// Whom it stands for: "Matt Hasselbeck has been named to three Pro Bowls. The Seattle Seahawks
        /// quarterback led his team …" goes on about the person the sentence before was about.
        var holder: String? = nil
    }

    private(set) var mentions: [Mention] = []
    /// The mentions' indices in order of position, for `mentions(in:)`.
    private var mentionsByPosition: [Int] = []
    private(set) var descriptions: [Description] = []
    /// Two names joined by "and" in the narration ("Chris Pratt and Anna Faris"), for "they" and "the couple".
    private var pairs: [(position: Int, first: String, second: String)] = []
    /// Each word of a person's full name → that name ("Trump" → "Donald Trump", "Hua" → "Hua Chunying").
    private var nameParts: [String: (name: String, weight: Int)] = [:]
    /// The last word of each full name, for a surname the article misspells.
    private var surnames: [String] = []
    private var people: Set<String> = []
    /// Every full name of a person the narration uses.
    private var fullNames: Set<String> = []
    /// The fullest names of those a reporting clause names.
    private var reporters: Set<String> = []
    /// Runs of capitals whose person's name starts inside: "Ocean Florida Abby Dunn" → "Abby Dunn".
    private var innerNames: [String: String] = [:]
    /// Names of one word that a personal title marks as a person's ("Mr. Tan", "President Xi").
    private var titledSingles: Set<String> = []
    /// One-word names that pronouns of one gender keep following ("Thurman … she says" again and
    /// again): a person the article names by surname alone.
    private var genderedSingles: Set<String> = []
    /// Names the article writes after "the" ("the Cubs", "the Cardinals"): teams, bands and
    /// bodies, never one person.
    private var articled: Set<String> = []
    /// Names the article writes as a whole quotation (‘Kill Bill,’ “Pulp Fiction”): titles, not people.
    private var quotedWholes: Set<String> = []
    /// Adjectives of places the article names ("North Korean" beside "North Korea"): never a person.
    private var placeAdjectives: Set<String> = []
    /// Places of several words whose adjective the article uses too: "South Africa" beside "South African".
    private var placeNames: Set<String> = []
    /// The initials of each name of several words → the name ("ICIJ" → "International Consortium of …").
    private var acronyms: [String: String] = [:]
    /// What the pronouns and titles around each person say of their gender, where they agree.
    private var genders: [String: Gender] = [:]

    /// `sentences` holds every paragraph's sentences as tokens; `quoted` the quoted stretches,
    /// whose names are not people the narration mentions.
    init(sentences: [[Token]], lowercaseWords: Set<String>, quoted: [Range<Int>] = []) {
        let quoted = QuotedStretches(quoted)
        var counts: [String: Int] = [:]
        // A vote is strong when a title gives it or a pronoun opens the sentence after the one about the person.
        var votes: [(name: String, gender: Gender, strong: Bool)] = []
        var theNames: Set<String> = []
        var declaredAcronyms: [(acronym: String, name: String)] = []
        var previousSubject: String?
        for tokens in sentences {
            let firstMention = mentions.count
            var previousName: (end: Int, name: String, position: Int)?
            var i = 0
            while i < tokens.count {
                guard tokens[i].isWord, tokens[i].isCapitalized, !Lexicon.notNames.contains(tokens[i].lower) else { i += 1; continue }
                var end = i
                while end + 1 < tokens.count, Self.continuesName(tokens, at: end + 1) { end += 1 }
                if let link = Self.affiliationLink(in: tokens[i...end]) { end = link - 1 }
                var start = i
                // A capitalised first word of a sentence that the article also writes in lower case is not
                // a name — unless a person's name goes on after it ("Park Soo-hyun, spokesman for …").
                // Asked only of a run that opens the sentence: it costs more than the rest of the loop.
                func personRun() -> Bool {
                    end > 0 && !Self.isTitle(tokens[1].text) && Self.looksLikePerson(tokens[0...end].map(\.text).joined(separator: " "))
                }
                // "Added Haynes, “…”" opens with the verb of a reporting clause, never a given name.
                if start == 0, tokens[0].isCapitalizedFunctionWord && !tokens.isSurnameLikePronoun(at: 0) || Lexicon.reportingVerbs.contains(tokens[0].lower)
                    || (lowercaseWords.contains(tokens[0].lower) && !Self.isTitle(tokens[0].text) && !personRun()) {
                    start += 1
                }
                if start <= end, let name = Self.name(from: Array(tokens[start...end])) {
                    var roles = Self.titleRoles(Array(tokens[start...end]))
                    roles.formUnion(Self.rolesBefore(tokens, start))
                    // "Speaking to CNN, the deputy governor said": after a preposition the name is
                    // the phrase's object, and what follows the comma is the sentence's subject.
                    // So does a name anywhere in a sentence's opening phrase: "In a statement from his home on
                    // Martha's Vineyard, the president refrained" gives the island no title.
                    let opensWithPhrase = Lexicon.prepositions.contains(tokens[0].lower) && !tokens[..<start].contains { $0.text == "," }
                    let followsPreposition = start > 0 && Lexicon.prepositions.contains(tokens[start - 1].lower) || opensWithPhrase
                    if !followsPreposition {
                        roles.formUnion(Self.appositiveRoles(tokens, after: end))
                    }
                    if let age = Self.appositiveAge(tokens, after: end) { roles.insert(age) }
                    let position = tokens[start].range.lowerBound
                    let isQuoted = quoted.holds(position)
                    let isCredit = (end + 1 < tokens.count && tokens[end + 1].text == "/") || (start > 0 && tokens[start - 1].text == "/")
                    mentions.append(Mention(position: position, name: name, roles: roles, inNarration: !isQuoted && !isCredit,
                                            opensSentence: start <= 1 || Self.followsOpeningRole(tokens, start), actsNext: Self.actsNext(tokens, after: end),
                                            reports: Self.reports(tokens, start: start, end: end),
                                            modifies: end + 1 < tokens.count && !tokens[end + 1].isCapitalized
                                                && Lexicon.isSpeakerNoun(tokens[end + 1].lower),
                                            followsPreposition: followsPreposition, isPossessive: tokens[end].isPossessive))
                    if name.isSeveralWords, Self.looksLikePerson(name) { counts[name, default: 0] += 1 }
                    // "Jon Hamm and filmmaker Jennifer Westfeldt": the second name may have its role before it,
                    // and the body whose role it is ("Tim Moore and Senate leader Phil Berger").
                    let ownsRole = end + 2 < tokens.count && !tokens[end + 1].isCapitalized && Lexicon.isSpeakerNoun(tokens[end + 1].lower)
                        && tokens[end + 2].isWord && tokens[end + 2].isCapitalized
                    if let previous = previousName, !isQuoted, !ownsRole {
                        var link = start - Self.rolesBefore(tokens, start).count - 1
                        while link > previous.end + 1, tokens[link].isWord, tokens[link].isCapitalized { link -= 1 }
                        if link == previous.end + 1, tokens[link].lower == "and" { pairs.append((previous.position, previous.name, name)) }
                    }
                    if !ownsRole { previousName = (end, name, position) }
                    if Self.isQuotedWhole(tokens, start: start, end: end) { quotedWholes.insert(name) }
                    if let acronym = Self.declaredAcronym(tokens, after: end) { declaredAcronyms.append((acronym, name)) }
                    // Only the narration's own words: "blindsided by “the Mary Steenburgen of it all”" plays on a person's name.
                    if !isQuoted, start > 0, tokens[start - 1].lower == "the", roles.isEmpty, Self.endsNounPhrase(tokens, after: end) { theNames.insert(name) }
                    // "the newspaper Nice Matin", "the regional daily Nice Matin": a body, however its name looks.
                    if start > 1, Lexicon.outletNouns.contains(tokens[start - 1].lower),
                       tokens[max(0, start - 4)..<(start - 1)].contains(where: { ["the", "a"].contains($0.lower) }) { theNames.insert(name) }
                }
                if var description = Self.description(tokens, start: start, end: end) {
                    // A person's role only: "Jim Acosta has his press pass back. The Trump administration stood down" is no one's.
                    // Nor one a name follows: "The Patriots coach, Bill Belichick, praised him" is Belichick.
                    let named = end + 3 < tokens.count && tokens[end + 2].text == "," && tokens[end + 3].isCapitalized
                    if start == 1, !named, let person = previousSubject, Self.looksLikePerson(person),
                       Lexicon.refersBackToPerson(description.head) || Lexicon.titles.contains(description.head) { description.holder = person }
                    descriptions.append(description)
                }
                i = end + 1
            }
            // Pronouns vote for the gender of the person they follow: this sentence's subject, the
            // last one's when this sentence opens with the pronoun, or else the person named just
            // before it ("Hollywood legend Bill Murray was overcome as he saw …"), never the object of a
            // preposition ("In an interview with Deadline Hollywood, the director said he …").
            // "Hollywood legend Bill Murray was overcome as he saw …": the person, not the word before the role.
            // An owner opening the sentence leaves it no one's: "Giuffre's allegations have been investigated ….
            // He killed himself" is not Giuffre, nor whoever the sentence before was about.
            let opensWithOwner = mentions.count > firstMention && mentions[firstMention].opensSentence && mentions[firstMention].isPossessive
            let subject = opensWithOwner ? nil : mentions[firstMention...].first { $0.opensSentence && $0.inNarration && Self.looksLikePerson($0.name) }?.name
                ?? (mentions.count > firstMention && mentions[firstMention].opensSentence && mentions[firstMention].inNarration
                    ? mentions[firstMention].name : nil)
            for (index, token) in tokens.enumerated() where !quoted.holds(token.range.lowerBound) {
                guard let gender = Gender(pronoun: token.lower) else { continue }
                let named = mentions[firstMention...].last { $0.position < token.range.lowerBound && $0.inNarration
                    && !$0.followsPreposition && $0.name.isSeveralWords && Self.looksLikePerson($0.name) }?.name
                if let voter = index == 0 ? previousSubject : subject ?? named { votes.append((voter, gender, index == 0)) }
            }
            // Roles of both genders ("the actor's wife") give no vote, rather than whichever a Set yields first.
            for mention in mentions[firstMention...] {
                let genders = Set(mention.roles.compactMap(Gender.init(role:)))
                if genders.count == 1, let gender = genders.first { votes.append((mention.name, gender, true)) }
            }
            previousSubject = opensWithOwner ? nil : subject ?? previousSubject
        }
        // A person is named in full and then by surname or with a title ("Chapman said", "Mr Moon").
        let standaloneCounts = mentions.reduce(into: [String: Int]()) { if !$1.name.isSeveralWords { $0[$1.name, default: 0] += 1 } }
        // "Marketing Manager at Ocean Florida Abby Dunn … Abby said": a given name the article uses alone,
        // inside a longer run of capitals, starts the person's name; the words before it name the firm.
        for (name, count) in counts {
            let words = name.split(separator: " ").map(String.init)
            guard words.count >= 3, let given = words.indices.dropFirst().dropLast().first(where: {
                GivenNames.gender(of: words[$0]) != nil && standaloneCounts[words[$0], default: 0] >= 2 }) else { continue }
            let person = words[given...].joined(separator: " ")
            innerNames[name] = person
            counts[name] = nil
            counts[person, default: 0] += count
        }
        fullNames = Set(counts.keys)
        let titled = Set(mentions.filter { !$0.roles.isDisjoint(with: Lexicon.titles) }.map(\.name))
        for name in counts.keys {
            let last = String(name.split(separator: " ").last!)
            if standaloneCounts[last] != nil || titled.contains(name) || titled.contains(last) { people.insert(name) }
        }
        let places = Self.places(among: Set(counts.keys.compactMap { $0.split(separator: " ").first.map(String.init) })
            .filter { standaloneCounts[$0] != nil }, in: sentences)
        // Each word of a full name points to the name. A person's surname first, however often another
        // name has the word ("Trump" is Donald Trump, not the Trump Tower of every paragraph); then the
        // name the article uses most, its last word (a surname) before its first. Between two named as
        // often, a surname is the one named first ("Fischer" is Tanner Fischer, not "Fischer’s mother,
        // Adrianne Fischer"), a given name the one named last ("T.J. Yates", then "T.J. Watt … T.J. said").
        var usesInLongerNames: [String: Int] = [:]
        for (name, count) in counts {
            if let rest = name.firstIndex(of: " ").map({ String(name[name.index(after: $0)...]) }), counts[rest] != nil {
                usesInLongerNames[rest, default: 0] += count
            }
        }
        let firstSeen = mentions.reduce(into: [String: Int]()) { $0[$1.name] = min($0[$1.name] ?? .max, $1.position) }
        for (name, ownCount) in counts.sorted(by: { (firstSeen[$0.key] ?? 0, $0.key) < (firstSeen[$1.key] ?? 0, $1.key) }) {
            // "Cal Ripken Jr.": the suffix is no one's name alone.
            let words = name.split(separator: " ").map(String.init).filter { !Lexicon.isNameSuffix($0) }
            if let surname = words.last { surnames.append(surname) }
            // "Clive Khulubuse Zuma" is a use of "Khulubuse Zuma", as "Billionaire Elon Musk" is of "Elon Musk".
            let count = ownCount + usesInLongerNames[name, default: 0]
            // "Strava", named alone again and again, is not its "Strava Community Hub": a name that
            // goes on in a common noun is a part of what its first word names.
            let isPartOfFirst = words.count > 1 && words.dropFirst().contains { lowercaseWords.contains($0.lowercased()) }
                && standaloneCounts[words[0], default: 0] > count
            // "African" in "African Economic Outlook" is an adjective wherever else it stands ("Promising African solutions").
            for (rank, word) in words.enumerated().reversed()
            where !(rank == 0 && (isPartOfFirst || places.contains(word) || Lexicon.nationalities.contains(word.lowercased()))) {
                let surname = rank == words.count - 1
                let weight = (surname && people.contains(name) ? 1_000_000 : 0) + count * 4 + (surname ? 2 : rank == 0 ? 1 : 0)
                let current = nameParts[word]?.weight ?? -1
                if weight > current || weight == current && rank == 0 { nameParts[word] = (name, weight) }
            }
        }
        for mention in mentions {
            // "Agence France-Presse" is AFP, "All-Nippon Airways" ANA: each part of a hyphenated word counts.
            let capitals = mention.name.split { $0 == " " || $0 == "-" }.filter { $0.first?.isUppercase == true }
            guard capitals.count >= 2 else { continue }
            let initials = String(capitals.compactMap(\.first))
            acronyms[initials] = acronyms[initials] ?? mention.name
        }
        // Said outright, an acronym stands for its name whatever its letters; the first saying holds.
        for (acronym, name) in declaredAcronyms.reversed() { acronyms[acronym] = name }
        shareSurnameByGender(votes: votes, counts: counts)
        var tally: [String: Int] = [:]
        for vote in votes { tally[fullName(vote.name), default: 0] += vote.gender == .female ? 1 : -1 }
        mentionsByPosition = mentions.indices.sorted { (mentions[$0].position, $0) < (mentions[$1].position, $1) }
        articled = Set(theNames.map(fullName))
        let mentionNames = Set(mentions.map(\.name))
        placeAdjectives = Self.adjectives(among: mentionNames)
        // "South Africa" beside "South African": the place is no person either.
        placeNames = mentionNames.filter { $0.isSeveralWords && Self.adjectiveForms(of: $0).contains(where: placeAdjectives.contains) }
        people.subtract(articled.union(quotedWholes).union(placeAdjectives).union(placeNames))
        titledSingles = Set(mentions.filter { !$0.name.isSeveralWords && !$0.roles.isDisjoint(with: Lexicon.personalTitles) }.map(\.name))
        genderedSingles = Set(tally.filter { abs($0.value) >= 4 && !$0.key.isSeveralWords && !isInstitution($0.key)
            && !Lexicon.institutionWords.contains($0.key.lowercased()) }.keys)
        // A given name outweighs a few pronouns that drifted to the wrong person, not an article's
        // worth of them ("Robert Thurman" when the article calls his daughter "Thurman").
        for name in Set(tally.keys).union(counts.keys) {
            if let gender = givenNameGender(name) { tally[name, default: 0] += gender == .female ? 5 : -5 }
        }
        genders = tally.compactMapValues { $0 > 0 ? .female : $0 < 0 ? .male : nil }
        reporters = Set(mentions.filter { $0.reports && $0.inNarration }.map { fullName($0.name) })
    }

    /// "Bill Clinton … Hillary Clinton … Ms. Clinton said. She …": a surname two people of different genders
    /// share stands alone for the one its titles and the pronouns opening the next sentences fit, by a clear
    /// majority — not a pronoun inside the sentence, which may be anyone's ("Trump said she had …"). With no
    /// full name of that gender and many such votes, the surname stands for itself.
    private mutating func shareSurnameByGender(votes: [(name: String, gender: Gender, strong: Bool)], counts: [String: Int]) {
        var bareVotes: [String: (female: Int, male: Int)] = [:]
        for vote in votes where vote.strong && !vote.name.isSeveralWords {
            if vote.gender == .female { bareVotes[vote.name, default: (0, 0)].female += 1 } else { bareVotes[vote.name, default: (0, 0)].male += 1 }
        }
        for (surname, tally) in bareVotes where max(tally.female, tally.male) >= 3 * min(tally.female, tally.male) + 2 {
            let wanted: Gender = tally.female > tally.male ? .female : .male
            guard let current = nameParts[surname]?.name, let gender = givenNameGender(current), gender != wanted else { continue }
            let fitting = counts.keys.filter { $0.isSeveralWords && $0.hasSuffix(" " + surname) && givenNameGender($0) == wanted }
            if fitting.count == 1, let name = fitting.first {
                nameParts[surname]?.name = name
            } else if fitting.isEmpty, max(tally.female, tally.male) >= 5 {
                // "her father, Robert Thurman" named once in a profile that calls her "Thurman" again and
                // again: with no full name that fits, the surname stands for itself.
                nameParts[surname] = nil
            }
        }
    }

    /// Whether a reporting clause somewhere names the person ("Abu Anas Al Saud told El Saife").
    func hasReported(_ name: String) -> Bool {
        reporters.contains(name)
    }

    /// The fullest form of a name: "Trump" → "Donald Trump", "Hua" → "Hua Chunying", "SZ" →
    /// "Süddeutsche Zeitung" where the article says so.
    func fullName(_ name: String) -> String {
        guard !name.isSeveralWords else { return innerNames[name] ?? nameAfterModifier(name) ?? surnameWithParticle(name) ?? name }
        return nameParts[name]?.name ?? acronyms[name] ?? Self.particleInLowerCase(name).flatMap { nameParts[$0]?.name } ?? misspelledSurname(name) ?? name
    }

    /// "Al-Adnani" opening a sentence is the "al-Adnani" of "Abu Mohammed al-Adnani": an Arabic
    /// particle before a hyphen is written in lower case inside a name.
    private static func particleInLowerCase(_ word: String) -> String? {
        guard let hyphen = word.firstIndex(of: "-"), word.first?.isUppercase == true,
              case let particle = word[..<hyphen].lowercased(), Lexicon.hyphenedNameParticles.contains(particle) else { return nil }
        return particle + word[hyphen...]
    }

    /// The mentions whose position is in `range`, in order of position: found by binary search,
    /// as every sentence asks.
    func mentions(in range: Range<Int>) -> [Mention] {
        var low = 0, high = mentionsByPosition.count
        while low < high {
            let middle = (low + high) / 2
            if mentions[mentionsByPosition[middle]].position < range.lowerBound { low = middle + 1 } else { high = middle }
        }
        var found: [Mention] = []
        while low < mentionsByPosition.count, mentions[mentionsByPosition[low]].position < range.upperBound {
            found.append(mentions[mentionsByPosition[low]])
            low += 1
        }
        return found
    }

    /// "KCNA quoted Kim" before "Kim Dong-yup" is named: the person the article had named in full
    /// with that word by `position` ("Kim Jong Un"), when the fullest form comes only later.
    func fullName(_ word: String, before position: Int) -> String? {
        let full = fullName(word)
        guard !word.isSeveralWords, full != word, !mentions.contains(where: { $0.position < position && fullName($0.name) == full }) else { return nil }
        return mentions.last { $0.position < position && $0.name != full && $0.name.isSeveralWords && Self.looksLikePerson($0.name)
            && $0.name.split(separator: " ").contains { $0 == word } }?.name
    }

    /// "the 15-member Security Council" after "The United Nations Security Council": the longer name
    /// of a body the article gave before `position` that ends in this one.
    func longerName(endingWith name: String, before position: Int) -> String? {
        guard name.isSeveralWords, !Self.looksLikePerson(name) else { return nil }
        let suffix = " " + name
        return mentions.last { $0.position < position && $0.name.hasSuffix(suffix) && !Self.looksLikePerson($0.name) }?.name
    }

    /// "Model Chrissy Teigen", "Physicist David Wright": a word before a full name the article
    /// also uses alone is a title or an adjective, not a given name.
    /// Not "Craig Le Clair", whose surname opens with a particle.
    private func nameAfterModifier(_ name: String) -> String? {
        guard let space = name.firstIndex(of: " ") else { return nil }
        let rest = String(name[name.index(after: space)...])
        guard let restFirst = rest.split(separator: " ").first, !Lexicon.surnameParticles.contains(restFirst.lowercased()) else { return nil }
        return rest.isSeveralWords && fullNames.contains(rest) ? rest : nil
    }

    /// "Le Clair" after "Craig Le Clair", "Van Hollen" after "Chris Van Hollen": a surname that opens
    /// with a particle points to the one person named in full with it.
    private func surnameWithParticle(_ name: String) -> String? {
        guard let first = name.split(separator: " ").first, Lexicon.surnameParticles.contains(first.lowercased()) else { return nil }
        let longer = fullNames.filter { $0.hasSuffix(" " + name) }
        return longer.count == 1 ? longer.first : nil
    }

    /// "says Schacham" after "Ofer Shacham": the one surname a letter away inside a word of five
    /// letters or more. Not at either end, where "the Obamas" and "Tunisian" differ from a name.
    private func misspelledSurname(_ word: String) -> String? {
        guard word.count >= 5 else { return nil }
        let near = Set(surnames.filter {
            $0.first == word.first && $0.last == word.last && Self.oneEditApart(Array($0), Array(word))
        })
        guard near.count == 1, let surname = near.first else { return nil }
        return nameParts[surname]?.name
    }

    /// One letter inserted, dropped or changed.
    private static func oneEditApart(_ a: [Character], _ b: [Character]) -> Bool {
        guard abs(a.count - b.count) <= 1, a != b else { return false }
        var i = 0, j = 0, edits = 0
        while i < a.count, j < b.count {
            if a[i] == b[j] { i += 1; j += 1; continue }
            edits += 1
            if edits > 1 { return false }
            if a.count > b.count { i += 1 } else if b.count > a.count { j += 1 } else { i += 1; j += 1 }
        }
        return edits + (a.count - i) + (b.count - j) <= 1
    }

    /// The fullest form of the name a phrase ends in ("Chicago Mayor Brandon Johnson" → "Brandon
    /// Johnson"); nil when it ends in none, in titles only ("Common Sense’s CEO") or in a place
    /// after "of" ("the president of Argentina" is a description, not the country).
    func name(of phrase: [Token]) -> String? {
        guard phrase.last?.isCapitalized == true else { return nil }
        // "Department of the Interior", "Office of Management and Budget": a body's "the" and "and" too.
        var start = phrase.count
        while start > 0, case let token = phrase[start - 1], token.isCapitalized || ["of", "for"].contains(token.text)
                || Self.continuesName(phrase, at: start - 1) {
            start -= 1
        }
        var run = Array(phrase[start...])
        // "the Southwest Research Institute’s Alan Stern": the name after the owner's possessive.
        // (but "South Korea's Defense Ministry" is the ministry's whole name).
        if let owner = run.dropLast().lastIndex(where: \.isPossessive),
           Self.looksLikePerson(run[(owner + 1)...].map(\.text).joined(separator: " ")) {
            run.removeSubrange(...owner)
        }
        if let link = Self.affiliationLink(in: run[...]) { run.removeSubrange(link...) }
        guard let first = run.first, !["of", "for"].contains(first.text), let name = Self.name(from: run) else { return nil }
        if !name.isSeveralWords, let gender = run.lazy.compactMap({ Gender(role: $0.lower) }).first,
           let fitting = fullName(name, fitting: gender) {
            return fitting
        }
        // "the US Ambassador to the United Nations" is a description, not the body it is sent to; "U.S.
        // Ambassador to the UN Samantha Power" goes on to the person.
        if let at = phrase.firstIndex(where: { $0.range == first.range }), at >= 1, Lexicon.followsEnvoysTo(phrase, determiner: at - 1), !Self.looksLikePerson(name) {
            let person = (1..<max(1, run.count - 1)).lazy.map { Array(run[$0...]) }
                .first { Self.looksLikePerson($0.map(\.text).joined(separator: " ")) }
            return person.flatMap(Self.name(from:)).map(fullName)
        }
        return fullName(name)
    }

    /// "Mrs. Trump" where the surname points to Donald Trump: the person of that surname the
    /// title's gender fits, named first.
    func fullName(_ surname: String, fitting gender: Gender) -> String? {
        guard self.gender(of: fullName(surname)) != gender else { return nil }
        return mentions.lazy.map(\.name).first { $0.isSeveralWords && $0.hasSuffix(" " + surname) && self.gender(of: $0) == gender }
    }

    /// "Rabbi Jacob Luski of Congregation B’nai Israel": where a person's name ends and the body
    /// they belong to begins — not in "Secretary of State Rex Tillerson", "Bank of America" or
    /// "South Korea's Joint Chiefs of Staff", a body named after its owner.
    private static func affiliationLink(in run: ArraySlice<Token>) -> Int? {
        guard let link = run.firstIndex(where: { ["of", "for"].contains($0.text) }), !run[..<link].contains(where: \.isPossessive),
              let person = name(from: Array(run[..<link])), looksLikePerson(person) else { return nil }
        return link
    }

    /// A name the article gives a person in full (two to four words, none an institution's), or
    /// one word after a personal title ("Mr. Tan").
    func isPerson(_ name: String) -> Bool {
        !articled.contains(name) && !quotedWholes.contains(name) && !placeAdjectives.contains(name) && !placeNames.contains(name)
            && (name.isSeveralWords ? Self.looksLikePerson(name)
            : titledSingles.contains(name) || genderedSingles.contains(name) || givenNameGender(name) != nil)
    }

    /// "Ann Lee met Peter Jones": the last two people named before `position`, in the order they came.
    func lastTwoPeople(before position: Int) -> (earlier: String, later: String)? {
        var later: String?
        for mention in mentions(in: 0..<position).reversed() where mention.inNarration {
            let name = fullName(mention.name)
            guard isPerson(name) else { continue }
            guard let named = later else { later = name; continue }
            if name != named { return (name, named) }
        }
        return nil
    }

    /// "Chris Pratt and Anna Faris": the latest two people named together before `position`.
    func lastPair(before position: Int) -> (position: Int, names: String)? {
        // "Fergie and Josh Duhamel": one named in full is enough, if the other is no institution.
        let pair = pairs.last { pair in
            let both = [fullName(pair.first), fullName(pair.second)]
            return pair.position < position && both.contains(where: isPerson) && both.allSatisfy { isPerson($0) || !$0.isSeveralWords && !isInstitution($0) }
        }
        return pair.map { ($0.position, fullName($0.first) + " and " + fullName($0.second)) }
    }

    /// "Equifax", "ICIJ", "the Cubs", "SeaWorld": a name written in capitals, after "the", or
    /// shaped like a brand is no one person.
    private func isInstitution(_ name: String) -> Bool {
        articled.contains(name) || name.allSatisfy { $0.isUppercase || !$0.isLetter } || Self.isBrandShaped(name)
    }

    /// "SeaWorld", "YouTube", "iPhone", "SpaceX": a capital inside a word after a small letter,
    /// which a surname has only after its prefix ("McCain", "DeSantis", "deGrom", "Smith-McCain").
    /// Read as bytes, for it is asked of every word of every name.
    static func isBrandShaped<Word: StringProtocol>(_ word: Word) -> Bool {
        let bytes = word.utf8
        var part = bytes.startIndex
        var previous: UInt8 = 0
        for index in bytes.indices {
            let byte = bytes[index]
            if byte == UInt8(ascii: "-") || byte == UInt8(ascii: "'") { part = bytes.index(after: index) }
            if (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte), (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(previous) {
                return !surnamePrefixes.contains(String(decoding: bytes[part..<index], as: UTF8.self).lowercased())
            }
            previous = byte
        }
        return false
    }

    private static let surnamePrefixes: Set<String> = ["mc", "mac", "de", "di", "da", "du", "le", "la", "van", "von", "fitz"]

    /// What the article's pronouns and titles say together with the given name, or the given
    /// name alone for someone they never touch.
    func gender(of name: String) -> Gender? {
        genders[name] ?? givenNameGender(name)
    }

    /// "Quentin Tarantino", or "Rihanna" alone; never "Thomas" where the article names Helen Thomas.
    private func givenNameGender(_ name: String) -> Gender? {
        let isGivenName = name.isSeveralWords ? Self.looksLikePerson(name) : !isInstitution(name) && fullName(name) == name
        guard isGivenName, let givenName = name.split(separator: " ").first else { return nil }
        return GivenNames.gender(of: String(givenName))
    }

    /// A person the article shows to be one: named in full and then by surname or with a title.
    func isKnownPerson(_ name: String) -> Bool {
        people.contains(name)
    }

    /// The names that are another name made an adjective: "North Korean", "European", "Iranian",
    /// "Japanese", "Israeli" beside "North Korea", "Europe", "Iran", "Japan", "Israel".
    private static func adjectives(among names: Set<String>) -> Set<String> {
        Set(names.flatMap(adjectiveForms)).intersection(names)
    }

    /// Of the words that open a full name and stand alone too, those the article also makes an
    /// adjective of: "Israel" beside "Israeli" or "Israelis" is the country, not Israel Katz. The text
    /// is read only when there is such a word, as there seldom is.
    private static func places(among candidates: Set<String>, in sentences: [[Token]]) -> Set<String> {
        guard !candidates.isEmpty else { return [] }
        // A form two candidates make ("Niger" and "Nigeria" both give "Nigerian") names both, so the
        // answer does not hang on the order a Set is walked in.
        let forms = Dictionary(candidates.flatMap { place in adjectiveForms(of: place).flatMap { [($0, [place]), ($0 + "s", [place])] } },
                               uniquingKeysWith: +)
        return Set(sentences.joined().lazy.filter(\.isCapitalized).flatMap { forms[$0.withoutPossessive] ?? [] })
    }

    private static func adjectiveForms(of place: String) -> [String] {
        // Four letters at least ("Iran", "Cuba"): an initial or a short name is no place.
        guard place.count >= 4 else { return [] }
        let stem = place.last.map { "aeiouy".contains($0) } == true ? String(place.dropLast()) : place
        return [place + "n", place + "an", place + "ian", place + "i", place + "ese", stem + "an", stem + "ian", stem + "ese"]
    }

    /// ‘Kill Bill,’ or “Pulp Fiction”: a name between quotation marks and nothing else.
    private static func isQuotedWhole(_ tokens: [Token], start: Int, end: Int) -> Bool {
        let isMark = { (token: Token) in
            token.text.unicodeScalars.count == 1 && token.text.unicodeScalars.first.map { Quotation.isMark($0) || $0.isApostrophe || $0 == "‘" } == true
        }
        guard start > 0, isMark(tokens[start - 1]) else { return false }
        // The closing mark after a full stop may open the next sentence: “Kill Bill.” She …
        let after = tokens[(end + 1)...].drop { $0.text == "," || $0.text == "." }
        return after.first.map(isMark) ?? true
    }

    static func looksLikePerson(_ name: String) -> Bool {
        let words = name.split(separator: " ")
        // "St. Petersburg", "San Diego", "Fort Worth": a place; "Ernst & Young", "SpaceX Falcon": a firm or its product.
        // "U.S. senator" is a description: a name ends in a capital ("al-Adnani" after its particle).
        guard let first = words.first, !Lexicon.placeOpeningWords.contains(first.lowercased()), !words.contains("&"),
              let last = words.last, last.first?.isUppercase == true || last.split(separator: "-").last?.first?.isUppercase == true else { return false }
        return (2...4).contains(words.count) && !words.contains { word in
            let lower = word.lowercased()
            // "Theresa May": the modal is a surname after a given name; "He Jianxiong": the pronoun before one.
            let surname = lower == "may" && word != words[0] || Lexicon.mayBeSurname(lower) && word == words[0]
            // "Park Geun-hye", "Park Soo-hyun": a place's word is a surname before a hyphenated given name.
            let placeSurname = Lexicon.surnamesOfPlaces.contains(lower) && word == words[0] && words.count == 2 && words[1].contains("-")
            return Lexicon.institutionWords.contains(lower) && !placeSurname || Lexicon.functionWords.contains(lower) && !surname
                // "Kelly L Clarke": a lone capital inside a name is an initial, not an acronym; "Plan B" is no one.
                || (word.count > 1 || word == words.last) && word.allSatisfy { $0.isUppercase } && !Lexicon.isNameSuffix(String(word))
                || isBrandShaped(word)
                || word.contains("-") && lower.split(separator: "-").last.map { Lexicon.nationalities.contains(String($0)) } == true
        }
    }

    /// The latest name before `position` that the article gives the role `head` and every title
    /// before it: "the attorney general" is not "Deputy Attorney General Rod Rosenstein", nor is
    /// "the president" the vice president, nor "the chief justice" Justice Samuel Alito.
    func named(role head: String, titled titles: Set<String> = [], before position: Int) -> String? {
        // "officials", "the spokesmen": several people are not one named person.
        guard !Lexicon.isPluralNoun(head) || Lexicon.titles.contains(head) else { return nil }
        // A role after a name keeps only its head ("William Barr, the attorney general,"): then the head alone.
        for required in [titles, []] {
            let holds = { (mention: Mention) in
                mention.roles.contains(head) && mention.roles.isSuperset(of: required)
                    && mention.roles.intersection(Lexicon.lowerRanks).isSubset(of: titles.union([head]))
            }
            // Of several who hold it ("President Vladimir Putin", "President Donald Trump"), the one the
            // narration last opened a sentence with, by any name: "Trump praised Putin. … the president said".
            let holders = Set(mentions.filter { $0.position < position && holds($0) }.map { fullName($0.name) })
            if holders.count > 1, let latest = mentions.last(where: { $0.position < position && $0.inNarration
                && $0.opensSentence && holders.contains(fullName($0.name)) }) {
                return fullName(latest.name)
            }
            if let mention = mentions.last(where: { $0.position < position && holds($0) }) ?? mentions.first(where: holds) {
                return fullName(mention.name)
            }
        }
        return nil
    }

    /// The latest person named outside quotations, preferring one a reporting clause names or
    /// who opened a sentence (a subject) to a name in passing, and never one whose gender the
    /// pronoun contradicts.
    func lastPersonMention(before position: Int, gender: Gender? = nil) -> Mention? {
        let candidates = mentions.filter { mention in
            let name = fullName(mention.name)
            return mention.position < position && mention.inNarration && isPerson(name)
                && (gender == nil || self.gender(of: name).map { $0 == gender } ?? true)
        }
        // One a reporting clause names or who opens a sentence is likelier than a passing name.
        return candidates.last { $0.reports || $0.opensSentence || $0.actsNext }
            ?? candidates.last { isKnownPerson(fullName($0.name)) } ?? candidates.last
    }

    /// The latest institution a reporting clause names or a sentence opens with, for "it said";
    /// or a name of no person's shape that opens a sentence and reports ("Exxon said it had no comment").
    func lastInstitutionMention(before position: Int) -> Mention? {
        mentions.last { mention in
            mention.position < position && mention.inNarration && (mention.reports || mention.opensSentence) && !isPerson(fullName(mention.name))
                && (mention.name.split(separator: " ").contains { Lexicon.institutionWords.contains($0.lowercased()) }
                    || mention.reports && mention.opensSentence && !genderedSingles.contains(mention.name) && !titledSingles.contains(mention.name)
                    // "The Federalist led the push …. It has claimed": a name the article writes after "the".
                    || mention.opensSentence && articled.contains(mention.name))
        }
    }

    /// The institution whose name holds all of `words` and more, the latest before `position`
    /// or else the first the article names: "the transport police" → "British Transport Police".
    func institution(holding words: [String], before position: Int) -> String? {
        let wanted = Set(words)
        let holds = { (mention: Mention) in
            let own = Set(mention.name.lowercased().split(separator: " ").map(String.init))
            return mention.inNarration && own.count > wanted.count && own.isSuperset(of: wanted) && !self.isPerson(self.fullName(mention.name))
        }
        guard let mention = mentions.last(where: { $0.position < position && holds($0) }) ?? mentions.first(where: holds) else { return nil }
        return withArticle(fullName(mention.name))
    }

    /// "the Slidell Police Department" keeps the "the" the article writes; "British Transport Police" has none.
    func withArticle(_ name: String) -> String {
        articled.contains(name) ? "the " + name : name
    }

    func description(head: String, before position: Int) -> String? {
        descriptions.last { $0.position < position && $0.head == head }.map { description in description.holder.map(fullName) ?? description.text }
    }

    // MARK: Building

    static func continuesName(_ tokens: [Token], at i: Int) -> Bool {
        let token = tokens[i]
        let capitalNext = i + 1 < tokens.count && tokens[i + 1].isWord && tokens[i + 1].isCapitalized
        guard i > 0, tokens[i].range.lowerBound == tokens[i - 1].range.upperBound + 1 else { return false }
        // "Cincinnati Zoo & Botanical Garden", "Ernst & Young".
        if token.text == "&" { return capitalNext && tokens[i - 1].isCapitalized }
        // "International Committee of the Red Cross", "Department of the Interior": a body's "of the".
        if token.lower == "the", i >= 2, tokens[i - 1].text == "of", capitalNext { return Lexicon.institutionWords.contains(tokens[i - 2].lower) }
        if token.text == "of", i + 2 < tokens.count, tokens[i + 1].lower == "the", tokens[i + 2].isWord, tokens[i + 2].isCapitalized,
           Lexicon.institutionWords.contains(tokens[i - 1].lower) {
            return true
        }
        guard token.isWord, !tokens[i - 1].isPossessive, token.text != tokens[i - 1].text, !token.isUserName, !tokens[i - 1].isUserName else { return false }
        // "Theresa May": a month after a given name is a surname, but not in a date ("Friday May 5").
        if token.lower == "may", token.isCapitalized, tokens[i - 1].isCapitalized, !Lexicon.notNames.contains(tokens[i - 1].lower),
           !tokens[i - 1].isCapitalizedFunctionWord, !(i + 1 < tokens.count && tokens[i + 1].text.first?.isNumber == true) {
            return true
        }
        if token.isCapitalized { return !token.isCapitalizedFunctionWord && !Lexicon.notNames.contains(token.lower) }
        // "Department of Health and Human Services", "Office of Management and Budget".
        if token.lower == "and", i >= 3, tokens[i - 2].text == "of", tokens[i - 1].isCapitalized, capitalNext,
           Lexicon.institutionWords.contains(tokens[i - 3].lower) {
            return true
        }
        // "House Ways and Means Committee", "Senate Homeland Security and Governmental Affairs Committee".
        if token.lower == "and", tokens[i - 1].isCapitalized, capitalNext, namesCommittee(tokens, joinedAt: i) { return true }
        // "Department of Homeland Security", "Transport for London", "Ludwig van Beethoven".
        return ["of", "for", "van", "von", "de", "bin", "al", "da", "del", "du", "la", "le"].contains(token.text) && capitalNext
    }

    /// A chamber's committee whose subject has an "and": the subject's words lead back from the "and"
    /// to the House or Senate, and on from it to the committee's word — not a person's name or title
    /// ("House Speaker Mike Johnson and Judiciary Committee Chairman Jim Jordan"), nor a chamber's party
    /// ("House Republicans and Judiciary Committee staff"), nor a whole committee before it ("the Oversight
    /// Committee and Judiciary Committee"), nor the White House.
    private static func namesCommittee(_ tokens: [Token], joinedAt i: Int) -> Bool {
        let committees: Set<String> = ["committee", "subcommittee"], chambers: Set<String> = ["house", "senate"]
        let subject = tokens[..<i].reversed().prefix { $0.isWord && $0.isCapitalized && !$0.isCapitalizedFunctionWord && !isTitle($0.text)
            && GivenNames.gender(of: $0.text) == nil && !committees.contains($0.lower)
            && !Lexicon.partyWords.contains($0.lower) && !Lexicon.partyWords.contains(String($0.lower.dropLast())) }.prefix(4)
        let after = tokens[(i + 1)...].prefix { $0.isWord && $0.isCapitalized }.prefix(4)
        return subject.last.map { chambers.contains($0.lower) } == true && after.first.map { !chambers.contains($0.lower) } == true
            && after.dropFirst().contains { committees.contains($0.lower) }
    }

    /// The name in a run of capitalised words: titles and offices before it dropped
    /// ("Chicago Mayor Brandon Johnson" → "Brandon Johnson").
    static func name(from run: [Token]) -> String? {
        // "South Korea’s Defense Ministry": only the last word's possessive belongs to the sentence.
        var words = run.map(\.text)
        if let last = run.last { words[words.count - 1] = last.withoutPossessive }
        while words.count > 2, Lexicon.postNominals.contains(words[words.count - 1]) { words.removeLast() }
        // "Asst Ch Con Robin Smith": a British police rank.
        let ranks = words.prefix { Lexicon.policeRanks.contains($0.lowercased()) }.count
        if ranks >= 2, ranks < words.count { words.removeFirst(ranks) }
        // "Martin Luther King Jr.": a title with only a suffix after it is the surname, and so is one
        // that is also a common surname ending the name after a name word ("Tessa Bishop", "Stephen King").
        let isSurname = { (i: Int) in
            words.count > i + 1 ? words[(i + 1)...].allSatisfy(Lexicon.isNameSuffix)
                : i > 0 && Lexicon.surnameTitles.contains(words[i].lowercased()) && !isTitle(words[i - 1])
                    && !Lexicon.officeWords.contains(words[i - 1].lowercased()) && !Lexicon.institutionWords.contains(words[i - 1].lowercased())
        }
        // "Justice Department", "UN General Assembly": a title before a body's word is part of the body's name.
        let namesBody = { (i: Int) in i + 1 < words.count && words[(i + 1)...].allSatisfy { Lexicon.institutionWords.contains($0.lowercased()) } }
        // "Croydon Central MP Gavin Barwell", "MK Tzipi Livni": a member of a parliament only before a person's name
        // ("MP Materials", "MK Dons" are a firm and a club).
        let isMembership = { (i: Int) in
            Lexicon.parliamentMemberships.contains(words[i].lowercased()) && looksLikePerson(words[(i + 1)...].joined(separator: " "))
        }
        if let lastTitle = words.indices.last(where: { isTitle(words[$0]) && !isSurname($0) || isMembership($0) }), !namesBody(lastTitle) {
            words.removeSubrange(...lastTitle)
            // "Mayor of London Sadiq Khan", "Secretary of State Rex Tillerson": the office's place
            // goes with the title; without one, "White House" and "State Department" are names.
            if words.count > 2, words[0] == "of" { words.removeFirst(2) }
            while words.count > 1, Lexicon.officeWords.contains(words[0].lowercased()) { words.removeFirst() }
        }
        // "State Duma's Foreign Affairs Committee Leonid Slutsky": a body's name before a person's
        // is the office the person holds.
        if let body = words.lastIndex(where: { Lexicon.institutionWords.contains($0.lowercased()) }), body + 2 < words.count,
           looksLikePerson(words[(body + 1)...].joined(separator: " ")) {
            words.removeSubrange(...body)
        }
        // "EPA Equifax", "Getty Images Lewis Hamilton": a photo credit glued to the name.
        while let credit = Lexicon.photoCredits.first(where: { words.count > $0.count && words.starts(with: $0) }) {
            words.removeFirst(credit.count)
        }
        // "Republican Donald Trump", "Independent Bernie Sanders": a party before a person's name is none of it.
        if words.count >= 3, Lexicon.partyWords.contains(words[0].lowercased()), looksLikePerson(words.dropFirst().joined(separator: " ")) {
            words.removeFirst()
        }
        // "California-based Aerospace Corporation": a hyphenated adjective opens no name.
        if words.count > 1, let hyphen = words[0].lastIndex(of: "-"), words[0][words[0].index(after: hyphen)...].first?.isLowercase == true {
            words.removeFirst()
        }
        // "US State Department": an acronym is never the function word it spells.
        while let word = words.first, case let first = word.lowercased(), Lexicon.functionWords.contains(first) || Lexicon.notNames.contains(first),
              !(words.count > 1 && (Lexicon.nameOpeningWords.contains(first) || Token.isAcronym(word) || Lexicon.mayBeSurname(first))) {
            words.removeFirst()
        }
        // "pressure on party Chairman Michael Steele Sunday": the day is when, not who.
        while words.count > 1, let last = words.last, Lexicon.weekdays.contains(last.lowercased()) { words.removeLast() }
        guard !words.isEmpty else { return nil }
        return words.joined(separator: " ")
    }

    /// "Ex-Facebook president Sean Parker made headlines": only a role and its modifiers stand
    /// before the name, which opens the sentence as its subject.
    private static func followsOpeningRole(_ tokens: [Token], _ start: Int) -> Bool {
        guard start <= 5, !tokens[start - 1].isPossessive, !tokens[start - 1].isCapitalized, tokens[start - 1].isWord,
              !Lexicon.functionWords.contains(tokens[start - 1].lower) else { return false }
        // "And Hollywood legend Bill Murray was overcome"; after an article only a title ("The former
        // president Barack Obama", not "The name Dr Doom").
        let role = Lexicon.titles.contains(tokens[start - 1].lower) || Lexicon.personRoles.contains(tokens[start - 1].lower)
        return tokens[..<start].enumerated().allSatisfy { index, token in
            token.isWord && (index == 0 && (Lexicon.determiners.contains(token.lower) && role || ["and", "but"].contains(token.lower))
                || token.isCapitalized && !token.isCapitalizedFunctionWord && !token.isPossessive
                || !token.isCapitalized && !Lexicon.functionWords.contains(token.lower) && !Lexicon.reportingVerbs.contains(token.lower))
        }
    }

    /// "Korean Central Television (KCTV)": the short form an article gives a name in parentheses.
    private static func declaredAcronym(_ tokens: [Token], after end: Int) -> String? {
        guard end + 3 < tokens.count, tokens[end + 1].text == "(", tokens[end + 2].isAcronym, tokens[end + 3].text == ")" else { return nil }
        return tokens[end + 2].text
    }

    static func isTitle(_ word: String) -> Bool {
        Lexicon.titles.contains(word.lowercased())
    }

    private static func titleRoles(_ run: [Token]) -> Set<String> {
        Set(run.map { $0.lower.utf8.contains(UInt8(ascii: ".")) ? String($0.lower.filter { $0 != "." }) : $0.lower }.filter { Lexicon.titles.contains($0) })
    }

    /// Nothing of the noun phrase follows: "the Cubs won", "by the Cardinals." — not "the Weinstein scandal".
    private static func endsNounPhrase(_ tokens: [Token], after end: Int) -> Bool {
        guard end + 1 < tokens.count, tokens[end + 1].isWord else { return true }
        return Lexicon.functionWords.contains(tokens[end + 1].lower) || actsNext(tokens, after: end)
            || SpeakerPhrases.isFiniteReportingVerb(tokens[end + 1])
    }

    private static func actsNext(_ tokens: [Token], after end: Int) -> Bool {
        guard end + 1 < tokens.count else { return false }
        let next = tokens[end + 1]
        return next.isWord && !next.isCapitalized && Lexicon.isPastTense(next.lower) && !Lexicon.functionWords.contains(next.lower)
    }

    /// A reporting verb next to the name: "said 23-year-old Ryosuke Kinoshita", "Johnson said".
    private static func reports(_ tokens: [Token], start: Int, end: Int) -> Bool {
        if end + 1 < tokens.count, SpeakerPhrases.isFiniteReportingVerb(tokens[end + 1]) { return true }
        var i = start - 1
        while i >= 0, start - i <= 3, tokens[i].isWord, !tokens[i].isCapitalized {
            // "told Good Morning Britain": whoever is told or asked listens.
            if SpeakerPhrases.isFiniteReportingVerb(tokens[i]) { return !Lexicon.listenerVerbs.contains(tokens[i].lower) }
            i -= 1
        }
        return false
    }

    /// Lower-case role words just before a name: "Homeland Security spokesperson Tricia McLaughlin".
    /// A word before the role is only a title ("deputy director"), never the employer:
    /// "zoo director Thane Maynard" is no zoo.
    private static func rolesBefore(_ tokens: [Token], _ start: Int) -> Set<String> {
        // "her friend, Ilona Herman": a role in apposition before the name — not "Asked about the
        // president, Sanders said".
        if start >= 3, tokens[start - 1].text == ",", tokens[start - 2].isWord, !tokens[start - 2].isCapitalized,
           Lexicon.isSpeakerNoun(tokens[start - 2].lower), ["her", "his", "their"].contains(tokens[start - 3].lower) {
            return [tokens[start - 2].lower]
        }
        var roles: Set<String> = []
        var i = start - 1
        while i >= 0, start - i <= 2, tokens[i].isWord, !tokens[i].isCapitalized,
              !Lexicon.functionWords.contains(tokens[i].lower), !Lexicon.reportingVerbs.contains(tokens[i].lower),
              i == start - 1 || Lexicon.titles.contains(tokens[i].lower) {
            roles.insert(tokens[i].lower)
            i -= 1
        }
        return roles
    }

    /// "the Department of Homeland Security, the federal agency that …" gives the role "agency".
    private static func appositiveRoles(_ tokens: [Token], after end: Int) -> Set<String> {
        var i = end + 1
        guard i + 1 < tokens.count, tokens[i].text == ",",
              ["the", "a", "an"].contains(tokens[i + 1].lower) || tokens[i + 1].isPossessive else { return [] }
        i += 2
        var last: String?
        while i < tokens.count, tokens[i].isWord, !Lexicon.functionWords.contains(tokens[i].lower), i - end <= 6 {
            // "at the Cincinnati Zoo, a security team killed the gorilla": the phrase is the subject
            // of a verb, no appositive ("a widely respected expert" has no verb in it).
            if last != nil, Lexicon.isPastTense(tokens[i].lower), i + 1 >= tokens.count || !tokens[i + 1].isWord
                || Lexicon.functionWords.contains(tokens[i + 1].lower) {
                return []
            }
            // "an American student living in Nice": a participle after the noun goes on about it.
            if last != nil, tokens[i].lower.hasSuffix("ing"), !Lexicon.isSpeakerNoun(tokens[i].lower) { break }
            last = tokens[i].lower
            i += 1
        }
        // "… violation of the Political Funds Control Law, the ruling party has vowed": a verb's subject too.
        if i < tokens.count, Lexicon.beForms.contains(tokens[i].lower) || ["has", "have", "had", "will", "would"].contains(tokens[i].lower) { return [] }
        return last.map { [$0] } ?? []
    }

    /// "Jane Moss, 52, said": the age a story later refers back by ("the 52-year-old").
    private static func appositiveAge(_ tokens: [Token], after end: Int) -> String? {
        guard end + 3 < tokens.count, tokens[end + 1].text == ",", [",", ")", "."].contains(tokens[end + 3].text),
              let age = Int(tokens[end + 2].text), (1...120).contains(age) else { return nil }
        return "\(age)-year-old"
    }

    /// "A spokesperson for the US State Department": a role, then the name it works for.
    private static func descriptionByEmployer(_ tokens: [Token], start: Int, end: Int) -> Description? {
        guard start <= end else { return nil }
        var i = start - 1
        if i >= 0, tokens[i].lower == "the" { i -= 1 }
        guard i >= 2, Lexicon.employerLinks.contains(tokens[i].lower), ["a", "an", "the"].contains(tokens[i - 2].lower) else { return nil }
        let role = tokens[i - 1]
        guard role.isWord, !role.isCapitalized, Lexicon.isSpeakerNoun(role.lower) else { return nil }
        let employer = tokens[(i + 1)...end].map(\.text).joined(separator: " ")
        return Description(position: tokens[i - 2].range.lowerBound, head: role.lower, text: "the \(role.lower) \(tokens[i].lower) \(employer)")
    }

    /// "An Adams spokeswoman": a determiner, capitalised modifiers, and a role.
    private static func description(_ tokens: [Token], start: Int, end: Int) -> Description? {
        if let working = descriptionByEmployer(tokens, start: start, end: end) { return working }
        guard start > 0, start <= end, ["a", "an", "the"].contains(tokens[start - 1].lower), end + 1 < tokens.count else { return nil }
        let head = tokens[end + 1]
        guard head.isWord, !head.isCapitalized, Lexicon.titles.contains(head.lower) || Lexicon.speakerNouns.contains(head.lower) else { return nil }
        let modifiers = tokens[start...end].map(\.text).joined(separator: " ")
        return Description(position: tokens[start].range.lowerBound, head: head.lower, text: "the \(modifiers) \(head.lower)")
    }
}

private extension String {
    /// A name of more than one word. Bytes, not Foundation's substring search, which costs
    /// a fifth of the names' time.
    var isSeveralWords: Bool { utf8.contains(UInt8(ascii: " ")) }
}
