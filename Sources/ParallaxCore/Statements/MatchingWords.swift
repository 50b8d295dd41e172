/// The words of a text as matching sees them: lower case, without punctuation, quote marks
/// or apostrophes, hyphenated words split, figures with their separators removed and
/// British spellings in their American form. "America’s largest Cities" and
/// "Americas largest cities" give the same words.
enum MatchingWords {
    static func of(_ text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        return of(scalars, in: 0..<scalars.count)
    }

    static func of(_ scalars: [Unicode.Scalar], in range: Range<Int>) -> [String] {
        let figures = Figures.numbers(in: scalars, range: range)
        var nextFigure = 0
        var coveredUntil = range.lowerBound
        var words: [String] = []
        for token in Tokenizer.tokens(scalars, in: range) where token.isWord {
            // "3,000" is three tokens to the tokenizer and one figure here.
            var start = max(token.range.lowerBound, coveredUntil)
            while nextFigure < figures.count, figures[nextFigure].range.lowerBound < token.range.upperBound {
                words.append(figures[nextFigure].value)
                coveredUntil = figures[nextFigure].range.upperBound
                start = max(start, coveredUntil)
                nextFigure += 1
            }
            guard start < token.range.upperBound else { continue }
            for part in scalars.string(start..<token.range.upperBound).lowercased().split(whereSeparator: { $0 == "-" || $0 == "‐" }) {
                let word = part.filter { $0 != "'" && $0 != "’" && $0 != "." }
                if !word.isEmpty { words.append(SpellingVariants.canonical(word)) }
            }
        }
        return words
    }
}
