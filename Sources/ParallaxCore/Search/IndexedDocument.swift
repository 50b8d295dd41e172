/// What the index keeps of one article besides its words: the lengths ranking needs, what the
/// filters read, and where its quotations stand among its words.
struct IndexedDocument: Sendable {
    /// The article's id, which stays when the corpus is read again.
    let id: String
    /// The article's index in the corpus, and its event, which a new reading of the corpus may change.
    var article: Int
    var event: String?
    /// Title words take positions 0..<titleLength; the body starts one further, so no phrase
    /// runs from the title into the text.
    let titleLength: Int
    let quotationLength: Int
    let bodyLength: Int
    let date: PublicationDate?
    let outlet: [String]
    let quotations: [QuotationSpan]

    struct QuotationSpan: Sendable {
        let positions: Range<Int>
        /// The quotation's index in the article.
        let quotation: Int
        /// The speaker's name, folded into words.
        let speaker: [String]
    }

    /// The quotation holding a body position, if any.
    func quotation(at position: Int) -> QuotationSpan? {
        var low = 0, high = quotations.count
        while low < high {
            let middle = (low + high) / 2
            if quotations[middle].positions.upperBound <= position { low = middle + 1 } else { high = middle }
        }
        return low < quotations.count && quotations[low].positions.contains(position) ? quotations[low] : nil
    }
}
