/// One article read for the index: its document record and each term with its occurrences.
struct DocumentTerms: Sendable {
    let document: IndexedDocument
    /// Terms in no particular order, each with its occurrences in ascending position.
    let terms: [(term: String, occurrences: [PostingList.Occurrence])]

    init(_ article: Article, index: Int, event: String?) {
        let title = SearchTokenizer.tokens(article.metadata.title ?? "")
        let scalars = Array(article.text.unicodeScalars)
        let body = SearchTokenizer.tokens(scalars, in: 0..<scalars.count, firstPosition: title.count + 1)
        let quoted = QuotedRanges(article.quotations)
        var occurrences: [String: [PostingList.Occurrence]] = [:]
        var spans: [IndexedDocument.QuotationSpan] = []
        var quotationLength = 0
        func add(_ token: SearchToken, inQuotation: Bool) {
            let occurrence = PostingList.Occurrence(position: token.position, inQuotation: inQuotation)
            occurrences[token.term, default: []].append(occurrence)
            if let stem = token.stem { occurrences[stem, default: []].append(occurrence) }
        }
        for token in title { add(token, inQuotation: false) }
        var cursor = quoted.cursor()
        for token in body {
            let quotation = cursor.quotation(containing: token.range)
            add(token, inQuotation: quotation != nil)
            guard let quotation else { continue }
            quotationLength += 1
            if let last = spans.last, last.quotation == quotation, last.positions.upperBound == token.position {
                spans[spans.count - 1] = .init(positions: last.positions.lowerBound..<(token.position + 1), quotation: quotation, speaker: last.speaker)
            } else {
                let speaker = SearchTokenizer.terms(article.quotations[quotation].speaker)
                spans.append(.init(positions: token.position..<(token.position + 1), quotation: quotation, speaker: speaker))
            }
        }
        document = IndexedDocument(
            id: article.id, article: index, event: event, titleLength: title.count, quotationLength: quotationLength, bodyLength: body.count - quotationLength,
            date: article.metadata.date, outlet: SearchTokenizer.terms(article.metadata.outlet),
            quotations: spans)
        terms = occurrences.map { ($0.key, $0.value) }
    }
}

/// The scalar ranges an article's quotations cover, in text order, walked once alongside its words.
struct QuotedRanges {
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
