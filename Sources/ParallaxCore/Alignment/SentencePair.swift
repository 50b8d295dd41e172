/// A sentence of the left article matched with one of the right.
struct SentencePair {
    let left: Int
    let right: Int
    let match: Alignment.Match
    /// What the pair adds to an alignment: its similarity, and one more for a shared statement
    /// or a near-identical wording, so the same words always win over a paraphrase.
    let weight: Double

    /// The pairs worth scoring: sentences that share a statement, or a word that few sentences
    /// use, found through an index of the right side rather than by trying every pair.
    static func candidates(_ left: [ComparedSentence], _ right: [ComparedSentence]) -> [(Int, Int)] {
        var byWord: [String: [Int]] = [:]
        var byStatement: [String: [Int]] = [:]
        for (index, sentence) in right.enumerated() {
            for word in sentence.contentWords { byWord[word, default: []].append(index) }
            for statement in sentence.statements { byStatement[statement, default: []].append(index) }
        }
        // A word in more sentences than this ("said", "president") finds no pair by itself.
        let commonWord = max(8, right.count / 50)
        return left.indices.flatMap { index in
            var partners = Set<Int>()
            for word in left[index].contentWords {
                if let sentences = byWord[word], sentences.count <= commonWord { partners.formUnion(sentences) }
            }
            for statement in left[index].statements { partners.formUnion(byStatement[statement] ?? []) }
            return partners.sorted().map { (index, $0) }
        }
    }

    /// The heaviest set of pairs in the same order on both sides (a longest common
    /// subsequence over sparse weighted pairs): pairs by left sentence, a Fenwick tree over the
    /// right sentences giving the best chain that ends before each, so O(P log P).
    static func heaviestChain(_ pairs: [SentencePair], rightCount: Int) -> [SentencePair] {
        // Within one left sentence, right sentences from last to first, so no two chain.
        let order = pairs.indices.sorted { (pairs[$0].left, pairs[$1].right) < (pairs[$1].left, pairs[$0].right) }
        var tree = [(total: Double, pair: Int?)](repeating: (0, nil), count: rightCount + 1)
        var total = [Double](repeating: 0, count: pairs.count)
        var previous = [Int?](repeating: nil, count: pairs.count)
        for index in order {
            var best: (total: Double, pair: Int?) = (0, nil)
            var position = pairs[index].right  // the chains ending at right sentences before this one
            while position > 0 {
                if tree[position].total > best.total { best = tree[position] }
                position -= position & -position
            }
            total[index] = best.total + pairs[index].weight
            previous[index] = best.pair
            position = pairs[index].right + 1
            while position <= rightCount {
                if total[index] > tree[position].total { tree[position] = (total[index], index) }
                position += position & -position
            }
        }
        var chain: [SentencePair] = []
        var last = total.indices.max { total[$0] < total[$1] }
        while let index = last {
            chain.append(pairs[index])
            last = previous[index]
        }
        return chain.reversed()
    }
}
