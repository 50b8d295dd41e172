/// An article's text and its blocks: the bulk of it, which a large corpus keeps on a shelf
/// (the cache) rather than in memory, and reads again when it is opened, compared or searched.
public struct ArticleBody: Sendable, Equatable {
    /// The blocks' texts joined by blank lines.
    public let text: String
    public let blocks: [Block]

    public init(text: String, blocks: [Block]) {
        self.text = text
        self.blocks = blocks
    }
}

/// Where a shelved article's body is found again: the file it was read from, by the key the
/// cache keeps it under, and a hash of the bytes it was read from, so that a file changed
/// since never gives the article another text than its quotations point into.
public struct ShelfLabel: Sendable, Hashable {
    public let key: String
    public let contentHash: UInt64

    public init(key: String, contentHash: UInt64) {
        self.key = key
        self.contentHash = contentHash
    }
}

/// Somewhere that gives shelved articles their bodies back. Reading a body changes nothing,
/// so the model may read through it as if the bodies were in memory.
public protocol BodyShelf: AnyObject, Sendable {
    /// The bodies at these labels, in their order; a body that cannot be found again is nil.
    func bodies(at labels: [ShelfLabel]) -> [ArticleBody?]
}
