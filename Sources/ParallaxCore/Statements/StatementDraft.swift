/// The wordings of one statement before it has its id.
struct StatementDraft {
    let uses: [Wording.Use]
    /// How many matching words each use has.
    let wordCounts: [Int]

    init(_ wordings: [Wording]) {
        let pairs = wordings.flatMap { wording in wording.uses.map { ($0, wording.words.count) } }
            .sorted { ($0.0.articleIndex, $0.0.quotation) < ($1.0.articleIndex, $1.0.quotation) }
        uses = pairs.map(\.0)
        wordCounts = pairs.map(\.1)
    }

    /// Where the statement first appears over the event's articles: article, then quotation.
    func appearsBefore(_ other: StatementDraft) -> Bool {
        (uses[0].articleIndex, uses[0].quotation) < (other.uses[0].articleIndex, other.uses[0].quotation)
    }

    func statement(id: String, event: String, articles: [Article]) -> Statement {
        let quotations = uses.map { articles[$0.articleIndex].quotations[$0.quotation] }
        let fullest = wordCounts.max() ?? 0
        let fullestIndex = wordCounts.firstIndex(of: fullest) ?? 0
        let carriers = uses.indices.map { index in
            Statement.Carrier(article: uses[index].article, quotation: uses[index].quotation, isFragment: wordCounts[index] < fullest)
        }
        return Statement(id: id, event: event, speaker: Self.mostCommon(quotations.compactMap(\.speaker)),
                         text: Self.trimmed(quotations[fullestIndex].text), carriers: carriers)
    }

    /// The most frequent value, the earliest among equals.
    private static func mostCommon(_ values: [String]) -> String? {
        let counts = values.reduce(into: [String: Int]()) { $0[$1, default: 0] += 1 }
        var best: String?
        for value in values where counts[value]! > best.map({ counts[$0]! }) ?? 0 { best = value }
        return best
    }

    /// Without the comma a quotation keeps before "he said".
    private static func trimmed(_ text: String) -> String {
        var text = Substring(text)
        while let last = text.last, last == "," || last == " " { text = text.dropLast() }
        return String(text)
    }
}
