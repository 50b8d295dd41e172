import ParallaxCore

/// A fixed set of queries for any corpus, drawn from its own titles so they find something:
/// common and rare words, two words, a phrase, a prefix, an exclusion, and each filter.
enum QuerySet {
    static func queries(for articles: [Article]) -> [String] {
        guard !articles.isEmpty else { return [] }
        var queries = ["said", "the"]
        for step in 0..<8 {
            let article = articles[(step * 7919) % articles.count]
            let words = (article.metadata.title ?? "").split(whereSeparator: { !$0.isLetter }).map { $0.lowercased() }.filter { $0.count > 3 }
            guard words.count >= 2 else { continue }
            let year = article.metadata.date.map { String($0.year) } ?? "2022"
            let outlet = article.metadata.outlet?.split(separator: " ").first.map(String.init)?.lowercased() ?? "news"
            switch step % 4 {
            case 0: queries += [words[0], "\"\(words[0]) \(words[1])\""]
            case 1: queries += ["\(words[0]) \(words[1])", String(words[1].prefix(3))]
            case 2: queries += ["\(words[0]) -\(words[1])", "in:quotes \(words[1])"]
            default: queries += ["outlet:\(outlet) \(words[0])", "date:\(year) \(words[1])"]
            }
        }
        return queries
    }
}
