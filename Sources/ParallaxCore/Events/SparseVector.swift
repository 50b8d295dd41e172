/// A vector over a vocabulary of term ids, stored as its non-zero entries sorted by id.
struct SparseVector: Sendable {
    let ids: [Int32]
    let weights: [Float]

    static let empty = SparseVector(ids: [], weights: [])

    /// `entries` sorted by id, each id once; the vector is scaled to length 1 so that a dot
    /// product is a cosine.
    init(normalising entries: [(id: Int32, weight: Float)]) {
        let length = entries.reduce(Float(0)) { $0 + $1.weight * $1.weight }.squareRoot()
        ids = entries.map(\.id)
        weights = length > 0 ? entries.map { $0.weight / length } : entries.map { _ in 0 }
    }

    /// The sum of `vectors` scaled to length 1: the direction they share, where terms many of
    /// them use weigh most.
    init(centroidOf vectors: [SparseVector]) {
        var sums: [Int32: Float] = [:]
        for vector in vectors {
            for (id, weight) in zip(vector.ids, vector.weights) { sums[id, default: 0] += weight }
        }
        self.init(normalising: sums.sorted { $0.key < $1.key }.map { (id: $0.key, weight: $0.value) })
    }

    private init(ids: [Int32], weights: [Float]) {
        self.ids = ids
        self.weights = weights
    }

    var isEmpty: Bool { ids.isEmpty }

    func dot(_ other: SparseVector) -> Float {
        var i = 0, j = 0, sum: Float = 0
        while i < ids.count, j < other.ids.count {
            let a = ids[i], b = other.ids[j]
            if a == b {
                sum += weights[i] * other.weights[j]
                i += 1
                j += 1
            } else if a < b {
                i += 1
            } else {
                j += 1
            }
        }
        return sum
    }

    /// The `count` heaviest entries whose ids pass `isIncluded`, heaviest first (ties by id).
    func heaviest(_ count: Int, among isIncluded: (Int32) -> Bool) -> [(id: Int32, weight: Float)] {
        ids.indices.filter { isIncluded(ids[$0]) }.sorted { weights[$0] != weights[$1] ? weights[$0] > weights[$1] : ids[$0] < ids[$1] }
            .prefix(count).map { (ids[$0], weights[$0]) }
    }
}
