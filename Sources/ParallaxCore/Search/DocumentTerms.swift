/// One article read for the index: its document record and each term with its occurrences.
struct DocumentTerms: Sendable {
    let document: IndexedDocument
    /// Terms in no particular order, each with its occurrences in ascending position.
    let terms: [(term: String, occurrences: [PostingList.Occurrence])]

    init(_ article: Article, index: Int, event: String?) {
        let text = SearchText(article)
        var occurrences: [String: [PostingList.Occurrence]] = [:]
        var spans: [IndexedDocument.QuotationSpan] = []
        var quotationLength = 0
        func add(_ token: SearchToken, inQuotation: Bool) {
            let occurrence = PostingList.Occurrence(position: token.position, inQuotation: inQuotation)
            occurrences[token.term, default: []].append(occurrence)
            if let stem = token.stem { occurrences[stem, default: []].append(occurrence) }
        }
        for token in text.title { add(token, inQuotation: false) }
        for (token, quotation) in zip(text.body, text.quotationOfWord) {
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
            id: article.id, article: index, event: event, titleLength: text.title.count, quotationLength: quotationLength, bodyLength: text.body.count - quotationLength,
            date: article.metadata.date, outlet: SearchTokenizer.terms(article.metadata.outlet),
            quotations: spans)
        terms = occurrences.map { ($0.key, $0.value) }
    }
}
