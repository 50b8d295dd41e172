import ParallaxCore

/// Two articles of one event side by side: the alignment, its layout at the current width,
/// one scroll offset for both columns, the column that has the focus and the difference last jumped to.
public struct CompareState: Sendable {
    public enum Side: Sendable, Equatable { case left, right }

    public private(set) var left: Int
    public private(set) var right: Int
    public private(set) var alignment: Alignment
    public private(set) var layout: CompareLayout
    private var marks: CompareMarks
    /// Rows that differ: said by one side only, a quotation worded differently, or a figure one side alone gives.
    public private(set) var differences: [Int] = []
    public var top = 0
    public var focus: Side = .left
    public var focusedRow: Int?

    init(left: Int, right: Int, corpus: Corpus, width: Int) {
        self.left = left
        self.right = right
        (alignment, marks, layout, differences) = Self.compare(left, right, corpus, width)
    }

    /// The article in the focused column.
    public var focusedArticle: Int { focus == .left ? left : right }

    /// Puts another article of the event in the column without the focus, keeping the place.
    mutating func replaceOther(with article: Int, corpus: Corpus, width: Int) {
        let row = layout.row(atLine: top)
        let kept = row.flatMap { focus == .left ? alignment.rows[$0].left : alignment.rows[$0].right }
        if focus == .left { right = article } else { left = article }
        (alignment, marks, layout, differences) = Self.compare(left, right, corpus, width)
        focusedRow = nil
        top = 0
        if let kept, let index = alignment.rows.firstIndex(where: { (focus == .left ? $0.left : $0.right) == kept }) {
            top = max(0, layout.rowLines[index] - 1)
        }
    }

    mutating func relayout(_ corpus: Corpus, width: Int) {
        let row = layout.row(atLine: top)
        // The marks stay: only the wrapping depends on the width.
        layout = CompareLayout(left: corpus.articles[left], right: corpus.articles[right], alignment: alignment, width: width, marks: marks)
        if let row, layout.rowLines.indices.contains(row) { top = layout.rowLines[row] }
    }

    private static func compare(_ left: Int, _ right: Int, _ corpus: Corpus, _ width: Int) -> (Alignment, CompareMarks, CompareLayout, [Int]) {
        let a = corpus.articles[left], b = corpus.articles[right]
        let alignment = ArticleAligner.align(a, b, statements: corpus.statements(comparing: left, right))
        let marks = CompareMarks(left: a, right: b, alignment: alignment)
        let differences = alignment.rows.indices.filter { index in
            let row = alignment.rows[index]
            return row.match == .none || marks.hasChanges(row: index) || !row.leftFigures.isEmpty || !row.rightFigures.isEmpty
        }
        return (alignment, marks, CompareLayout(left: a, right: b, alignment: alignment, width: width, marks: marks), differences)
    }
}
