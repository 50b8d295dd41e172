/// How likely two articles are to report the same event, from 0 to 1.
enum EventSimilarity {
    /// Words carry most of the story; shared names confirm it is the same people and places.
    static let wordShare: Float = 0.6
    /// A shared quotation closes this part of the gap to 1: strong evidence when present, no
    /// evidence against when absent (most pairs quote different sentences of one event).
    static let quoteLift: Float = 0.5
    /// Reports of one event mostly fall within a few days of each other.
    static let sameEventDays = 3
    /// Beyond those days, the similarity halves after another week, and keeps falling.
    static let decayDays: Float = 7

    static func between(_ a: ArticleProfile, _ b: ArticleProfile) -> Float {
        guard !a.words.isEmpty, !b.words.isEmpty else { return 0 }
        let words = a.words.dot(b.words)
        // Without names on one side, words alone decide.
        let text = a.names.isEmpty || b.names.isEmpty ? words : wordShare * words + (1 - wordShare) * a.names.dot(b.names)
        let quoted = a.quotes.dot(b.quotes)
        let evidence = text + (1 - text) * quoteLift * quoted
        return evidence * dateFactor(a.day, b.day)
    }

    /// 1 within a few days or when a date is unknown (a missing date is no evidence), then falling:
    /// 1/2 ten days apart, under 1/3 at three weeks, under 1/15 after four months.
    static func dateFactor(_ a: Int?, _ b: Int?) -> Float {
        guard let a, let b else { return 1 }
        let beyond = abs(a - b) - sameEventDays
        return beyond <= 0 ? 1 : 1 / (1 + Float(beyond) / decayDays)
    }
}
