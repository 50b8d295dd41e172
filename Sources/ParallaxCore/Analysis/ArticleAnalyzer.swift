/// Turns what a reader got from a file into an `Article`: text, sentences, quotations and
/// speakers, and the terms event grouping weighs.
enum ArticleAnalyzer {
    static func analyze(_ raw: RawArticle, id: String, path: String) -> Article {
        let text = raw.blocks.map(\.text).joined(separator: "\n\n")
        let scalars = Array(text.unicodeScalars)
        var blockRanges: [Range<Int>] = []
        var offset = 0
        for block in raw.blocks {
            let length = block.text.unicodeScalars.count
            blockRanges.append(offset..<(offset + length))
            offset += length + 2
        }
        let tokens = blockRanges.map { Tokenizer.tokens(scalars, in: $0) }
        let sentences = tokens.map(SentenceSplitter.sentences)

        var blocks: [Block] = []
        for (index, raw) in raw.blocks.enumerated() {
            blocks.append(Block(kind: raw.kind, range: blockRanges[index], sentences: sentences[index],
                                section: raw.section, datelineLength: raw.datelineLength,
                                wordCount: tokens[index].filter(\.isWord).count))
        }
        var metadata = raw.metadata
        if metadata.title == nil, let lead = blocks.first(where: { $0.kind == .paragraph }), let first = lead.sentences.first {
            let start = min(first.upperBound, first.lowerBound + lead.datelineLength)
            metadata.title = Headline.fromLead(scalars.string(start..<first.upperBound))
            metadata.titleIsDerived = metadata.title != nil
        }
        let quotations = QuotationFinder.quotations(scalars: scalars, blocks: blocks, tokens: tokens)
        let terms = ArticleTerms(blocks: blocks, texts: raw.blocks.map { Substring($0.text) }, tokens: { tokens[$0] },
                                 metadata: metadata, quotations: quotations)
        return Article(id: id, path: path, metadata: metadata, text: text, blocks: blocks, quotations: quotations,
                       eventTerms: EventTerms(terms))
    }
}
