/// Decides each quotation's kind and speaker from the words around it.
///
/// In order: a name or scare quote ("the “No Kings” protests") is a term; a reporting clause
/// after the quotation ("…,” Trump said, "…,” Saeb Erekat, the PLO's secretary general, said),
/// closing its sentence, or before it (Johnson said, “…”; according to …) names the speaker; a fragment inside a
/// sentence takes the subject of the sentence's reporting verb ("Trump called on ICE to “do all
/// in their power”"); a quotation standing as its own sentence takes the speaker of the
/// sentence before ("…, said Mayor Masaki Ohnishi. “If …”") or goes on from the quotation
/// before. Pronouns take the last person named outside quotations, descriptions the name the
/// article gives that role, and names their fullest form.
struct QuoteAttribution {
    struct Context {
        /// Words of the quotation's sentence before the opening mark, other quotations masked.
        var before: [Token]
        /// Words of the sentence after the closing mark, up to the next quotation.
        var after: [Token]
        /// The quoted words.
        var inside: [Token]
        /// The word right after the closing mark, when nothing stands between.
        var next: Token?
        /// True when the quotation is the whole paragraph.
        var fillsParagraph: Bool
        /// The sentence before the quotation's own, in the same paragraph, when the quotation starts a sentence.
        var previousSentence: [Token]?
        /// The last sentence of the previous paragraph, when this one opens with the quotation.
        var previousParagraphEnd: [Token]?
        /// The next paragraph, when the quotation ends its own: a round-up's credit ("Harry Enten, CNN").
        var nextParagraph: [Token]?
    }

    let names: NameIndex
    let salience: Salience
    let issuers: UtteranceIssuers
    private var lastSpeaker: String?
    private var lastSpeakerPosition: Int?
    private var lastQuoteEnd: (block: Int, speaker: String?)?
    /// The capitalised words of the quotation being attributed: one it names in the third person
    /// is seldom the one speaking ("Lewis did a great job," he added — not Lewis Hamilton).
    private var namedInQuotation: Set<Substring> = []
    /// Whom each bare role ("the director") stood for when it last spoke: the article means the
    /// same person by it each time, whoever was quoted in between.
    private var roleHolders: [String: String] = [:]

    init(names: NameIndex, salience: Salience, issuers: UtteranceIssuers) {
        self.names = names
        self.salience = salience
        self.issuers = issuers
    }

    mutating func attribute(_ context: Context, position: Int, firstBlock: Int, lastBlock: Int) -> (Quotation.Kind, String?) {
        // Not its first word, capitalised whatever it is ("“Hope is not a strategy,” she said") — unless
        // it owns something, as only a name does ("“Leslie’s insight was …,” he told me").
        let words = context.inside.filter(\.isWord)
        namedInQuotation = Set(words.enumerated().filter { index, word in
            word.isCapitalized && word.text.count > 2 && (index > 0 || word.isPossessive)
        }.map { Substring($0.element.withoutPossessive) })
        if isTerm(context) || isNamedTitle(context) { return (.term, nil) }
        let ownPhrase = Self.ownClause(context, closingClause: !isTitle(context.inside))
        var speaker = ownPhrase.flatMap { phrase in
            resolve(phrase, in: context.after.start(of: phrase) != nil ? context.after : context.before, at: position)
        }
        // Names, titles and scare quotes never borrow a speaker from beyond their own sentence.
        let phraseLike = isShortPhrase(context) || isTitle(context.inside)
        // "Some call the plan “a disaster”": the sentence says who, if not which of them.
        if speaker == nil, !phraseLike, ownPhrase.map(Self.isVagueGroup) != true {
            speaker = borrowedSpeaker(context, position: position, firstBlock: firstBlock)
        }
        // A short phrase nobody is said to have said is a term, and so is a title ("Take Me Out
        // to the Ball Game"); one a sentence reports is a quote.
        if speaker == nil && ownPhrase == nil && phraseLike { return (.term, nil) }
        // A round-up credits each view on the line after it: "“…” / Harry Enten, CNN" — over "Some caution that “…”".
        if speaker == nil || ownPhrase.map(Self.isVagueGroup) == true, let credit = context.nextParagraph.flatMap(Self.creditedName) {
            speaker = names.fullName(credit)
        }
        if let speaker {
            lastSpeaker = speaker
            lastSpeakerPosition = position
            if let role = ownPhrase.flatMap({ Self.bareRole($0) ?? placedRoleKey($0) }), names.isPerson(speaker) { roleHolders[role] = speaker }
        }
        // Only a quotation, never a name or a title, is one the next goes on from. It keeps the last speaker
        // named even when it named none itself: a run of quotations goes on with whoever spoke before them
        // (keeping only its own cost two right speakers for two wrong ones on the gold sets).
        lastQuoteEnd = (lastBlock, lastSpeaker)
        return (.quote, speaker)
    }

