/// Groups articles (or, in the second pass, events) by average link: strongest link first,
/// two groups merge when their members are similar enough on average. Comparing whole groups
/// rather than their closest members keeps a chain of pairwise links (A like B, B like C) from
/// joining stories that only touch.
struct EventClustering {
    private let threshold: Float
    private var parent: [Int]
    private var members: [[Int]]
    private let sizes: [Int]
    /// The articles each group stands for, by its root.
    private var weights: [Int]
    private var known: [Int64: Float] = [:]
    private let similarity: (Int, Int) -> Float

    /// Groups of item indices, each group sorted, groups in order of their first member. Two
    /// items, or two groups on average, must reach `threshold` to be one group. An item that
    /// stands for several articles (`sizes`, 1 each when nil) counts as many in the averages.
    static func groups(count: Int, links: [(first: Int, second: Int, similarity: Float)], threshold: Float,
                       sizes: [Int]? = nil, similarity: @escaping (Int, Int) -> Float) -> [[Int]] {
        var clustering = EventClustering(count: count, threshold: threshold, sizes: sizes ?? Array(repeating: 1, count: count),
                                         similarity: similarity)
        for link in links { clustering.known[Self.key(link.first, link.second)] = link.similarity }
        let strong = links.filter { $0.similarity >= threshold }.sorted {
            $0.similarity != $1.similarity ? $0.similarity > $1.similarity : ($0.first, $0.second) < ($1.first, $1.second)
        }
        for link in strong { clustering.mergeIfClose(link.first, link.second) }
        return (0..<count).filter { clustering.find($0) == $0 }.map { clustering.members[$0].sorted() }
            .sorted { $0[0] < $1[0] }
    }

    private init(count: Int, threshold: Float, sizes: [Int], similarity: @escaping (Int, Int) -> Float) {
        self.threshold = threshold
        self.sizes = sizes
        weights = sizes
        parent = Array(0..<count)
        members = (0..<count).map { [$0] }
        self.similarity = similarity
    }

    private mutating func find(_ x: Int) -> Int {
        var root = x
        while parent[root] != root { root = parent[root] }
        var node = x
        while parent[node] != root { (node, parent[node]) = (parent[node], root) }
        return root
    }

    private mutating func mergeIfClose(_ a: Int, _ b: Int) {
        let (rootA, rootB) = (find(a), find(b))
        guard rootA != rootB else { return }
        var across: Float = 0
        for x in members[rootA] { for y in members[rootB] { across += Float(sizes[x] * sizes[y]) * pairSimilarity(x, y) } }
        guard across >= threshold * Float(weights[rootA] * weights[rootB]) else { return }
        let (kept, absorbed) = members[rootA].count >= members[rootB].count ? (rootA, rootB) : (rootB, rootA)
        parent[absorbed] = kept
        members[kept] += members[absorbed]
        weights[kept] += weights[absorbed]
        members[absorbed] = []
    }

    private mutating func pairSimilarity(_ x: Int, _ y: Int) -> Float {
        let key = Self.key(x, y)
        if let value = known[key] { return value }
        let value = similarity(x, y)
        known[key] = value
        return value
    }

    private static func key(_ x: Int, _ y: Int) -> Int64 {
        Int64(min(x, y)) << 32 | Int64(max(x, y))
    }
}
