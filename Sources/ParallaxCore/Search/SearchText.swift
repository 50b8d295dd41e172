/// An article's words as search reads them, for the index and for finding hits alike: the
/// title's words, then the text's, numbered on from one past the title's so no phrase runs from
/// the title into the text, each with the quotation it stands in.
struct SearchText {
    let title: [SearchToken]
    let body: [SearchToken]
    /// The quotation (its index in the article) around each word of `body`, if any.
    let quotationOfWord: [Int?]

    init(_ article: Article) {
        title = SearchTokenizer.tokens(article.metadata.title ?? "")
        let scalars = Array(article.text.unicodeScalars)
        body = SearchTokenizer.tokens(scalars, in: 0..<scalars.count, firstPosition: title.count + 1)
        var cursor = QuotedRanges(article.quotations).cursor()
        quotationOfWord = body.map { cursor.quotation(containing: $0.range) }
    }
}

/// The scalar ranges an article's quotations cover, in text order, walked once alongside its words.
private struct QuotedRanges {
    private let ranges: [(range: Range<Int>, quotation: Int)]

    init(_ quotations: [Quotation]) {
        ranges = quotations.enumerated()
            .flatMap { index, quotation in quotation.ranges.map { (range: $0, quotation: index) } }
            .sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    func cursor() -> Cursor { Cursor(ranges: ranges) }

    struct Cursor {
        let ranges: [(range: Range<Int>, quotation: Int)]
        var next = 0

        /// The quotation around a word; words must be asked for in text order.
        mutating func quotation(containing word: Range<Int>) -> Int? {
            while next < ranges.count, ranges[next].range.upperBound <= word.lowerBound { next += 1 }
            guard next < ranges.count, ranges[next].range.lowerBound <= word.lowerBound,
                  word.upperBound <= ranges[next].range.upperBound else { return nil }
            return ranges[next].quotation
        }
    }
}
