import Foundation

/// TF-IDF: a term counts for more the more often an article uses it, and for less the more
/// articles use it. Each article's terms become a unit vector, so a dot product is a cosine.
struct TermWeighting {
    let vectors: [SparseVector]

    static let background = 100

    /// With `discountingAsides`, a term only one article uses weighs less the larger the corpus
    /// (`asideWeight`).
    init(_ counts: [[String: Int]], discountingAsides: Bool = false) {
        var vocabulary: [String] = []
        var provisional: [String: Int32] = [:]
        let firstSeen = counts.map { article in
            article.map { term, count -> (id: Int32, count: Int) in
                if let id = provisional[term] { return (id, count) }
                let id = Int32(vocabulary.count)
                provisional[term] = id
                vocabulary.append(term)
                return (id, count)
            }
        }
        // Ids follow the sorted vocabulary, so sums run in the same order on every run.
        var rank = [Int32](repeating: 0, count: vocabulary.count)
        for (position, index) in vocabulary.indices.sorted(by: { vocabulary[$0] < vocabulary[$1] }).enumerated() {
            rank[index] = Int32(position)
        }
        let interned = firstSeen.map { article in article.map { (id: rank[Int($0.id)], count: $0.count) }.sorted { $0.id < $1.id } }
        var frequency = [Int](repeating: 0, count: vocabulary.count)
        for article in interned { for entry in article { frequency[Int(entry.id)] += 1 } }
        // Smoothed idf, as scikit-learn has it, never zero; and the corpus is taken to sit among
        // `background` articles on other matters, so in a handful of articles on one story the
        // story's own words are not written off as common.
        let total = Float(counts.count + Self.background)
        let idf = frequency.map { log((1 + total) / (1 + Float($0))) + 1 }
        let aside = discountingAsides ? Self.asideWeight(articles: counts.count) : 1
        vectors = interned.map { article in
            SparseVector(normalising: article.map { entry in
                let weight = (1 + log(Float(entry.count))) * idf[Int(entry.id)]
                return (id: entry.id, weight: frequency[Int(entry.id)] == 1 ? weight * aside : weight)
            })
        }
    }

    /// What a term no other article uses counts for. It can link nothing, yet with the highest
    /// idf it makes up most of a long article's length and drowns what the article shares, so
    /// that two long reports of one event look unlike. In a handful of articles such a word may
    /// well be the story's own and keeps nearly its full weight; among hundreds it is most likely
    /// an aside (background, a live blog's other entries, page furniture): a fifth at four hundred.
    static func asideWeight(articles: Int) -> Float {
        Float(background) / Float(background + articles)
    }
}
