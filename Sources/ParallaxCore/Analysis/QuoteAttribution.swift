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
    }

    let names: NameIndex
    private var lastSpeaker: String?
    private var lastSpeakerPosition: Int?
    private var lastQuoteEnd: (block: Int, speaker: String?)?

    init(names: NameIndex) {
        self.names = names
    }

    mutating func attribute(_ context: Context, position: Int, firstBlock: Int, lastBlock: Int) -> (Quotation.Kind, String?) {
        defer { lastQuoteEnd = (lastBlock, lastSpeaker) }
        if isTerm(context) { return (.term, nil) }
        let ownPhrase = Self.ownClause(context)
        var speaker = ownPhrase.flatMap { resolve($0, at: position) }
        // Names, titles and scare quotes never borrow a speaker from beyond their own sentence.
        let phraseLike = isShortPhrase(context.inside) || isTitle(context.inside)
        if speaker == nil, !phraseLike {
            speaker = borrowedSpeaker(context, position: position, firstBlock: firstBlock)
        }
        // A short phrase nobody is said to have said is a term, and so is a title ("Take Me Out
        // to the Ball Game"); one a sentence reports is a quote.
        if speaker == nil && ownPhrase == nil && phraseLike { return (.term, nil) }
        if let speaker {
            lastSpeaker = speaker
            lastSpeakerPosition = position
        }
        return (.quote, speaker)
    }

    /// The speaker of a quotation whose own sentence names none: the reporting clause or the
    /// person opening the sentence before ("…, said Mayor Masaki Ohnishi. “…”"; "Yoshihiro Naito,
    /// 77, opposed the idea. “…”"), the quotation it goes on from, or a paragraph ending in a colon.
    private func borrowedSpeaker(_ context: Context, position: Int, firstBlock: Int) -> String? {
        if let previous = context.previousSentence {
            if let phrase = Self.clauseSpeaker(previous), let speaker = resolve(phrase, at: position) { return speaker }
            if let subject = SpeakerPhrases.sentenceSubject(previous), subject.allSatisfy(\.isCapitalized),
               let name = resolve(subject, at: position), names.isKnownPerson(name) {
                return name
            }
        }
        // The quotation it goes on from: in the same paragraph, or in the one before when this
        // paragraph is all quotation.
        if let previous = lastQuoteEnd, previous.speaker != nil,
           previous.block == firstBlock || (previous.block == firstBlock - 1 && context.fillsParagraph) {
            return previous.speaker
        }
        if let end = context.previousParagraphEnd, end.last?.text == ":", let phrase = Self.clauseSpeaker(end) {
            return resolve(phrase, at: position)
        }
        return nil
    }

    /// The speaker the quotation's own sentence names.
    static func ownClause(_ context: Context) -> [Token]? {
        afterClause(context.after[...]) ?? trailingClause(context.after) ?? beforeClause(context.before)
    }

    /// Few words, no sentence inside: a term unless someone is said to have said it.
    private func isShortPhrase(_ inside: [Token]) -> Bool {
        let words = inside.filter(\.isWord)
        var punctuation = inside.filter { !$0.isWord }.map(\.text)
        if let last = punctuation.last, [",", "."].contains(last), inside.last?.text == last { punctuation.removeLast() }
        // "The bird is back." is a sentence, however short.
        if inside.last?.text == "." || inside.last?.text == "!" || inside.last?.text == "?",
           inside.first?.isCapitalized == true, words.count >= 3 { return false }
        return words.count <= 4 && !punctuation.contains { [".", "!", "?", ";", ":", ","].contains($0) }
    }

    /// Every word but the small ones capitalised, as titles of songs, books and shows are.
    private func isTitle(_ inside: [Token]) -> Bool {
        let words = inside.filter(\.isWord)
        let content = words.filter { !Lexicon.functionWords.contains($0.lower) || $0.isCapitalized }
        return (2...12).contains(words.count) && content.count >= 2 && content.allSatisfy { $0.isCapitalized || $0.text.first?.isNumber == true }
            && !words.allSatisfy(\.isAcronym)
    }

    /// Names and scare quotes: a capitalised short phrase used as a modifier (“No Kings”
    /// protests), or any short phrase introduced as a name ("so-called", "dubbed", "known as").
    private func isTerm(_ context: Context) -> Bool {
        guard isShortPhrase(context.inside) else { return false }
        if let next = context.next, next.isWord, !next.isCapitalized, context.inside.first?.isCapitalized == true,
           !Lexicon.functionWords.contains(next.lower), !Lexicon.plainReportingVerbs.contains(next.lower),
           !next.lower.hasSuffix("ing"), !next.lower.hasSuffix("ed"), !next.lower.hasSuffix("ly") {
            return true
        }
        let before = context.before.suffix(3).map(\.lower)
        return Lexicon.namingCues.contains { cue in before.count >= cue.count && Array(before.suffix(cue.count)) == cue }
    }

    /// A reporting clause right after the quotation: "…,” Trump said", "…,” said the spokesman",
    /// "…,” according to officials", "…,” Saeb Erekat, the PLO's secretary general, said".
    static func afterClause(_ after: ArraySlice<Token>) -> [Token]? {
        let tokens = Array(after)
        var i = 0
        while i < tokens.count, i < 2, [",", ";", "—", "–", "-"].contains(tokens[i].text) { i += 1 }
        guard i < tokens.count, tokens[i].isWord else { return nil }
        if tokens[i].lower == "according", i + 1 < tokens.count, tokens[i + 1].lower == "to" {
            return SpeakerPhrases.noun(tokens, from: i + 2)
        }
        if SpeakerPhrases.isFiniteReportingVerb(tokens[i]) {
            // "wrote on Twitter Christian Estrosi": a short phrase may stand between verb and speaker.
            var j = i + 1
            if j < tokens.count, Lexicon.prepositions.contains(tokens[j].lower) {
                j += 1
                while j < tokens.count, j - i <= 5, tokens[j].isWord, !(tokens[j].isCapitalized && j + 1 < tokens.count && tokens[j + 1].isCapitalized) { j += 1 }
            }
            guard let phrase = SpeakerPhrases.noun(tokens, from: j) ?? SpeakerPhrases.noun(tokens, from: i + 1) else { return nil }
            // "said Common Sense’s CEO, James Steyer,": the name in apposition.
            let next = tokens.firstIndex { $0.range == phrase.last!.range }.map { $0 + 1 } ?? tokens.count
            if next < tokens.count, tokens[next].text == ",", let name = SpeakerPhrases.noun(tokens, from: next + 1),
               name.allSatisfy(\.isCapitalized), !(phrase.last?.isCapitalized == true && phrase.count == name.count) {
                return name
            }
            return phrase
        }
        guard let phrase = SpeakerPhrases.noun(tokens, from: i) else { return nil }
        var j = i + phrase.count
        var appositive: [Token]?
        if j < tokens.count, tokens[j].text == "," {
            // "Saeb Erekat, the secretary general of the PLO, said": the verb after the appositive,
            // which a careless text may leave unclosed ("Mike Hankey, a manager at the Society told").
            appositive = SpeakerPhrases.noun(tokens, from: j + 1)
            let rest = tokens[(j + 1)..<min(tokens.count, j + 30)]
            if let close = rest.firstIndex(where: { $0.text == "," }) {
                j = close + 1
            } else if let verb = rest.firstIndex(where: SpeakerPhrases.isFiniteReportingVerb),
                      rest[..<verb].allSatisfy(\.isWord) {
                j = verb
            } else {
                return nil
            }
        }
        while j < tokens.count, tokens[j].isWord, Lexicon.verbModifiers.contains(tokens[j].lower) { j += 1 }
        guard j < tokens.count, SpeakerPhrases.isFiniteReportingVerb(tokens[j]) else { return nil }
        // "Reuters cited the Amaq website": the one cited speaks.
        if tokens[j].lower == "cited", let cited = SpeakerPhrases.noun(tokens, from: j + 1) { return cited }
        // "Bruce Steinberg's sister, Tamara Steinberg Jacobson, wrote": the name, not the description.
        if let appositive, !(phrase.last?.isCapitalized ?? false), appositive.allSatisfy(\.isCapitalized) {
            return appositive
        }
        return phrase
    }

    /// A reporting clause at the end of the sentence: "…” situations, it can take time, Maynard said."
    static func trailingClause(_ after: [Token]) -> [Token]? {
        // Only a clause that closes the sentence: a short one after its last comma.
        guard let comma = after.lastIndex(where: { $0.text == "," }), comma > 0, after.count - comma <= 14 else { return nil }
        return afterClause(after[comma...])
    }

    /// "Johnson said, “…”", "According to X, “…”", and the subject of a reporting verb
    /// earlier in the sentence for a quoted fragment.
    static func beforeClause(_ before: [Token]) -> [Token]? {
        for (i, token) in before.enumerated() where token.lower == "according" && i + 1 < before.count && before[i + 1].lower == "to" {
            if let phrase = SpeakerPhrases.noun(before, from: i + 2) { return phrase }
        }
        // "quoting him as saying “…”", "citing the agency": the one quoted speaks.
        for (i, token) in before.enumerated().reversed() where ["quoting", "citing", "quoted", "cited"].contains(token.lower) {
            if let phrase = SpeakerPhrases.noun(before, from: i + 1) { return phrase }
        }
        // "in Milioti’s words: “…”".
        if let words = before.lastIndex(where: { $0.lower == "words" }), words >= 2, before[words - 2].lower == "in",
           before[words - 1].isPossessive, before[words - 1].isCapitalized {
            return [before[words - 1]]
        }
        var subjectless: Int?
        // A capitalised word inside a sentence is a name ("the United States"), not a verb.
        for verb in before.indices.reversed() where before[verb].isWord && Lexicon.reportingVerbs.contains(before[verb].lower)
            && (verb == 0 || !before[verb].isCapitalized) {
            if SpeakerPhrases.isPassive(before, verb: verb) { continue }
            let participle = before[verb].lower.hasSuffix("ing")
            // "He recalled the pilot telling them: “…”": the noun right before a participle does it.
            let nounBefore = verb > 0 && before[verb - 1].isWord
                && (Lexicon.isSpeakerNoun(before[verb - 1].lower) || before[verb - 1].isCapitalized)
            if !participle || nounBefore, let phrase = SpeakerPhrases.subject(before, verb: verb) { return phrase }
            // "Added Haynes, “…”": the speaker after the verb, closing the clause.
            if let phrase = SpeakerPhrases.noun(before, from: verb + 1) {
                let end = verb + 1 + phrase.count
                if end == before.count || [",", ":"].contains(before[end].text) { return phrase }
            }
            subjectless = verb
        }
        // "…, saying: “…”", "…, and last month threatened to “…”": the verb shares the sentence's subject.
        return subjectless.flatMap { SpeakerPhrases.sentenceSubject(Array(before[..<$0])) }
    }

    /// The speaker a whole sentence names: its reporting clause, wherever it stands.
    static func clauseSpeaker(_ sentence: [Token]) -> [Token]? {
        for verb in sentence.indices.reversed() where SpeakerPhrases.isFiniteReportingVerb(sentence[verb]) {
            if verb > 0, sentence[verb - 1].text == ",", let phrase = SpeakerPhrases.noun(sentence, from: verb + 1) { return phrase }
            if let phrase = SpeakerPhrases.subject(sentence, verb: verb) { return phrase }
        }
        return beforeClause(sentence)
    }

    /// The name a phrase stands for: pronouns the last person named, descriptions the name
    /// the article gives that role, names their fullest form.
    private func resolve(_ phrase: [Token], at quotePosition: Int) -> String? {
        // Only what the text said before the phrase itself can be referred to.
        let position = min(quotePosition, phrase.first?.range.lowerBound ?? quotePosition)
        if phrase.count == 1, Lexicon.pronouns.contains(phrase[0].lower) {
            switch phrase[0].lower {
            case "he", "she", "him", "her":
                // The last speaker, unless a person has opened a sentence since.
                let gender = Gender(pronoun: phrase[0].lower)
                guard let mention = names.lastPersonMention(before: position, gender: gender) else { return lastSpeaker }
                if let lastSpeaker, let spoke = lastSpeakerPosition, spoke > mention.position, names.isPerson(lastSpeaker),
                   names.gender(of: lastSpeaker) == nil || names.gender(of: lastSpeaker) == gender {
                    return lastSpeaker
                }
                return names.fullName(mention.name)
            case "they": return lastSpeaker
            // "It added": the institution that spoke last.
            case "it": return lastSpeaker.flatMap { names.isPerson($0) ? nil : $0 }
            default: return nil
            }
        }
        let hadArticle = phrase.first?.lower == "the"
        var words = phrase
        while let first = words.first, Lexicon.determiners.contains(first.lower) { words.removeFirst() }
        guard let head = words.last else { return nil }
        let text = words.map(\.text).joined(separator: " ")
        let ownArticle = phrase.first.map { Lexicon.determiners.contains($0.lower) ? $0.lower + " " : "" } ?? ""
        if head.isCapitalized {
            let run = Array(words.reversed().prefix { $0.isCapitalized || $0.text == "of" }.reversed())
            // "the president of Argentina": a description, not the country.
            if run.first?.text == "of" { return ownArticle + text }
            // "Common Sense’s CEO": titles only, so the description is the speaker.
            guard let name = NameIndex.name(from: run) else { return ownArticle + text }
            let full = names.fullName(name)
            // "the BBC", "the Associated Press": the article's "the" belongs to the name; "the
            // state news agency KCNA" is a description before a name that has none.
            let theBelongs = hadArticle && words.allSatisfy(\.isCapitalized) && !names.isPerson(full)
            return theBelongs ? "the " + full : full
        }
        if Lexicon.utteranceNouns.contains(head.lower) {
            if let owner = words.last(where: { $0.isPossessive && $0.isCapitalized }) { return names.fullName(owner.withoutPossessive) }
            // "the news release stated": the document is all the text names.
            return ownArticle + text
        }
        if let name = names.named(role: head.lower, before: position) { return name }
        // "South Korea’s Yonhap news agency", "an RAIB spokesman": the article's own words.
        if words.contains(where: { $0.isPossessive && $0.isCapitalized }) { return text }
        if words.count > 1 { return ownArticle + text }
        // A bare "the spokeswoman" refers back to the fuller description the article gave before;
        // "an official" is someone new.
        if hadArticle, let description = names.description(head: head.lower, before: position) { return description }
        // "the expert concluded", "the actress said": a person the article has named already.
        if hadArticle, Lexicon.personRoles.contains(head.lower),
           let mention = names.lastPersonMention(before: position, gender: Gender(role: head.lower)) {
            return names.fullName(mention.name)
        }
        return ownArticle + text
    }
}
