/// The longest common subsequence of two sequences by Myers' O(ND) algorithm, which is
/// fast when they differ little, as two quotations of one statement do.
enum CommonSubsequence {
    /// The index pairs of the elements both keep, in increasing order on both sides.
    static func matches<Element: Equatable>(_ a: [Element], _ b: [Element]) -> [(Int, Int)] {
        // A common prefix and suffix need no search.
        var prefix = 0
        while prefix < a.count, prefix < b.count, a[prefix] == b[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < a.count - prefix, suffix < b.count - prefix, a[a.count - 1 - suffix] == b[b.count - 1 - suffix] { suffix += 1 }
        let middle = myers(Array(a[prefix..<(a.count - suffix)]), Array(b[prefix..<(b.count - suffix)]))
        return (0..<prefix).map { ($0, $0) }
            + middle.map { ($0.0 + prefix, $0.1 + prefix) }
            + (0..<suffix).reversed().map { (a.count - 1 - $0, b.count - 1 - $0) }
    }

    private static func myers<Element: Equatable>(_ a: [Element], _ b: [Element]) -> [(Int, Int)] {
        let n = a.count, m = b.count
        guard n > 0, m > 0 else { return [] }
        let offset = n + m + 1
        // v[k + offset]: the furthest x reached on diagonal k; one snapshot per edit distance.
        var v = [Int](repeating: 0, count: 2 * offset + 1)
        var trace: [[Int]] = []
        search: for d in 0...(n + m) {
            trace.append(v)
            for k in stride(from: -d, through: d, by: 2) {
                var x = k == -d || (k != d && v[k - 1 + offset] < v[k + 1 + offset]) ? v[k + 1 + offset] : v[k - 1 + offset] + 1
                var y = x - k
                while x < n, y < m, a[x] == b[y] { x += 1; y += 1 }
                v[k + offset] = x
                if x >= n, y >= m { break search }
            }
        }
        // Walk back from the end through the snapshots, collecting the diagonal steps.
        var pairs: [(Int, Int)] = []
        var x = n, y = m
        for d in stride(from: trace.count - 1, through: 0, by: -1) {
            let v = trace[d]
            let k = x - y
            let previousK = k == -d || (k != d && v[k - 1 + offset] < v[k + 1 + offset]) ? k + 1 : k - 1
            let previousX = v[previousK + offset]
            let previousY = previousX - previousK
            while x > previousX, y > previousY {
                x -= 1
                y -= 1
                pairs.append((x, y))
            }
            x = previousX
            y = previousY
        }
        return pairs.reversed()
    }
}
