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

    let left: [ComparedSentence]
    let right: [ComparedSentence]
    private let weights: [String: Double]
    /// Each sentence's squared length as a weighted vector, computed once.
    private let leftNorms: [Double]
    private let rightNorms: [Double]

    init(_ left: [ComparedSentence], _ right: [ComparedSentence]) {
        self.left = left
        self.right = right
        var documentFrequency: [String: Int] = [:]
        for sentence in left + right {
            for word in sentence.contentWords { documentFrequency[word, default: 0] += 1 }
        }
        let count = Double(left.count + right.count)
        // One more than the ratio, so a word every sentence has still counts a little.
        let weights = documentFrequency.mapValues { log(1 + count / Double($0)) }
        func norm(_ sentence: ComparedSentence) -> Double {
            sentence.contentWords.reduce(0) { $0 + weights[$1]! * weights[$1]! }
        }
        self.weights = weights
        leftNorms = left.map(norm)
        rightNorms = right.map(norm)
    }

    /// How the left sentence `l` and the right sentence `r` match; nil when they are not alike
    /// enough to be laid side by side.
    func match(_ l: Int, _ r: Int) -> (match: Alignment.Match, score: Double)? {
        let a = left[l], b = right[r]
        let shared = a.contentWords.intersection(b.contentWords)
        let sharedWeight = shared.reduce(0) { $0 + weights[$1]! * weights[$1]! }
        let score = sharedWeight > 0 ? sharedWeight / (leftNorms[l] * rightNorms[r]).squareRoot() : 0
        if !a.statements.isDisjoint(with: b.statements) || score >= Self.sameThreshold { return (.same, score) }
        guard score >= Self.similarThreshold, shared.count >= Self.minimumSharedWords else { return nil }
        return (.similar, score)
    }
}
