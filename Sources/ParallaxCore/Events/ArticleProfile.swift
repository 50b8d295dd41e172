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
        let terms = ParallelMap.map(Array(articles.indices)) { ArticleTerms(articles[$0], furniture: furniture[$0]) }
        // Each kind has its own vocabulary, so the kinds are weighed side by side.
        let weighted = ParallelMap.map(TermKind.allCases) { kind -> [SparseVector] in
            switch kind {
            case .words: TermWeighting(terms.map(\.words), discountingAsides: true).vectors
            case .names: TermWeighting(terms.map(\.names)).vectors
            case .quotes: TermWeighting(terms.map(\.quotes)).vectors
            case .headline: TermWeighting(terms.map(\.headline)).vectors
            }
        }
        return articles.indices.map { index in
            ArticleProfile(words: weighted[0][index], names: weighted[1][index], quotes: weighted[2][index], headline: weighted[3][index],
                           day: articles[index].metadata.date?.dayNumber)
        }
    }
}

extension ArticleProfile {
    private enum TermKind: CaseIterable, Sendable { case words, names, quotes, headline }

    /// Several articles as one, to find which groups of articles to compare: the centroids of
    /// their vectors, undated, without a headline (headlines do not join the events of a story).
    init(centroidOf members: [ArticleProfile]) {
        self.init(words: SparseVector(centroidOf: members.map(\.words)), names: SparseVector(centroidOf: members.map(\.names)),
                  quotes: SparseVector(centroidOf: members.map(\.quotes)), headline: .empty, day: nil)
    }
}
