/// An outlet's page furniture: paragraphs it prints under different stories (a copyright line,
/// a newsletter sign-up, "Advertisement Continue reading the main story"). They say nothing of
/// the event, yet they make an outlet's articles on different stories look alike and fill short
/// pages with names ("Facebook Messenger") that the event's other reports never use. A notice
/// of copyright is furniture wherever it is printed (`CopyrightNotice`).
enum OutletFurniture {
    /// Paragraphs printed this many days apart or more are furniture: successive versions of one
    /// report, which share whole paragraphs too, come out within days.
    static let minimumDaysApart = 8

    /// For each article, the indices of its blocks that are furniture.
    static func blocks(of articles: [Article]) -> [Set<Int>] {
        let blocks = ParallelMap.map(articles) { $0.blockPrints }
        // Outlets by number, so the table of printings hashes no strings.
        var numbers: [String: Int] = [:]
        let outlets = articles.map { article -> Int? in
            guard let outlet = article.metadata.outlet else { return nil }
            if let number = numbers[outlet] { return number }
            numbers[outlet] = numbers.count
            return numbers.count - 1
        }
        var days: [Printing: ClosedRange<Int>] = [:]
        days.reserveCapacity(blocks.reduce(0) { $0 + $1.count })
        for (index, articleBlocks) in blocks.enumerated() {
            guard let outlet = outlets[index], let day = articles[index].metadata.date?.dayNumber else { continue }
            for block in articleBlocks {
                let printing = Printing(outlet: outlet, paragraph: block.value)
                days[printing] = days[printing].map { min($0.lowerBound, day)...max($0.upperBound, day) } ?? day...day
            }
        }
        return zip(outlets, blocks).map { outlet, articleBlocks in
            Set(articleBlocks.indices.filter { index in
                let printed = outlet.flatMap { days[Printing(outlet: $0, paragraph: articleBlocks[index].value)] }
                return articleBlocks[index].isNotice || printed.map { $0.count > minimumDaysApart } ?? false
            })
        }
    }

    private struct Printing: Hashable {
        let outlet: Int
        let paragraph: UInt64
    }
}
