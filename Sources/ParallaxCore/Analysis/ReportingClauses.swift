/// Finds the words that name a quotation's speaker in the clause that reports it: after the
/// quotation, closing its sentence, or before it.
enum ReportingClauses {
    /// A reporting clause right after the quotation: "…,” Trump said", "…,” said the spokesman",
    /// "…,” according to officials", "…,” Saeb Erekat, the PLO's secretary general, said". After words
    /// the writer cut off with their comma, question or exclamation mark (`handedOver`), any verb that
    /// ends the clause says how they were said: "…,” Smith fretted", "…?” Moss shot back".
    static func after(_ after: ArraySlice<Token>, handedOver: Bool = false) -> [Token]? {
        let tokens = Array(after)
        var i = 0
        while i < tokens.count, i < 2, [",", ";", "—", "–", "-"].contains(tokens[i].text) { i += 1 }
        guard i < tokens.count, tokens[i].isWord else { return nil }
        if tokens[i].lower == "according", i + 1 < tokens.count, tokens[i + 1].lower == "to" {
            return SpeakerPhrases.noun(tokens, from: i + 2)
        }
        if let wording = wordingClause(tokens, from: i) { return wording }
        // "“Never,” was Smith’s reply".
        if ["was", "is", "came"].contains(tokens[i].lower), i + 2 < tokens.count, let owner = claimant(tokens, noun: i + 2) { return owner }
        // "“Do you believe in miracles?” read one fan’s sign".
        if SpeakerPhrases.isInscriptionVerb(tokens[i]), let thing = SpeakerPhrases.noun(tokens, from: i + 1), Lexicon.isWrittenThing(thing.last!.lower) {
            return thing
        }
        if SpeakerPhrases.isFiniteReportingVerb(tokens[i]) {
            // "…, told France Info": whoever is told listens ("“Why?” asked Trump" does speak).
            if Lexicon.tellingVerbs.contains(tokens[i].lower) { return nil }
            // "wrote on Twitter Christian Estrosi": a short phrase may stand between verb and speaker.
            var j = i + 1
            if j < tokens.count, Lexicon.prepositions.contains(tokens[j].lower) {
                j += 1
                while j < tokens.count, j - i <= 5, tokens[j].isWord, !(tokens[j].isCapitalized && j + 1 < tokens.count && tokens[j + 1].isCapitalized) { j += 1 }
            }
            guard let (phrase, start) = SpeakerPhrases.noun(tokens, from: j).map({ ($0, j) }) ?? SpeakerPhrases.noun(tokens, from: i + 1).map({ ($0, i + 1) }) else {
                return nameAfterUnknownRole(tokens, from: i + 1)
            }
            // "said a man in the crowd".
            return nameInApposition(to: SpeakerPhrases.describedFurther(phrase, in: tokens, end: start + phrase.count).phrase, in: tokens)
        }
        if let name = nameAfterLongRole(tokens, from: i) { return name }
        guard var phrase = SpeakerPhrases.noun(tokens, from: i) else { return nil }
        // "…,” one of the French fighters says": one of several people the text describes.
        if phrase.count == 1, ["one", "some", "many", "several", "two", "three", "most"].contains(phrase[0].lower),
           i + 1 < tokens.count, tokens[i + 1].lower == "of",
           let verb = tokens[(i + 2)..<min(tokens.count, i + 10)].firstIndex(where: SpeakerPhrases.isFiniteReportingVerb), verb > i + 2,
           tokens[(i + 2)..<verb].allSatisfy(\.isWord) {
            phrase = Array(tokens[i..<verb])
        }
        var j = i + phrase.count
        // "…,” Moss and Smith said": two names together.
        if j + 1 < tokens.count, tokens[j].lower == "and", phrase.last?.isCapitalized == true, tokens[j + 1].isCapitalized,
           let other = SpeakerPhrases.noun(tokens, from: j + 1), other.allSatisfy(\.isCapitalized) {
            phrase += [tokens[j]] + other
            j += 1 + other.count
        }
        // "Rep. Ann Lee (R-Ohio) said", "All Nippon Airways (ANA) said": a short aside in parentheses stands apart.
        j = pastAside(tokens, from: j)
        // "Ilan Gilon of the Meretz party said", "James Hall with the New York Police Department said":
        // the person's party or employer is passed over.
        let worksWith = j + 2 < tokens.count && tokens[j].lower == "with" && tokens[j + 1].lower == "the" && tokens[j + 2].isCapitalized
        if j < tokens.count, Lexicon.affiliationLinks.contains(tokens[j].lower) || worksWith, phrase.last?.isCapitalized == true,
           let body = SpeakerPhrases.noun(tokens, from: j + 1) {
            j += 1 + body.count
        }
        // "a statement released by KCNA said", "a sign in the window reads": what a written thing
        // is and where it stands come before its verb.
        let written = Lexicon.isWrittenThing(phrase.last!.lower)
        if written, let qualifier = SpeakerPhrases.qualifier(tokens, from: j) {
            j = qualifier.end
        } else {
            // "a woman outside the station said": where one was says which one.
            (phrase, j) = SpeakerPhrases.describedFurther(phrase, in: tokens, end: j)
        }
        // "…,” government spokesman Mohammad Bagher Nobakht, according to the Fars news agency": the one the agency quotes.
        if j + 2 < tokens.count, tokens[j].text == ",", tokens[j + 1].lower == "according", tokens[j + 2].lower == "to" { return phrase }
        var appositive: [Token]?
        if j < tokens.count, tokens[j].text == "," {
            appositive = SpeakerPhrases.noun(tokens, from: j + 1)
            guard let verb = verbAfterAppositives(tokens, from: j + 1) else { return nil }
            j = verb
        }
        while j < tokens.count, SpeakerPhrases.isModifier(tokens[j]) { j += 1 }
        // "…,” a spectator can be heard saying": the one heard speaks.
        var heard = j
        while heard < tokens.count, Lexicon.beForms.contains(tokens[heard].lower) { heard += 1 }
        if heard + 1 < tokens.count, tokens[heard].lower == "heard", tokens[heard + 1].isWord, tokens[heard + 1].lower.hasSuffix("ing"),
           Lexicon.reportingVerbs.contains(tokens[heard + 1].lower) {
            return phrase
        }
        if participleAfterVerb(tokens, from: j) { return phrase }
        // "…,” Connolly began, before being asked again": words one opens with.
        let opens = j < tokens.count && ["began", "begins"].contains(tokens[j].lower) && (j + 1 == tokens.count || [",", "."].contains(tokens[j + 1].text))
        guard j < tokens.count, SpeakerPhrases.isFiniteReportingVerb(tokens[j]) || written && SpeakerPhrases.isInscriptionVerb(tokens[j]) || opens
                || handedOver && endsClause(tokens, verb: j) else { return nil }
        if let cited = citedSource(tokens, verb: j) { return cited }
        // "Bruce Steinberg's sister, Tamara Steinberg Jacobson, wrote", "a spokesman for the Foreign
        // Ministry, Geng Shuang, said": the name, not the description.
        // "Japan’s Ambassador to the United Nations, Koro Bessho, told": so is a title's.
        if let appositive, !(phrase.last?.isCapitalized ?? false) || Lexicon.determiners.contains(phrase[0].lower)
            || phrase.contains(where: { Lexicon.envoys.contains($0.lower) }),
           appositive.allSatisfy({ $0.isCapitalized && !$0.isPartyTag }) {
            return appositive
        }
        return phrase
    }

