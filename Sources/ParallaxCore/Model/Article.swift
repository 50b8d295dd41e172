/// One news article: its metadata, its body (text as blocks and sentences) and its quotations.
///
/// Every offset is a count of Unicode scalars into `text`, so blocks, quotations
/// and search hits all point at the same places. A large corpus keeps its articles'
/// bodies on a shelf (the cache): `text` and `blocks` read them back when asked, and
/// `unshelved` brings a slice of them back at once for a pass over many articles.
public struct Article: Sendable, Equatable {
    /// The file name without its extension.
    public let id: String
    public let path: String
    public var metadata: ArticleMetadata
    public var quotations: [Quotation]
    /// The article's words, counted over its body blocks (headings and trailers excluded).
    public let wordCount: Int
    private let storage: Storage

    private enum Storage: Sendable {
        case held(ArticleBody)
        /// With each block's print, which grouping needs of every article and should not read back.
        case shelved(ShelfLabel, any BodyShelf, prints: [Block.Print])
    }

    public init(id: String, path: String, metadata: ArticleMetadata, text: String, blocks: [Block], quotations: [Quotation],
                eventTerms: EventTerms? = nil) {
        self.init(id: id, path: path, metadata: metadata, quotations: quotations,
                  wordCount: blocks.reduce(0) { $0 + ($1.kind == .paragraph ? $1.wordCount : 0) },
                  storage: .held(ArticleBody(text: text, blocks: blocks, eventTerms: eventTerms)))
    }

    private init(id: String, path: String, metadata: ArticleMetadata, quotations: [Quotation], wordCount: Int, storage: Storage) {
        self.id = id
        self.path = path
        self.metadata = metadata
        self.quotations = quotations
        self.wordCount = wordCount
        self.storage = storage
    }

    /// The text and blocks, read from the shelf when they are kept there. A body the shelf has
    /// lost (its file changed or gone since) is empty, which every view shows as no text.
    public var body: ArticleBody {
        switch storage {
        case .held(let body): return body
        case .shelved(let label, let shelf, _): return shelf.bodies(at: [label])[0] ?? .lost
        }
    }

    /// The blocks' texts joined by blank lines.
    public var text: String { body.text }
    public var blocks: [Block] { body.blocks }

    public var isShelved: Bool {
        if case .shelved = storage { return true }
        return false
    }

    /// The same article with its body on a shelf, out of memory.
    public func shelved(_ label: ShelfLabel, on shelf: any BodyShelf) -> Article {
        Article(id: id, path: path, metadata: metadata, quotations: quotations, wordCount: wordCount,
                storage: .shelved(label, shelf, prints: blockPrints))
    }

    /// Each block's print (`Block.print(of:)`), without reading a shelved body back.
    var blockPrints: [Block.Print] {
        if case .shelved(_, _, let prints) = storage { return prints }
        return blockTexts.map(Block.print(of:))
    }

    /// The same article under another id.
    public func renamed(_ newID: String) -> Article {
        Article(id: newID, path: path, metadata: metadata, quotations: quotations, wordCount: wordCount, storage: storage)
    }

    /// The articles with their bodies in memory, those on a shelf read back together: a pass
    /// over many articles takes them a slice at a time through this, never one by one.
    public static func unshelved(_ articles: [Article]) -> [Article] {
        // By shelf, though the articles of one corpus share one.
        var wanted: [ObjectIdentifier: (shelf: any BodyShelf, labels: [ShelfLabel], positions: [Int])] = [:]
        for (position, article) in articles.enumerated() {
            guard case .shelved(let label, let shelf, _) = article.storage else { continue }
            wanted[ObjectIdentifier(shelf), default: (shelf, [], [])].labels.append(label)
            wanted[ObjectIdentifier(shelf)]!.positions.append(position)
        }
        var result = articles
        for (shelf, labels, positions) in wanted.values {
            for (position, body) in zip(positions, shelf.bodies(at: labels)) {
                let article = articles[position]
                result[position] = Article(id: article.id, path: article.path, metadata: article.metadata, quotations: article.quotations,
                                           wordCount: article.wordCount, storage: .held(body ?? .lost))
            }
        }
        return result
    }

    /// Goes through the articles a slice at a time, each slice with its bodies in memory and
    /// `offset` its first article's position, so a shelved corpus's bodies are never all read back.
    static func forEachSlice(of articles: [Article], size: Int, _ body: (_ offset: Int, _ slice: [Article]) -> Void) {
        for start in stride(from: 0, to: articles.count, by: size) {
            body(start, unshelved(Array(articles[start..<min(articles.count, start + size)])))
        }
    }

    /// True when both were read from the same bytes, or hold the same body; two shelved
    /// articles are told apart without reading either back.
    public func hasSameBody(as other: Article) -> Bool {
        if case .shelved(let label, _, _) = storage, case .shelved(let otherLabel, _, _) = other.storage { return label == otherLabel }
        return body == other.body
    }

    public static func == (left: Article, right: Article) -> Bool {
        left.id == right.id && left.path == right.path && left.metadata == right.metadata && left.quotations == right.quotations
            && left.wordCount == right.wordCount && left.hasSameBody(as: right)
    }

    /// Each block's text (`ArticleBody.blockTexts`). A view that also needs the blocks or the
    /// text takes `body` once, so that all it reads comes from one reading.
    public var blockTexts: [Substring] { body.blockTexts }
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