    /// The speaker of a quotation whose own sentence names none: the reporting clause or the
    /// person opening the sentence before ("…, said Mayor Masaki Ohnishi. “…”"; "Yoshihiro Naito,
    /// 77, opposed the idea. “…”"), the quotation it goes on from, or a paragraph ending in a colon.
    private func borrowedSpeaker(_ context: Context, position: Int, firstBlock: Int) -> String? {
        // A paragraph that is all quotation goes on from the sentence that ends the one before.
        if let previous = context.previousSentence ?? (context.fillsParagraph ? context.previousParagraphEnd : nil) {
            if let phrase = ReportingClauses.ofSentence(previous), let speaker = resolve(phrase, in: previous, at: position) { return speaker }
            // The person that sentence is about: "Elich believes the US will go on. “…”", "Charles Schultze,
            // chairman of the council, once summed up the danger with a metaphor. “…”"
            if let start = previous.first?.range.lowerBound,
               let person = salience.latest(before: position, where: { $0.position >= start && !isNamedInQuotation($0.name)
                   && (names.isKnownPerson($0.name) || $0.leads && $0.position == start && NameIndex.looksLikePerson($0.name)) }) {
                return person.name
            }
            // "However, he defended his decision. “…”": the one the pronoun opening it stands for.
            if let subject = SpeakerPhrases.sentenceSubject(previous), subject.count == 1, ["he", "she"].contains(subject[0].lower) {
                return resolve(subject, at: position)
            }
        }
        // The quotation it goes on from: in the same paragraph, or in the one before when this
        // paragraph is all quotation. Not words a sentence goes on about after them ("graduates who said they
        // had “professors who cared about me” are three times more likely …"), which no one is said to say,
        // nor words their own sentence says someone says.
        if let previous = lastQuoteEnd, previous.speaker != nil, !Self.hasOwnSayer(context.before), !context.after.contains(where: \.isWord),
           previous.block == firstBlock || (previous.block == firstBlock - 1 && context.fillsParagraph) {
            return previous.speaker
        }
        if let end = context.previousParagraphEnd, end.last?.text == ":", let phrase = ReportingClauses.ofSentence(end) {
            return resolve(phrase, at: position)
        }
        return nil
    }

    /// Whether the words' own sentence says someone says them, even one no rule takes for a speaker: whoever
    /// the rules could not find there, the speaker before was wrong more often than right on the gold sets.
    /// - A verb of its own, before any quotation of the sentence: "UPS said of the incident, “…”" — not the
    ///   clause of a quotation before ("“This structure,” wrote Svetlana Yakushina, “should …”", "“…,” Smith said, “…”").
    /// - An opening noun phrase that runs straight into its verb: "Russia’s flagship TV news show took a similar
    ///   line, saying it was “…”" — not one that opens on a time or an adverb: "Hours later the governor went further, adding".
    private static func hasOwnSayer(_ before: [Token]) -> Bool {
        let quotedBefore = before.firstIndex { $0.isMaskedQuotation || $0.text.unicodeScalars.first.map(Quotation.isMark) == true } ?? before.endIndex
        if before[..<quotedBefore].contains(where: SpeakerPhrases.isFiniteReportingVerb) { return true }
        guard let participle = before.lastIndex(where: { Lexicon.isReportingParticiple($0.lower) }),
              participle > 1, before[participle - 1].text == ",",
              let verb = before.firstIndex(where: { Lexicon.isPastTense($0.lower) }), (1...6).contains(verb), verb < participle,
              let first = before.first, ["the", "a", "an"].contains(first.lower) || first.isCapitalized && !first.isCapitalizedFunctionWord
        else { return false }
        return before[..<verb].allSatisfy { word in
            word.isWord && !Lexicon.notNames.contains(word.lower) && !Lexicon.verbModifiers.contains(word.lower) && !word.lower.hasSuffix("ly")
                && (word.range == first.range || !Lexicon.functionWords.contains(word.lower))
        }
    }

    /// The speaker the quotation's own sentence names. A title takes only a clause right after it,
    /// never one closing the sentence: films such as “Alice in Wonderland” and “Dark Shadows,” “…,” a rep said.
    static func ownClause(_ context: Context, closingClause: Bool) -> [Token]? {
        // "called his comments “unacceptable” on Sunday": no other words judge the comments.
        let closesClause = context.after.first.map { !$0.isWord || ["and", "or", "but"].contains($0.lower) || Lexicon.prepositions.contains($0.lower) } ?? true
        let reportedBefore = ReportingClauses.before(context.before, closesClause: closesClause)
        let before = reportedBefore ?? ReportingClauses.subjectOfQuotedPredicate(context.before, inside: context.inside)
        // "…,” Smith fretted", or in British style "…”, Smith fretted" — but in "Because Smith said the deal was
        // “final,” investors relaxed" the words sit inside the opening clause that reported them, and the main clause
        // follows ("When asked if she said it, “Guilty,” Swift smiled" hands them over after the clause's comma).
        let reportedInOpeningClause = context.before.first.map { Lexicon.subordinators.contains($0.lower) } ?? false
            && context.before.contains(where: SpeakerPhrases.isFiniteReportingVerb) && context.before.last?.text != ","
        // "Though Jones said the talks were “productive,” analysts said …": that clause says who spoke them too.
        if reportedInOpeningClause, let reportedBefore { return reportedBefore }
        let handedOver = !reportedInOpeningClause && (context.inside.last.map { [",", "?", "!"].contains($0.text) } ?? false || context.after.first?.text == ",")
        let rightAfter = ReportingClauses.after(context.after[...], handedOver: handedOver)
        // "An officer was directing people, shouting “Go quickly!” in French, Phillips said": the one
        // heard saying the words speaks; the clause closing the sentence names a witness.
        if rightAfter == nil, before != nil, let verb = context.before.last(where: \.isWord),
           Lexicon.isReportingParticiple(verb.lower) {
            return before
        }
        guard let after = rightAfter ?? (closingClause ? ReportingClauses.trailing(context.after) : nil)
        else { return before ?? ReportingClauses.subjectOfFirstPersonFragment(context.before, inside: context.inside) }
        // "Moon said dialogue was “impossible”, Yonhap reported" or "…, according to Yonhap": the outlet only passes
        // on what Moon said; so does Abe in "Trump said the US was “100 percent with Japan”, Abe told reporters"
        // (but in "He said …, the spokesman told reporters" he is the spokesman, and in "Customers “began
        // to say …,” Cook told Benioff" or "in which Holt “had the leader admit …,” according to the judges" the
        // words are Cook's and the judges': no one before them said anything; nor does a new clause that holds the
        // words pass anything on: "Democrats said the vote was rushed, and the bill is “a mess,” according to an aide").
        let cited = context.after.indices.contains { k in context.after[k].lower == "according" && k + 1 < context.after.count && context.after[k + 1].lower == "to" }
        let reported = context.after.contains { ["reported", "reports"].contains($0.lower) }
            || cited && reportedBefore.map { !Self.newClause(after: $0, in: context.before) } == true
        let told = context.after.contains { $0.lower == "told" } && reportedBefore?.last.map { $0.isCapitalized && !Lexicon.pronouns.contains($0.lower) } == true
        // "he … said, “somebody ought to …,” the prosecutor’s office said": the office only passes on words a verb hands over.
        let introduced = reportedBefore != nil && context.before.count >= 2 && [",", ":"].contains(context.before[context.before.count - 1].text)
            && Lexicon.plainReportingVerbs.contains(context.before[context.before.count - 2].lower)
        return (reported || told || introduced) && before != nil ? before : after
    }

