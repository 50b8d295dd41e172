/// Splits a block into sentences. A stop ends a sentence when a capital, a digit or an
/// opening mark follows after a space, or a capital right after a word's stop that lost its
/// space ("said.Political"); "Mr.", "Gov.", initials and decimals do not end one, and "U.S."
/// does only before a word that usually starts a sentence.
enum SentenceSplitter {
    private static let closers: Set<String> = ["”", "\"", "’", "'", ")", "]"]
    private static let openers: Set<String> = ["“", "\"", "‘", "(", "["]
    static let sentenceStarters: Set<String> = [
        "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "but", "and", "in", "on", "at", "this",
        "that", "these", "those", "there", "his", "her", "their", "its", "our", "as", "after", "before", "when",
        "while", "if", "for", "some", "many", "most", "officials", "meanwhile", "however", "still", "yet",
    ]

    /// Sentence ranges (scalar offsets) covering the block's tokens.
    static func sentences(_ tokens: [Token]) -> [Range<Int>] {
        guard let first = tokens.first else { return [] }
        var result: [Range<Int>] = []
        var start = first.range.lowerBound
        var i = 0
        // Straight double marks before `i`: the next one closes a quotation when their number is odd.
        var straightMarks = 0
        while i < tokens.count {
            let token = tokens[i]
            var endsHere = false
            var last = i
            if token.kind == .punctuation, let s = token.text.unicodeScalars.first, s.isSentenceEnd {
                endsHere = true
            } else if token.isWord, token.text.hasSuffix("."), !Abbreviations.rarelyEndsSentence(token.text) {
                let next = i + 1 < tokens.count ? tokens[i + 1] : nil
                endsHere = next.map { sentenceStarters.contains($0.lower) } ?? true
            }
            if endsHere {
                // Swallow stops and closing marks glued to this one ("?!”", ".)").
                while last + 1 < tokens.count, tokens[last + 1].range.lowerBound == tokens[last].range.upperBound,
                      closers.contains(tokens[last + 1].text) || tokens[last + 1].text.unicodeScalars.first!.isSentenceEnd {
                    last += 1
                }
                if last + 1 < tokens.count {
                    let next = tokens[last + 1]
                    var end = last
                    var spaced = next.range.lowerBound > tokens[last].range.upperBound
                    // "said.Political", "states."Democrats": a stop that lost its space after a word still ends the
                    // sentence (the tokenizer parts a lower-case word from a capital only there). A straight mark
                    // glued on both sides opens the next sentence's quotation unless it closes one.
                    if !spaced, token.text == ".", i > 0, tokens[i - 1].isWord, next.isWord, next.isCapitalized, last <= i + 1 {
                        spaced = true
                        if last == i + 1, tokens[last].text == "\"", straightMarks % 2 == 0 { end = i }
                    }
                    let startsSentence = next.isCapitalized || openers.contains(next.text)
                        || (next.text.unicodeScalars.first?.isDigit ?? false)
                    if spaced && startsSentence {
                        result.append(start..<tokens[end].range.upperBound)
                        start = tokens[end + 1].range.lowerBound
                    }
                }
            }
            straightMarks += tokens[i...last].filter { $0.text == "\"" }.count
            i = last + 1
        }
        result.append(start..<tokens[tokens.count - 1].range.upperBound)
        return result
    }
}
