/// An outlet's page furniture: paragraphs it prints under different stories (a copyright line,
/// a newsletter sign-up, "Advertisement Continue reading the main story"). They say nothing of
/// the event, yet they make an outlet's articles on different stories look alike and fill short
/// pages with names ("Facebook Messenger") that the event's other reports never use.
enum OutletFurniture {
    /// Paragraphs printed this many days apart or more are furniture: successive versions of one
    /// report, which share whole paragraphs too, come out within days.
    static let minimumDaysApart = 8

    /// For each article, the indices of its blocks that are furniture.
    static func blocks(of articles: [Article]) -> [Set<Int>] {
        let keys = articles.map { article in article.blocks.map { key($0.text) } }
        var days: [Printing: ClosedRange<Int>] = [:]
        for (article, blockKeys) in zip(articles, keys) {
            guard let outlet = article.metadata.outlet, let day = article.metadata.date?.dayNumber else { continue }
            for key in blockKeys {
                let printing = Printing(outlet: outlet, paragraph: key)
                days[printing] = days[printing].map { min($0.lowerBound, day)...max($0.upperBound, day) } ?? day...day
            }
        }
        return zip(articles, keys).map { article, blockKeys in
            guard let outlet = article.metadata.outlet else { return [] }
            return Set(blockKeys.indices.filter { index in
                days[Printing(outlet: outlet, paragraph: blockKeys[index])].map { $0.count > minimumDaysApart } ?? false
            })
        }
    }

    private struct Printing: Hashable {
        let outlet: String
        let paragraph: String
    }

    /// A paragraph compared without case or figures, so "Copyright 2017" is "Copyright 2018".
    private static func key(_ text: String) -> String {
        String(text.lowercased().map { $0.isNumber ? "#" : $0 })
    }
}
