/// The second, looser pass. A story that runs for weeks or months (a leak, a manhunt, a
/// missile programme) comes out of the first pass as several events kept apart by their dates,
/// though their articles name the same people and use the same words. Here whole events join
/// by the same average link over their articles, the content as convincing as before; only
/// dates count differently. A story is covered without long silences, so what matters is the
/// gap between two events, not the days between their articles: a story grows by steps a few
/// weeks apart, while a scheduled event that recurs months later (a rate decision) stays apart.
enum StoryJoining {
    /// `events` (groups of article indices) joined into stories, each the union of some of them.
    static func stories(_ events: [[Int]], profiles: [ArticleProfile], threshold: Float) -> [[Int]] {
        // Events meet through the inverted index of their centroids, never all against all.
        let centroids = ParallelMap.map(events) { ArticleProfile(centroidOf: $0.map { profiles[$0] }) }
        let spans = events.map { days(of: $0, in: profiles) }
        let similarity: @Sendable (Int, Int) -> Float = { a, b in
            let factor = DateWindow.story.factor(daysApart: gapDays(spans[a], spans[b]))
            // Evidence is at most 1: past this gap no content could join them, so none is compared.
            guard factor >= threshold else { return 0 }
            var total: Float = 0
            for x in events[a] {
                for y in events[b] { total += EventSimilarity.evidence(profiles[x], profiles[y]) }
            }
            return total / Float(events[a].count * events[b].count) * factor
        }
        let pairs = CandidatePairs.pairs(centroids)
        let links = ParallelMap.map(pairs) { (first: $0.0, second: $0.1, similarity: similarity($0.0, $0.1)) }
        return EventClustering.groups(count: events.count, links: links, threshold: threshold,
                                      sizes: events.map(\.count), similarity: similarity)
            .map { $0.flatMap { events[$0] }.sorted() }
    }

    /// The first and last days of an event's dated articles, nil when none is dated.
    private static func days(of event: [Int], in profiles: [ArticleProfile]) -> ClosedRange<Int>? {
        let days = event.compactMap { profiles[$0].day }
        return days.min().flatMap { first in days.max().map { first...$0 } }
    }

    /// The days between two spans, 0 when they overlap, nil when either is undated.
    private static func gapDays(_ a: ClosedRange<Int>?, _ b: ClosedRange<Int>?) -> Int? {
        guard let a, let b else { return nil }
        return max(0, b.lowerBound - a.upperBound, a.lowerBound - b.upperBound)
    }
}
