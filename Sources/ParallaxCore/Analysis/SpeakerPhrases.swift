/// Finds the words that name a speaker around a reporting verb.
enum SpeakerPhrases {
    /// A reporting verb that can carry its own subject: "said", "says", "told" — not "saying".
    static func isFiniteReportingVerb(_ token: Token) -> Bool {
        token.isWord && !token.isCapitalized && Lexicon.reportingVerbs.contains(token.lower)
            && !token.lower.hasSuffix("ing")
    }

    /// "in a Twitter post", "the report": a verb's form used as a noun after an article.
    static func isNoun(_ tokens: [Token], at verb: Int) -> Bool {
        if isNounAfterOf(tokens, at: verb) || isNounAfterPreposition(tokens, at: verb) { return true }
        // Past tenses are verbs; "one said", "another adds" are people.
        guard !tokens[verb].lower.hasSuffix("ed"), !["said", "told", "wrote", "spoke"].contains(tokens[verb].lower), verb > 0 else { return false }
        if isPluralAfterNoun(tokens, at: verb) { return true }
        // "a Twitter post", "a blog post": one word may name the kind, but "the officials note" is a
        // plural and its verb, and "a man yelling" a man. An owner is no kind: "her question".
        let form = tokens[verb].lower
        let kind = verb > 1 && tokens[verb - 1].isWord && !Lexicon.possessiveDeterminers.contains(tokens[verb - 1].lower) && (tokens[verb - 1].isCapitalized
            || !tokens[verb - 1].lower.hasSuffix("s") && !form.hasSuffix("s") && !form.hasSuffix("ing"))
        let previous = kind ? verb - 2 : verb - 1
        return previous >= 0 && (["a", "an", "the"].contains(tokens[previous].lower) || Lexicon.possessiveDeterminers.contains(tokens[previous].lower))
    }

    /// "dismissed media questions", "about voter claims", "in its campaign pledges", "from EU states": a
    /// word in -s after a noun that a verb or a preposition governs is a plural noun; so is one right after
    /// a verb in -ing ("requiring states"), unlike "the ruling states" or "a court filing says".
    static func isPluralAfterNoun(_ tokens: [Token], at verb: Int) -> Bool {
        guard tokens[verb].lower.hasSuffix("s"), verb > 0, tokens[verb - 1].isWord,
              !tokens[verb - 1].isCapitalized || tokens[verb - 1].isAcronym else { return false }
        // "A court filing states", "Britain's new king says": a noun in -ing has its verb after it.
        if case let ing = tokens[verb - 1].lower, ing.hasSuffix("ing"), !Lexicon.isSpeakerNoun(ing), !Lexicon.isWrittenThing(ing), !Lexicon.isOccasion(ing) {
            return verb == 1 || !(Lexicon.determiners.contains(tokens[verb - 2].lower) || Lexicon.possessiveDeterminers.contains(tokens[verb - 2].lower)
                || tokens[verb - 2].isPossessive)
        }
        guard verb > 1 else { return false }
        let owner = Lexicon.possessiveDeterminers.contains(tokens[verb - 2].lower) && verb > 2 ? verb - 3 : verb - 2
        return Lexicon.isPastTense(tokens[owner].lower) || Lexicon.prepositions.contains(tokens[owner].lower)
    }

    /// "said at one point", "in this post": a preposition and a determiner govern a noun — but "with one
    /// calling the plan" is one doing it.
    static func isNounAfterPreposition(_ tokens: [Token], at verb: Int) -> Bool {
        verb > 1 && !tokens[verb].lower.hasSuffix("ing")
            && Lexicon.prepositions.contains(tokens[verb - 2].lower) && Lexicon.determiners.contains(tokens[verb - 1].lower)
    }

    /// "a chorus of groans", "words of praise": no verb follows "of", unless it is one in -ing.
    static func isNounAfterOf(_ tokens: [Token], at verb: Int) -> Bool {
        verb > 0 && tokens[verb - 1].lower == "of" && !tokens[verb].lower.hasSuffix("ing")
    }

    /// "had been ordered": a reporting verb in the passive names no speaker before it ("CEW is
    /// calling for" is no passive). Nor does one that follows a thing with an agent after it:
    /// "a special session called by Gov. Pat McCrory" — but "the spokeswoman responded by Twitter" and
    /// "the company confirmed by the end of the day" are active, a speaker before their verb.
    static func isPassive(_ tokens: [Token], verb: Int) -> Bool {
        guard !tokens[verb].lower.hasSuffix("ing") else { return false }
        var i = verb - 1
        while i >= 0, tokens[i].isWord, tokens[i].lower.hasSuffix("ly") || Lexicon.passiveAdverbs.contains(tokens[i].lower) { i -= 1 }
        return i >= 0 && Lexicon.beForms.contains(tokens[i].lower) || followsItsNoun(tokens, verb: verb)
    }

    private static func followsItsNoun(_ tokens: [Token], verb: Int) -> Bool {
        guard verb > 0, verb + 2 < tokens.count, tokens[verb].lower.hasSuffix("ed"), tokens[verb + 1].lower == "by",
              tokens[verb + 2].isCapitalized || Lexicon.determiners.contains(tokens[verb + 2].lower) else { return false }
        let noun = tokens[verb - 1]
        return noun.isWord && !noun.isCapitalized && !Lexicon.functionWords.contains(noun.lower) && !Lexicon.pronouns.contains(noun.lower)
            && !noun.lower.hasSuffix("ly") && !Lexicon.isSpeakerNoun(noun.lower)
    }