    /// "Democrats said the vote was rushed, and the bill is …", "… but residents remain": a clause of its own
    /// begins after `phrase`.
    private static func newClause(after phrase: [Token], in before: [Token]) -> Bool {
        guard let end = before.end(of: phrase) else { return false }
        return before.indices.contains { k in
            k > end && (["but", "while", "whereas", "although"].contains(before[k].lower) || before[k].lower == "and" && before[k - 1].text == ",")
        }
    }

    /// The phrase of a reporting clause in `sentence` resolved; a surname two people share goes to the
    /// one a pronoun after it fits ("…,” Clinton said, his voice raspy" where Bill and Hillary Clinton are named).
    private func resolve(_ phrase: [Token], in sentence: [Token], at position: Int) -> String? {
        if phrase.count == 1, phrase[0].isCapitalized, let gender = Self.clauseGender(after: phrase[0], in: sentence),
           let fitting = names.fullName(phrase[0].withoutPossessive, fitting: gender) {
            return fitting
        }
        return resolve(phrase, at: position)
    }

    /// The gender of a pronoun after a name in its clause that can only be the name's own: a reflexive, or
    /// an owner after the clause's comma or "of" ("Clinton said, his voice raspy", "at the top of her voice")
    /// — not "Jones said, clutching his photograph", "Clinton said he owes", "calling her a liar".
    private static func clauseGender(after name: Token, in tokens: [Token]) -> Gender? {
        guard let at = tokens.start(of: [name]) else { return nil }
        for k in (at + 1)..<min(tokens.count, at + 8) {
            guard !tokens[k].isMaskedQuotation, tokens[k].text != ";" else { return nil }
            switch tokens[k].lower {
            case "himself", "herself": return Gender(pronoun: tokens[k].lower)
            case "his", "her":
                let owns = k + 1 < tokens.count && tokens[k + 1].isWord && !Lexicon.functionWords.contains(tokens[k + 1].lower)
                return owns && [",", "of"].contains(tokens[k - 1].lower) ? Gender(pronoun: tokens[k].lower) : nil
            case "he", "she", "him": return nil
            default: continue
            }
        }
        return nil
    }

    /// "Some", "Many", "Others", "Experts", "many people": people the text does not say which.
    private static func isVagueGroup(_ phrase: [Token]) -> Bool {
        if phrase.count == 1, Lexicon.quantities.contains(phrase[0].lower) || phrase[0].lower == "others" { return true }
        let quantity = phrase.count == 2 && Lexicon.quantities.contains(phrase[0].lower)
        return (phrase.count == 1 || quantity) && Lexicon.anyonePlurals.contains(phrase[phrase.count - 1].lower)
    }

    /// "Harry Enten, CNN", "Jennifer Rubin, Washington Post": a line that is only a person's name and where they write.
    private static func creditedName(_ line: [Token]) -> String? {
        guard (3...10).contains(line.count), let comma = line.firstIndex(where: { $0.text == "," }), comma >= 2,
              line.allSatisfy({ $0.isWord && ($0.isCapitalized || Lexicon.titleSmallWords.contains($0.lower)) || $0.text == "," }),
              line.filter({ $0.text == "," }).count == 1, case let name = line[..<comma].map(\.text).joined(separator: " "),
              NameIndex.looksLikePerson(name) else { return nil }
        return name
    }

    /// "the director": a person's role alone, which means one person all through an article.
    private static func bareRole(_ phrase: [Token]) -> String? {
        phrase.count == 2 && phrase[0].lower == "the" && Lexicon.personRoles.contains(phrase[1].lower) ? phrase[1].lower : nil
    }

