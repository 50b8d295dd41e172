import ParallaxCore

/// An article laid out in lines for one screen width: a header, then each block wrapped
/// to a comfortable measure (at most 100 columns, centred), with the roles of its parts.
public struct ArticleLayout: Sendable {
    public struct Span: Equatable, Sendable {
        public var text: String
        public var role: Role
        /// The quotation the span belongs to, so the view can draw the focused one apart.
        public var quote: Int?
        /// Where the span's first character stands, in scalars, in the article's text (or in
        /// its title when `inTitle`), so search hits can be drawn over it.
        public var offset: Int?
        public var inTitle = false
    }

    public struct Line: Sendable {
        public var spans: [Span]
        /// The block the line belongs to; nil for the header.
        public var block: Int?
    }

    public static let maximumMeasure = 100
    public let measure: Int
    public let margin: Int
    public private(set) var lines: [Line] = []
    /// The first line of each quotation.
    public private(set) var quoteLines: [Int] = []

    init(article: Article, width: Int) {
        measure = max(10, min(Self.maximumMeasure, width - 4))
        margin = max(0, (width - measure) / 2)
        addHeader(article)
        quoteLines = Array(repeating: 0, count: article.quotations.count)
        let body = article.body
        for (index, (block, text)) in zip(body.blocks, body.blockTexts).enumerated() {
            if index > 0 { lines.append(Line(spans: [], block: index)) }
            addBlock(block, text: text, index: index, of: article)
        }
    }

    public func firstLine(ofBlock block: Int) -> Int? {
        lines.firstIndex { $0.block == block }
    }

    /// The line showing a scalar offset of the article's text.
    /// The text offset a line starts at, layout aside, so a place can be kept across widths; nil for the header.
    public func offset(ofLine line: Int) -> Int? {
        guard lines.indices.contains(line), lines[line].block != nil else { return nil }
        // A blank line between paragraphs stands for the next line with text.
        return lines[line...].lazy.compactMap { $0.spans.first { $0.offset != nil && !$0.inTitle }?.offset }.first
    }

    public func line(ofOffset offset: Int) -> Int? {
        lines.lastIndex { line in line.block != nil && line.spans.contains { ($0.offset ?? .max) <= offset && !$0.inTitle } }
    }

    private mutating func addHeader(_ article: Article) {
        let title = Array(VisibleText.sanitize(article.metadata.title ?? Missing.title))
        var scalarOffsets = [0]
        for character in title { scalarOffsets.append(scalarOffsets.last! + character.unicodeScalars.count) }
        for range in WordWrap.lineRanges(title, width: measure) {
            let span = Span(text: String(title[range]), role: .title, offset: article.metadata.title == nil ? nil : scalarOffsets[range.lowerBound],
                            inTitle: true)
            lines.append(Line(spans: [span], block: nil))
        }
        let facts = ArticleFacts.parts(article.metadata).map { Span(text: $0.text, role: $0.role) }
        lines.append(Line(spans: facts, block: nil))
        lines.append(Line(spans: [Span(text: String(repeating: "─", count: measure), role: .border)], block: nil))
        lines.append(Line(spans: [], block: nil))
    }

    private mutating func addBlock(_ block: Block, text: Substring, index: Int, of article: Article) {
        let base: Role
        switch block.kind {
        case .heading, .label: base = .heading
        case .trailer: base = .dim
        case .paragraph: base = .text
        }
        let styled = Self.styledCharacters(block, text: text, base: base, quotations: article.quotations)
        // A labelled section (an opinion, an analysis) is set off by a rule down its left side.
        let inSection = block.kind == .paragraph && block.section != nil
        for wrapped in Self.wrap(styled, width: inSection ? measure - 2 : measure) {
            for item in wrapped {
                if let q = item.quote, quoteLines[q] == 0 { quoteLines[q] = lines.count }
            }
            let rule: [Span] = inSection ? [Span(text: "│ ", role: .border)] : []
            lines.append(Line(spans: rule + Self.spans(wrapped), block: index))
        }
    }

    /// A line's characters gathered into spans of one role and quotation each.
    static func spans(_ characters: [StyledCharacter]) -> [Span] {
        var spans: [Span] = []
        for item in characters {
            if var last = spans.last, last.role == item.role, last.quote == item.quote {
                last.text.append(item.character)
                spans[spans.count - 1] = last
            } else {
                spans.append(Span(text: String(item.character), role: item.role, quote: item.quote, offset: item.offset))
            }
        }
        return spans
    }

    struct StyledCharacter {
        let character: Character
        let role: Role
        let quote: Int?
        /// In the article's text; nil for characters that are not the article's.
        var offset: Int?
    }

    /// The block's characters with their roles: the dateline dim, quotations (with their marks) by kind.
    static func styledCharacters(_ block: Block, text: Substring, base: Role, quotations: [Quotation]) -> [StyledCharacter] {
        var marks: [(range: Range<Int>, quote: Int, role: Role)] = []
        for (index, quotation) in quotations.enumerated() {
            for range in quotation.ranges where range.overlaps(block.range) || range.isEmpty && block.range.contains(range.lowerBound) {
                marks.append((max(block.range.lowerBound, range.lowerBound - 1)..<min(block.range.upperBound, range.upperBound + 1),
                              index, quotation.kind == .quote ? .quote : .term))
            }
        }
        var result: [StyledCharacter] = []
        var offset = block.range.lowerBound
        for character in VisibleText.sanitize(text) {
            let local = offset - block.range.lowerBound
            var role = local < block.datelineLength ? Role.dim : base
            var quote: Int?
            if let mark = marks.first(where: { $0.range.contains(offset) }) {
                role = mark.role
                quote = mark.quote
            }
            // A mark that opens or closes the quotation belongs to it only if it is one.
            if let q = quote, !Quotation.isMark(character), !quotations[q].ranges.contains(where: { $0.contains(offset) }) {
                role = local < block.datelineLength ? .dim : base
                quote = nil
            }
            result.append(StyledCharacter(character: character, role: role, quote: quote, offset: offset))
            offset += character.unicodeScalars.count
        }
        return result
    }

    /// Lines of styled characters, wrapped as `WordWrap` wraps text.
    static func wrap(_ characters: [StyledCharacter], width: Int) -> [[StyledCharacter]] {
        WordWrap.lineRanges(characters.map(\.character), width: width).map { $0.map { characters[$0] } }
    }
}
