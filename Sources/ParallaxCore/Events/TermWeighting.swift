import Foundation

/// TF-IDF: a term counts for more the more often an article uses it, and for less the more
/// articles use it. Each article's terms become a unit vector, so a dot product is a cosine.
struct TermWeighting {
    let vectors: [SparseVector]

    static let background = 100

    /// With `discountingAsides`, a term only one article uses weighs less the larger the corpus
    /// (`asideWeight`). The table is emptied as the vectors are made.
    init(_ table: inout TermTable, discountingAsides: Bool = false) {
        let terms = table.numberInSortedOrder()
        let articles = table.articles.count
        var frequency = [Int](repeating: 0, count: terms)
        for article in table.articles { for entry in article { frequency[Int(entry.id)] += 1 } }
        // Smoothed idf, as scikit-learn has it, never zero; and the corpus is taken to sit among
        // `background` articles on other matters, so in a handful of articles on one story the
        // story's own words are not written off as common.
        let total = Float(articles + Self.background)
        let idf = frequency.map { log((1 + total) / (1 + Float($0))) + 1 }
        let aside = discountingAsides ? Self.asideWeight(articles: articles) : 1
        var vectors: [SparseVector] = []
        vectors.reserveCapacity(articles)
        for index in table.articles.indices {
            vectors.append(SparseVector(normalising: table.articles[index].map { entry in
                let weight = (1 + log(Float(entry.count))) * idf[Int(entry.id)]
                return (id: entry.id, weight: frequency[Int(entry.id)] == 1 ? weight * aside : weight)
            }))
            // Each article's pairs go once its vector is made.
            table.articles[index] = []
        }
        self.vectors = vectors
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
