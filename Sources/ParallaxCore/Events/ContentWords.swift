/// The words an article is about: body and headline words in lower case, function words
/// and single letters left out, plurals folded into their singular.
enum ContentWords {
    static func word(_ token: Token) -> String? {
        guard token.isWord, token.text.unicodeScalars.count > 1 else { return nil }
        let lower = token.isPossessive ? token.withoutPossessive.lowercased() : token.lower
        guard !Lexicon.functionWords.contains(lower) else { return nil }
        return singular(lower)
    }

    /// Harman's "S" stemmer (1991): only plural endings, so "missiles" meets "missile"
    /// without the over-reach of a full stemmer.
    static func singular(_ word: String) -> String {
        guard word.count > 3, word.hasSuffix("s") else { return word }
        if word.hasSuffix("ies"), !word.hasSuffix("eies"), !word.hasSuffix("aies") { return word.dropLast(3) + "y" }
        if word.hasSuffix("es"), !word.hasSuffix("aes"), !word.hasSuffix("ees"), !word.hasSuffix("oes") { return String(word.dropLast()) }
        if word.hasSuffix("us") || word.hasSuffix("ss") { return word }
        return String(word.dropLast())
    }
}
