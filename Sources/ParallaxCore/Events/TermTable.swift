/// The terms of one kind across a corpus: each distinct term (by its hash) once, in a shared
/// vocabulary, and each article's terms as (id, count) pairs. A dictionary of strings per
/// article held for forty thousand articles at once cost several times the corpus's size.
struct TermTable {
    private(set) var vocabulary: [UInt64] = []
    private var ids: [UInt64: Int32] = [:]
    /// Each article's terms, in the order the articles were added.
    var articles: [[(id: Int32, count: Int32)]] = []

    /// Adds the next article's term counts.
    mutating func add(_ counts: [EventTerms.Count]) {
        articles.append(counts.map { entry in
            if let id = ids[entry.termHash] { return (id, entry.count) }
            let id = Int32(vocabulary.count)
            ids[entry.termHash] = id
            vocabulary.append(entry.termHash)
            return (id, entry.count)
        })
    }

    /// Numbers the terms in the vocabulary's sorted order instead of the order they were met,
    /// each article's pairs sorted by it: sums over the terms then run in the same order on
    /// every run, however the articles were read. The terms themselves are let go; their
    /// number is returned.
    mutating func numberInSortedOrder() -> Int {
        let terms = vocabulary.count
        var rank = [Int32](repeating: 0, count: vocabulary.count)
        for (position, index) in vocabulary.indices.sorted(by: { vocabulary[$0] < vocabulary[$1] }).enumerated() {
            rank[index] = Int32(position)
        }
        ids = [:]
        vocabulary = []
        for index in articles.indices {
            articles[index] = articles[index].map { (id: rank[Int($0.id)], count: $0.count) }.sorted { $0.id < $1.id }
        }
        return terms
    }
}
