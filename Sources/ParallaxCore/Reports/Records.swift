/// The records the headless commands print, with the JSON keys of the command-line contract.
/// Every key is always present; what the article does not say is null.
public struct ArticleRecord: Encodable, Equatable, Sendable {
    public let id: String
    public let path: String
    public let outlet: String?
    public let date: String?
    public let byline: String?
    public let title: String?
    public let words: Int
    public let quotes: Int
    public let event: String?

    public init(_ article: Article, event: String? = nil) {
        id = article.id
        path = article.path
        outlet = article.metadata.outlet
        date = article.metadata.date?.description
        byline = article.metadata.byline
        title = article.metadata.title
        words = article.wordCount
        quotes = article.quotations.count
        self.event = event
    }

    enum CodingKeys: String, CodingKey { case id, path, outlet, date, byline, title, words, quotes, event }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(path, forKey: .path)
        try c.encode(outlet, forKey: .outlet)
        try c.encode(date, forKey: .date)
        try c.encode(byline, forKey: .byline)
        try c.encode(title, forKey: .title)
        try c.encode(words, forKey: .words)
        try c.encode(quotes, forKey: .quotes)
        try c.encode(event, forKey: .event)
    }
}

/// `show`: the article's metadata, its paragraphs, and its blocks with their kinds.
public struct ArticleDetailRecord: Encodable, Equatable, Sendable {
    public struct BlockRecord: Encodable, Equatable, Sendable {
        public let kind: String
        public let text: String
        public let section: String?

        public func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(kind, forKey: .kind)
            try c.encode(text, forKey: .text)
            try c.encode(section, forKey: .section)
        }
        enum CodingKeys: String, CodingKey { case kind, text, section }
    }

    public let article: ArticleRecord
    public let url: String?
    public let titleIsDerived: Bool
    /// Every block's text, in order; a quotation's `paragraph` indexes this array.
    public let paragraphs: [String]
    public let blocks: [BlockRecord]

    public init(_ article: Article, event: String? = nil) {
        self.article = ArticleRecord(article, event: event)
        url = article.metadata.url
        titleIsDerived = article.metadata.titleIsDerived
        let body = article.body
        paragraphs = body.blockTexts.map(String.init)
        blocks = zip(body.blocks, paragraphs).map { BlockRecord(kind: $0.kind.rawValue, text: $1, section: $0.section) }
    }

    enum CodingKeys: String, CodingKey { case url, titleDerived = "title_derived", paragraphs, blocks }

    public func encode(to encoder: Encoder) throws {
        try article.encode(to: encoder)
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(url, forKey: .url)
        try c.encode(titleIsDerived, forKey: .titleDerived)
        try c.encode(paragraphs, forKey: .paragraphs)
        try c.encode(blocks, forKey: .blocks)
    }
}

/// `quotes`: one quotation.
public struct QuotationRecord: Encodable, Equatable, Sendable {
    public let article: String
    public let text: String
    public let kind: String
    public let speaker: String?
    public let paragraph: Int
    public let statement: String?

    public init(_ quotation: Quotation, in article: Article) {
        self.article = article.id
        text = quotation.text
        kind = quotation.kind.rawValue
        speaker = quotation.speaker
        paragraph = quotation.paragraph
        statement = quotation.statement
    }

    enum CodingKeys: String, CodingKey { case article, text, kind, speaker, paragraph, statement }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(article, forKey: .article)
        try c.encode(text, forKey: .text)
        try c.encode(kind, forKey: .kind)
        try c.encode(speaker, forKey: .speaker)
        try c.encode(paragraph, forKey: .paragraph)
        try c.encode(statement, forKey: .statement)
    }
}