    /// The titles a description sets before its head: "attorney" in "the attorney general".
    private static func titles(before words: [Token]) -> Set<String> {
        Set(words.dropLast().map(\.lower).filter(Lexicon.titles.contains))
    }

    /// Few words, no sentence inside: a term unless someone is said to have said it.
    private func isShortPhrase(_ context: Context) -> Bool {
        let inside = context.inside
        let words = inside.filter(\.isWord)
        var punctuation = inside.filter { !$0.isWord }.map(\.text)
        if let last = punctuation.last, [",", "."].contains(last), inside.last?.text == last { punctuation.removeLast() }
        // "The bird is back." is a sentence, however short, and so is "Step out." standing as one.
        let standsAlone = !context.before.contains(where: \.isWord) && !context.after.contains(where: \.isWord)
        if inside.last?.text == "." || inside.last?.text == "!" || inside.last?.text == "?",
           inside.first?.isCapitalized == true, words.count >= 3 || standsAlone { return false }
        return words.count <= 4 && !punctuation.contains { [".", "!", "?", ";", ":", ","].contains($0) }
    }

    /// Every word but the small ones capitalised, as titles of songs, books and shows are.
    private func isTitle(_ inside: [Token]) -> Bool {
        let words = inside.filter(\.isWord)
        let content = words.filter { !Lexicon.titleSmallWords.contains($0.lower) || $0.isCapitalized }
        return (2...12).contains(words.count) && content.count >= 2 && content.allSatisfy { $0.isCapitalized || $0.text.first?.isNumber == true }
            && !words.allSatisfy(\.isAcronym)
    }

    /// A title the sentence names rather than quotes, whoever it says spoke: one after a preposition
    /// ("a lush BBC adaptation of “War & Peace”", "a role in “Wild Rose”") or in a list of titles
    /// ("hits such as “Black Water,” “China Grove” and “Minute By Minute”"). A title's first word is
    /// capitalised: "expand efforts” in “the Democrat Power Center”" quotes a post. A title may be one
    /// word ("who starred in “Fargo,” said").
    private func isNamedTitle(_ context: Context) -> Bool {
        let words = context.inside.filter(\.isWord)
        let oneWord = words.count == 1 && !Lexicon.functionWords.contains(words[0].lower)
        // "A Paradise Built in Hell: The Extraordinary Communities that Arise in Disaster": a subtitle need not look like one.
        let mainTitle = Array(context.inside.prefix { $0.text != ":" })
        let titled = isTitle(context.inside) || isTitle(mainTitle)
        guard titled || oneWord, words.first?.isCapitalized == true else { return false }
        // "the campaign slogan, “Make America Great Again.”", "in his book, “The Quarterback Whisperer,”": named by its kind
        // (the one-word naming cues hold the kinds), or as a name ("Phil Plait, aka “The Bad Astronomer.”") — though "called" may say it.
        if let last = context.before.last(where: { $0.text != "," }), last.lower != "called", Lexicon.namingCues.contains([last.lower]) {
            return true
        }
        // "who starred in “Fargo,”", "said on CNBC’s “Trading Nation”": after a preposition, the owner's possessive between or not.
        let owned = context.before.last.map { $0.isPossessive && $0.isCapitalized } ?? false
        if let cue = owned ? context.before.dropLast().last : context.before.last, cue.isWord,
           Lexicon.prepositions.contains(cue.lower) || cue.lower == "of" { return true }
        // "she told CNN’s “State of the Union”": a title of several words its owner's name stands before.
        if owned, titled { return true }
        let listed = context.before.last.map { $0.isWord && ["and", "or"].contains($0.lower) || $0.text == "," ? context.before.dropLast() : context.before[...] }
        let after = context.after.first.map { $0.isWord && ["and", "or"].contains($0.lower) || $0.text == "," ? context.after.dropFirst() : context.after[...] }
        return listed?.last?.isMaskedQuotation == true || after?.first?.isMaskedQuotation == true
    }

    /// Names and scare quotes: a capitalised short phrase used as a modifier (“No Kings”
    /// protests), or any short phrase introduced as a name ("so-called", "dubbed", "known as").
    private func isTerm(_ context: Context) -> Bool {
        guard isShortPhrase(context) else { return false }
        // The “No Kings” protests: a name before the noun it modifies. "“It’s brutal,” coach Bill
        // O’Brien said" closes its words with their comma, as a name never does.
        if let next = context.next, next.isWord, !next.isCapitalized, context.inside.first?.isCapitalized == true,
           ![",", "."].contains(context.inside.last?.text ?? ""),
           !Lexicon.functionWords.contains(next.lower), !Lexicon.determiners.contains(next.lower), !Lexicon.plainReportingVerbs.contains(next.lower),
           !next.lower.hasSuffix("ing"), !next.lower.hasSuffix("ed"), !next.lower.hasSuffix("ly") {
            return true
        }
        // "Joko “Jokowi” Widodo": a nickname inside a person's name.
        if context.inside.first?.isCapitalized == true, context.inside.last?.isWord == true, let previous = context.before.last, previous.isCapitalized,
           let next = context.next, next.isCapitalized, NameIndex.looksLikePerson(previous.text + " " + next.text) { return true }
        var tokens = Array(context.before.suffix(4))
        // "nicknamed the “Big F--king Rocket”": the cue may have an article after it.
        if let last = tokens.last, ["the", "a", "an"].contains(last.lower), tokens.count > 1 { tokens.removeLast() }
        let before = tokens.map(\.lower)
        // "what it calls a “family plan”", "what Reddit might call “misandry”": the thing it names — but "what he
        // called “un-American” attacks" are his words, as the doer's "called" below says.
        if let call = before.lastIndex(where: { ["call", "calls", "calling"].contains($0) }), before[..<call].contains("what") { return true }
        // "a group called “…”" and "what are called “…”" name it; "Prince himself once called “…”" says it.
        if before.last == "called", tokens.count > 1, let doer = tokens.dropLast().last,
           !Lexicon.beForms.contains(doer.lower),
           SpeakerPhrases.isModifier(doer) || Lexicon.pronouns.contains(doer.lower) || doer.isCapitalized {
            return false
        }
        return Lexicon.namingCues.contains { cue in before.count >= cue.count && Array(before.suffix(cue.count)) == cue }
    }