    /// The noun phrase before the verb at `verb`: "President Donald Trump" in "President Donald
    /// Trump called", "He" in "He added", skipping "also", a prepositional phrase ("in a social
    /// media posting") and an appositive ("Stephen Miller, a senior adviser, said").
    static func subject(_ tokens: [Token], verb: Int) -> [Token]? {
        var i = verb - 1
        // "also", "the newspaper Friday said".
        while i >= 0, isModifier(tokens[i]) || Lexicon.weekdays.contains(tokens[i].lower) { i -= 1 }
        // "All Nippon Airways (ANA) said": the short form in parentheses stands aside.
        if i >= 3, tokens[i].text == ")", let open = tokens[(i - 3)..<i].lastIndex(where: { $0.text == "(" }), open > 0,
           tokens[(open + 1)..<i].allSatisfy(\.isWord) {
            i = open - 1
        }
        guard i >= 0 else { return nil }
        // "In a Tumblr post at the time she described": a pronoun before the verb is its subject, whatever the phrase before it.
        if Lexicon.subjectPronouns.contains(tokens[i].lower), tokens.isPronoun(at: i) { return [tokens[i]] }
        // "A post on the group's Facebook page said", "an officer on the scene said": where a written
        // thing was put up, or which one of the people is meant, is part of who speaks.
        if tokens[i].isWord, !Lexicon.functionWords.contains(tokens[i].lower), let link = prepositionalPhraseStart(tokens, endingAt: i),
           describes(tokens, link: link, end: i), let one = subject(tokens, verb: link), one.last?.range == tokens[link - 1].range {
            return one + tokens[link...i]
        }
        // "the captain came back on the intercom and said", "she wished everyone well, but added":
        // the subject of the verb before "and" or "but".
        if ["and", "but"].contains(tokens[i].lower) { return coordinatedSubject(tokens, before: i > 0 && tokens[i - 1].text == "," ? i - 1 : i) }
        if tokens[i].text == ",", let appositiveStart = Self.appositiveStart(tokens, endingAt: i - 1) {
            // "A spokesperson for Buhari, Mallam Garba Shehu, said": the name in apposition speaks —
            // not a title ("Yoshihide Suga, Japan's Chief Cabinet Secretary, said").
            let appositive = Array(tokens[appositiveStart..<i])
            if appositive.count <= 4, appositive.allSatisfy({ $0.isWord && $0.isCapitalized && !$0.isCapitalizedFunctionWord && !$0.isPossessive && !$0.isPartyTag }),
               !Lexicon.isSpeakerNoun(appositive[appositive.count - 1].lower),
               !closesPlace(tokens, appositive: appositiveStart..<i) {
                return appositive
            }
            // "The host, National Resources Defense Council board member Nicole Lederer, has said": a
            // description's appositive that ends in a person's role and name names the one speaking.
            if appositiveStart >= 2, tokens[appositiveStart - 2].isWord, !tokens[appositiveStart - 2].isCapitalized,
               let run = appositive.lastIndex(where: { !($0.isWord && $0.isCapitalized) }).map({ Array(appositive[($0 + 1)...]) }),
               (2...4).contains(run.count), Lexicon.isSpeakerNoun(appositive[appositive.count - run.count - 1].lower),
               NameIndex.looksLikePerson(run.map(\.text).joined(separator: " ")) {
                return run
            }
            i = appositiveStart - 2
            // "Alex Trouteaud, director of research at Demand Abolition, a national group, said":
            // appositives in a row, each opening in lower case, are all passed over, and so is the
            // country or state after a place in one of them ("a fellow at the institute in Munich, Germany,
            // and co-author") — not a name after an opening phrase ("From Washington, Susan Rice, …").
            while i > 0, let earlier = Self.appositiveStart(tokens, endingAt: i), earlier >= 2, i - earlier < 20,
                  !tokens[earlier].isCapitalized || i - earlier < 2 && tokens[earlier - 2].isCapitalized
                    && tokens[earlier...i].allSatisfy({ $0.isWord && $0.isCapitalized && !$0.isCapitalizedFunctionWord })
                    && Self.appositiveStart(tokens, endingAt: earlier - 2).map({ !tokens[$0].isCapitalized }) == true {
                i = earlier - 2
            }
        } else if let preposition = prepositionalPhraseStart(tokens, endingAt: i) {
            i = preposition - 1
        }
        // "Sen. Jeanne Shaheen, D-N.H., who serves …, said": the lawmaker, not the party and state after her.
        if i >= 2, tokens[i].isPartyTag, tokens[i - 1].text == "," { i -= 2 }
        // "State Sen. Dawn Addiego (R-Burlington), for example, said": a short parenthesis after the name stands aside too.
        if i >= 2, tokens[i].text == ")", let open = tokens[max(0, i - 6)..<i].lastIndex(where: { $0.text == "(" }), open > 0, tokens[open - 1].isWord {
            i = open - 1
        }
        // "When asked about the vote, Moss declined": a clause's opening word is no one.
        guard i >= 0, tokens[i].isWord, !Lexicon.subordinators.contains(tokens[i].lower) else { return nil }
        // "Neil Portnow, who said": the one the relative clause is about.
        if tokens[i].lower == "who", i > 0 { return subjectBefore(who: i, in: tokens) }
        // "The New York Times, which reports:", "the group, which says on its site that …": a body — but
        // "Con Edison, which maintains 90,000 miles of cable" says nothing.
        // So does "the union, which said": a word for a body or a written thing.
        if tokens[i].lower == "which", i > 1, tokens[i - 1].text == ",", tokens[i - 2].isCapitalized || Lexicon.isSpeakerNoun(tokens[i - 2].lower),
           introducesWords(tokens, after: verb) {
            // "the head of the Palestinian Dialogue Group, which says": "which" is the body, never its head.
            return subjectBefore(who: i, in: tokens).map { phrase in
                // But "the Department of Homeland Security, which" is one name.
                guard let link = phrase.firstIndex(where: { $0.lower == "of" }), link > 0, link + 1 < phrase.count, !phrase[link - 1].isCapitalized,
                      !Lexicon.bodyNouns.contains(phrase[link - 1].lower), Lexicon.isSpeakerNoun(phrase[link - 1].lower) else { return phrase }
                return Array(phrase[(link + 1)...])
            }
        }
        if tokens.isPronoun(at: i) { return [tokens[i]] }
        var start = i
        var lowerCount = 0
        while start >= 0 {
            let token = tokens[start]
            guard token.isWord else { break }
            // "the US Ambassador to the United Nations": an envoy's "to the" goes on with the phrase.
            if Lexicon.followsEnvoysTo(tokens, determiner: start) {
                start -= 2
                continue
            }
            // "told the Journal that three attorneys had told her": "that" before a plural opens a clause, it is no determiner.
            if token.lower == "that", start < i, Lexicon.isPluralNoun(tokens[i].lower) {
                return accept(Array(tokens[(start + 1)...i]))
            }
            if Lexicon.determiners.contains(token.lower) {
                // "Ilan Gilon of the Meretz party said": the person, not the party — but in "Head of
                // the State Duma's Foreign Affairs Committee Leonid Slutsky said" the body's office.
                if start >= 2, Lexicon.affiliationLinks.contains(tokens[start - 1].lower), tokens[start - 2].isCapitalized,
                   !tokens[start...i].contains(where: { $0.isPossessive && $0.isCapitalized }),
                   let person = subject(tokens, verb: start - 1) {
                    return person
                }
                // "A spokesperson for the US State Department confirmed" — but in "A spokesman at a news
                // conference said" the phrase says when one spoke.
                if let employer = employerLinkStart(tokens, before: start) {
                    return Lexicon.isOccasion(tokens[i].lower) ? subject(tokens, verb: start - 1) : accept(Array(tokens[employer...i]))
                }
                if start > 0, let people = describedSpeaker(tokens, preposition: start - 1, end: i) { return people }
                if start > 0, let name = unclosedAppositiveSubject(tokens, preposition: start - 1) { return name }
                if let who = relativeClauseStart(tokens, before: start), let one = subjectBefore(who: who, in: tokens) {
                    // "One eyewitness who works for the Nice authorities said": a clause with no comma says which one.
                    let restricts = tokens[who - 1].range == one.last?.range && !one[one.count - 1].isCapitalized && Lexicon.isSpeakerNoun(one[one.count - 1].lower)
                    return restricts ? one + tokens[who...i] : one
                }
                return accept(Array(tokens[start...i]))
            }
            if token.isCapitalized {
                if start < i, token.isCapitalizedFunctionWord, !insideName(tokens, at: start) { break }
                start -= 1
                continue
            }
            if start < i, ["of", "for"].contains(token.text), tokens[start + 1].isCapitalized, start > 0, tokens[start - 1].isCapitalized {
                start -= 1
                continue
            }
            if token.lower == "and", start < i, joinsRolesOfOne(tokens, and: start) || NameIndex.continuesName(tokens, at: start) {
                start -= 1
                continue
            }
            guard !Lexicon.functionWords.contains(token.lower), !endsPhrase(token), lowerCount < 5 else { break }
            lowerCount += 1
            start -= 1
        }
        guard start < i else { return nil }
        // "Sen. John McCain (R) of Arizona wondered": the lawmaker, not the state after the party.
        if start >= 4, tokens[start].lower == "of", tokens[start - 1].text == ")",
           let open = tokens[(start - 4)..<(start - 1)].lastIndex(where: { $0.text == "(" }),
           ["R", "D", "I"].contains(tokens[open + 1].text) || tokens[open + 1].isPartyTag {
            return subject(tokens, verb: open)
        }
        // "Officials in Beijing said", "the deputy governor in Kabul said": the people, with where they are.
        if start > 0, let people = describedSpeaker(tokens, preposition: start, end: i) { return people }
        // "Lauren Nel from Natural Justice in Cape Town says", "Jane Doe at Goldman Sachs said": the
        // person named before where they are from or work; "The Kremlin in Moscow said": the body in a place.
        if start > 0, ["from", "at", "in"].contains(tokens[start].lower), tokens[start - 1].isCapitalized, let one = subject(tokens, verb: start),
           NameIndex.looksLikePerson(one.map(\.text).joined(separator: " ")) || tokens[start].lower == "in" && one.last?.range == tokens[start - 1].range {
            return one
        }
        // "The National Weather Service in Gray tweeted": the body, not the place.
        if start > 0, tokens[start - 1].isWord, ["in", "from"].contains(tokens[start].lower),
           Lexicon.institutionWords.contains(tokens[start - 1].lower), let body = subject(tokens, verb: start) {
            return body
        }
        // "after the finish in Sao Paulo said", "firing the missile over Japan suggested": a place
        // after "in", "over" … is no one speaking.
        if start > 0, ["in", "near", "over", "across", "into", "onto", "toward", "towards", "through", "against", "under", "above", "below"].contains(tokens[start].lower), tokens[start - 1].isWord, !tokens[start - 1].isCapitalized,
           unclosedAppositiveSubject(tokens, preposition: start) == nil {
            return nil
        }
        if let name = unclosedAppositiveSubject(tokens, preposition: start) { return name }
        return accept(Array(tokens[(employerLinkStart(tokens, before: start + 1) ?? start + 1)...i]))
    }

