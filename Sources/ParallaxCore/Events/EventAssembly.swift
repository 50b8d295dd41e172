/// Turns groups of articles into events: the most central article names the event, articles
/// run by date, and events by their latest date.
enum EventAssembly {
    static func events(_ groups: [[Int]], of articles: [Article], similarity: (Int, Int) -> Float) -> [Event] {
        groups.map { event(of: $0, in: articles, similarity: similarity) }.sorted(by: isListedBefore)
    }

    private static func event(of group: [Int], in articles: [Article], similarity: (Int, Int) -> Float) -> Event {
        let ordered = group.sorted { isReportedBefore(articles[$0], articles[$1]) }
        // The article most like the others; ties go to the earliest.
        var centre = ordered[0]
        var best: Float = -1
        for index in ordered {
            let total = ordered.reduce(Float(0)) { $0 + ($1 == index ? 0 : similarity(index, $1)) }
            if total > best { (centre, best) = (index, total) }
        }
        var outlets: [String] = []
        for index in ordered {
            if let outlet = articles[index].metadata.outlet, !outlets.contains(outlet) { outlets.append(outlet) }
        }
        let dates = ordered.compactMap { articles[$0].metadata.date }
        return Event(id: articles[centre].id, title: articles[centre].metadata.title ?? "",
                     articles: ordered.map { articles[$0].id }, outlets: outlets,
                     dates: dates.min().flatMap { first in dates.max().map { first...$0 } })
    }

    /// By date (undated last), then outlet (unknown last), then id.
    private static func isReportedBefore(_ a: Article, _ b: Article) -> Bool {
        if a.metadata.date != b.metadata.date { return isEarlier(a.metadata.date, b.metadata.date) }
        if a.metadata.outlet != b.metadata.outlet {
            guard let first = a.metadata.outlet else { return false }
            guard let second = b.metadata.outlet else { return true }
            return first < second
        }
        return a.id < b.id
    }

    private static func isEarlier(_ a: PublicationDate?, _ b: PublicationDate?) -> Bool {
        guard let a else { return false }
        guard let b else { return true }
        return a < b
    }

    /// Latest date first, undated last, then id.
    private static func isListedBefore(_ a: Event, _ b: Event) -> Bool {
        switch (a.dates?.upperBound, b.dates?.upperBound) {
        case let (latestA?, latestB?) where latestA != latestB: return latestA > latestB
        case (.some, nil): return true
        case (nil, .some): return false
        default: return a.id < b.id
        }
    }
}
