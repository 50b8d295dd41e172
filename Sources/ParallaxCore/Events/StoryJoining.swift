/// The second, looser pass. A story that runs for weeks or months (a leak, a manhunt, a
/// missile programme) comes out of the first pass as several events kept apart by their dates,
/// though their articles name the same people and use the same words. Here whole events join
/// by the same average link over their articles, the content as convincing as before; only
/// dates count differently. A story is covered without long silences, so what matters is the
/// gap between two events, not the days between their articles: a story grows by steps a few
/// weeks apart, while a scheduled event that recurs months later (a rate decision) stays apart.
/// `StoryDates` weighs the gap, and says where the text outweighs it.
enum StoryJoining {
    /// `events` (groups of article indices) joined into stories, each the union of some of them.
    static func stories(_ events: [[Int]], profiles: [ArticleProfile], threshold: Float) -> [[Int]] {
        // Events meet through the inverted index of their centroids, never all against all.
        let centroids = ParallelMap.map(events) { ArticleProfile(centroidOf: $0.map { profiles[$0] }) }
        let spans = events.map { StoryDates.Span(of: $0, in: profiles) }
        let similarity: @Sendable (Int, Int) -> Float = { a, b in
            let factor = StoryDates.factor(spans[a], spans[b], quotes: (centroids[a].quotes, centroids[b].quotes))
            // Evidence is at most 1: where the dates leave less than the threshold, no content could join them, so none is compared.
            guard factor >= threshold else { return 0 }
            // A report the first pass left alone has only its own text to go by, often short or
            // half furniture, so its headline counts as it did there. Between events of several
            // reports the content decides: one kind of news shares its headlines' words for months.
            let share = min(events[a].count, events[b].count) == 1 ? EventSimilarity.withHeadlines : EventSimilarity.evidence
            var total: Float = 0
            for x in events[a] {
                for y in events[b] { total += share(profiles[x], profiles[y]) }
            }
            return total / Float(events[a].count * events[b].count) * factor
        }
        let pairs = CandidatePairs.pairs(centroids)
        let links = ParallelMap.map(pairs) { (first: $0.0, second: $0.1, similarity: similarity($0.0, $0.1)) }
        return EventClustering.groups(count: events.count, links: links, threshold: threshold,
                                      sizes: events.map(\.count), similarity: similarity)
            .map { $0.flatMap { events[$0] }.sorted() }
    }
}