    /// Where the words go on after a short aside in parentheses at `start` ("Rep. Ann Lee (R-Ohio) said"):
    /// after its closing mark, or `start` itself when none opens there.
    static func pastAside(_ tokens: [Token], from start: Int) -> Int {
        guard start < tokens.count, tokens[start].text == "(",
              let close = tokens[start..<min(tokens.count, start + 8)].firstIndex(where: { $0.text == ")" }) else { return start }
        return close + 1
    }

    /// A verb in the past, with nothing after it but a particle or an adverb in -ly before the clause
    /// ends: "fretted", "went on", "shot back", "interrupted sharply".
    private static func endsClause(_ tokens: [Token], verb: Int) -> Bool {
        let word = tokens[verb]
        guard word.isWord, !word.isCapitalized, !Lexicon.functionWords.contains(word.lower) else { return false }
        var k = verb + 1
        let particle = k < tokens.count && Lexicon.verbParticles.contains(tokens[k].lower)
        guard Lexicon.isPastTense(word.lower) || particle && Lexicon.pastsBeforeParticles.contains(word.lower) else { return false }
        if particle { k += 1 }
        if k < tokens.count, tokens[k].isWord, tokens[k].lower.hasSuffix("ly") { k += 1 }
        return k == tokens.count || [",", ".", "!", "?", ";"].contains(tokens[k].text)
    }

    /// "Saeb Erekat, the secretary general of the PLO, said", "Alex Trouteaud, director of research at
    /// Demand Abolition, a national group, said", "Lucas Paganini, a planetary scientist at NASA's Goddard
    /// Space Flight Center in Greenbelt, Maryland, and American University in Washington, D.C., said":
    /// the reporting verb after the appositives, however many, which a careless text may leave
    /// unclosed ("Mike Hankey, a manager at the Society told"). A verb inside a relative clause
    /// ("Ri Chun Hee, a newsreader, who was brought out of retirement to announce the test, declared")
    /// is not the one.
    private static func verbAfterAppositives(_ tokens: [Token], from start: Int) -> Int? {
        var relative = false
        for k in start..<min(tokens.count, start + 40) {
            let token = tokens[k]
            if token.text == "," { relative = false; continue }
            if SpeakerPhrases.isFiniteReportingVerb(token), !relative { return k }
            // "a member of Montana’s LGBTQ+ community said": signs inside a name go on with it.
            guard token.isWord || token.isMaskedQuotation || ["(", ")", "+", "&", "/", "%", "-"].contains(token.text) else { return nil }
            if Lexicon.relativePronouns.contains(token.lower) { relative = true }
        }
        return nil
    }

    /// "…,” Benioff weighed in, telling Cook", "…,” McDowell laughed, adding": a verb in the past
    /// whose subject goes on to report, with a participle after a comma.
    private static func participleAfterVerb(_ tokens: [Token], from verb: Int) -> Bool {
        guard verb < tokens.count, tokens[verb].isWord, !tokens[verb].isCapitalized, Lexicon.isPastTense(tokens[verb].lower) else { return false }
        var comma = verb + 1
        if comma < tokens.count, Lexicon.verbParticles.contains(tokens[comma].lower) { comma += 1 }
        guard comma + 1 < tokens.count, tokens[comma].text == "," else { return false }
        let participle = tokens[comma + 1]
        return participle.isWord && Lexicon.isReportingParticiple(participle.lower)
    }