    /// "the businesswoman and film star", "the actor and director": one person given two roles — not
    /// "the mother and father", two people.
    private static func joinsRolesOfOne(_ tokens: [Token], and: Int) -> Bool {
        let isRole = { (token: Token) in token.isWord && !token.isCapitalized && Lexicon.personRoles.contains(token.lower) && !Lexicon.kin.contains(token.lower) }
        let isModifier = { (token: Token) in token.isWord && !token.isCapitalized && !Lexicon.functionWords.contains(token.lower) }
        guard and >= 2, isRole(tokens[and - 1]), let the = tokens[max(0, and - 4)..<(and - 1)].lastIndex(where: { $0.lower == "the" }),
              tokens[(the + 1)..<(and - 1)].allSatisfy(isModifier) else { return false }
        // The second role within three words: "and director", "and film star".
        let next = tokens[(and + 1)..<min(tokens.count, and + 4)]
        guard let role = next.firstIndex(where: isRole) else { return false }
        return next[..<role].allSatisfy(isModifier)
    }

    /// "reports:", "says on its site that", "said it was": a verb whose words follow, not its object.
    private static func introducesWords(_ tokens: [Token], after verb: Int) -> Bool {
        verb + 1 >= tokens.count || [":", ","].contains(tokens[verb + 1].text) || tokens[(verb + 1)...].prefix(6).contains { $0.lower == "that" }
            || Lexicon.plainReportingVerbs.contains(tokens[verb].lower)
    }

