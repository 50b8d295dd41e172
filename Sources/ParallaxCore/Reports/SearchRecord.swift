import Foundation

/// `search`: one article that answers the query, with its score, a snippet around its densest
/// hits, and every hit (field, scalar offsets into the title or the article's text, and the words).
public struct SearchRecord: Encodable, Equatable, Sendable {
    public struct Hit: Encodable, Equatable, Sendable {
        public let field: String
        public let start: Int
        public let end: Int
        public let text: String
    }

    public let article: String
    public let score: Double
    public let snippet: String
    public let hits: [Hit]
    public let outlet: String?
    public let date: String?
    public let title: String?

    public static let snippetWidth = 160

    /// The records of many results, their articles' bodies read back a slice at a time.
    public static func records(_ results: [SearchResult], query: SearchQuery, in corpus: Corpus) -> [SearchRecord] {
        var records: [SearchRecord] = []
        Article.forEachSlice(of: results.map { corpus.articles[$0.article] }, size: 1024) { offset, slice in
            records += slice.enumerated().map { SearchRecord(results[offset + $0], query: query, article: $1) }
        }
        return records
    }

    init(_ result: SearchResult, query: SearchQuery, article: Article) {
        let found = ArticleHits(query, in: article)
        self.article = article.id
        score = (result.score * 1000).rounded() / 1000
        snippet = Snippet(article, hits: found.body, width: Self.snippetWidth).text
        func hits(_ ranges: [Range<Int>], field: String, in text: String) -> [Hit] {
            let scalars = Array(text.unicodeScalars)
            return ranges.map { range in
                var view = String.UnicodeScalarView()
                view.append(contentsOf: scalars[range])
                return Hit(field: field, start: range.lowerBound, end: range.upperBound, text: String(view))
            }
        }
        self.hits = hits(found.title, field: "title", in: article.metadata.title ?? "") + hits(found.body, field: "text", in: article.text)
        outlet = article.metadata.outlet
        date = article.metadata.date?.description
        title = article.metadata.title
    }

    enum CodingKeys: String, CodingKey { case article, score, snippet, hits, outlet, date, title }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(article, forKey: .article)
        try c.encode(score, forKey: .score)
        try c.encode(snippet, forKey: .snippet)
        try c.encode(hits, forKey: .hits)
        try c.encode(outlet, forKey: .outlet)
        try c.encode(date, forKey: .date)
        try c.encode(title, forKey: .title)
    }
}
