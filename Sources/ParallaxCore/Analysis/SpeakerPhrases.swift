/// Finds the words that name a speaker around a reporting verb.
enum SpeakerPhrases {
    /// The noun phrase before the verb at `verb`: "President Donald Trump" in "President Donald
    /// Trump called", "He" in "He added", skipping "also", a prepositional phrase ("in a social
    /// media posting") and an appositive ("Stephen Miller, a senior adviser, said").
    static func subject(_ tokens: [Token], verb: Int) -> [Token]? {
        var i = verb - 1
        while i >= 0, isModifier(tokens[i]) { i -= 1 }
        guard i >= 0 else { return nil }
        if tokens[i].text == ",", let appositiveStart = appositiveStart(tokens, endingAt: i - 1) {
            i = appositiveStart - 2
        } else if let preposition = prepositionalPhraseStart(tokens, endingAt: i) {
            i = preposition - 1
        }
        guard i >= 0, tokens[i].isWord else { return nil }
        if Lexicon.pronouns.contains(tokens[i].lower) { return [tokens[i]] }
        var start = i
        var lowerCount = 0
        while start >= 0 {
            let token = tokens[start]
            guard token.isWord else { break }
            if Lexicon.determiners.contains(token.lower) { return accept(Array(tokens[start...i])) }
            if token.isCapitalized {
                start -= 1
                continue
            }
            if start < i, token.text == "of", tokens[start + 1].isCapitalized, start > 0, tokens[start - 1].isCapitalized {
                start -= 1
                continue
            }
            guard !Lexicon.functionWords.contains(token.lower), !Lexicon.reportingVerbs.contains(token.lower),
                  lowerCount < 3 else { break }
            lowerCount += 1
            start -= 1
        }
        guard start < i else { return nil }
        return accept(Array(tokens[(start + 1)...i]))
    }

    /// The noun phrase after a verb: "Trump" in "said Trump", "the spokesman" in "added the spokesman".
    static func object(_ tokens: [Token], from start: Int) -> [Token]? {
        guard start < tokens.count, tokens[start].isWord else { return nil }
        if Lexicon.pronouns.contains(tokens[start].lower) { return [tokens[start]] }
        var end = start
        if Lexicon.determiners.contains(tokens[start].lower) { end += 1 }
        var phrase: [Token] = Array(tokens[start..<min(end, tokens.count)])
        while end < tokens.count, tokens[end].isWord, phrase.count < 7 {
            let token = tokens[end]
            if !token.isCapitalized {
                let connects = token.text == "of" && end + 1 < tokens.count && tokens[end + 1].isCapitalized && (phrase.last?.isCapitalized ?? false)
                guard connects || (!Lexicon.functionWords.contains(token.lower) && !Lexicon.reportingVerbs.contains(token.lower)) else { break }
            }
            phrase.append(token)
            end += 1
            if token.isPossessive && !token.isCapitalized { break }
        }
        return accept(phrase)
    }

    /// A phrase names a speaker when it has a name, starts with a determiner, or ends in a speaker noun.
    private static func accept(_ phrase: [Token]) -> [Token]? {
        guard let last = phrase.last else { return nil }
        if phrase.contains(where: { $0.isCapitalized && !Lexicon.determiners.contains($0.lower) }) { return phrase }
        if Lexicon.determiners.contains(phrase[0].lower) && phrase.count > 1 { return phrase }
        if Lexicon.speakerNouns.contains(last.lower) || Lexicon.titles.contains(last.lower) { return phrase }
        return nil
    }

    private static func isModifier(_ token: Token) -> Bool {
        guard token.isWord, !token.isCapitalized else { return false }
        return Lexicon.verbModifiers.contains(token.lower) || (token.lower.hasSuffix("ly") && token.lower.count > 4)
    }

    /// "President Trump in a social media posting called": the phrase starts at "in".
    private static func prepositionalPhraseStart(_ tokens: [Token], endingAt end: Int) -> Int? {
        guard !tokens[end].isCapitalized else { return nil }
        var i = end
        while i >= 0, end - i < 7, tokens[i].isWord {
            if Lexicon.prepositions.contains(tokens[i].lower) {
                return i > 0 && tokens[i - 1].isWord && (tokens[i - 1].isCapitalized || Lexicon.pronouns.contains(tokens[i - 1].lower)) ? i : nil
            }
            i -= 1
        }
        return nil
    }

    /// ", a senior adviser," before a verb: the index of the appositive's first word.
    private static func appositiveStart(_ tokens: [Token], endingAt end: Int) -> Int? {
        var i = end
        while i >= 0, end - i < 16 {
            if tokens[i].text == "," { return i + 1 <= end && i > 0 ? i + 1 : nil }
            guard tokens[i].isWord || tokens[i].text == "-" else { return nil }
            i -= 1
        }
        return nil
    }
}
