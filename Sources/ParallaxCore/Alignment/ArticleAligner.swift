/// Lays two articles of one event side by side, sentence by sentence.
public enum ArticleAligner {
    public static func align(_ left: Article, _ right: Article, statements: [Statement]) -> Alignment {
        let leftSentences = ComparedSentence.all(in: left, statements: statements)
        let rightSentences = ComparedSentence.all(in: right, statements: statements)
        let similarity = SentenceSimilarity(leftSentences, rightSentences)
        let pairs = SentencePair.candidates(leftSentences, rightSentences).compactMap { l, r -> SentencePair? in
            guard let found = similarity.match(l, r) else { return nil }
            return SentencePair(left: l, right: r, match: found.match, weight: found.score + (found.match == .same ? 1 : 0))
        }
        let inOrder = SentencePair.heaviestChain(pairs, rightCount: rightSentences.count)
        let moved = outOfOrder(pairs, besides: inOrder)
        let layout = AlignmentLayout(left: leftSentences, right: rightSentences,
                                     leftFigures: Set(figureValues(of: left)), rightFigures: Set(figureValues(of: right)))
        return Alignment(left: left.id, right: right.id, rows: layout.rows(inOrder: inOrder, moved: moved))
    }

    /// The best remaining pairs of sentences the ordered chain left unmatched, each sentence once.
    private static func outOfOrder(_ pairs: [SentencePair], besides chain: [SentencePair]) -> [SentencePair] {
        var usedLeft = Set(chain.map(\.left)), usedRight = Set(chain.map(\.right))
        var moved: [SentencePair] = []
        for pair in pairs.sorted(by: { $0.weight > $1.weight }) where !usedLeft.contains(pair.left) && !usedRight.contains(pair.right) {
            moved.append(pair)
            usedLeft.insert(pair.left)
            usedRight.insert(pair.right)
        }
        return moved
    }

    /// Every figure the article gives anywhere, so a figure counts as one side's only when the
    /// other never gives it.
    private static func figureValues(of article: Article) -> [String] {
        let scalars = Array(article.text.unicodeScalars)
        return Figures.numbers(in: scalars, range: 0..<scalars.count).map(\.value)
    }
}