    /// "A warning sign in the picture reads: “…”", "the marquee read simply, “…”": a written thing
    /// whose verb introduces the quotation.
    private static func inscription(_ before: [Token]) -> [Token]? {
        guard let verb = before.lastIndex(where: SpeakerPhrases.isInscriptionVerb), before.count - verb <= 4,
              before[(verb + 1)...].allSatisfy({ !$0.isWord || ["in", "part", "simply"].contains($0.lower) }) else { return nil }
        if verb > 0, ["which", "that"].contains(before[verb - 1].lower) { return maker(before, relative: verb - 1) }
        guard let thing = SpeakerPhrases.subject(before, verb: verb) else { return nil }
        if Lexicon.isWrittenThing(thing.last!.lower) { return thing }
        // "A statement by Buckingham Palace read:", "a letter from a Sussex spokesperson read:": the
        // subject is the author the written thing names after it, and the thing itself speaks for them.
        guard let start = before.start(of: thing),
              let written = before[..<start].lastIndex(where: { $0.isWord && Lexicon.isWrittenThing($0.lower) }),
              let qualifier = SpeakerPhrases.qualifier(before, from: written + 1), ["by", "from"].contains(qualifier.link),
              start < qualifier.end else { return nil }
        let determiner = written > 0 && Lexicon.determiners.contains(before[written - 1].lower) ? written - 1 : written
        return Array(before[determiner...written])
    }

    /// "Women hold up placards that read: “…”", "Amazon sent a statement by email, which read:": who
    /// put up or sent the written thing the relative clause is about — not who received or saw it.
    private static func maker(_ tokens: [Token], relative: Int) -> [Token]? {
        guard tokens[max(0, relative - 4)..<relative].contains(where: { $0.isWord && Lexicon.isWrittenThing($0.lower) }),
              let subject = SpeakerPhrases.sentenceSubject(Array(tokens[..<relative])),
              let end = tokens.end(of: subject), end + 1 < relative,
              !tokens[(end + 1)..<relative].contains(where: { Lexicon.findingVerbs.contains($0.lower) })
        else { return nil }
        return subject
    }

    /// "Reuters cited the Amaq website", "the newspaper quoted him as saying": the one cited speaks.
    private static func citedSource(_ tokens: [Token], verb: Int) -> [Token]? {
        guard ["cited", "quoted"].contains(tokens[verb].lower), let cited = SpeakerPhrases.noun(tokens, from: verb + 1) else { return nil }
        // "Bruce Arians cited his family as the reason": what is cited "as" anything but saying is no source.
        let next = verb + 1 + cited.count
        if next + 1 < tokens.count, tokens[next].lower == "as", !["saying", "stating", "telling", "writing"].contains(tokens[next + 1].lower) {
            return nil
        }
        return cited
    }

    /// "said Common Sense’s CEO, James Steyer,": the name in apposition to a description after the verb.
    private static func nameInApposition(to phrase: [Token], in tokens: [Token]) -> [Token] {
        let next = tokens.end(of: phrase).map { $0 + 1 } ?? tokens.count
        // "said Michael Sims, CEO and Founder of Ceres Robotics": a person's name keeps its title after it.
        guard next < tokens.count, tokens[next].text == ",", let name = SpeakerPhrases.noun(tokens, from: next + 1),
              name.allSatisfy(\.isCapitalized), !(phrase.last?.isCapitalized == true && phrase.count == name.count),
              !NameIndex.looksLikePerson(phrase.map(\.text).joined(separator: " ")) || NameIndex.looksLikePerson(name.map(\.text).joined(separator: " "))
        else { return phrase }
        return name
    }

    /// "…,” minister of mines and energy Tom Alweendo told The Namibian": a person's name after a role
    /// of a few words in lower case, right before the reporting verb.
    private static func nameAfterLongRole(_ tokens: [Token], from start: Int) -> [Token]? {
        guard start < tokens.count, !tokens[start].isCapitalized, Lexicon.isSpeakerNoun(tokens[start].lower),
              let nameStart = tokens[start..<min(tokens.count, start + 7)].firstIndex(where: { !$0.isWord || $0.isCapitalized }),
              tokens[nameStart].isWord, let verb = tokens[nameStart...].firstIndex(where: { !($0.isWord && $0.isCapitalized) }),
              SpeakerPhrases.isFiniteReportingVerb(tokens[verb]), case let name = Array(tokens[nameStart..<verb]),
              NameIndex.looksLikePerson(name.map(\.text).joined(separator: " ")) else { return nil }
        return name
    }

    /// "said the Alpes-Maritimes sub-prefect, Sébastien Humbert": a person's name in apposition
    /// after a few words of a role the lexicon does not know.
    private static func nameAfterUnknownRole(_ tokens: [Token], from start: Int) -> [Token]? {
        guard start < tokens.count, Lexicon.determiners.contains(tokens[start].lower),
              let comma = tokens[start..<min(tokens.count, start + 6)].firstIndex(where: { $0.text == "," }),
              tokens[(start + 1)..<comma].allSatisfy(\.isWord), let name = SpeakerPhrases.noun(tokens, from: comma + 1),
              name.allSatisfy(\.isCapitalized), NameIndex.looksLikePerson(name.map(\.text).joined(separator: " ")) else { return nil }
        return name
    }