    /// "One man who was leaving the Pasteur Hospital told": the phrase before the verb is the object
    /// in a relative clause opening at the "who" this returns, and the one the clause is about speaks.
    private static func relativeClauseStart(_ tokens: [Token], before start: Int) -> Int? {
        // "his attorney general, who the New York Times referred to as": the phrase right after "who" is the clause's subject.
        guard start > 0, tokens[start - 1].lower != "who" else { return nil }
        var j = start - 1
        while j > 0, start - j <= 4, tokens[j].isWord, !tokens[j].isCapitalized {
            if tokens[j].lower == "who" { return j }
            j -= 1
        }
        return nil
    }

    /// The one a relative clause opening at `who` is about: "Neil Portnow" in "Neil Portnow, who".
    private static func subjectBefore(who: Int, in tokens: [Token]) -> [Token]? {
        if let one = subject(tokens, verb: tokens[who - 1].text == "," ? who - 1 : who) { return one }
        // "Andrew McCarthy, a fantasist who describes …": a description no one speaks as stands beside a name.
        guard let article = tokens[..<who].lastIndex(where: { ["a", "an", "the"].contains($0.lower) }), who - article <= 4, article >= 2,
              tokens[article - 1].text == ",", tokens[article - 2].isCapitalized,
              tokens[(article + 1)..<who].allSatisfy({ $0.isWord && !$0.isCapitalized }) else { return nil }
        return subject(tokens, verb: article - 1)
    }

    /// "Tong Zhao, a fellow at the Carnegie-Tsinghua Center in Beijing told", "David Anderson, the
    /// reviewer of terrorism legislation for the UK government called", "Sakie Yokota, the mother of
    /// abduction victim Megumi Yokota told": an appositive the text never
    /// closes ends in a phrase after `preposition`, and the name opening the sentence before it
    /// speaks — not "Speaking to CNN, the deputy governor in Kabul said".
    private static func unclosedAppositiveSubject(_ tokens: [Token], preposition: Int) -> [Token]? {
        guard preposition > 0, Lexicon.prepositions.contains(tokens[preposition].lower) || tokens[preposition].lower == "of",
              let comma = tokens[max(0, preposition - 12)..<preposition].lastIndex(where: { $0.text == "," }), comma > 0,
              tokens[..<comma].allSatisfy({ $0.isWord && $0.isCapitalized && !Lexicon.notNames.contains($0.lower) }),
              Lexicon.determiners.contains(tokens[comma + 1].lower) else { return nil }
        return subject(tokens, verb: comma)
    }

    /// "a representative for Thurman", "A spokesman for Microsoft": where the description of one
    /// who works for the name at `nameStart` begins, if one does.
    private static func employerLinkStart(_ tokens: [Token], before nameStart: Int) -> Int? {
        let link = nameStart - 1
        // One who works for it: "the mission statement of the NAACP" is the NAACP's own.
        guard link >= 2, Lexicon.employerLinks.contains(tokens[link].text), !tokens[link - 1].isCapitalized,
              Lexicon.isSpeakerNoun(tokens[link - 1].lower), !Lexicon.utteranceNouns.contains(tokens[link - 1].lower) else { return nil }
        var start = link - 1
        while start > 0, link - start <= 3, tokens[start - 1].isWord, !Lexicon.functionWords.contains(tokens[start - 1].lower)
            || Lexicon.determiners.contains(tokens[start - 1].lower) {
            start -= 1
            // "the confusion over the source of the gunshots continues": after a preposition it is an object.
            // ("after a spokesman for the Kremlin said" opens a clause, and the spokesman speaks.)
            if Lexicon.determiners.contains(tokens[start].lower) {
                let objectOf = start > 0 && Lexicon.prepositions.contains(tokens[start - 1].lower) && !["after", "before", "with"].contains(tokens[start - 1].lower)
                return objectOf ? nil : start
            }
        }
        return nil
    }

    /// "tweeted that Prince didn't want …": the subject of what was said, whose "that" is no determiner.
    private static func opensReportedClause(_ phrase: [Token], in tokens: [Token]) -> Bool {
        guard phrase[0].lower == "that", let start = tokens.start(of: phrase), start > 0 else { return false }
        return isFiniteReportingVerb(tokens[start - 1])
    }

    /// The nearest noun phrase before `end` that a verb follows, within the clause.
    private static func coordinatedSubject(_ tokens: [Token], before end: Int) -> [Token]? {
        var i = end - 1
        while i > 0, end - i <= 12, tokens[i].isWord {
            let next = tokens[i + 1]
            // "called Wells Fargo’s behavior “outrageous” and called for": an owner is followed by what it owns, not by its verb.
            let verbFollows = next.isWord && !next.isCapitalized && !Lexicon.functionWords.contains(next.lower) && !tokens[i].isPossessive
            // Only a pronoun or a phrase with a determiner: a bare capitalised word ("Democratic-led
            // cities") is too often a modifier.
            if verbFollows, Lexicon.isSpeakerNoun(tokens[i].lower) || Lexicon.pronouns.contains(tokens[i].lower),
               let phrase = subjectEnding(tokens, at: i),
               Lexicon.pronouns.contains(phrase[0].lower) || Lexicon.determiners.contains(phrase[0].lower),
               !opensReportedClause(phrase, in: tokens), !isObject(phrase, in: tokens) {
                // "Estrosi said that the families needed time, and added": the one who said so goes on adding —
                // but in "Witnesses said that the man entered the shop and shouted" the man shouts.
                // (`end` is the comma before "and", the verb two words on.)
                if end + 2 < tokens.count, tokens[end].text == ",", Lexicon.addingVerbs.contains(tokens[end + 2].lower),
                   let start = tokens.start(of: phrase), start >= 2, tokens[start - 1].lower == "that",
                   isFiniteReportingVerb(tokens[start - 2]) {
                    return subject(tokens, verb: start - 2) ?? phrase
                }
                return phrase
            }
            // "Earlier Boris Johnson met Tillerson and vowed": a person's full name a verb follows.
            if verbFollows, tokens[i].isCapitalized, let phrase = subjectEnding(tokens, at: i),
               case let name = Array(phrase.drop { Lexicon.notNames.contains($0.lower) || $0.isCapitalizedFunctionWord }), name.count >= 2,
               NameIndex.looksLikePerson(name.map(\.text).joined(separator: " ")) {
                return name
            }
            i -= 1
        }
        return nil
    }

