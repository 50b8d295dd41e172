/// Names as runs of capitalised words, found without a model: "Angela Merkel", "ICE",
/// "Los Angeles". A sentence's first word is capitalised whatever it is, so alone it counts
/// only when the article never writes it in lower case and also capitalises it inside a
/// sentence: "Merkel said" gives a name, while "Police said", "Currently" or "Update" do not.
enum NameRuns {
    /// The names in an article's sentences (each given as its tokens), in lower case: each run
    /// in full and each of its words, so a later "Merkel" meets "Angela Merkel".
    static func names(in sentences: [ArraySlice<Token>], lowercaseWords: Set<String>) -> [String] {
        let namedInside = Set(sentences.flatMap { sentence in
            sentence.drop { !$0.isWord }.dropFirst().filter(isNameWord).map(\.lower)
        })
        return sentences.flatMap { names(in: $0, lowercaseWords: lowercaseWords, namedInside: namedInside) }
    }

    private static func names(in sentence: ArraySlice<Token>, lowercaseWords: Set<String>, namedInside: Set<String>) -> [String] {
        var names: [String] = []
        var run: [String] = []
        func close() {
            if run.count > 1 { names.append(run.joined(separator: " ")) }
            names += run
            run = []
        }
        let opener = sentence.firstIndex(where: \.isWord)
        for index in sentence.indices {
            let token = sentence[index]
            guard isNameWord(token), index != opener || isNamed(opener: index, in: sentence, lowercaseWords, namedInside) else {
                close()
                continue
            }
            run.append(ContentWords.lowercased(token))
            // "Trump’s administration": the possessive ends the name.
            if token.isPossessive { close() }
        }
        close()
        return names
    }

    /// Whether a sentence's first word is a name: never in lower case, and either capitalised
    /// inside a sentence too or the start of a longer run ("Simon Taylor said").
    private static func isNamed(opener: Int, in sentence: ArraySlice<Token>, _ lowercaseWords: Set<String>, _ namedInside: Set<String>) -> Bool {
        let token = sentence[opener]
        guard !lowercaseWords.contains(token.lower) else { return false }
        let next = sentence.index(after: opener)
        return namedInside.contains(token.lower) || (next < sentence.endIndex && isNameWord(sentence[next]))
    }

    /// A capitalised word of two letters or more and no digits ("Q", "US6" are not names).
    private static func isNameWord(_ token: Token) -> Bool {
        token.isWord && token.isCapitalized && !token.isCapitalizedFunctionWord && !Lexicon.notNames.contains(token.lower)
            && token.text.count > 1 && !token.text.contains(where: \.isNumber)
    }
}
