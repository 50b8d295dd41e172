/// What an article quotes, as overlapping runs of words ("shingles"), so two articles that
/// quote the same words, in full or in part, share some of them.
enum QuotedPassages {
    /// Four words: long enough to be one person's wording rather than a common phrase.
    static let length = 4

    static func shingles(of quotations: [Quotation]) -> [String] {
        quotations.filter { $0.kind == .quote }.flatMap { quotation -> [String] in
            let scalars = Array(quotation.text.unicodeScalars)
            let words = Tokenizer.tokens(scalars, in: 0..<scalars.count).filter(\.isWord).map(\.lower)
            guard words.count >= length else { return [] }
            return (0...(words.count - length)).map { words[$0..<($0 + length)].joined(separator: " ") }
        }
    }
}
