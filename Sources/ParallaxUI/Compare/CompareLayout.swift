import ParallaxCore

/// Two articles of one event in two columns, laid out for one screen width: each row of the
/// alignment wrapped to its own column's width and kept level with the other side, filler
/// where one side has nothing.
public struct CompareLayout: Sendable {
    public typealias Span = ArticleLayout.Span

    public struct Line: Sendable {
        public var left: [Span]
        public var right: [Span]
        /// The alignment row the line belongs to; nil for the headers and the gaps between paragraphs.
        public var row: Int?
    }

    public let columnWidth: Int
    /// Where the right column starts; the gutter between holds each row's match.
    public let rightX: Int
    public private(set) var lines: [Line] = []
    /// The first line of each alignment row.
    public private(set) var rowLines: [Int] = []
    /// The rule under the two headers.
    public private(set) var ruleLine = 0

    static let gutter = 3

    init(left: Article, right: Article, alignment: Alignment, width: Int, marks: CompareMarks) {
        columnWidth = max(8, (width - 2 - Self.gutter) / 2)
        rightX = 1 + columnWidth + Self.gutter
        addHeaders(left, right)
        // Each block is styled once, however many of its sentences the rows show.
        var styled: [[Int: [Positioned]]] = [[:], [:]]
        var previous: (left: Int?, right: Int?) = (nil, nil)
        for (index, row) in alignment.rows.enumerated() {
            // A gap where either side starts a new paragraph, so paragraphs stay visible.
            if index > 0, (row.left.map { $0.block != previous.left } ?? false) || (row.right.map { $0.block != previous.right } ?? false) {
                lines.append(Line(left: [], right: [], row: nil))
            }
            previous = (row.left?.block ?? previous.left, row.right?.block ?? previous.right)
            let leftLines = row.left.map { wrapped($0, in: left, cache: &styled[0], styles: marks.left(row: index)) } ?? []
            let rightLines = row.right.map { wrapped($0, in: right, cache: &styled[1], styles: marks.right(row: index)) } ?? []
            rowLines.append(lines.count)
            for offset in 0..<max(leftLines.count, rightLines.count, 1) {
                lines.append(Line(left: leftLines.indices.contains(offset) ? leftLines[offset] : [],
                                  right: rightLines.indices.contains(offset) ? rightLines[offset] : [], row: index))
            }
        }
    }

    /// The alignment row shown at a line, or the nearest row above it.
    public func row(atLine line: Int) -> Int? {
        guard !lines.isEmpty else { return nil }
        var index = min(max(0, line), lines.count - 1)
        while index >= 0 {
            if let row = lines[index].row { return row }
            index -= 1
        }
        return lines.first { $0.row != nil }?.row
    }

    private mutating func addHeaders(_ left: Article, _ right: Article) {
        let titles = [left, right].map { WordWrap.lines(VisibleText.sanitize($0.metadata.title ?? Missing.title), width: columnWidth) }
        for offset in 0..<max(titles[0].count, titles[1].count) {
            let spans = titles.map { $0.indices.contains(offset) ? [Span(text: $0[offset], role: .title)] : [] }
            lines.append(Line(left: spans[0], right: spans[1], row: nil))
        }
        let facts = [left, right].map { article in
            ArticleFacts.parts(article.metadata).map { Span(text: $0.text, role: $0.role) }
        }
        lines.append(Line(left: facts[0], right: facts[1], row: nil))
        let rule = [Span(text: String(repeating: "─", count: columnWidth), role: .border)]
        ruleLine = lines.count
        lines.append(Line(left: rule, right: rule, row: nil))
    }

    /// A styled character and the scalar offset in the article's text where it stands.
    typealias Positioned = (item: ArticleLayout.StyledCharacter, offset: Int)

    private func wrapped(_ passage: Alignment.Passage, in article: Article, cache: inout [Int: [Positioned]],
                         styles: (Role, Int) -> Role) -> [[Span]] {
        guard article.blocks.indices.contains(passage.block) else { return [] }
        let positioned = cache[passage.block] ?? Self.positioned(article.blocks[passage.block], article)
        cache[passage.block] = positioned
        let characters = positioned.filter { passage.range.contains($0.offset) }.map { entry in
            ArticleLayout.StyledCharacter(character: entry.item.character, role: styles(entry.item.role, entry.offset), quote: entry.item.quote)
        }
        return ArticleLayout.wrap(characters, width: columnWidth).map(ArticleLayout.spans)
    }

    private static func positioned(_ block: Block, _ article: Article) -> [Positioned] {
        var offset = block.range.lowerBound
        return ArticleLayout.styledCharacters(block, base: .text, quotations: article.quotations).map { item in
            defer { offset += item.character.unicodeScalars.count }
            return (item, offset)
        }
    }
}