    /// Someone the article shows to be a person: named in full and again, or a person's name
    /// that speaks, here or anywhere, or that pronouns follow.
    private func isPerson(_ referent: Salience.Referent) -> Bool {
        !referent.isGroup && (referent.description != nil || !Self.isCompanyName(referent.name)
            && (names.isKnownPerson(referent.name) || names.isPerson(referent.name)
                && (referent.speaks || names.hasReported(referent.name) || names.gender(of: referent.name) != nil)))
    }

    /// "Lewis did a great job" names Lewis Hamilton; "Tommy Johnson was the kindest boy" does not
    /// name Mary Johnson, whose given name it lacks.
    private func isNamedInQuotation(_ name: String) -> Bool {
        name.split(separator: " ").first.map(namedInQuotation.contains) ?? false
    }

    /// Whom "he" or "she" stands for: the last speaker, unless a person has opened a sentence since.
    private func personalReferent(_ gender: Gender?, before position: Int, passingOverNamed: Bool) -> String? {
        let passedOver = { (name: String) in passingOverNamed && isNamedInQuotation(name) }
        // An institution is never "he" or "she", nor is "Broadcom Ltd.", nor someone of the other gender.
        let person = lastSpeaker.flatMap { names.isPerson($0) && !Self.isCompanyName($0) && !Self.isPluralDescription($0) && !passedOver($0) && fits($0, gender) ? $0 : nil }
        if let named = salience.namedInOpeningClause(forPronounAt: position, where: { isPerson($0) && fits($0, gender) }) {
            return named.description.flatMap { resolve($0, at: named.position) } ?? named.name
        }
        if let referent = salience.latest(before: position, passing: gender, where: { isPerson($0) && fits($0, gender) && !passedOver($0.name) }) {
            // "Elon Musk will not bid, a person familiar with the matter said. “…,” he wrote": an unnamed source
            // who says nothing of their gender is no "he" beside the man the sentence opens with.
            if let gender, let description = referent.description, ["a", "an", "one"].contains(description[0].lower),
               SpeakerPhrases.head(description).flatMap({ Gender(role: $0.lower) }) == nil,
               let named = salience.companion(of: referent, where: { $0.position < referent.position && $0.leads && $0.description == nil
                   && isPerson($0) && names.gender(of: $0.name) == gender && !passedOver($0.name) }) {
                return named.name
            }
            if let person, let spoke = lastSpeakerPosition, spoke > referent.position { return person }
            if let description = referent.description { return resolve(description, at: referent.position) }
            return referent.name
        }
        var latest = names.lastPersonMention(before: position, gender: gender)
        while let found = latest, passedOver(names.fullName(found.name)) || Self.isCompanyName(names.fullName(found.name)) {
            latest = names.lastPersonMention(before: found.position, gender: gender)
        }
        guard let mention = latest else { return person }
        if let person, let spoke = lastSpeakerPosition, spoke > mention.position { return person }
        return names.fullName(mention.name)
    }

    /// "the New York businessman", "the Kentucky Republican": a person's role or party after where
    /// they are from refers back as "the businessman" does — not "the Trump lawyer", whose
    /// capitalised word is a person, nor "the Boston Globe", whose head is no role.
    private func isPlacedRole(_ words: [Token]) -> Bool {
        guard (2...4).contains(words.count), let head = words.last,
              head.isCapitalized ? Lexicon.partyMembers.contains(head.text) : Lexicon.personRoles.contains(head.lower) else { return false }
        let place = words.dropLast()
        return place.allSatisfy { $0.isWord && $0.isCapitalized && !$0.isPossessive && !$0.isCapitalizedFunctionWord }
            && !names.isPerson(names.fullName(place.map(\.text).joined(separator: " ")))
    }

    /// "the new york businessman": a placed role with its "the", as `roleHolders` keeps it.
    private func placedRoleKey(_ phrase: [Token]) -> String? {
        guard phrase.first?.lower == "the", isPlacedRole(Array(phrase.dropFirst())) else { return nil }
        return phrase.map(\.lower).joined(separator: " ")
    }

    /// "three attorneys", "officials": people the text does not name, several of them.
    private static func isPluralDescription(_ phrase: String) -> Bool {
        guard let last = phrase.split(separator: " ").last, last.first?.isLowercase == true else { return false }
        return Lexicon.isPluralNoun(last)
    }

