import ParallaxCore

/// A query's hits in the open article, every one drawn highlighted, one of them current
/// (`n`/`N` step through them).
public struct FindState: Sendable {
    /// The query as typed, for the status bar and the history.
    public let text: String
    public let query: SearchQuery
    public let hits: ArticleHits
    /// The current hit, an index into `hits.body`.
    public var current: Int?

    public init(text: String, query: SearchQuery, in article: Article) {
        self.text = text
        self.query = query
        hits = ArticleHits(query, in: article)
        current = hits.body.isEmpty ? nil : 0
    }

    /// "3/12", or what there is when the text has no hit.
    public var position: String {
        if let current { return "\(current + 1)/\(hits.body.count)" }
        return hits.title.isEmpty ? "no hits" : "hits in the title"
    }
}

/// Splits a run of text into pieces inside and outside search hits, so any view can draw
/// hits over its own roles.
enum HitOverlay {
    /// `offset` is where `text` starts, in scalars, in the same text as the hits' ranges.
    static func pieces(_ text: String, offset: Int, hits: [Range<Int>], current: Range<Int>? = nil) -> [(text: String, hit: Role?)] {
        guard !hits.isEmpty else { return [(text, nil)] }
        var pieces: [(text: String, hit: Role?)] = []
        var position = offset
        for character in text {
            let hit = hits.first { $0.contains(position) }
            let role: Role? = hit.map { $0 == current ? .focus : .searchHit }
            if let last = pieces.last, last.hit == role {
                pieces[pieces.count - 1].text.append(character)
            } else {
                pieces.append((String(character), role))
            }
            position += character.unicodeScalars.count
        }
        return pieces
    }
}
