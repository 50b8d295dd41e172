/// One news article: its metadata and its text as blocks, sentences and quotations.
///
/// Every offset is a count of Unicode scalars into `text`, so blocks, quotations
/// and (later) search hits all point at the same places.
public struct Article: Sendable, Equatable {
    /// The file name without its extension.
    public let id: String
    public let path: String
    public var metadata: ArticleMetadata
    /// The blocks' texts joined by blank lines.
    public let text: String
    public let blocks: [Block]
    public var quotations: [Quotation]

    public init(id: String, path: String, metadata: ArticleMetadata, text: String, blocks: [Block], quotations: [Quotation]) {
        self.id = id
        self.path = path
        self.metadata = metadata
        self.text = text
        self.blocks = blocks
        self.quotations = quotations
    }

    /// Each block's text, cut from the article's text in one pass: each walk goes on from where
    /// the last block ended (blocks out of order walk back, slower but never out of the text).
    public var blockTexts: [Substring] {
        let scalars = text.unicodeScalars
        var cursor = scalars.startIndex, offset = 0
        return blocks.map { block in
            let start = scalars.index(cursor, offsetBy: block.range.lowerBound - offset)
            cursor = scalars.index(start, offsetBy: block.range.count)
            offset = block.range.upperBound
            return Substring(scalars[start..<cursor])
        }
    }

    /// The article's words, counted over its body blocks (headings and trailers excluded).
    public var wordCount: Int {
        blocks.reduce(0) { $0 + ($1.kind == .paragraph ? $1.wordCount : 0) }
    }
}

/// What the article says about itself. Each field is nil where the text does not say.
public struct ArticleMetadata: Sendable, Equatable {
    public var title: String?
    /// True when the title was made from the lead sentence rather than read from the file.
    public var titleIsDerived: Bool
    public var outlet: String?
    public var date: PublicationDate?
    public var byline: String?
    public var url: String?

    public init(title: String? = nil, titleIsDerived: Bool = false, outlet: String? = nil,
                date: PublicationDate? = nil, byline: String? = nil, url: String? = nil) {
        self.title = title
        self.titleIsDerived = titleIsDerived
        self.outlet = outlet
        self.date = date
        self.byline = byline
        self.url = url
    }
}