    /// "watched the police videos": a phrase right after a verb in the past is its object, no subject.
    private static func isObject(_ phrase: [Token], in tokens: [Token]) -> Bool {
        guard let start = tokens.start(of: phrase), start > 0, case let before = tokens[start - 1] else { return false }
        return before.isWord && !before.isCapitalized && Lexicon.isPastTense(before.lower)
    }

    /// The noun phrase that ends at `end`: a pronoun, or words back to a determiner or a name's start.
    private static func subjectEnding(_ tokens: [Token], at end: Int) -> [Token]? {
        if tokens.isPronoun(at: end) { return [tokens[end]] }
        var start = end
        while start > 0, tokens[start - 1].isWord, end - start < 5,
              tokens[start - 1].isCapitalized || Lexicon.determiners.contains(tokens[start - 1].lower) {
            start -= 1
            if Lexicon.determiners.contains(tokens[start].lower) { break }
        }
        return accept(Array(tokens[start...end]))
    }

    /// The first noun phrase of a sentence, after an opening phrase ("In a statement, …"):
    /// the subject a participle such as "saying" or "adding" shares.
    static func sentenceSubject(_ tokens: [Token]) -> [Token]? {
        // "But Ishiba brushed Tamaki off, saying …": a conjunction opening the sentence stands before the rest.
        var start = tokens.count > 1 && ["and", "but", "yet", "so", "or"].contains(tokens[0].lower) ? 1 : 0
        // "He couched the message in bellicose language, warning …": a pronoun opening the sentence is its subject.
        if start < tokens.count, case let first = tokens[start], Lexicon.functionWords.contains(first.lower) && !Lexicon.determiners.contains(first.lower)
            && !Lexicon.subjectPronouns.contains(first.lower) || first.lower == "asked" || Lexicon.sentenceAdverbs.contains(first.lower),
           let comma = tokens[start...].firstIndex(where: { $0.text == "," }), comma < start + 12 {
            start = comma + 1
        }
        if let phrase = noun(tokens, from: start) { return phrase }
        // "Last year he gave a speech …": a short time phrase before a pronoun — not "When he …".
        let opening = tokens[min(start, tokens.count)...].prefix(4)
        if let pronoun = opening.firstIndex(where: { Lexicon.pronouns.contains($0.lower) }),
           opening[..<pronoun].allSatisfy({ $0.isWord && (!Lexicon.functionWords.contains($0.lower) || ["this", "that"].contains($0.lower)) }) {
            return [tokens[pronoun]]
        }
        if let name = namedSubject(tokens, from: start) { return name }
        // "So, with just a few days to go, Christie quit—telling …": after an opening phrase of any
        // length, the first name a plain verb follows.
        return tokens[start...].indices.lazy.filter { tokens[$0].text == "," }.compactMap { namedSubject(tokens, from: $0 + 1) }.first
    }

    /// "Portnow walked back his comments, saying …": a name whose verb is plainly one (a past or
    /// a present in -s) — "Several female artists", "Social media users" and "Biden aides" have none.
    /// "Tester publicly supported the pipeline": an adverb may stand before the verb.
    private static func namedSubject(_ tokens: [Token], from start: Int) -> [Token]? {
        guard let name = leadingName(tokens, from: start), let verb = tokens.dropFirst(start + name.count).first(where: { !isModifier($0) }),
              Lexicon.isPastTense(verb.lower) || verb.lower.hasSuffix("s") && !verb.lower.hasSuffix("ss"),
              !Lexicon.isSpeakerNoun(verb.lower) else { return nil }
        return name
    }

    /// "Portnow walked back his comments": a name of capitalised words at `start` that a verb
    /// follows, whatever the verb.
    static func leadingName(_ tokens: [Token], from start: Int) -> [Token]? {
        var end = start
        while end < tokens.count, tokens[end].isWord, tokens[end].isCapitalized, end == start || !tokens[end].isCapitalizedFunctionWord { end += 1 }
        // "Will Smith" may open with a function word, but alone "When asked" and "Some rumors" name no one.
        guard end > start, end < tokens.count, tokens[end].isWord, !tokens[end].isCapitalized,
              !Lexicon.functionWords.contains(tokens[end].lower), !tokens[end - 1].isPossessive,
              end - start > 1 || !tokens[start].isCapitalizedFunctionWord else { return nil }
        return accept(Array(tokens[start..<end]))
    }

