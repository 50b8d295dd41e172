/// One wording of an event: the matching words that one or more quotations share.
struct Wording {
    /// A quotation that gives these words.
    struct Use {
        /// The article's position in the event.
        let articleIndex: Int
        let article: String
        let quotation: Int
    }

    let words: [String]
    /// In order of appearance over the event's articles.
    var uses: [Use]

    /// The speech quotations of `articles` grouped by their words, in order of first appearance.
    static func all(in articles: [Article]) -> [Wording] {
        var wordings: [Wording] = []
        var indexByWords: [[String]: Int] = [:]
        for (articleIndex, article) in articles.enumerated() {
            for (index, quotation) in article.quotations.enumerated() where quotation.kind == .quote {
                // Its own text (its pieces joined) rather than the article's: a shelved body stays shelved.
                let words = MatchingWords.of(quotation.text)
                guard !words.isEmpty else { continue }
                let use = Use(articleIndex: articleIndex, article: article.id, quotation: index)
                if let existing = indexByWords[words] {
                    wordings[existing].uses.append(use)
                } else {
                    indexByWords[words] = wordings.count
                    wordings.append(Wording(words: words, uses: [use]))
                }
            }
        }
        return wordings
    }

    /// True when `other` is longer and holds these words in a row.
    func standsInside(_ other: Wording) -> Bool {
        let inner = words, outer = other.words
        guard outer.count > inner.count else { return false }
        return (0...(outer.count - inner.count)).contains { start in
            outer[start..<(start + inner.count)].elementsEqual(inner)
        }
    }
}
