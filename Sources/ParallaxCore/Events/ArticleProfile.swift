/// One article as event grouping sees it: weighted words, names, quoted passages and headline
/// words, and its day.
struct ArticleProfile: Sendable {
    let words: SparseVector
    let names: SparseVector
    let quotes: SparseVector
    let headline: SparseVector
    /// Days since 1970, nil when the article is undated.
    let day: Int?

    /// The profiles of all the articles, weighted against each other. Only words discount
    /// asides: a short list of names stripped of those only it has would keep the famous ones
    /// (Israel, the West Bank) that different stories share.
    static func profiles(of articles: [Article]) -> [ArticleProfile] {
        let furniture = OutletFurniture.blocks(of: articles)
        // Each kind has its own vocabulary, so the kinds are weighed side by side. The terms are
        // counted a slice of articles at a time on every core, and each slice's counts go into
        // the tables before the next is counted.
        let tables = TermKind.allCases.map { _ in TableBox() }
        Article.forEachSlice(of: articles, size: Self.sliceSize) { offset, slice in
            let terms = ParallelMap.map(Array(slice.indices)) { EventTerms.of(slice[$0], furniture: furniture[offset + $0]) }
            _ = ParallelMap.map(TermKind.allCases) { kind in
                for article in terms { tables[kind.rawValue].table.add(article.counts(of: kind)) }
            }
        }
        let weighted = ParallelMap.map(TermKind.allCases) { kind in
            TermWeighting(&tables[kind.rawValue].table, discountingAsides: kind == .words).vectors
        }
        let vectors = { (kind: TermKind, index: Int) in weighted[kind.rawValue][index] }
        return articles.indices.map { index in
            ArticleProfile(words: vectors(.words, index), names: vectors(.names, index), quotes: vectors(.quotes, index),
                           headline: vectors(.headline, index), day: articles[index].metadata.date?.dayNumber)
        }
    }
}

extension ArticleProfile {
    fileprivate enum TermKind: Int, CaseIterable, Sendable { case words, names, quotes, headline }

    static let sliceSize = 1024

    /// One kind's table, filled and then emptied in place: each is touched by one thread at a time.
    private final class TableBox: @unchecked Sendable {
        var table = TermTable()
    }

    /// Several articles as one, to find which groups of articles to compare: the centroids of
    /// their vectors, undated, without a headline (headlines do not join the events of a story).
    init(centroidOf members: [ArticleProfile]) {
        self.init(words: SparseVector(centroidOf: members.map(\.words)), names: SparseVector(centroidOf: members.map(\.names)),
                  quotes: SparseVector(centroidOf: members.map(\.quotes)), headline: .empty, day: nil)
    }
}

private extension EventTerms {
    func counts(of kind: ArticleProfile.TermKind) -> [Count] {
        switch kind {
        case .words: words
        case .names: names
        case .quotes: quotes
        case .headline: headline
        }
    }
}