    /// The noun phrase that starts at `start`: "Trump" in "said Trump", "the spokesman" in
    /// "added the spokesman", "a spokesman for the company".
    static func noun(_ tokens: [Token], from start: Int) -> [Token]? {
        // "As the crowd…", "But Trump…": a sentence's opening function word starts no phrase.
        guard start < tokens.count, tokens[start].isWord, !tokens[start].isCapitalizedFunctionWord || insideName(tokens, at: start)
                || Lexicon.determiners.contains(tokens[start].lower) || Lexicon.pronouns.contains(tokens[start].lower) else { return nil }
        // A pronoun stands alone, but "her spokesman" is a phrase with a possessive.
        let possessive = tokens[start].lower == "her" && start + 1 < tokens.count && tokens[start + 1].isWord
        if tokens.isPronoun(at: start), !possessive { return [tokens[start]] }
        var end = start
        var phrase: [Token] = []
        if Lexicon.determiners.contains(tokens[start].lower) {
            phrase.append(tokens[start])
            end += 1
        }
        while end < tokens.count, tokens[end].isWord, phrase.count < 10 {
            let token = tokens[end]
            if token.isCapitalized {
                // "the newspaper Friday said" ends at the day; "the Sunday Times" does not.
                let endingDay = Lexicon.weekdays.contains(token.lower) && !(end + 1 < tokens.count && tokens[end + 1].isCapitalized)
                if !phrase.isEmpty, token.isCapitalizedFunctionWord && !insideName(tokens, at: end) || endingDay { break }
            } else {
                // "a spokesman for the Foreign Ministry": the name's own "the" goes with it.
                let article = end + 2 < tokens.count && tokens[end + 1].lower == "the" && tokens[end + 2].isCapitalized ? 1 : 0
                let beforeName = end + 1 + article < tokens.count && tokens[end + 1 + article].isCapitalized
                // "Department of Homeland Security"; "a representative for Moore", "a spokesman for Microsoft".
                let worksFor = Lexicon.employerLinks.contains(token.text) && phrase.last.map { Lexicon.isSpeakerNoun($0.lower) } == true
                // "the International Committee of the Red Cross": a body's name may go on with "of the".
                let bodyGoesOn = article == 0 || token.text == "of" && Lexicon.institutionWords.contains(phrase.last?.lower ?? "")
                // "U.S. Ambassador to the UN Samantha Power": an envoy's "to the" goes on with the phrase.
                let envoyTo = article == 1 && Lexicon.followsEnvoysTo(tokens, determiner: end + 1)
                let connects = beforeName && (["of", "for"].contains(token.text) && (phrase.last?.isCapitalized ?? false) && bodyGoesOn || worksFor || envoyTo)
                    || token.text == "and" && (NameIndex.continuesName(tokens, at: end) || joinsRolesOfOne(tokens, and: end))
                // "a spokesman for the company", "a publicist for the actress": a body or person the text describes.
                if worksFor, !beforeName, end + 2 < tokens.count, ["the", "a", "an", "his", "her", "their", "its"].contains(tokens[end + 1].lower),
                   tokens[end + 2].isWord, !Lexicon.functionWords.contains(tokens[end + 2].lower),
                   !(placeEnd(tokens, from: end + 1).map { Lexicon.isOccasion(tokens[$0].lower) } ?? false) {
                    phrase += [token, tokens[end + 1]]
                    end += 2
                    continue
                }
                // "the comedian humorously clarified", "Trump often mixed": an adverb after the noun ends the phrase — but
                // "Britain's first female chancellor", "the US first lady": "first" and "only" are adjectives too.
                let adverbAfterName = Lexicon.verbModifiers.contains(token.lower) && !["first", "only"].contains(token.lower)
                    && phrase.last.map { $0.isCapitalized && !$0.isCapitalizedFunctionWord && !$0.isPossessive } == true
                if phrase.contains(where: { !Lexicon.determiners.contains($0.lower) }), isMannerAdverb(token) || adverbAfterName { break }
                // "Yitzhak Herzog voiced opposition", "One train operator halted its service", "an officer
                // shouts", "a spokesperson confirming the eviction read": a name's or a speaker's verb ends
                // it — but "an official named Adrienne Day" goes on to the name, and "the NK state media" is
                // no "NK" that states.
                if let last = phrase.last, last.isCapitalized && !last.isCapitalizedFunctionWord || Lexicon.isSpeakerNoun(last.lower),
                   !last.isPossessive, Lexicon.isPastTense(token.lower) || isFiniteReportingVerb(token) && token.lower.hasSuffix("s")
                    || isInscriptionVerb(token) || token.lower.hasSuffix("ing") && token.lower.count > 5
                    || Lexicon.pastsBeforeParticles.contains(token.lower) && end + 1 < tokens.count && Lexicon.verbParticles.contains(tokens[end + 1].lower),
                   !["named", "called"].contains(token.lower) { break }
                // "JPL scientist and study co-author Michael Malaska": two roles of the one name that follows.
                if token.lower == "and", let last = phrase.last, !last.isCapitalized,
                   Lexicon.isSpeakerNoun(last.lower) || Lexicon.personRoles.contains(last.lower),
                   let name = tokens[(end + 1)...].prefix(4).firstIndex(where: \.isCapitalized), name > end + 1,
                   tokens[(end + 1)..<name].allSatisfy({ $0.isWord && !Lexicon.functionWords.contains($0.lower) }) {
                    phrase.append(token)
                    end += 1
                    continue
                }
                // "Facebook's head of cybersecurity", "the director of communications": a role's field goes with it.
                if token.text == "of", let last = phrase.last, !last.isCapitalized, Lexicon.isSpeakerNoun(last.lower),
                   end + 1 < tokens.count, case let field = tokens[end + 1], field.isWord, !field.isCapitalized,
                   !Lexicon.functionWords.contains(field.lower), !Lexicon.isPastTense(field.lower), !isFiniteReportingVerb(field) {
                    phrase += [token, field]
                    end += 2
                    continue
                }
                // "a woman outside the station": where one is goes after the phrase.
                if let last = phrase.last, !last.isCapitalized, Lexicon.isSpeakerNoun(last.lower), Lexicon.describingLinks.contains(token.lower) { break }
                guard connects || (!Lexicon.functionWords.contains(token.lower) && !endsPhrase(token, after: phrase.last)) else { break }
                if connects, article == 1 {
                    phrase += [token, tokens[end + 1]]
                    end += 2
                    continue
                }
            }
            phrase.append(token)
            end += 1
        }
        return accept(phrase)
    }

    /// A capitalised function word between two words of a name ("Bring Back Our Girls"), or
    /// one that opens names ("All Nippon Airways", even after a comma or a quotation) — not one
    /// opening a sentence ("But Trump said").
    private static func insideName(_ tokens: [Token], at i: Int) -> Bool {
        let opensName = i > 0 && tokens[i - 1].isWord || Lexicon.nameOpeningWords.contains(tokens[i].lower)
        return opensName && i + 1 < tokens.count && tokens[i + 1].isWord && tokens[i + 1].isCapitalized
            && !tokens[i + 1].isCapitalizedFunctionWord
    }