    /// "A spokesman for Microsoft emailed Newsweek the following statement: “…”", "Chicago police
    /// released a statement:": whoever issued or sent the written thing speaks — not "The BBC
    /// obtained a memo:".
    private static func sender(_ before: [Token]) -> [Token]? {
        guard before.count >= 4, before.last?.text == ":", Lexicon.isWrittenThing(before[before.count - 2].lower) else { return nil }
        return UtteranceIssuers.issuingSubject(before, noun: before.count - 2)
    }

    /// "…,” as Wendt phrased it", "“…,” as Thurman calls it": whose wording the quotation is.
    private static func wordingClause(_ tokens: [Token], from i: Int) -> [Token]? {
        guard tokens[i].lower == "as", let it = tokens[i...].prefix(8).firstIndex(where: { $0.lower == "it" }), it > i + 2,
              Lexicon.wordingVerbs.contains(tokens[it - 1].lower) || SpeakerPhrases.isFiniteReportingVerb(tokens[it - 1]) else { return nil }
        return SpeakerPhrases.subject(tokens, verb: it - 1)
    }

    /// A reporting clause at the end of the sentence: "…” situations, it can take time, Maynard said."
    /// or after a comma further on: "…” to deal with the crisis, said R. Nicholas Burns, who served …".
    static func trailing(_ after: [Token]) -> [Token]? {
        // A later quotation ends a clause as a comma does: "…” for women that could result in “…,” the newspaper quoted him.
        let boundaries = after.indices.filter { $0 > 0 && (after[$0].text == "," || after[$0].isMaskedQuotation) }
        let clause = { (boundary: Int) in Self.after(after[(after[boundary].isMaskedQuotation ? boundary + 1 : boundary)...]) }
        // Only a clause that closes the sentence: a short one after one of its last commas.
        for boundary in boundaries.reversed() where after.count - boundary <= 14 {
            if let phrase = clause(boundary) { return phrase }
        }
        // Or one whose verb comes first, which no subject of the sentence's own can be.
        for boundary in boundaries where boundary + 1 < after.count && SpeakerPhrases.isFiniteReportingVerb(after[boundary + 1])
            && !Lexicon.listenerVerbs.contains(after[boundary + 1].lower) {
            if let phrase = clause(boundary) { return phrase }
        }
        return nil
    }

