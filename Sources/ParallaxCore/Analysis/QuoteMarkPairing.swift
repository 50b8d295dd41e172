/// Pairs double quotation marks into quotations across an article's blocks.
///
/// Curly and straight double marks count; a straight mark's direction comes from what is
/// around it. A quotation may run over several paragraphs when each new paragraph opens
/// with the mark again, or when a text that lost its paragraph breaks repeats the mark after a
/// sentence of someone's words. An opening mark that is never closed is dropped, unless it opens
/// its paragraph, in which case the quotation ends with the paragraph: it never swallows
/// the rest of the article.
enum QuoteMarkPairing {
    struct Span: Equatable {
        /// Where the opening mark is.
        var open: Int
        /// Where the closing mark is, nil when the paragraph ended the quotation.
        var close: Int?
        /// The quoted scalars, one range per paragraph (or per paragraph run into another), marks excluded.
        var pieces: [Range<Int>]
        /// The block the quotation opens in, and the block it ends in.
        var firstBlock: Int
        var lastBlock: Int

        /// Where the quotation ends: its closing mark, or the end of its last piece.
        var end: Int { close ?? pieces.last!.upperBound }
    }

    private enum Direction { case opening, closing }

    private struct Open {
        var mark: Int
        var block: Int
        /// Pieces finished: in earlier paragraphs, or before a paragraph run into this one.
        var pieces: [Range<Int>] = []
        /// Where the piece in the current paragraph starts.
        var pieceStart: Int
        /// The paragraph the quotation has reached.
        var lastBlock: Int
    }

    static func spans(_ scalars: [Unicode.Scalar], blocks: [Range<Int>]) -> [Span] {
        var spans: [Span] = []
        var open: Open?
        for (blockIndex, block) in blocks.enumerated() {
            var i = block.lowerBound
            if var carried = open {
                // Continued from the previous paragraph only if this one opens with a mark again.
                if let first = firstNonSpace(scalars, block), Quotation.isMark(scalars[first]),
                   direction(scalars, at: first, in: block, isOpen: false) == .opening {
                    carried.pieceStart = first + 1
                    carried.lastBlock = blockIndex
                    open = carried
                    i = first + 1
                } else {
                    spans += unclosed(carried, scalars: scalars, blocks: blocks)
                    open = nil
                }
            }
            while i < block.upperBound {
                defer { i += 1 }
                guard Quotation.isMark(scalars[i]) else { continue }
                switch direction(scalars, at: i, in: block, isOpen: open != nil) {
                case .opening:
                    // A text that lost its paragraph breaks runs a quotation's paragraphs together, each
                    // opening with the mark again: "…this step. “We want …". Any other second opening
                    // mark means the first was never closed, and that one is dropped.
                    if var current = open, opensSentence(scalars, at: current.mark, in: blocks[current.block]),
                       let end = sentenceEnd(scalars, current.pieceStart..<i), isWholeSpeech(scalars, current.pieceStart..<end) {
                        current.pieces.append(current.pieceStart..<end)
                        current.pieceStart = i + 1
                        open = current
                    } else {
                        open = Open(mark: i, block: blockIndex, pieceStart: i + 1, lastBlock: blockIndex)
                    }
                case .closing:
                    guard let current = open else { continue }
                    let pieces = current.pieces + [current.pieceStart..<i]
                    if pieces.contains(where: { hasText(scalars, $0) }) {
                        spans.append(Span(open: current.mark, close: i, pieces: pieces,
                                          firstBlock: current.block, lastBlock: blockIndex))
                    }
                    open = nil
                }
            }
            if var current = open {
                current.pieces.append(current.pieceStart..<block.upperBound)
                open = current
            }
        }
        if let current = open {
            spans += unclosed(current, scalars: scalars, blocks: blocks)
        }
        return spans
    }

    /// An opening mark never closed: kept to the end of its paragraphs only when it opened
    /// its paragraph (a closing mark forgotten at the end); otherwise dropped.
    private static func unclosed(_ open: Open, scalars: [Unicode.Scalar], blocks: [Range<Int>]) -> [Span] {
        guard firstNonSpace(scalars, blocks[open.block]) == open.mark,
              open.pieces.contains(where: { hasText(scalars, $0) }) else { return [] }
        return [Span(open: open.mark, close: nil, pieces: open.pieces, firstBlock: open.block, lastBlock: open.lastBlock)]
    }

    /// Whether the mark opens its paragraph or a sentence, or follows a colon or comma ("he said: “…"),
    /// as a quotation of several paragraphs does — not a phrase quoted inside a sentence ("called it “a disaster").
    private static func opensSentence(_ scalars: [Unicode.Scalar], at mark: Int, in block: Range<Int>) -> Bool {
        guard let before = (block.lowerBound..<mark).last(where: { !scalars[$0].isSpace }) else { return true }
        return ":,.?!".unicodeScalars.contains(scalars[before])
    }

    /// A paragraph of someone's words: five words or more, and no reporting clause among them — in
    /// "“We will fight, union president Maria Jones said. “They …" the writer forgot a closing mark.
    private static func isWholeSpeech(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        var text = String.UnicodeScalarView()
        text.append(contentsOf: scalars[range])
        let words = String(text).lowercased().split { !$0.isLetter }
        return words.count >= 5 && !words.contains { word in
            let word = String(word)
            return Lexicon.reportingVerbs.contains(word) && (Lexicon.isPastTense(word) || word == "said" || word.hasSuffix("s"))
        }
    }

    /// Where the stretch's last sentence ends, when it has words and ends in one and a space: "…this step. ".
    private static func sentenceEnd(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> Int? {
        guard hasText(scalars, range), let last = range.last(where: { !scalars[$0].isSpace }), last < range.upperBound - 1,
              ".?!".unicodeScalars.contains(scalars[last]) else { return nil }
        return last + 1
    }

    /// A mark opens when a space or an opening sign is before it and text after it; it closes
    /// when text is before it and a space, a sign or the end after it. Otherwise its shape
    /// (“ or ”) decides, and a straight mark closes what is open.
    private static func direction(_ scalars: [Unicode.Scalar], at i: Int, in block: Range<Int>, isOpen: Bool) -> Direction {
        let before: Unicode.Scalar? = i > block.lowerBound ? scalars[i - 1] : nil
        let after: Unicode.Scalar? = i + 1 < block.upperBound ? scalars[i + 1] : nil
        let spaceBefore = before.map { $0.isSpace || "([{—–/-".unicodeScalars.contains($0) } ?? true
        let spaceAfter = after.map { $0.isSpace || ",.;:!?)]}—–…".unicodeScalars.contains($0) } ?? true
        if spaceBefore && !spaceAfter { return .opening }
        if !spaceBefore && spaceAfter { return .closing }
        switch scalars[i] {
        case "“", "„", "‟", "«": return .opening
        case "”", "»": return .closing
        default: return isOpen ? .closing : .opening
        }
    }

    private static func firstNonSpace(_ scalars: [Unicode.Scalar], _ block: Range<Int>) -> Int? {
        block.first { !scalars[$0].isSpace }
    }

    private static func hasText(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        range.contains { scalars[$0].isWordScalar }
    }
}