    /// "Broadcom Ltd.", "Equifax Inc.": a name ending in a company's legal form is no person's.
    private static func isCompanyName(_ name: String) -> Bool {
        guard let last = name.split(separator: " ").last else { return false }
        return ["inc", "inc.", "corp", "corp.", "ltd", "ltd.", "llc", "plc", "co.", "gmbh", "ag", "sa", "nv"].contains(last.lowercased())
    }

    /// Never a person of the other gender.
    private func fits(_ name: String, _ gender: Gender?) -> Bool {
        names.gender(of: name).map { $0 == gender } ?? true
    }

    /// "He" is never "a spokeswoman".
    private func fits(_ referent: Salience.Referent, _ gender: Gender?) -> Bool {
        guard let head = referent.description.flatMap(SpeakerPhrases.head) else { return fits(referent.name, gender) }
        return Gender(role: head.lower).map { $0 == gender } ?? true
    }

    /// The latest name a reporting verb goes with that is no person's: "Equifax said …".
    /// "The carrier said" is the airline the article named last, spoken or not, before the
    /// network that reported it.
    private func lastSpeakingBody(before position: Int, kind noun: String? = nil) -> String? {
        let isBody = { (referent: Salience.Referent) in
            referent.description == nil && !names.isKnownPerson(referent.name) && names.gender(of: referent.name) == nil
        }
        let kindWords = noun.flatMap { Lexicon.bodyNameWords[$0] } ?? []
        let ofKind = kindWords.isEmpty ? nil : salience.latest(before: position) { referent in
            isBody(referent) && referent.name.lowercased().split(separator: " ").contains { kindWords.contains(String($0)) }
        }
        return (ofKind ?? salience.latest(before: position) { $0.speaks && isBody($0) }).map { names.withArticle($0.name) }
    }

    /// "a White House statement", "a police statement": the body named before the noun issued it.
    /// "Facebook posts" are their writers', not Facebook's.
    private func issuerBefore(_ modifier: ArraySlice<Token>, at position: Int) -> String? {
        guard let first = modifier.first, !modifier.contains(where: { Lexicon.platforms.contains($0.lower) }) else { return nil }
        if modifier.count == 1, Lexicon.institutionWords.contains(first.lower) || Lexicon.speakerNouns.contains(first.lower) {
            return names.institution(holding: [first.lower], before: position)
        }
        guard modifier.allSatisfy(\.isCapitalized), let name = names.name(of: Array(modifier)) else { return nil }
        // "The Microsoft email": the firm, not the "Bellevue-Redmond Microsoft Access" the word stands inside once;
        // but "the Exxon memo" is Exxon Mobil's and "the Clinton email" Hillary Clinton's.
        let words = name.split(separator: " ")
        if modifier.count == 1, words.dropFirst().dropLast().contains(Substring(first.text)), !names.isKnownPerson(name) {
            return names.withArticle(first.text)
        }
        return names.withArticle(name)
    }