    /// "Johnson said, “…”", "According to X, “…”", and the subject of a reporting verb
    /// earlier in the sentence for a quoted fragment. `closesClause`: nothing but punctuation, a
    /// conjunction or a prepositional phrase follows the quotation.
    static func before(_ before: [Token], closesClause: Bool = false) -> [Token]? {
        for (i, token) in before.enumerated() where token.lower == "according" && i + 1 < before.count && before[i + 1].lower == "to" {
            // "According to an aide, Tillerson said he would provide only “…”": the one reported saying it.
            if let phrase = SpeakerPhrases.noun(before, from: i + 2),
               !before[(i + 2 + phrase.count)...].contains(where: SpeakerPhrases.isFiniteReportingVerb) { return phrase }
        }
        if let owner = claimOwner(before, closesClause: closesClause) { return owner }
        if let thing = inscription(before) { return thing }
        if let sender = sender(before) { return sender }
        // "quoting him as saying “…”", "citing the agency", "Michele quotes Kirby as saying": the one quoted speaks.
        for (i, token) in before.enumerated().reversed() where ["quoting", "citing", "quoted", "cited", "quotes", "cites"].contains(token.lower) {
            // "Ryabkov was quoted by RIA Novosti saying": the one quoted is the subject, not the agency.
            if SpeakerPhrases.isPassive(before, verb: i) {
                var auxiliary = i - 1
                while auxiliary > 0, Lexicon.beForms.contains(before[auxiliary - 1].lower) || ["has", "have", "had"].contains(before[auxiliary - 1].lower) { auxiliary -= 1 }
                if let phrase = SpeakerPhrases.subject(before, verb: auxiliary) { return phrase }
                continue
            }
            if let phrase = SpeakerPhrases.noun(before, from: i + 1) { return phrase }
        }
        // "as Enslin puts it — “…”", "or, as Fischer put it, “…”": whose wording the quotation is.
        if let wording = before.indices.reversed().lazy.compactMap({ wordingClause(before, from: $0) }).first { return wording }
        // "in Milioti’s words: “…”", "In Dr. Shadlen's words, “…”", "in Tyler Cowen’s phrase".
        if let words = before.lastIndex(where: { ["words", "phrase"].contains($0.lower) }), words >= 2,
           before[words - 1].isPossessive, before[words - 1].isCapitalized,
           case let owner = NameIndex.isTitle(before[words - 2].text) ? words - 2 : words - 1, owner >= 1, before[owner - 1].lower == "in" {
            return Array(before[owner..<words])
        }
        var subjectless: Int?
        // A capitalised word inside a sentence is a name ("the United States"), not a verb.
        for verb in before.indices.reversed() where before[verb].isWord && (Lexicon.reportingVerbs.contains(before[verb].lower) || castsAs(before, verb))
            && (verb == 0 || !before[verb].isCapitalized) {
            // "Editor’s note:", "the HR warning", "a chorus of groans", "the fish counter of a store": after a
            // possessive, an article for a word in -ing or one "of" follows, or "of", the word is a noun.
            // "praised by one of the city’s papers as an “…”": the agent of a passive verb says it.
            if SpeakerPhrases.isPassive(before, verb: verb), verb + 2 < before.count, before[verb + 1].lower == "by",
               let end = before[(verb + 2)...].firstIndex(where: { !$0.isWord || $0.lower == "as" }), end - verb - 2 <= 7,
               end == before.count - 1 || before[end].lower == "as",
               case let agent = Array(before[(verb + 2)..<end]), let head = agent.last?.lower,
               SpeakerPhrases.accept(agent) != nil || head.hasSuffix("s") && Lexicon.isSpeakerNoun(String(head.dropLast())) {
                return agent
            }
            if continuesAction(before, verb) || givesNoWords(before, verb) || inClosedCondition(before, verb) { continue }
            if SpeakerPhrases.isPassive(before, verb: verb) || verb > 0 && before[verb - 1].isPossessive
                || (before[verb].lower.hasSuffix("ing") || verb + 1 < before.count && before[verb + 1].lower == "of") && SpeakerPhrases.isNoun(before, at: verb)
                || SpeakerPhrases.isNounAfterOf(before, at: verb) || SpeakerPhrases.isNounAfterPreposition(before, at: verb)
                || SpeakerPhrases.isPluralAfterNoun(before, at: verb) { continue }
            let participle = before[verb].lower.hasSuffix("ing")
            // "He recalled the pilot telling them: “…”": the noun right before a participle does it.
            let nounBefore = verb > 0 && before[verb - 1].isWord && !before[verb - 1].isCapitalizedFunctionWord
                && (Lexicon.isSpeakerNoun(before[verb - 1].lower) || Lexicon.isWrittenThing(before[verb - 1].lower) || before[verb - 1].isCapitalized)
            // "sent a response to ICIJ saying": the one written to does not say it.
            if !participle || nounBefore, var phrase = SpeakerPhrases.subject(before, verb: verb),
               !(participle && isObjectOfTo(phrase, in: before)) {
                // "took to Twitter to say", "went on CNN to warn": where one went says nothing; the one who went
                // does, the subject of the clause ("Word emerged after Mr. Trump used an interview with The New York Times to accuse",
                // "Lee said Trump went on Fox News to warn"). But in "cleared the way for Trump to claim" Trump claims.
                if verb > 0, before[verb - 1].lower == "to", let start = before.start(of: phrase), start > 0,
                   Lexicon.prepositions.contains(before[start - 1].lower), before[start - 1].lower != "for" {
                    // The clause opens after the last word that opens one and leaves it a subject ("a post on Twitter" opens none).
                    let openings = [0] + before[..<(start - 1)].indices.filter { k in
                        Lexicon.subordinators.contains(before[k].lower) || before[k].lower == "that" || SpeakerPhrases.isFiniteReportingVerb(before[k])
                    }.map { $0 + 1 }
                    guard let subject = openings.reversed().lazy.compactMap({ SpeakerPhrases.sentenceSubject(Array(before[$0..<verb])) }).first
                    else { continue }
                    phrase = subject
                }
                // "the attacker, who police said held dual citizenship, had committed …": a clause inside
                // a relative one that closes before the quotation only vouches for a detail; the
                // sentence's own verb reports the quotation — but not in "which she said would allow “…”", nor
                // when the comma only introduces the quotation ("billboards in which people say, “…”").
                // A sentence that has ended before the quotation closes the clause too ("…, whom the paper described as an expert. “…”").
                if isInsideRelativeClause(phrase, in: before),
                   before[verb..<(before.count - 1)].contains(where: { $0.text == "," }) || before[verb...].contains(where: { $0.text == "." }) { continue }
                return phrase
            }
            // "Added Haynes, “…”": the speaker after the verb, closing the clause — but "telling
            // James Lipton, “…”" names the one who listens.
            // "An officer was directing people, repeatedly shouting": a verb in the progressive has its subject before it.
            // "calling it “ridiculous”": after a participle, the object.
            if !Lexicon.listenerVerbs.contains(before[verb].lower), verb == 0 || !Lexicon.beForms.contains(before[verb - 1].lower), !participle,
               let phrase = SpeakerPhrases.noun(before, from: verb + 1) {
                let end = verb + 1 + phrase.count
                // The phrase is the verb's object unless the verb opens the clause ("But said Mayor John Carter:"):
                // "executives called the Recording Academy “…”", "The celebrity criticized organizers, saying it is “…”".
                // After a quotation it does when a comma or colon closes the phrase ("“…,” said Common Sense’s CEO,
                // James Steyer, warning") — not in "describes Rosenstein as a “weasel,” declared that Mueller “…”".
                let opensClause = before[..<verb].allSatisfy { $0.isWord && (Lexicon.functionWords.contains($0.lower) || Lexicon.sentenceAdverbs.contains($0.lower)) }
                    || ["(", ",", ":", "—", "–"].contains(before[verb - 1].text)
                let closedByPunctuation = end < before.count && [",", ":"].contains(before[end].text)
                if opensClause && (end == before.count || closedByPunctuation) || verb > 0 && before[verb - 1].isMaskedQuotation && closedByPunctuation {
                    return nameInApposition(to: phrase, in: before)
                }
            }
            // "received an honorable mention": a verb's form after "a" or "an" is a noun, and shares no subject
            // (but "Critics opposing the plan say" do say).
            let afterIndefinite = before[max(0, verb - 2)..<verb].contains { ["a", "an"].contains($0.lower) }
            // "Roberts questioned the administration's guidance that said": what someone else's thing says is not
            // the sentence subject's ("one woman held a sign that said" is hers; "last week's statement" and "the
            // party's officials that said" are no one else's).
            let ownedThingSays = verb > 1 && before[verb - 1].lower == "that" && before[verb - 2].isWord
                && !Lexicon.functionWords.contains(before[verb - 2].lower) && !Lexicon.reportingVerbs.contains(before[verb - 2].lower)
                && !Lexicon.isSpeakerNoun(before[verb - 2].lower)
                && before[max(0, verb - 4)..<(verb - 1)].contains { $0.isPossessive && !Lexicon.isTimeWord($0.withoutPossessive.lowercased()) }
            if !(afterIndefinite && SpeakerPhrases.isNoun(before, at: verb)) && !ownedThingSays { subjectless = subjectless ?? verb }
        }
        // "…, saying: “…”", "…, and last month threatened to “…”": the verb shares the sentence's subject.
        return subjectless.flatMap { SpeakerPhrases.sentenceSubject(Array(before[..<$0])) } ?? openingNameBeforeColon(before)
    }

