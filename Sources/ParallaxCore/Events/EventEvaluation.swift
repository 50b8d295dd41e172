/// How well a grouping of articles matches labelled events: pairwise and BCubed precision,
/// recall and F1. Articles are keyed by any string (an id or a path); only labelled ones count.
public enum EventEvaluation {
    public struct Score: Sendable, Equatable {
        public let precision: Double
        public let recall: Double
        public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }

        public init(precision: Double, recall: Double) {
            self.precision = precision
            self.recall = recall
        }
    }

    public struct Scores: Sendable, Equatable {
        public let pairwise: Score
        public let bcubed: Score
        /// The labelled articles scored.
        public let articles: Int
    }

    /// Scores `predicted` (article → group) against `gold` (article → label). With `events`,
    /// only the articles of those labels are scored, but each keeps its whole predicted group:
    /// joining them to any other article costs precision.
    public static func scores(predicted: [String: String], gold: [String: String], within events: Set<String>? = nil) -> Scores {
        let labelled = gold.keys.filter { predicted[$0] != nil }.sorted()
        let focus = labelled.filter { events?.contains(gold[$0]!) ?? true }
        var predictedSize: [String: Int] = [:], goldSize: [String: Int] = [:], both: [Pair: Int] = [:]
        var predictedFocus: [String: Int] = [:]
        for article in labelled {
            let (group, label) = (predicted[article]!, gold[article]!)
            predictedSize[group, default: 0] += 1
            goldSize[label, default: 0] += 1
            both[Pair(group: group, label: label), default: 0] += 1
            if events?.contains(label) ?? true { predictedFocus[group, default: 0] += 1 }
        }
        guard !focus.isEmpty else { return Scores(pairwise: Score(precision: 0, recall: 0), bcubed: Score(precision: 0, recall: 0), articles: 0) }

        // Pairwise: pairs put together that the labels put together, among pairs touching the focus.
        let together = both.filter { events?.contains($0.key.label) ?? true }.values.reduce(0) { $0 + pairs($1) }
        let predictedPairs = predictedSize.reduce(0) { $0 + pairs($1.value) - pairs($1.value - (predictedFocus[$1.key] ?? 0)) }
        let goldPairs = goldSize.filter { events?.contains($0.key) ?? true }.values.reduce(0) { $0 + pairs($1) }
        let pairwise = Score(precision: ratio(together, predictedPairs), recall: ratio(together, goldPairs))

        // BCubed: for each article, the share of its group with its label, and of its label in its group.
        var precision = 0.0, recall = 0.0
        for article in focus {
            let (group, label) = (predicted[article]!, gold[article]!)
            let shared = Double(both[Pair(group: group, label: label)]!)
            precision += shared / Double(predictedSize[group]!)
            recall += shared / Double(goldSize[label]!)
        }
        let count = Double(focus.count)
        return Scores(pairwise: pairwise, bcubed: Score(precision: precision / count, recall: recall / count), articles: focus.count)
    }

    /// Labels whose dated articles all fall within `days` of each other (or that have at most one date).
    public static func tightEvents(gold: [String: String], dates: [String: PublicationDate], days: Int = 7) -> Set<String> {
        var spans: [String: (first: Int, last: Int)] = [:]
        for (article, label) in gold {
            guard let day = dates[article]?.dayNumber else { continue }
            let span = spans[label] ?? (day, day)
            spans[label] = (min(span.first, day), max(span.last, day))
        }
        return Set(gold.values.filter { label in spans[label].map { $0.last - $0.first <= days } ?? true })
    }

    private struct Pair: Hashable {
        let group: String
        let label: String
    }

    private static func pairs(_ count: Int) -> Int { count * (count - 1) / 2 }

    /// A ratio with nothing to get wrong counted as perfect.
    private static func ratio(_ part: Int, _ whole: Int) -> Double { whole == 0 ? 1 : Double(part) / Double(whole) }
}
