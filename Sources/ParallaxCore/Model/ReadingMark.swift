/// What a person has done with an article, kept across runs apart from the cache: read or
/// not, starred or not, and where they left off.
public struct ReadingMark: Sendable, Equatable {
    public var read: Bool
    public var starred: Bool
    /// The text offset (in scalars) at the top of the screen when the article was left.
    public var position: Int?

    public init(read: Bool = false, starred: Bool = false, position: Int? = nil) {
        self.read = read
        self.starred = starred
        self.position = position
    }
}