    /// A verb that ends a noun phrase: "said", "stated" — not "state" or "report", which are nouns too.
    static func endsPhrase(_ token: Token, after previous: Token? = nil) -> Bool {
        // "the sign reads", "(a statement released by) the agency read", "a statement released by".
        if let previous, isInscriptionVerb(token) && (Lexicon.isWrittenThing(previous.lower) || previous.isCapitalized)
            || isIssuingParticiple(token, after: previous) { return true }
        guard isFiniteReportingVerb(token) else { return false }
        // "the Associated Press reports": after a name, "reports" is the verb.
        return token.lower.hasSuffix("ed") || Lexicon.plainReportingVerbs.contains(token.lower)
            || (token.lower.hasSuffix("s") && previous?.isCapitalized == true)
    }

    /// What follows a written thing at `start`: who issued it ("released by the agency", "from
    /// X") or where it stands ("in the picture"), with the index after it.
    static func qualifier(_ tokens: [Token], from start: Int) -> (link: String, noun: [Token], end: Int)? {
        var link = start
        if link < tokens.count, Lexicon.issuingVerbs.contains(tokens[link].lower) { link += 1 }
        guard link < tokens.count, ["by", "from", "in", "on", "at", "of"].contains(tokens[link].lower),
              let noun = noun(tokens, from: link + 1) else { return nil }
        return (tokens[link].lower, noun, link + 1 + noun.count)
    }

    /// "a statement released by", "messages posted on Twitter": a participle that says how a written
    /// thing was issued, which reports nothing itself.
    static func isIssuingParticiple(_ token: Token, after previous: Token) -> Bool {
        Lexicon.issuingVerbs.contains(token.lower) && Lexicon.isWrittenThing(previous.lower)
    }

    /// "reads", "read": a written thing's verb, never a name's first word.
    static func isInscriptionVerb(_ token: Token) -> Bool {
        token.isWord && !token.isCapitalized && Lexicon.inscriptionVerbs.contains(token.lower)
    }

    /// "a woman outside the station" from "a woman": the phrase that ends before `end` with what
    /// follows it to say which one is meant, and the index after the two. "A spokesman in a
    /// statement said": when or how one spoke is passed over to the verb, and is no part of the phrase.
    static func describedFurther(_ phrase: [Token], in tokens: [Token], end: Int) -> (phrase: [Token], end: Int) {
        // "said a source close to the prince": the adjective and its link open the phrase as a preposition does.
        let adjective = Lexicon.opensAdjectiveLink(tokens, at: end)
        guard end < tokens.count, Lexicon.prepositions.contains(tokens[end].lower) || adjective,
              let last = placeEnd(tokens, from: end + (adjective ? 2 : 1)) else { return (phrase, end) }
        if describes(tokens, link: end, end: last) { return (phrase + tokens[end...last], last + 1) }
        let verbFollows = last + 1 < tokens.count && isFiniteReportingVerb(tokens[last + 1])
        return verbFollows && Lexicon.isOccasion(tokens[last].lower) ? (phrase, last + 1) : (phrase, end)
    }

    /// The last word of the place or group named from `start`: "the crowd", "Israeli left-wing
    /// newspaper Haaretz", "the group’s headquarters" — up to a verb or a function word.
    private static func placeEnd(_ tokens: [Token], from start: Int) -> Int? {
        var end = start
        if end < tokens.count, Lexicon.determiners.contains(tokens[end].lower) || tokens[end].isPossessive { end += 1 }
        while end < tokens.count, end - start < 6, tokens[end].isWord, !Lexicon.functionWords.contains(tokens[end].lower) || tokens[end].isCapitalized && end > start,
              !endsPhrase(tokens[end], after: tokens[end - 1]), !isModifier(tokens[end]) {
            end += 1
        }
        return end > start && !Lexicon.determiners.contains(tokens[end - 1].lower) ? end - 1 : nil
    }

    /// Whether the phrase from the preposition at `link` to `end` says which one is meant of the
    /// speaker or written thing before it: "a man in the crowd", "a post on the group's page" — not
    /// "a spokesman in a statement", "officials on Monday".
    private static func describes(_ tokens: [Token], link: Int, end: Int) -> Bool {
        guard link > 0, end >= link + 1, end - link <= 7 else { return false }
        let head = tokens[link - 1], preposition = tokens[link].lower
        if preposition == "on", Lexicon.isWrittenThing(head.lower) { return true }
        return head.isWord && isCommonNoun(tokens, at: link - 1) && Lexicon.isSpeakerNoun(head.lower) && !Lexicon.isWrittenThing(head.lower)
            && Lexicon.isDescribingLink(tokens, at: link) && !Lexicon.isOccasion(tokens[end].lower)
    }

    /// Who speaks when a phrase after a word for them says which ones: "officials in Beijing", "a
    /// source close to Prince Harry", where the adjective opens the phrase.
    private static func describedSpeaker(_ tokens: [Token], preposition: Int, end: Int) -> [Token]? {
        let link = Lexicon.opensAdjectiveLink(tokens, at: preposition - 1) ? preposition - 1 : preposition
        guard link > 0, describes(tokens, link: link, end: end), let people = subject(tokens, verb: link) else { return nil }
        return people.last?.range == tokens[link - 1].range ? people + tokens[link...end] : people
    }

    /// A phrase names a speaker when it has a name or ends in a word for one who speaks or a thing that bears words.
    static func accept(_ phrase: [Token]) -> [Token]? {
        guard let last = phrase.last else { return nil }
        // "…,” another said": one of the people the story has just been quoting.
        if phrase.count == 1, Lexicon.unnamedOthers.contains(last.lower) { return phrase }
        if orderReferent(phrase) != nil { return phrase }
        if describesSomeone(phrase) { return phrase }
        // "Tuesday’s" owns nothing that speaks.
        if phrase.contains(where: { $0.isCapitalized && !Lexicon.determiners.contains($0.lower) && !Lexicon.notNames.contains($0.withoutPossessive.lowercased()) }),
           last.isCapitalized || Lexicon.isSpeakerNoun(last.lower) || Lexicon.isWrittenThing(last.lower) {
            return phrase
        }
        return Lexicon.isSpeakerNoun(last.lower) || Lexicon.isWrittenThing(last.lower) ? phrase : nil
    }

