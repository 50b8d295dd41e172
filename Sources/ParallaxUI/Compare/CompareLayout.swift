import ParallaxCore

/// Two or three articles of one event in columns, laid out for one screen width: each row
/// wrapped to its own column's width and kept level with the others, filler where a column has nothing.
public struct CompareLayout: Sendable {
    public typealias Span = ArticleLayout.Span

    public struct Line: Sendable {
        /// Each column's spans on this line.
        public var columns: [[Span]]
        /// The row the line belongs to; nil for the headers and the gaps between paragraphs.
        public var row: Int?

        /// The first two columns: the two of a two-column view.
        public var left: [Span] { columns[0] }
        public var right: [Span] { columns[1] }
    }

    public let columnWidth: Int
    /// Where each column starts; the gutters between hold each row's matches.
    public let columnX: [Int]
    public private(set) var lines: [Line] = []
    /// The first line of each row.
    public private(set) var rowLines: [Int] = []
    /// The rule under the headers.
    public private(set) var ruleLine = 0

    static let gutter = 3
    /// Three columns only when each keeps a comfortable line of print.
    static let narrowestOfThree = 66

    /// Where the second column starts.
    public var rightX: Int { columnX[1] }

    /// How many of `available` articles fit side by side at a width: three when each column keeps
    /// a readable width, else two.
    static func columnCount(available: Int, width: Int) -> Int {
        available >= 3 && columnWidth(columns: 3, width: width) >= narrowestOfThree ? 3 : 2
    }

    private static func columnWidth(columns: Int, width: Int) -> Int {
        max(8, (width - 2 - gutter * (columns - 1)) / columns)
    }

    /// `styles` gives the marking of a column's passage at a row.
    init(articles: [Article], rows: [CompareRow], width: Int, styles: (_ column: Int, _ row: Int) -> (Role, Int) -> Role) {
        let columnWidth = Self.columnWidth(columns: articles.count, width: width)
        self.columnWidth = columnWidth
        columnX = articles.indices.map { 1 + $0 * (columnWidth + Self.gutter) }
        addHeaders(articles)
        // Each block is styled once, however many of its sentences the rows show, from its text
        // cut once with all the others.
        var styled = [[Int: [Positioned]]](repeating: [:], count: articles.count)
        let bodies = articles.map(\.body)
        let texts = bodies.map(\.blockTexts)
        var previous = [Int?](repeating: nil, count: articles.count)
        for (index, row) in rows.enumerated() {
            // A gap where any column starts a new paragraph, so paragraphs stay visible.
            if index > 0, zip(row.passages, previous).contains(where: { passage, block in passage.map { $0.block != block } ?? false }) {
                lines.append(Line(columns: Array(repeating: [], count: articles.count), row: nil))
            }
            previous = zip(row.passages, previous).map { $0?.block ?? $1 }
            let wrappedLines = articles.indices.map { column in
                row.passages[column].map {
                    wrapped($0, in: articles[column], blocks: bodies[column].blocks, texts: texts[column], cache: &styled[column], styles: styles(column, index))
                } ?? []
            }
            rowLines.append(lines.count)
            for offset in 0..<max(wrappedLines.map(\.count).max() ?? 0, 1) {
                lines.append(Line(columns: wrappedLines.map { $0.indices.contains(offset) ? $0[offset] : [] }, row: index))
            }
        }
    }

    /// The row shown at a line, or the nearest row above it.
    public func row(atLine line: Int) -> Int? {
        guard !lines.isEmpty else { return nil }
        var index = min(max(0, line), lines.count - 1)
        while index >= 0 {
            if let row = lines[index].row { return row }
            index -= 1
        }
        return lines.first { $0.row != nil }?.row
    }

    private mutating func addHeaders(_ articles: [Article]) {
        let titles = articles.map { WordWrap.lines(VisibleText.sanitize($0.metadata.title ?? Missing.title), width: columnWidth) }
        for offset in 0..<(titles.map(\.count).max() ?? 0) {
            lines.append(Line(columns: titles.map { $0.indices.contains(offset) ? [Span(text: $0[offset], role: .title)] : [] }, row: nil))
        }
        let facts = articles.map { article in
            ArticleFacts.parts(article.metadata).map { Span(text: $0.text, role: $0.role) }
        }
        lines.append(Line(columns: facts, row: nil))
        let rule = [Span(text: String(repeating: "─", count: columnWidth), role: .border)]
        ruleLine = lines.count
        lines.append(Line(columns: Array(repeating: rule, count: articles.count), row: nil))
    }

    /// A styled character and the scalar offset in the article's text where it stands.
    typealias Positioned = (item: ArticleLayout.StyledCharacter, offset: Int)

    private func wrapped(_ passage: Alignment.Passage, in article: Article, blocks: [Block], texts: [Substring], cache: inout [Int: [Positioned]],
                         styles: (Role, Int) -> Role) -> [[Span]] {
        guard blocks.indices.contains(passage.block) else { return [] }
        let positioned = cache[passage.block] ?? Self.positioned(blocks[passage.block], text: texts[passage.block], article)
        cache[passage.block] = positioned
        let characters = positioned.filter { passage.range.contains($0.offset) }.map { entry in
            ArticleLayout.StyledCharacter(character: entry.item.character, role: styles(entry.item.role, entry.offset), quote: entry.item.quote)
        }
        return ArticleLayout.wrap(characters, width: columnWidth).map(ArticleLayout.spans)
    }

    private static func positioned(_ block: Block, text: Substring, _ article: Article) -> [Positioned] {
        var offset = block.range.lowerBound
        return ArticleLayout.styledCharacters(block, text: text, base: .text, quotations: article.quotations).map { item in
            defer { offset += item.character.unicodeScalars.count }
            return (item, offset)
        }
    }
}
