/// Names as runs of capitalised words, found without a model: "Angela Merkel", "ICE",
/// "Los Angeles". A sentence's first word is capitalised whatever it is, so alone it counts
/// only when the article never writes it in lower case and also capitalises it inside a
/// sentence: "Merkel said" gives a name, while "Police said", "Currently" or "Update" do not.
enum NameRuns {
    /// The names in an article's sentences (each given as its tokens), in lower case: each run
    /// in full and each of its words, so a later "Merkel" meets "Angela Merkel". `lowercaseWords`
    /// are the words the article writes in lower case, each as often as written.
    static func names(in sentences: [ArraySlice<Token>], lowercaseWords: [String]) -> [String] {
        // Whether each token can be a name word, worked out once for both passes.
        let nameWords = sentences.map { $0.map(isNameWord) }
        var namedInside: Set<String> = []
        var openers: Set<String> = []
        for (sentence, flags) in zip(sentences, nameWords) {
            guard let opener = sentence.firstIndex(where: \.isWord) else { continue }
            if flags[opener - sentence.startIndex] { openers.insert(sentence[opener].lower) }
            for index in (opener + 1)..<sentence.endIndex where flags[index - sentence.startIndex] { namedInside.insert(sentence[index].lower) }
        }
        let lowercaseOpeners = among(lowercaseWords, those: openers)
        return zip(sentences, nameWords).flatMap { names(in: $0, nameWords: $1, lowercaseOpeners: lowercaseOpeners, namedInside: namedInside) }
    }

    /// Those of `openers` that are among `words`. Only openers are asked about, and a word whose
    /// length and first byte no opener has is passed over without hashing it: hashing every
    /// lower-case word of every article cost about a tenth of finding its terms.
    private static func among(_ words: [String], those openers: Set<String>) -> Set<String> {
        let sketch = openers.reduce(UInt64(0)) { $0 | sketchBit($1) }
        return Set(words.lazy.filter { sketch & sketchBit($0) != 0 && openers.contains($0) })
    }

    /// One of 64 bits, by a word's length and first byte.
    private static func sketchBit(_ word: String) -> UInt64 {
        1 << UInt64((word.utf8.count &* 7 &+ Int(word.utf8.first ?? 0)) & 63)
    }

    private static func names(in sentence: ArraySlice<Token>, nameWords: [Bool], lowercaseOpeners: Set<String>, namedInside: Set<String>) -> [String] {
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
            guard nameWords[index - sentence.startIndex],
                  index != opener || isNamed(opener: index, in: sentence, nameWords: nameWords, lowercaseOpeners, namedInside) else {
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
    private static func isNamed(opener: Int, in sentence: ArraySlice<Token>, nameWords: [Bool],
                                _ lowercaseOpeners: Set<String>, _ namedInside: Set<String>) -> Bool {
        let token = sentence[opener]
        guard !lowercaseOpeners.contains(token.lower) else { return false }
        let next = sentence.index(after: opener)
        return namedInside.contains(token.lower) || (next < sentence.endIndex && nameWords[next - sentence.startIndex])
    }

    /// A capitalised word of two letters or more and no digits ("Q", "US6" are not names).
    private static func isNameWord(_ token: Token) -> Bool {
        token.isWord && token.isCapitalized && token.text.count > 1 && !hasFigure(token.text)
            && !token.isCapitalizedFunctionWord && !Lexicon.notNames.contains(token.lower)
    }

    /// Whether any character of `text` is a figure: bytes compared while they are ASCII, as
    /// they mostly are, since looking up each character's numeric type cost more than the rest.
    private static func hasFigure(_ text: String) -> Bool {
        for byte in text.utf8 {
            guard byte < 0x80 else { return text.contains(where: \.isNumber) }
            if byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") { return true }
        }
        return false
    }
}