    /// "The candidate has continued his warnings that the election is “rigged,”", "Clinton’s allegations of
    /// a “vast right-wing conspiracy”": words inside what someone claimed or warned are the owner's — the
    /// nearest such noun, with no reporting verb after it and in the same clause: "despite United's
    /// response, the girls were flying on “buddy passes”" gives the words to no one.
    private static func claimOwner(_ before: [Token], closesClause: Bool) -> [Token]? {
        for i in before.indices.reversed().prefix(14) {
            if before[i].text == "," { return nil }
            // "claims" is a verb as well, but not after its owner. The words are the claim's own only when
            // they say what it was: "Lew's comments stand as “…”" says something of the comments.
            guard let owner = claimant(before, noun: i),
                  i + 1 == before.count || Lexicon.claimContentLinks.contains(before[i + 1].lower) || describesBeforeColon(before, from: i + 1) else {
                if SpeakerPhrases.isFiniteReportingVerb(before[i]) { return nil }
                continue
            }
            // "He called Steele's comments “unacceptable.”": words that close the clause judge the claim, so
            // whoever judges it says them. But in "Critics called Trump's promise “to drain the swamp” a sham" they are the promise.
            if closesClause, i + 1 == before.count, let verb = labellingVerb(before, owner: i - 1) {
                return SpeakerPhrases.subject(before, verb: verb) ?? SpeakerPhrases.sentenceSubject(Array(before[..<verb])) ?? owner
            }
            // "the US President reiterated his assertion that …": the owner is the subject of the verb before.
            if !before[i - 1].isCapitalized, i >= 3, before[i - 2].isWord, !before[i - 2].isCapitalized,
               let subject = SpeakerPhrases.subject(before, verb: i - 2) { return subject }
            return owner
        }
        return nil
    }

    /// "that if the Senate confirms Patel as his pick, then “…”": a verb inside a condition or a cause that
    /// closes before another clause goes on to the words reports none of them — unlike "If the president says,
    /// “…”", whose comma hands the words over, or "Lincoln once said", where "once" opens no clause.
    private static func inClosedCondition(_ tokens: [Token], _ verb: Int) -> Bool {
        guard let opener = tokens[..<verb].lastIndex(where: { !$0.isWord || Lexicon.conditionOpeners.contains($0.lower) }),
              tokens[opener].isWord, opener + 1 < verb,
              opener == 0 || !tokens[opener - 1].isWord || ["that", "and", "but"].contains(tokens[opener - 1].lower) else { return false }
        // The comma that closes it is followed by the clause the words belong to; "which" or "as" open an aside instead.
        return tokens[(verb + 1)...].indices.contains { k in
            tokens[k].text == "," && k + 1 < tokens.count && tokens[k + 1].isWord && !["which", "who", "as"].contains(tokens[k + 1].lower)
        }
    }

    /// "identified the former president as “a one-man crime wave”", "portrayed him as an “international
    /// moneyman of mystery”": casting someone as the quoted words says them.
    private static func castsAs(_ tokens: [Token], _ verb: Int) -> Bool {
        Lexicon.castingVerbs.contains(tokens[verb].lower) && tokens[(verb + 1)...].prefix(8).contains { $0.lower == "as" }
    }

    /// The verb that names or judges what the owner at `owner` claimed: "called" in "called Michael
    /// Steele's comments", "branded the Kremlin's claims", "calling his claims".
    private static func labellingVerb(_ tokens: [Token], owner: Int) -> Int? {
        var start = owner
        while start > 0, tokens[start - 1].isWord, tokens[start - 1].isCapitalized, !tokens[start - 1].isCapitalizedFunctionWord { start -= 1 }
        if start > 0, Lexicon.determiners.contains(tokens[start - 1].lower) { start -= 1 }
        return start > 0 && Lexicon.labellingVerbs.contains(tokens[start - 1].lower) ? start - 1 : nil
    }

