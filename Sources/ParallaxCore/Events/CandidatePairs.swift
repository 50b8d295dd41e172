/// The pairs of articles worth comparing, found without comparing every pair: each article is
/// indexed under its heaviest words, names and quoted passages among those other articles
/// share, and meets the articles that share the most of that weight.
enum CandidatePairs {
    /// The heaviest terms of each kind that index an article.
    static let wordKeys = 10
    static let nameKeys = 5
    static let quoteKeys = 3
    /// A term more articles than this use names a topic, not one event, and links nothing.
    static let maxSharing = 100
    /// The articles each article is compared with, those sharing the most key weight.
    static let neighbours = 20

    /// Pairs `(i, j)` with `i < j`, each once, in order.
    static func pairs(_ profiles: [ArticleProfile]) -> [(Int, Int)] {
        let keys = keys(profiles)
        var postings: [Int64: [(article: Int32, weight: Float)]] = [:]
        for (article, list) in keys.enumerated() {
            for key in list { postings[key.key, default: []].append((Int32(article), key.weight)) }
        }
        let index = postings
        let nearest = ParallelMap.map(Array(keys.indices)) { article -> [Int] in
            var shared: [Int32: Float] = [:]
            for key in keys[article] {
                for other in index[key.key]! where Int(other.article) != article {
                    shared[other.article, default: 0] += key.weight * other.weight
                }
            }
            return shared.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
                .prefix(neighbours).map { Int($0.key) }
        }
        var pairs: Set<Pair> = []
        for (article, others) in nearest.enumerated() {
            for other in others { pairs.insert(Pair(min(article, other), max(article, other))) }
        }
        return pairs.sorted { ($0.first, $0.second) < ($1.first, $1.second) }.map { ($0.first, $0.second) }
    }

    private struct Pair: Hashable {
        let first: Int
        let second: Int
        init(_ first: Int, _ second: Int) {
            self.first = first
            self.second = second
        }
    }

    /// Each article's keys, the three kinds kept apart by their top bits.
    private static func keys(_ profiles: [ArticleProfile]) -> [[(key: Int64, weight: Float)]] {
        let kinds: [(vector: KeyPath<ArticleProfile, SparseVector>, count: Int)] = [(\.words, wordKeys), (\.names, nameKeys), (\.quotes, quoteKeys)]
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
