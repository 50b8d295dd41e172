/// How likely two articles are to report the same event, from 0 to 1.
enum EventSimilarity {
    /// Words carry most of the story; shared names confirm it is the same people and places.
    static let wordShare: Float = 0.6
    /// A shared quotation closes this part of the gap to 1: strong evidence when present, no
    /// evidence against when absent (most pairs quote different sentences of one event).
    static let quoteLift: Float = 0.5
    /// Shared headline words close this part of what is left: an outlet's headline names its
    /// event in a dozen words, so two headlines alike are evidence even where the bodies share
    /// little (a short wire item, a page whose body is all furniture). Absent, no evidence
    /// against: outlets headline one event in different words. (0.3: the smallest of the values
    /// tried that did best on the even-hashed half of events-dev.)
    static let headlineLift: Float = 0.3

    /// What two reports of one event share, headlines too, less the further apart their dates
    /// are for `window`.
    static func between(_ a: ArticleProfile, _ b: ArticleProfile, within window: DateWindow) -> Float {
        withHeadlines(a, b) * window.factor(a.day, b.day)
    }

    /// What two reports share, headlines too, whatever their dates.
    static func withHeadlines(_ a: ArticleProfile, _ b: ArticleProfile) -> Float {
        let shared = evidence(a, b)
        return shared + (1 - shared) * headlineLift * a.headline.dot(b.headline)
    }

    /// How much the two texts share, from 0 to 1, whatever their dates. Headlines are left out:
    /// the events of one story, weeks apart, are headlined each in its own words, while the
    /// headlines of one kind of news (a market's falls, a country's launches) share words for
    /// months. (A lone report's headline still counts: see `StoryJoining`.)
    static func evidence(_ a: ArticleProfile, _ b: ArticleProfile) -> Float {
        guard !a.words.isEmpty, !b.words.isEmpty else { return 0 }
        let words = a.words.dot(b.words)
        // Without names on one side, words alone decide.
        let text = a.names.isEmpty || b.names.isEmpty ? words : wordShare * words + (1 - wordShare) * a.names.dot(b.names)
        return text + (1 - text) * quoteLift * a.quotes.dot(b.quotes)
    }
}