    /// Whose claim, reply or warning the noun at `noun` is: "Clinton’s allegations", "his reply" (as "he").
    private static func claimant(_ tokens: [Token], noun: Int) -> [Token]? {
        guard noun > 0, Lexicon.claimNouns.contains(tokens[noun].lower) else { return nil }
        let owner = tokens[noun - 1]
        if owner.isPossessive && owner.isCapitalized { return [owner] }
        return Lexicon.ownersAsSubjects[owner.lower].map { [Token(kind: .word, range: owner.range, text: $0)] }
    }

    /// "to ICIJ" before "saying": the phrase is the object of "to".
    private static func isObjectOfTo(_ phrase: [Token], in tokens: [Token]) -> Bool {
        precedingWord(phrase, in: tokens) == "to"
    }

    private static func precedingWord(_ phrase: [Token], in tokens: [Token]) -> String? {
        guard let start = tokens.start(of: phrase), start > 0 else { return nil }
        return tokens[start - 1].lower
    }

    /// "the US will continue to pressure": "continue" before "to" goes on doing, it reports nothing.
    private static func continuesAction(_ tokens: [Token], _ verb: Int) -> Bool {
        tokens[verb].lower.hasPrefix("continu") && verb + 1 < tokens.count && tokens[verb + 1].lower == "to"
    }

    /// "The banner said nothing": words are what it did not give.
    private static func givesNoWords(_ tokens: [Token], _ verb: Int) -> Bool {
        verb + 1 < tokens.count && tokens[verb + 1].lower == "nothing"
    }

    /// "who police said", "whom officials described": a subject right after a relative pronoun.
    private static func isInsideRelativeClause(_ phrase: [Token], in tokens: [Token]) -> Bool {
        guard let start = tokens.start(of: phrase), start > 0 else { return false }
        return Lexicon.relativePronouns.contains(tokens[start - 1].lower)
    }

    /// "London Mayor Sadiq Khan paid tribute on Twitter: “…”": a sentence that opens with a name
    /// and introduces the quotation with a colon gives it to that name, whatever the verb.
    /// Only a person's name of several words: "The BBC obtained a memo …:" and "Chicago police
    /// released the following statement:" pass on someone else's words.
    private static func openingNameBeforeColon(_ before: [Token]) -> [Token]? {
        guard before.last?.text == ":" else { return nil }
        // "He expands on this idea: “…”": so does "he" or "she".
        if ["he", "she"].contains(before[0].lower), before.isPronoun(at: 0) { return [before[0]] }
        // "Gerald F. Seib, The Wall Street Journal: “…”", "Windsor Mann, editor of The Quotable Hitchens:": a
        // round-up of views names each voice, with where it writes, before a colon and no verb.
        if let comma = before.firstIndex(where: { $0.text == "," }), comma >= 2, before.count - comma <= 10,
           case let name = before[..<comma], name.allSatisfy({ $0.isWord && $0.isCapitalized }),
           NameIndex.looksLikePerson(name.map(\.text).joined(separator: " ")),
           before[(comma + 1)..<(before.count - 1)].allSatisfy({ $0.isWord && !SpeakerPhrases.isFiniteReportingVerb($0) && !Lexicon.isPastTense($0.lower) }) {
            return Array(name)
        }
        if let name = SpeakerPhrases.leadingName(before, from: 0), NameIndex.looksLikePerson(name.map(\.text).joined(separator: " ")) { return name }
        // "Peter Jones was blunt:", "The mayor is adamant:": a person described as they speak.
        if let subject = SpeakerPhrases.sentenceSubject(before), let end = before.end(of: subject),
           describesBeforeColon(before, from: end + 1), namesSomeone(subject) {
            return subject
        }
        // "Prelogar: “…”": a transcript gives each turn its speaker's name alone — not a label ("Screenshot:").
        if before.count == 2, before[0].isWord, before[0].isCapitalized, !before[0].isCapitalizedFunctionWord,
           !Lexicon.mediaLabels.contains(before[0].lower) {
            return [before[0]]
        }
        // "Moss summed it up:": one name whose verb plainly is one, with nothing written that it passes on.
        // "It explained:", "They wrote:" too — but what "It read:" is, the sentences before say.
        guard let subject = SpeakerPhrases.sentenceSubject(before), subject.count == 1, subject[0].isCapitalized,
              !subject[0].isPossessive, !subject[0].isCapitalizedFunctionWord || before.isPronoun(at: 0),
              let at = before.start(of: subject),
              let verb = before[(at + 1)...].first(where: { !SpeakerPhrases.isModifier($0) }), !SpeakerPhrases.isInscriptionVerb(verb),
              verb.isWord, !verb.isCapitalized, Lexicon.isPastTense(verb.lower) || SpeakerPhrases.isFiniteReportingVerb(verb),
              !before[at...].contains(where: { Lexicon.isWrittenThing($0.lower) }) else { return nil }
        return subject
    }

