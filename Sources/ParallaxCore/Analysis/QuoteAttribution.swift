/// Decides each quotation's kind and speaker from the words around it.
///
/// In order: a name or scare quote ("the “No Kings” protests") is a term; a reporting clause
/// after the quotation ("…,” Trump said) or before it (Johnson said, “…”, according to …) names
/// the speaker; a fragment inside a sentence takes the subject of the sentence's reporting verb
/// ("Trump called on ICE to “do all in their power”"); a quotation that goes on from the one
/// before, with no new speaker, keeps that speaker. Pronouns take the last named speaker and
/// descriptions the name the article gives them.
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
    }

    let names: NameIndex
    private var lastSpeaker: String?
    private var lastQuoteEnd: (block: Int, speaker: String?)?

    init(names: NameIndex) {
        self.names = names
    }

    mutating func attribute(_ context: Context, position: Int, firstBlock: Int, lastBlock: Int) -> (Quotation.Kind, String?) {
        defer { lastQuoteEnd = (lastBlock, lastSpeaker) }
        if isTerm(context) { return (.term, nil) }
        let phrase = Self.afterClause(context.after) ?? Self.beforeClause(context.before)
        var speaker = phrase.flatMap { resolve($0, at: position) }
        if speaker == nil, phrase == nil, let previous = lastQuoteEnd,
           previous.block == firstBlock || (previous.block == firstBlock - 1 && context.fillsParagraph) {
            speaker = previous.speaker
        }
        if speaker == nil && isShortPhrase(context.inside) { return (.term, nil) }
        if let speaker { lastSpeaker = speaker }
        return (.quote, speaker)
    }

    /// Few words, no sentence inside: a term unless someone is said to have said it.
    private func isShortPhrase(_ inside: [Token]) -> Bool {
        let words = inside.filter(\.isWord)
        var punctuation = inside.filter { !$0.isWord }.map(\.text)
        if let last = punctuation.last, [",", "."].contains(last), inside.last?.text == last { punctuation.removeLast() }
        return words.count <= 4 && !punctuation.contains { [".", "!", "?", ";", ":", ","].contains($0) }
    }

    /// Names and scare quotes: a short phrase used as a modifier (“No Kings” protests)
    /// or introduced as a name ("so-called", "dubbed", "known as").
    private func isTerm(_ context: Context) -> Bool {
        guard isShortPhrase(context.inside) else { return false }
        if let next = context.next, next.isWord, !next.isCapitalized,
           !Lexicon.functionWords.contains(next.lower), !Lexicon.plainReportingVerbs.contains(next.lower),
           !next.lower.hasSuffix("ing"), !next.lower.hasSuffix("ed"), !next.lower.hasSuffix("ly") {
            return true
        }
        let before = context.before.suffix(3).map(\.lower)
        return Lexicon.namingCues.contains { cue in before.count >= cue.count && Array(before.suffix(cue.count)) == cue }
    }

    /// "…,” Trump said", "…,” said the spokesman", "…,” according to officials".
    static func afterClause(_ after: [Token]) -> [Token]? {
        var i = 0
        while i < after.count, i < 2, [",", ";", "—", "–", "-"].contains(after[i].text) { i += 1 }
        guard i < after.count, after[i].isWord else { return nil }
        if after[i].lower == "according", i + 1 < after.count, after[i + 1].lower == "to" {
            return SpeakerPhrases.object(after, from: i + 2)
        }
        if Lexicon.reportingVerbs.contains(after[i].lower) {
            return SpeakerPhrases.object(after, from: i + 1)
        }
        // The speaker, then the verb: "Trump said", "the president posted", "Mr Smith, 45, said".
        var j = i
        while j < after.count, j - i <= 8 {
            let token = after[j]
            if token.isWord, Lexicon.reportingVerbs.contains(token.lower), token.lower != "according" {
                return SpeakerPhrases.subject(after, verb: j)
            }
            let startsPhrase = j == i && (Lexicon.determiners.contains(token.lower) || Lexicon.pronouns.contains(token.lower))
            let isNameWord = token.isWord && (!Lexicon.functionWords.contains(token.lower) || startsPhrase || token.lower == "of")
            guard isNameWord || token.text == "," else { return nil }
            j += 1
        }
        return nil
    }

    /// "Johnson said, “…”", "According to X, “…”", and the subject of a reporting verb
    /// earlier in the sentence for a quoted fragment.
    static func beforeClause(_ before: [Token]) -> [Token]? {
        for (i, token) in before.enumerated() where token.lower == "according" && i + 1 < before.count && before[i + 1].lower == "to" {
            if let phrase = SpeakerPhrases.object(before, from: i + 2) { return phrase }
        }
        for verb in before.indices.reversed() where before[verb].isWord && Lexicon.reportingVerbs.contains(before[verb].lower) {
            if let phrase = SpeakerPhrases.subject(before, verb: verb) { return phrase }
        }
        return nil
    }

    /// The name a phrase stands for: pronouns take the last speaker, descriptions the name
    /// the article gives that role, names their fullest form.
    private func resolve(_ phrase: [Token], at position: Int) -> String? {
        if phrase.count == 1, Lexicon.pronouns.contains(phrase[0].lower) {
            guard Lexicon.personalPronouns.contains(phrase[0].lower) else { return nil }
            return lastSpeaker ?? names.lastPerson(before: position)
        }
        var words = phrase
        while let first = words.first, Lexicon.determiners.contains(first.lower) { words.removeFirst() }
        guard let head = words.last else { return nil }
        if head.isCapitalized {
            let run = Array(words.reversed().prefix { $0.isCapitalized || $0.text == "of" }.reversed())
            return NameIndex.name(from: run).map(names.fullName)
        }
        if Lexicon.utteranceNouns.contains(head.lower),
           let owner = words.last(where: { $0.isPossessive && $0.isCapitalized }) {
            return names.fullName(owner.withoutPossessive)
        }
        if Lexicon.utteranceNouns.contains(head.lower) { return nil }
        if let name = names.named(role: head.lower, before: position) { return name }
        let modifiers = words.dropLast().filter(\.isCapitalized)
        if !modifiers.isEmpty {
            return "the " + words.map(\.text).joined(separator: " ")
        }
        if let description = names.description(head: head.lower, before: position) { return description }
        let text = words.map(\.text).joined(separator: " ")
        return phrase.first.map { Lexicon.determiners.contains($0.lower) } == true ? "the " + text : text
    }
}
