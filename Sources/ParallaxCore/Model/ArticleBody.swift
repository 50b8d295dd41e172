/// An article's text and its blocks: the bulk of it, which a large corpus keeps on a shelf
/// (the cache) rather than in memory, and reads again when it is opened, compared or searched.
public struct ArticleBody: Sendable, Equatable {
    /// The blocks' texts joined by blank lines.
    public let text: String
    public let blocks: [Block]
    /// The terms event grouping weighs, worked out as the article was read; nil for an article
    /// made otherwise, whose terms are worked out when asked for.
    public let eventTerms: EventTerms?

    public init(text: String, blocks: [Block], eventTerms: EventTerms? = nil) {
        self.text = text
        self.blocks = blocks
        self.eventTerms = eventTerms
    }

    /// What a shelved article shows when its body cannot be read back (its file changed or
    /// gone since): no text, which every view shows as such.
    static let lost = ArticleBody(text: "", blocks: [])

    /// The same text and blocks. The terms are worked out from them (with the article's
    /// metadata and quotations, which reading settles once), so they say nothing more.
    public static func == (left: ArticleBody, right: ArticleBody) -> Bool {
        left.text == right.text && left.blocks == right.blocks
    }

    /// Each block's text, cut from the text in one pass: each walk goes on from where the last
    /// block ended (blocks out of order walk back, slower but never out of the text).
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
}

/// Where a shelved article's body is found again: the file it was read from, by the key the
/// cache keeps it under, and a hash of the bytes it was read from, so that a file changed
/// since never gives the article another text than its quotations point into. The body's
/// size is kept too: the same bytes read by another build of Parallax (which rebuilds the
/// cache) may give another body, and that one is not taken for this.
public struct ShelfLabel: Sendable, Hashable {
    public let key: String
    public let contentHash: UInt64
    private let textBytes: Int
    private let blockCount: Int

    public init(key: String, contentHash: UInt64, body: ArticleBody) {
        self.key = key
        self.contentHash = contentHash
        textBytes = body.text.utf8.count
        blockCount = body.blocks.count
    }

    /// Whether a body read back may be the one this label was written for.
    public func fits(_ body: ArticleBody) -> Bool {
        body.text.utf8.count == textBytes && body.blocks.count == blockCount
    }
}

/// Somewhere that gives shelved articles their bodies back. Reading a body changes nothing,
/// so the model may read through it as if the bodies were in memory.
public protocol BodyShelf: AnyObject, Sendable {
    /// The bodies at these labels, in their order; a body that cannot be found again is nil.
    func bodies(at labels: [ShelfLabel]) -> [ArticleBody?]
}
