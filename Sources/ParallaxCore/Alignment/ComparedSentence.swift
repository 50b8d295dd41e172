/// A body sentence of an article with what the aligner compares it by.
struct ComparedSentence {
    let passage: Alignment.Passage
    /// Stems of its words other than function words, figures included.
    let contentWords: Set<String>
    /// The statements its quotations carry.
    let statements: Set<String>
    /// The figures it gives, years left out.
    let figures: [Figure]

    /// Every sentence of the article's paragraphs, in order, a dateline ("(CNN) —") left out.
    static func all(in article: Article, statements: [Statement]) -> [ComparedSentence] {
        let body = article.body
        let scalars = Array(body.text.unicodeScalars)
        let statementOfQuotation = Dictionary(
            statements.flatMap { statement in
                statement.carriers.filter { $0.article == article.id }.map { ($0.quotation, statement.id) }
            },
            uniquingKeysWith: { first, _ in first })
        var sentences: [ComparedSentence] = []
        for (blockIndex, block) in body.blocks.enumerated() where block.kind == .paragraph {
            for sentence in block.sentences {
                let range = withoutDateline(sentence, of: block, in: scalars)
                guard !range.isEmpty else { continue }
                let carried = article.quotations.indices.filter { index in
                    statementOfQuotation[index] != nil && article.quotations[index].ranges.contains { $0.overlaps(range) }
                }
                sentences.append(ComparedSentence(
                    passage: Alignment.Passage(block: blockIndex, range: range),
                    contentWords: Set(MatchingWords.of(scalars, in: range).filter { !Lexicon.functionWords.contains($0) }.map(stem)),
                    statements: Set(carried.compactMap { statementOfQuotation[$0] }),
                    figures: Figures.numbers(in: scalars, range: range).filter { !$0.isYear }))
            }
        }
        return sentences
    }

    private static func withoutDateline(_ sentence: Range<Int>, of block: Block, in scalars: [Unicode.Scalar]) -> Range<Int> {
        guard block.datelineLength > 0, sentence.lowerBound == block.range.lowerBound else { return sentence }
        var start = min(sentence.upperBound, sentence.lowerBound + block.datelineLength)
        while start < sentence.upperBound, scalars[start].isSpace { start += 1 }
        return start..<sentence.upperBound
    }

    /// "cities" and "city", "protests" and "protest" as one word: plurals only, which is
    /// most of what two reports of one fact vary.
    static func stem(_ word: String) -> String {
        guard word.count > 3, word.last == "s" else { return word }
        if word.hasSuffix("ies") { return String(word.dropLast(3)) + "y" }
        if word.hasSuffix("ss") || word.hasSuffix("us") || word.hasSuffix("is") { return word }
        return String(word.dropLast())
    }
}