    /// "former" or "latter" for "the former" or "the latter": one of two people by the order they were named in.
    static func orderReferent(_ phrase: [Token]) -> String? {
        phrase.count == 2 && phrase[0].lower == "the" && Lexicon.orderReferents.contains(phrase[1].lower) ? phrase[1].lower : nil
    }

    /// "a representative for Moore", "a man at an Oracle email address", "a man in the crowd", "one
    /// man who was leaving the hospital": someone described by a word for one who speaks and what
    /// goes on from it.
    static func describesSomeone(_ words: [Token]) -> Bool {
        descriptionLink(words) != nil
    }

    /// The word that names a speaker: "man" in "a man in the crowd", else the phrase's last.
    static func head(_ phrase: [Token]) -> Token? {
        descriptionLink(phrase).map { phrase[$0 - 1] } ?? phrase.last
    }

    /// Where what says which one is meant starts: "in" in "a man in the crowd".
    static func descriptionLink(_ words: [Token]) -> Int? {
        guard let link = words.indices.first(where: { Lexicon.employerLinks.contains(words[$0].text) || Lexicon.isDescribingLink(words, at: $0) || words[$0].text == "who" }),
              link > 0, case let head = words[link - 1], isCommonNoun(words, at: link - 1), Lexicon.isSpeakerNoun(head.lower),
              !Lexicon.isWrittenThing(head.lower) || Lexicon.employerLinks.contains(words[link].text) else { return nil }
        return link
    }

    /// A word in lower case, or a plural that opens the words: a sentence's first word is capitalised whatever
    /// it is ("Sources close to Musk", "People familiar with the talks"), and so is a group named for its
    /// members ("Friends of the Earth"). One of a group would have "a" or "the" first, and "Mayor of London
    /// Sadiq Khan" is a title.
    private static func isCommonNoun(_ words: [Token], at index: Int) -> Bool {
        !words[index].isCapitalized || index == 0 && (Lexicon.isPluralNoun(words[index].lower) || words[index].lower == "people")
    }

    /// "also", "finally": a word that may stand between a subject and its verb.
    static func isModifier(_ token: Token) -> Bool {
        guard token.isWord, !token.isCapitalized else { return false }
        // "Isiah's family released": a word in -ly may name one who speaks.
        return Lexicon.verbModifiers.contains(token.lower) || (token.lower.hasSuffix("ly") && token.lower.count > 4
            && !Lexicon.isSpeakerNoun(token.lower) && !Lexicon.institutionWords.contains(token.lower))
    }

    /// "humorously", "angrily": never a noun, as "family" or "rally" may be.
    private static func isMannerAdverb(_ token: Token) -> Bool {
        ["ously", "edly", "fully", "ingly", "ively", "ically", "ently", "antly", "rily", "ately"].contains { token.lower.hasSuffix($0) }
    }

    /// "President Trump in a social media posting called": the phrase starts at "in".
    private static func prepositionalPhraseStart(_ tokens: [Token], endingAt end: Int) -> Int? {
        guard !tokens[end].isCapitalized else { return nil }
        var i = end
        while i >= 0, end - i < 7, tokens[i].isWord {
            // "A Transport for London spokesman": a "for" between capitals is the name's own.
            let insideName = ["for", "of"].contains(tokens[i].text) && i > 0 && i + 1 < tokens.count
                && tokens[i - 1].isCapitalized && tokens[i + 1].isCapitalized
            // "A source close to the singer", "a source familiar with the talks": the adjective opens the phrase.
            let completesLink = Lexicon.opensAdjectiveLink(tokens, at: i - 1)
            if Lexicon.prepositions.contains(tokens[i].lower) || completesLink, !insideName {
                // "a man in the crowd said", "the Xinhua news agency immediately after the launch said": the
                // phrase (with an adverb before it) follows the speaker; but "a spokeswoman for the ministry" works for it.
                var head = (completesLink ? i - 1 : i) - 1
                while head > 0, isModifier(tokens[head]) { head -= 1 }
                guard head >= 0, tokens[head].isWord else { return nil }
                // "A warning sign in the picture reads" — but "an email from officials warning" is theirs.
                let speakerNoun = Lexicon.isSpeakerNoun(tokens[head].lower) && !Lexicon.employerLinks.contains(tokens[i].lower)
                    || Lexicon.isWrittenThing(tokens[head].lower) && !["by", "from", "of"].contains(tokens[i].lower)
                return tokens[head].isCapitalized || Lexicon.pronouns.contains(tokens[head].lower) || speakerNoun ? head + 1 : nil
            }
            i -= 1
        }
        return nil
    }

    /// "Jane Doe, a lawyer in Boston, Massachusetts, said": a state or country after the place goes on
    /// naming the place — but "His sister, Georgia, said", "A woman in Tokyo, Kaoru Kuroko, said" and
    /// "A shopper from Sydney, Victoria, said" name who speaks.
    private static func closesPlace(_ tokens: [Token], appositive: Range<Int>) -> Bool {
        let comma = appositive.lowerBound - 1
        guard Places.statesAndCountries.contains(tokens[appositive].map(\.lower).joined(separator: " ")), comma > 0,
              let place = tokens[..<comma].lastIndex(where: { !($0.isWord && $0.isCapitalized) }), place < comma - 1,
              comma - place <= 4, tokens[place].isWord, ["in", "of", "from", "near", "outside"].contains(tokens[place].lower) else { return false }
        // Outside an appositive only a place that is no one's given name: "A nurse from Belfast, Northern
        // Ireland, said" is the nurse's.
        return tokens[..<place].contains { $0.text == "," } || GivenNames.gender(of: tokens[appositive.lowerBound].text) == nil
    }

    /// ", a senior adviser," before a verb: the index of the appositive's first word.
    private static func appositiveStart(_ tokens: [Token], endingAt end: Int) -> Int? {
        var i = end
        while i >= 0, end - i < 30 {
            if tokens[i].text == "," { return i + 1 <= end && i > 0 ? i + 1 : nil }
            guard tokens[i].isWord || ["-", "’", "'", "(", ")"].contains(tokens[i].text) else { return nil }
            i -= 1
        }
        return nil
    }
}
