/// The pairs of articles worth comparing, found without comparing every pair: each article is
/// indexed under its heaviest words, names, quoted passages and headline words among those
/// other articles share, and meets the articles that share the most of that weight. Headlines
/// index apart from the words: they count in the similarity on their own, and a page whose body
/// is furniture has heavier body words than any of its headline's.
enum CandidatePairs {
    /// The heaviest terms of each kind that index an article.
    static let wordKeys = 10
    static let nameKeys = 5
    static let quoteKeys = 3
    static let headlineKeys = 3
    /// A term more articles than this use names a topic, not one event, and links nothing.
    static let maxSharing = 100
    /// The articles each article is compared with, those sharing the most key weight.
    static let neighbours = 20

    /// Articles looked at by one worker, which reuses its table of shared weight across them.
    static let batch = 256

    /// Pairs `(i, j)` with `i < j`, each once, in order.
    static func pairs(_ profiles: [ArticleProfile]) -> [(Int, Int)] {
        let keys = keys(profiles)
        var postings: [Int64: [(article: Int32, weight: Float)]] = [:]
        for (article, list) in keys.enumerated() {
            for key in list { postings[key.key, default: []].append((Int32(article), key.weight)) }
        }
        let index = postings
        let batches = stride(from: 0, to: keys.count, by: batch).map { $0..<min($0 + batch, keys.count) }
        let nearest = ParallelMap.map(batches) { articles -> [[Int]] in
            // The weight each other article shares, by its number: an array rather than a
            // dictionary, cleared after each article by the list of those touched.
            var shared = [Float](repeating: 0, count: keys.count)
            var touched: [Int32] = []
            return articles.map { article in
                for key in keys[article] {
                    for other in index[key.key]! where Int(other.article) != article {
                        if shared[Int(other.article)] == 0 { touched.append(other.article) }
                        shared[Int(other.article)] += key.weight * other.weight
                    }
                }
                let closest = touched.sorted { shared[Int($0)] != shared[Int($1)] ? shared[Int($0)] > shared[Int($1)] : $0 < $1 }
                    .prefix(neighbours).map { Int($0) }
                for other in touched { shared[Int(other)] = 0 }
                touched.removeAll(keepingCapacity: true)
                return closest
            }
        }.flatMap { $0 }
        // Each pair as one number, smaller article in the high bits, so sorting orders the pairs.
        var pairs: [Int64] = []
        pairs.reserveCapacity(nearest.count * neighbours)
        for (article, others) in nearest.enumerated() {
            for other in others { pairs.append(Int64(min(article, other)) << 32 | Int64(max(article, other))) }
        }
        pairs.sort()
        return pairs.indices.filter { $0 == 0 || pairs[$0] != pairs[$0 - 1] }
            .map { (Int(pairs[$0] >> 32), Int(pairs[$0] & 0xFFFF_FFFF)) }
    }

    /// Each article's keys, the kinds kept apart by their top bits.
    private static func keys(_ profiles: [ArticleProfile]) -> [[(key: Int64, weight: Float)]] {
        let kinds: [(vector: KeyPath<ArticleProfile, SparseVector>, count: Int)] = [(\.words, wordKeys), (\.names, nameKeys), (\.quotes, quoteKeys), (\.headline, headlineKeys)]
        var keys = [[(key: Int64, weight: Float)]](repeating: [], count: profiles.count)
        for (kind, space) in kinds.enumerated() {
            let vectors = profiles.map { $0[keyPath: space.vector] }
            let linking = linkingTerms(vectors)
            for (article, vector) in vectors.enumerated() {
                keys[article] += vector.heaviest(space.count, among: { linking[Int($0)] }).map { (Int64(kind) << 32 | Int64($0.id), $0.weight) }
            }
        }
        return keys
    }

    /// For each term id, whether it can link articles: at least two use it, and not too many.
    private static func linkingTerms(_ vectors: [SparseVector]) -> [Bool] {
        var users = [Int](repeating: 0, count: Int(vectors.lazy.compactMap(\.ids.last).max() ?? -1) + 1)
        for vector in vectors { for id in vector.ids { users[Int(id)] += 1 } }
        return users.map { (2...maxSharing).contains($0) }
    }
}
