/// Groups the articles that report the same event, whatever folders they come from. Every
/// article belongs to exactly one event; an article no other resembles is an event of its own.
public enum EventDetector {
    /// The similarity two articles, or two groups on average, must reach to be one event.
    static let threshold: Float = 0.2

    public static func events(in articles: [Article]) -> [Event] {
        let profiles = ArticleProfile.profiles(of: articles)
        let similarity: @Sendable (Int, Int) -> Float = { a, b in EventSimilarity.between(profiles[a], profiles[b], within: .event) }
        let pairs = CandidatePairs.pairs(profiles)
        let links = ParallelMap.map(pairs) { (first: $0.0, second: $0.1, similarity: similarity($0.0, $0.1)) }
        let events = EventClustering.groups(count: articles.count, links: links, threshold: threshold, similarity: similarity)
        let stories = StoryJoining.stories(events, profiles: profiles, threshold: threshold)
        return EventAssembly.events(stories, of: articles, similarity: similarity)
    }
}
