/// How likely two articles are to report the same event, from 0 to 1.
enum EventSimilarity {
    /// Words carry most of the story; shared names confirm it is the same people and places.
    static let wordShare: Float = 0.6
    /// A shared quotation closes this part of the gap to 1: strong evidence when present, no
    /// evidence against when absent (most pairs quote different sentences of one event).
    static let quoteLift: Float = 0.5

    /// What the texts share, less the further apart their dates are for `window`.
    static func between(_ a: ArticleProfile, _ b: ArticleProfile, within window: DateWindow) -> Float {
        evidence(a, b) * window.factor(a.day, b.day)
    }

    /// How much the two texts share, from 0 to 1, whatever their dates.
    static func evidence(_ a: ArticleProfile, _ b: ArticleProfile) -> Float {
        guard !a.words.isEmpty, !b.words.isEmpty else { return 0 }
        let words = a.words.dot(b.words)
        // Without names on one side, words alone decide.
        let text = a.names.isEmpty || b.names.isEmpty ? words : wordShare * words + (1 - wordShare) * a.names.dot(b.names)
        let quoted = a.quotes.dot(b.quotes)
        return text + (1 - text) * quoteLift * quoted
    }
}