    /// "was blunt:", "is simple:": a form of "be" and a few words saying how, then the colon that introduces
    /// the quotation — not "was asked:" or "was told:", which someone else says.
    private static func describesBeforeColon(_ tokens: [Token], from start: Int) -> Bool {
        guard start < tokens.count, Lexicon.finiteBeForms.contains(tokens[start].lower),
              tokens.last?.text == ":" else { return false }
        let words = tokens[(start + 1)..<(tokens.count - 1)]
        return (1...3).contains(words.count) && words.allSatisfy { $0.isWord && !$0.isCapitalized && !Lexicon.isPastTense($0.lower) }
    }

    /// A person's name, "he" or "she", or a person's role ("the mayor") — not "the message", nor "Twitter"
    /// where people wrote ("Twitter was merciless:").
    private static func namesSomeone(_ phrase: [Token]) -> Bool {
        if phrase.count == 1, ["he", "she"].contains(phrase[0].lower) { return true }
        guard let head = phrase.last, head.isWord, !Lexicon.platforms.contains(head.lower) else { return false }
        if head.isCapitalized { return !head.isCapitalizedFunctionWord && !head.isPossessive && phrase.allSatisfy { $0.isCapitalized || Lexicon.determiners.contains($0.lower) } }
        return Lexicon.isSpeakerNoun(head.lower)
    }

    /// "Tunisia “forcefully” condemned the attack", "The UN leader “condemns the launch”": words
    /// quoted straight after the sentence's subject, as its verb or adverb, are that subject's own.
    static func subjectOfQuotedPredicate(_ before: [Token], inside: [Token]) -> [Token]? {
        guard let first = inside.first, first.isWord, !first.isCapitalized,
              !Lexicon.functionWords.contains(first.lower) || Lexicon.verbModifiers.contains(first.lower),
              let subject = SpeakerPhrases.sentenceSubject(before), let last = subject.last, last.range == before.last?.range,
              // "Silverman’s “conscious uncoupling” line" is hers only as a name.
              !last.isPossessive else { return nil }
        return subject
    }

    /// "Corker plans to give members a copy “as soon as we have it,”": a fragment in the first person
    /// inside a sentence that no verb reports is its subject's own; a scare quote never says "we".
    static func subjectOfFirstPersonFragment(_ before: [Token], inside: [Token]) -> [Token]? {
        guard let last = before.last, last.isWord, inside.first?.isWord == true, inside.first?.isCapitalized == false,
              inside.contains(where: PrincipalSpeaker.isFirstPerson) else { return nil }
        return SpeakerPhrases.sentenceSubject(before)
    }

    /// The speaker a whole sentence names: its reporting clause, wherever it stands.
    static func ofSentence(_ sentence: [Token]) -> [Token]? {
        speakers(in: sentence).first ?? Self.before(sentence)
    }

    /// Where what a reporting verb reports begins: "She added that the state had not replied", "said
    /// Steele must apologize". A verb inside it reports nothing itself.
    static func reportedClauseStart(in sentence: [Token]) -> Int? {
        sentence.indices.first { k in
            k > 0 && SpeakerPhrases.isFiniteReportingVerb(sentence[k - 1]) && !SpeakerPhrases.isNoun(sentence, at: k - 1)
                && (sentence[k].lower == "that" || sentence[k].isCapitalized && SpeakerPhrases.noun(sentence, from: k).map {
                    k + $0.count < sentence.count && isOwnVerb(sentence[k + $0.count]) } == true)
        }
    }

    /// "Steele must apologize", "Steele apologized": an auxiliary, a modal or a past tense right after
    /// a name is the name's own verb, so the name opens a clause ("said Steele must apologize") rather
    /// than closing one ("said Steele.").
    private static func isOwnVerb(_ token: Token) -> Bool {
        token.isWord && !token.isCapitalized
            && (Lexicon.auxiliaries.contains(token.lower) || Lexicon.modals.contains(token.lower) || Lexicon.isPastTense(token.lower))
    }

    /// The speaker of each finite reporting verb of a sentence, the last verb's first.
    static func speakers(in sentence: [Token]) -> [[Token]] {
        let reportedFrom = reportedClauseStart(in: sentence)
        return sentence.indices.reversed().compactMap { verb in
            guard reportedFrom.map({ verb < $0 }) ?? true,
                  SpeakerPhrases.isFiniteReportingVerb(sentence[verb]), !SpeakerPhrases.isNoun(sentence, at: verb),
                  !continuesAction(sentence, verb), !givesNoWords(sentence, verb),
                  verb == 0 || !SpeakerPhrases.isIssuingParticiple(sentence[verb], after: sentence[verb - 1])
            else { return nil }
            if let cited = citedSource(sentence, verb: verb) { return cited }
            // "…, said Mayor Masaki Ohnishi" — but whoever is told or asked listens.
            if verb > 0, sentence[verb - 1].text == ",", !Lexicon.listenerVerbs.contains(sentence[verb].lower),
               let phrase = SpeakerPhrases.noun(sentence, from: verb + 1) { return phrase }
            // "wrote Hua Yiwen, whom the paper described as an expert": a clause about someone says nothing of the quotation.
            return SpeakerPhrases.subject(sentence, verb: verb).flatMap { isInsideRelativeClause($0, in: sentence) ? nil : $0 }
        }
    }
}
