import Foundation

/// How alike two sentences of two articles are: the cosine of their content words, each
/// weighted by how rare it is over the two articles (a name both give once counts far more
/// than "said").
struct SentenceSimilarity {
    /// A near-identical sentence counts as the same.
    static let sameThreshold = 0.8
    /// Below this two sentences tell different things.
    static let similarThreshold = 0.12
    /// Two sentences of one fact share at least this many content words.
    static let minimumSharedWords = 3

    private let weights: [String: Double]

    init(_ left: [ComparedSentence], _ right: [ComparedSentence]) {
        let all = left + right
        var documentFrequency: [String: Int] = [:]
        for sentence in all {
            for word in sentence.contentWords { documentFrequency[word, default: 0] += 1 }
        }
        let count = Double(all.count)
        // One more than the ratio, so a word every sentence has still counts a little.
        weights = documentFrequency.mapValues { log(1 + count / Double($0)) }
    }

    /// Nil when the two are not alike enough to be laid side by side.
    func match(_ a: ComparedSentence, _ b: ComparedSentence) -> (match: Alignment.Match, score: Double)? {
        let score = cosine(a, b)
        if !a.statements.isDisjoint(with: b.statements) || score >= Self.sameThreshold { return (.same, score) }
        guard score >= Self.similarThreshold, a.contentWords.intersection(b.contentWords).count >= Self.minimumSharedWords else { return nil }
        return (.similar, score)
    }

    private func cosine(_ a: ComparedSentence, _ b: ComparedSentence) -> Double {
        let shared = a.contentWords.intersection(b.contentWords).reduce(0) { $0 + squaredWeight($1) }
        guard shared > 0 else { return 0 }
        let normA = a.contentWords.reduce(0) { $0 + squaredWeight($1) }
        let normB = b.contentWords.reduce(0) { $0 + squaredWeight($1) }
        return shared / (normA * normB).squareRoot()
    }

    private func squaredWeight(_ word: String) -> Double {
        let weight = weights[word] ?? 0
        return weight * weight
    }
}
