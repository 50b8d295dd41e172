/// A line of an article around its densest run of hits, in pieces that are hits or not.
public struct Snippet: Sendable, Equatable {
    public struct Piece: Sendable, Equatable {
        public let text: String
        public let isHit: Bool
    }

    public let pieces: [Piece]

    public var text: String { pieces.map(\.text).joined() }

    /// About `width` scalars of the paragraph holding the most hits within that width, starting
    /// a little before the run at a word; the lead when the text has no hits.
    public init(_ article: Article, hits: [Range<Int>], width: Int) {
        let body = article.body
        let scalars = Array(body.text.unicodeScalars)
        // Hits found in an earlier reading of a body since lost fall outside the text.
        let hits = hits.filter { $0.upperBound <= scalars.count }
        guard let run = Self.densestRun(hits, width: width) else {
            let lead = body.blocks.first { $0.kind == .paragraph }?.range ?? 0..<scalars.count
            var end = min(lead.upperBound, lead.lowerBound + width)
            if end < lead.upperBound, let space = scalars[lead.lowerBound..<end].lastIndex(where: \.isSpace) { end = space + 1 }
            pieces = Self.pieces(scalars, lead.lowerBound..<end, hits: [], within: lead)
            return
        }
        let block = body.blocks.first { $0.range.contains(hits[run.lowerBound].lowerBound) }?.range ?? 0..<scalars.count
        let runSpan = hits[run.upperBound - 1].upperBound - hits[run.lowerBound].lowerBound
        // Some words before the run, as many as the room left over allows, up to a third of it.
        var start = max(block.lowerBound, hits[run.lowerBound].lowerBound - max(0, width - runSpan) / 3)
        while start > block.lowerBound, start < scalars.count, !scalars[start - 1].isSpace { start += 1 }
        start = min(start, hits[run.lowerBound].lowerBound)
        var end = min(block.upperBound, start + width)
        // A cut paragraph ends at a word, unless that would cut the run's last hit.
        if end < block.upperBound, let space = scalars[start..<end].lastIndex(where: \.isSpace),
           space >= hits[run.upperBound - 1].upperBound { end = space + 1 }
        pieces = Self.pieces(scalars, start..<end, hits: Array(hits[run]), within: block)
    }

    /// The run of hits (indices into `hits`) with the most of them inside `width` scalars; the first such.
    static func densestRun(_ hits: [Range<Int>], width: Int) -> Range<Int>? {
        guard !hits.isEmpty else { return nil }
        var best = 0..<1
        var end = 0
        for first in hits.indices {
            end = max(end, first + 1)
            while end < hits.count, hits[end].upperBound - hits[first].lowerBound <= width { end += 1 }
            if end - first > best.count { best = first..<end }
        }
        return best
    }

    /// The text of `range` as pieces, "…" where it cuts the paragraph, spaces for line breaks.
    private static func pieces(_ scalars: [Unicode.Scalar], _ range: Range<Int>, hits: [Range<Int>], within block: Range<Int>) -> [Piece] {
        var pieces: [Piece] = []
        func add(_ part: Range<Int>, isHit: Bool) {
            guard !part.isEmpty else { return }
            var view = String.UnicodeScalarView()
            for scalar in scalars[part] { view.append(scalar.isSpace ? " " : scalar) }
            pieces.append(Piece(text: VisibleText.sanitize(String(view)), isHit: isHit))
        }
        if range.lowerBound > block.lowerBound { pieces.append(Piece(text: "…", isHit: false)) }
        var position = range.lowerBound
        for hit in hits where hit.lowerBound >= position && hit.lowerBound < range.upperBound {
            add(position..<hit.lowerBound, isHit: false)
            add(hit.lowerBound..<min(hit.upperBound, range.upperBound), isHit: true)
            position = min(hit.upperBound, range.upperBound)
        }
        add(position..<range.upperBound, isHit: false)
        if range.upperBound < block.upperBound { pieces.append(Piece(text: "…", isHit: false)) }
        return pieces
    }
}
