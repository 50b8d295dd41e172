/// Where a query matches one article: scalar ranges in its title and in its text. The same
/// reading serves the results' snippets, the reader's highlights and the command's `hits`.
public struct ArticleHits: Sendable, Equatable {
    public var title: [Range<Int>] = []
    public var body: [Range<Int>] = []

    public var count: Int { title.count + body.count }

    public init(title: [Range<Int>] = [], body: [Range<Int>] = []) {
        self.title = title
        self.body = body
    }

    public init(_ query: SearchQuery, in article: Article) {
        let speakers = query.speakers
        let quotations = article.quotations
        func spoken(_ quotation: Int) -> Bool {
            query.allows(speaker: SearchTokenizer.terms(quotations[quotation].speaker))
        }
        if query.patterns.isEmpty {
            // A speaker alone: their quotations are the hits.
            guard !speakers.isEmpty else { return }
            // Only inside the text: a shelved body that could not be read back is empty.
            let length = article.text.unicodeScalars.count
            body = quotations.indices.filter(spoken).flatMap { quotations[$0].ranges }.filter { $0.upperBound <= length }
                .sorted { $0.lowerBound < $1.lowerBound }
            return
        }
        let text = SearchText(article)
        if query.scope != .quotations, speakers.isEmpty {
            title = Self.matches(query.patterns, in: text.title)
        }
        guard query.scope != .title else { return }
        let restricted = query.scope == .quotations || !speakers.isEmpty
        // As the index does, a phrase stands where its first word stands.
        body = Self.matches(query.patterns, in: text.body) { first in
            !restricted || text.quotationOfWord[first].map(spoken) == true
        }
    }

    /// The ranges where any pattern occurs, merged and in order; `keep` sees the index of the
    /// first word of each occurrence and may turn it down.
    private static func matches(_ patterns: [SearchQuery.Pattern], in tokens: [SearchToken],
                                keep: (Int) -> Bool = { _ in true }) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        for start in tokens.indices {
            var kept: Bool?
            for pattern in patterns where !pattern.words.isEmpty && start + pattern.words.count <= tokens.count {
                let matched = pattern.words.indices.allSatisfy { offset in
                    matches(tokens[start + offset], pattern.words[offset], prefix: pattern.prefix && offset == pattern.words.count - 1)
                }
                guard matched else { continue }
                if kept == nil { kept = keep(start) }
                if kept == true { ranges.append(tokens[start].range.lowerBound..<tokens[start + pattern.words.count - 1].range.upperBound) }
            }
        }
        return merged(ranges)
    }

    private static func matches(_ token: SearchToken, _ word: String, prefix: Bool) -> Bool {
        if prefix { return token.term.hasPrefix(word) || token.stem?.hasPrefix(word) == true }
        return token.term == word || token.stem == word
    }

    private static func merged(_ ranges: [Range<Int>]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        for range in ranges.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            if let last = result.last, range.lowerBound <= last.upperBound {
                result[result.count - 1] = last.lowerBound..<max(last.upperBound, range.upperBound)
            } else {
                result.append(range)
            }
        }
        return result
    }
}
