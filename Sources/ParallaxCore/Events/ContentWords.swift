/// The words an article is about: body and headline words in lower case, function words
/// and single letters left out, plurals folded into their singular.
enum ContentWords {
    static func word(_ token: Token) -> String? {
        guard token.isWord, token.range.count > 1 else { return nil }
        let lower = lowercased(token)
        guard !Lexicon.functionWords.contains(lower) else { return nil }
        return singular(lower)
    }

    /// The token in lower case without a possessive ending ("Trump’s" → "trump").
    static func lowercased(_ token: Token) -> String {
        // Only a word with an apostrophe can be possessive; looking first spares most words the suffix tests.
        guard token.lower.unicodeScalars.contains(where: \.isApostrophe), token.isPossessive else { return token.lower }
        return token.withoutPossessive.lowercased()
    }

    /// Harman's "S" stemmer (1991): only plural endings, so "missiles" meets "missile"
    /// without the over-reach of a full stemmer. Compared as UTF-8, which is much cheaper
    /// than comparing characters.
    static func singular(_ word: String) -> String {
        let bytes = word.utf8
        guard bytes.count > 3, bytes.last == UInt8(ascii: "s") else { return word }
        func endsWith(_ suffix: StaticString) -> Bool {
            let tail = UnsafeBufferPointer(start: suffix.utf8Start, count: suffix.utf8CodeUnitCount)
            return bytes.suffix(tail.count).elementsEqual(tail)
        }
        if endsWith("ies"), !endsWith("eies"), !endsWith("aies") { return word.dropLast(3) + "y" }
        if endsWith("es"), !endsWith("aes"), !endsWith("ees"), !endsWith("oes") { return String(word.dropLast()) }
        if endsWith("us") || endsWith("ss") { return word }
        return String(word.dropLast())
    }
}
