/// Names as runs of capitalised words, found without a model: "Angela Merkel", "ICE",
/// "Los Angeles". A sentence's first word counts only when the article never writes it in
/// lower case, so "Police said" gives no name while "Merkel said" does.
enum NameRuns {
    /// The names in one sentence's tokens: each run in full and each of its words, in lower
    /// case, so a later "Merkel" meets "Angela Merkel".
    static func names(in sentence: ArraySlice<Token>, lowercaseWords: Set<String>) -> [String] {
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
            guard isNameWord(token), !(index == opener && lowercaseWords.contains(token.lower)) else {
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

    private static func isNameWord(_ token: Token) -> Bool {
        token.isWord && token.isCapitalized && !token.isCapitalizedFunctionWord && !Lexicon.notNames.contains(token.lower)
    }
}
