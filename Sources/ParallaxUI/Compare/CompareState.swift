import ParallaxCore

/// Two or three articles of one event side by side: each other column's alignment with the
/// first (the anchor), the rows they make, their layout at the current width, one scroll offset
/// for every column, the column that has the focus and the difference last jumped to.
public struct CompareState: Sendable {
    /// A column: the anchor, the one beside it (the right one of two) and the third, further right.
    public enum Column: Int, Sendable, Equatable { case left, right, third }

    /// The articles chosen for the columns; a third is kept while the terminal is too narrow to show it.
    public private(set) var articles: [Int]
    /// How many of the articles are shown.
    public private(set) var columnCount: Int
    /// The alignment of the anchor with each other shown column.
    public private(set) var alignments: [Alignment]
    private(set) var rows: [CompareRow]
    public private(set) var layout: CompareLayout
    private var marks: [CompareMarks]
    /// Rows that differ: said by one side only, a quotation worded differently, or a figure one side alone gives.
    public private(set) var differences: [Int]
    public var top = 0
    public var focus = Column.left
    public var focusedRow: Int?

    init(articles: [Int], corpus: Corpus, width: Int) {
        self.articles = articles
        columnCount = CompareLayout.columnCount(available: articles.count, width: width)
        (alignments, marks, rows, differences, layout) = Self.compare(articles.prefix(columnCount), corpus, width: width)
    }

    /// The articles of the first two columns: the two of a two-column view.
    public var left: Int { articles[0] }
    public var right: Int { articles[1] }
    /// The anchor's alignment with the second column.
    public var alignment: Alignment { alignments[0] }
    /// The articles of the columns on screen.
    public var shown: ArraySlice<Int> { articles.prefix(columnCount) }

    /// The article in the focused column.
    public var focusedArticle: Int { articles[focus.rawValue] }
    /// The column Tab focuses and J and K change: the one after the focused one, round to the first.
    public var nextColumn: Column { Column(rawValue: (focus.rawValue + 1) % columnCount)! }

    /// The focused column's passage at a row.
    public func focusedPassage(row: Int) -> Alignment.Passage? { rows[row].passages[focus.rawValue] }

    /// The match shown in the gutter left of `column` at a row: that column's with the anchor.
    public func match(row: Int, column: Int) -> Alignment.Row? {
        rows[row].pairRows[column - 1].map { alignments[column - 1].rows[$0] }
    }

    /// How closely the row's passages agree: the same where any column shares the anchor's passage.
    public func match(row: Int) -> Alignment.Match {
        CompareMarks.bestMatch(rows[row].pairRows.indices.compactMap { column in
            rows[row].pairRows[column].map { alignments[column].rows[$0].match }
        })
    }

    /// Puts another article of the event in the column after the focused one, keeping the place.
    /// An article chosen but not shown trades places with the one it replaces.
    mutating func replaceOther(with article: Int, corpus: Corpus, width: Int) {
        let column = nextColumn.rawValue
        let kept = focusedPassageOnTop()
        if let hidden = articles.firstIndex(of: article), hidden >= columnCount { articles[hidden] = articles[column] }
        articles[column] = article
        (alignments, marks, rows, differences, layout) = Self.compare(shown, corpus, width: width)
        focusedRow = nil
        top = 0
        if let index = row(showing: kept) { top = max(0, layout.rowLines[index] - 1) }
    }

    mutating func relayout(_ corpus: Corpus, width: Int) {
        let count = CompareLayout.columnCount(available: articles.count, width: width)
        guard count == columnCount else {
            // A column comes or goes: the rows change, so the place is kept by a passage still shown.
            focus = Column(rawValue: min(focus.rawValue, count - 1))!
            let kept = focusedPassageFromTop()
            columnCount = count
            (alignments, marks, rows, differences, layout) = Self.compare(shown, corpus, width: width)
            focusedRow = nil
            if let index = row(showing: kept) { top = layout.rowLines[index] }
            return
        }
        let row = layout.row(atLine: top)
        // The marks stay: only the wrapping depends on the width.
        layout = Self.layout(shown.map { corpus.articles[$0] }, rows, marks, width: width)
        if let row, layout.rowLines.indices.contains(row) { top = layout.rowLines[row] }
    }

    /// A passage and the column that shows it: what keeps the place when the rows change.
    private typealias Place = (column: Int, passage: Alignment.Passage)

    /// The focused column's passage at the top of the screen.
    private func focusedPassageOnTop() -> Place? {
        layout.row(atLine: top).flatMap { rows[$0].passages[focus.rawValue] }.map { (focus.rawValue, $0) }
    }

    /// The focused column's first passage from the top of the screen down: the row at the top
    /// may hold only a column about to go.
    private func focusedPassageFromTop() -> Place? {
        guard let start = layout.row(atLine: top) else { return nil }
        return rows[start...].lazy.compactMap { $0.passages[focus.rawValue] }.first.map { (focus.rawValue, $0) }
    }

    private func row(showing place: Place?) -> Int? {
        guard let place else { return nil }
        return rows.firstIndex { $0.passages[place.column] == place.passage }
    }

    private static func compare(_ shown: ArraySlice<Int>, _ corpus: Corpus, width: Int)
        -> ([Alignment], [CompareMarks], [CompareRow], [Int], CompareLayout) {
        let first = shown[shown.startIndex], anchor = corpus.articles[first]
        let others = shown.dropFirst()
        let alignments = others.map { other in
            ArticleAligner.align(anchor, corpus.articles[other], statements: corpus.statements(comparing: first, other))
        }
        let marks = zip(others, alignments).map { other, alignment in
            CompareMarks(left: anchor, right: corpus.articles[other], alignment: alignment)
        }
        let rows = CompareRows.merge(alignments)
        let differences = rows.indices.filter { index in
            zip(marks, rows[index].pairRows).contains { marks, row in row.map(marks.differs) ?? false }
        }
        return (alignments, marks, rows, differences, layout(shown.map { corpus.articles[$0] }, rows, marks, width: width))
    }

    private static func layout(_ articles: [Article], _ rows: [CompareRow], _ marks: [CompareMarks], width: Int) -> CompareLayout {
        CompareLayout(articles: articles, rows: rows, width: width) { column, index in
            let pairRows = rows[index].pairRows
            if column == 0 { return CompareMarks.anchor(marks, rows: pairRows.compactMap { $0 }) }
            return pairRows[column - 1].map { marks[column - 1].right(row: $0) } ?? { role, _ in role }
        }
    }
}