    /// The name a phrase stands for: pronouns the last person named, descriptions the name
    /// the article gives that role, names their fullest form.
    private func resolve(_ phrase: [Token], at quotePosition: Int) -> String? {
        // Only what the text said before the phrase itself can be referred to.
        let position = min(quotePosition, phrase.first?.range.lowerBound ?? quotePosition)
        // "There are then repeated shouts of “be calm”": the "there" that says something is stands for no one.
        if phrase.count == 1, ["there", "here"].contains(phrase[0].lower) { return nil }
        // "Some call it “administrative state”": people the text does not say which are no one.
        if Self.isVagueGroup(phrase) { return nil }
        if phrase.count == 1, Lexicon.pronouns.contains(phrase[0].lower) {
            switch phrase[0].lower {
            case "he", "she", "him", "her":
                // Someone the quotation names is passed over, unless no one else fits.
                let gender = Gender(pronoun: phrase[0].lower)
                return personalReferent(gender, before: position, passingOverNamed: true)
                    ?? personalReferent(gender, before: position, passingOverNamed: false)
            // "Chris Pratt and Anna Faris announced … “…,” they said": two people named together.
            case "they":
                if let pair = names.lastPair(before: position), pair.position > (lastSpeakerPosition ?? -1) { return pair.names }
                // "A London Fire Brigade spokesman said … “…,” they added": one described since the last quotation.
                if let described = salience.latest(before: position, where: { $0.description != nil }),
                   described.position > (lastSpeakerPosition ?? -1), let description = described.description {
                    return resolve(description, at: described.position)
                }
                return lastSpeaker
            // "It added": the institution that spoke last — never people ("the workers").
            case "it":
                let institution = lastSpeaker.flatMap { names.isPerson($0) || $0.split(separator: " ").last.map(Lexicon.isGroupOfPeople) == true ? nil : $0 }
                // "Equifax said …. It added": a body whose name has no word like "agency" in it.
                guard let mention = names.lastInstitutionMention(before: position) else { return institution ?? lastSpeakingBody(before: position) }
                if let institution, let spoke = lastSpeakerPosition, spoke > mention.position { return institution }
                return names.withArticle(names.fullName(mention.name))
            default: return nil
            }
        }
        // "Moss and Smith said in a joint statement": two people, each by the name the article gives.
        if let and = phrase.firstIndex(where: { $0.lower == "and" }), and > 0, phrase[and - 1].isCapitalized, and + 1 < phrase.count,
           phrase[and + 1].isCapitalized, let first = resolve(Array(phrase[..<and]), at: quotePosition),
           let second = resolve(Array(phrase[(and + 1)...]), at: quotePosition) {
            return first + " and " + second
        }
        // "Ann Lee met Peter Jones. “…,” the latter said": the later of the two people named last.
        if let order = SpeakerPhrases.orderReferent(phrase) {
            return names.lastTwoPeople(before: position).map { order == "latter" ? $0.later : $0.earlier }
        }
        let hadArticle = phrase.first?.lower == "the"
        var words = phrase
        while let first = words.first, Lexicon.determiners.contains(first.lower) { words.removeFirst() }
        guard let head = words.last else {
            return phrase.count == 1 && Lexicon.unnamedOthers.contains(phrase[0].lower) ? phrase[0].lower : nil
        }
        let text = words.map(\.text).joined(separator: " ")
        let ownArticle = phrase.first.map { Lexicon.determiners.contains($0.lower) ? $0.lower + " " : "" } ?? ""
        // "a representative for Moore", "a man in the crowd": a description that says which one.
        // Not a document: "a letter says" opening a story is no one the next sentence names.
        if ["a", "an"].contains(phrase[0].lower), !head.isCapitalized, !Lexicon.isWrittenThing(head.lower),
           let named = salience.namedAfterLead(position, isPerson: { names.isPerson($0) && !isNamedInQuotation($0) }) {
            return named
        }
        // "WHO specialist in infectious diseases Dr. Sylvie Brand": a role and its field, then the name — but
        // "a lawyer for Roger Stone", "the wife of Kremlin critic Alexei Navalny" speak for or of someone else.
        if head.isCapitalized, let role = words.firstIndex(where: { !$0.isCapitalized && Lexicon.isSpeakerNoun($0.lower) }),
           let last = words.lastIndex(where: { !$0.isCapitalized }), last > role, !Lexicon.functionWords.contains(words[last].lower),
           !words[role...last].contains(where: { Lexicon.employerLinks.contains($0.lower) || ["to", "with"].contains($0.lower) }),
           case let name = Array(words[(last + 1)...]), NameIndex.looksLikePerson(name.map(\.text).joined(separator: " ")) {
            return resolve(name, at: quotePosition)
        }
        if SpeakerPhrases.describesSomeone(words) { return ownArticle + text }
        // "Police said" opening a sentence is "the police": the body whose name holds the word.
        // But "Camp said" after "Rep. Dave Camp" is the congressman.
        if words.count == 1, head.isCapitalized, !head.isAcronym, Lexicon.speakerNouns.contains(head.lower), !names.isPerson(names.fullName(head.text)),
           let name = names.institution(holding: [head.lower], before: position) {
            return name
        }
        // "Svetlana Yakushina of Ernst & Young": the person, not the firm she writes for.
        // "analyst Daniel Ives of GBH Insights": a role in lower case may stand before the name.
        // "South Korea's Joint Chiefs of Staff" is one body, named after its owner.
        if let link = words.firstIndex(where: { Lexicon.affiliationLinks.contains($0.text) }), link >= 2,
           case let start = words[..<link].lastIndex(where: { !$0.isCapitalized }).map({ $0 + 1 }) ?? 0, link - start >= 2,
           !words[start..<link].contains(where: \.isPossessive),
           words[..<start].allSatisfy({ $0.isWord && !Lexicon.functionWords.contains($0.lower) }),
           let person = names.name(of: Array(words[start..<link])), names.isPerson(person) {
            return person
        }
        // "his lawyer Martin Singer", "Louis’ lawyer Martin Singer": the person, not the role before the name.
        let owner = words.first.map { $0.isPossessive && $0.isCapitalized } == true ? 1 : 0
        if head.isCapitalized, let name = words.dropFirst(owner).firstIndex(where: \.isCapitalized), name > owner,
           words[owner..<name].allSatisfy({ $0.isWord && Lexicon.isSpeakerNoun($0.lower) }),
           NameIndex.looksLikePerson(words[name...].map(\.text).joined(separator: " ")) {
            return resolve(Array(words[name...]), at: quotePosition)
        }
        let placedRole = hadArticle && isPlacedRole(words)
        if head.isCapitalized, !placedRole {
            // "the president of Argentina", "Common Sense’s CEO": the description is the speaker —
            // but "the US President" is whoever the article gave that title.
            guard var full = names.name(of: words) else {
                let holder = hadArticle && NameIndex.isTitle(head.text) ? names.named(role: head.lower, titled: Self.titles(before: words), before: position) : nil
                return holder ?? ownArticle + text
            }
            if words.count == 1, let earlier = names.fullName(head.withoutPossessive, before: position) { full = earlier }
            // "the BBC", "the Associated Press": the article's "the" belongs to the name; "the
            // state news agency KCNA" is a description before a name that has none.
            let theBelongs = hadArticle && words.allSatisfy(\.isCapitalized) && !names.isPerson(full)
            // "the 15-member Security Council": the fuller name the article gave the body first.
            if hadArticle, let longer = names.longerName(endingWith: full, before: position) { return "the " + longer }
            return theBelongs ? "the " + full : full
        }
        // "according to its website", "the center's website reads": a document or a site speaks for its owner
        // (but "their report" may be anyone's: several were named).
        if Lexicon.utteranceNouns.contains(head.lower) || Lexicon.siteNouns.contains(head.lower) {
            // "his Twitter post": the platform is only where the owner wrote.
            let ownedOnly = words.dropLast().allSatisfy { Lexicon.platforms.contains($0.lower) }
            let pronoun = ownedOnly && phrase[0].lower != "their" ? Lexicon.ownersAsSubjects[phrase[0].lower] : nil
            let owner: [Token]? = pronoun.map { [Token(kind: .word, range: phrase[0].range, text: $0)] }
                ?? (words.count == 2 && hadArticle && words[0].isPossessive && !words[0].isCapitalized
                    ? [phrase[0], Token(kind: .word, range: words[0].range, text: words[0].withoutPossessive)] : nil)
            if let owner, let speaker = resolve(owner, at: quotePosition) { return speaker }
        }
        if Lexicon.utteranceNouns.contains(head.lower) {
            if let owner = words.last(where: { $0.isPossessive && $0.isCapitalized }) { return names.fullName(owner.withoutPossessive) }
            if let issuer = issuerBefore(words.dropLast(), at: position) { return issuer }
            // "the statement concluded": whoever the article said issued it; "a statement released by KCNA": its agent.
            let issuer = ["the", "this", "that"].contains(phrase[0].lower)
                ? issuers.issuer(of: head.lower, before: head.range.upperBound) : issuers.issuer(ofNounAt: head.range.lowerBound)
            if !words.contains(where: \.isCapitalized), let issuer, let speaker = resolve(issuer, at: quotePosition) { return speaker }
            // "the news release stated": the document is all the text names.
            return ownArticle + text
        }
        // "the couple said": the two people the article last named together.
        if hadArticle, words.count == 1, Lexicon.pairNouns.contains(head.lower), let pair = names.lastPair(before: position) {
            return pair.names
        }
        // "a Kremlin spokesman", "another user" is someone new, not the one named before.
        if !["a", "an", "another", "one"].contains(phrase[0].lower), let name = names.named(role: head.lower, titled: Self.titles(before: words), before: position) {
            return name
        }
        // "the transport police", "the agency": the body whose name holds those words.
        if hadArticle, !words.contains(where: \.isPossessive), let name = names.institution(holding: words.map(\.lower), before: position) {
            return name
        }
        // "the firm said", "the German newspaper wrote": the body that spoke last, named — but
        // "the Rodong Sinmun newspaper" names itself.
        if hadArticle, Lexicon.bodyNouns.contains(head.lower), !words.contains(where: \.isPossessive),
           words.filter(\.isCapitalized).count < 2,
           let body = lastSpeakingBody(before: position, kind: head.lower) {
            return body
        }
        // "South Korea’s Yonhap news agency", "an RAIB spokesman", "the South’s foreign ministry": the article's own words.
        if words.contains(where: { $0.isPossessive && $0.isCapitalized }) { return hadArticle ? "the " + text : text }
        // "the four-times champion", like "the champion", refers back to someone named.
        let refersBack = (hadArticle && Lexicon.refersBackToPerson(head.lower) && !words.contains(where: \.isCapitalized)) || placedRole
        if words.count > 1, !refersBack { return ownArticle + text }
        // A bare "the spokeswoman" refers back to the fuller description the article gave before;
        // "an official" is someone new.
        if hadArticle, let description = names.description(head: head.lower, before: position) { return description }
        // "the expert concluded", "the actress said": a person the article has named already.
        // "The director said" means whom it meant the last time it spoke, whoever spoke since.
        if let role = Self.bareRole(phrase), let holder = roleHolders[role] { return holder }
        // Never a channel or a body: "Speaking to CNN, the deputy governor said" is no one from CNN.
        // A role no one is given is the person being quoted: "The director said" after Quentin
        // Tarantino's words is not Uma Thurman, named since in passing (an age is whoever was named).
        // But one who has opened a sentence since is whom the story goes on about ("Chandor asked his leading
        // man … “…,” the director said").
        let roleGender = Gender(role: head.lower)
        // The person who has opened a sentence since the last quotation.
        let subjectSince = !refersBack ? nil : salience.latest(before: position) { $0.leads && $0.description == nil && isPerson($0) && fits($0, roleGender) }
            .flatMap { $0.position > (lastSpeakerPosition ?? -1) ? $0.name : nil }
        // A role after a place means whom it meant the last time it spoke; else only one the text has gone on
        // about since the last quotation, not its speaker ("the Texas senator" right after Schumer spoke may be Cruz).
        if placedRole {
            if let key = placedRoleKey(phrase), let holder = roleHolders[key] { return holder }
            if let since = subjectSince, since != lastSpeaker { return since }
            // Before anyone has spoken, the person the article is about.
            guard lastSpeaker == nil, let mention = names.lastPersonMention(before: position, gender: roleGender) else { return ownArticle + text }
            return names.fullName(mention.name)
        }
        if refersBack, Lexicon.personRoles.contains(head.lower), let speaker = lastSpeaker, names.isPerson(speaker),
           roleGender.map({ fits(speaker, $0) }) ?? true {
            return subjectSince.flatMap { $0 != speaker ? $0 : nil } ?? speaker
        }
        if refersBack, let mention = names.lastPersonMention(before: position, gender: roleGender),
           names.isPerson(names.fullName(mention.name)) || names.isKnownPerson(mention.name) {
            return names.fullName(mention.name)
        }
        return ownArticle + text
    }
}
