import ParallaxCore

/// How each side of a comparison is marked: shared passages apart from those one side alone
/// gives, a shared quotation's wording differences word by word, and figures only one side reports.
struct CompareMarks: Sendable {
    private let rows: [Alignment.Row]
    /// Scalar ranges of wording that differs from the other side's quotation of the same statement, by row.
    private let leftChanges: [Int: [Range<Int>]]
    private let rightChanges: [Int: [Range<Int>]]

    init(left: Article, right: Article, alignment: Alignment) {
        rows = alignment.rows
        var leftChanges: [Int: [Range<Int>]] = [:], rightChanges: [Int: [Range<Int>]] = [:]
        for (index, row) in alignment.rows.enumerated() {
            guard let l = row.left, let r = row.right else { continue }
            for (lq, rq) in Self.sharedQuotations(left, l, right, r) {
                for change in WordDiff.changes(lq.text, rq.text) {
                    leftChanges[index, default: []] += lq.articleRanges(ofTextRange: change.left)
                    rightChanges[index, default: []] += rq.articleRanges(ofTextRange: change.right)
                }
            }
        }
        self.leftChanges = leftChanges
        self.rightChanges = rightChanges
    }

    /// The anchor (left side) of one or more comparisons, at a row of each: shared where any other
    /// side shares it, every other side's wording differences, and a figure marked only when no
    /// other side gives it.
    static func anchor(_ marks: [CompareMarks], rows: [Int]) -> (Role, Int) -> Role {
        let pairs = zip(marks, rows)
        let figures = pairs.map { $0.rows[$1].leftFigures }
        return style(match: bestMatch(pairs.map { $0.rows[$1].match }),
                     changes: pairs.flatMap { $0.leftChanges[$1] ?? [] },
                     figures: figures.first?.filter { range in figures.allSatisfy { $0.contains(range) } } ?? [])
    }

    /// The right side at a row.
    func right(row: Int) -> (Role, Int) -> Role {
        Self.style(match: rows[row].match, changes: rightChanges[row] ?? [], figures: rows[row].rightFigures)
    }

    /// True when the row is said by one side only, holds a wording difference in a shared
    /// quotation, or gives a figure one side alone gives.
    func differs(row: Int) -> Bool {
        rows[row].match == .none || leftChanges[row] != nil || rightChanges[row] != nil
            || !rows[row].leftFigures.isEmpty || !rows[row].rightFigures.isEmpty
    }

    /// The closest of several matches: the same where any is, then similar.
    static func bestMatch(_ matches: [Alignment.Match]) -> Alignment.Match {
        matches.contains(.same) ? .same : matches.contains(.similar) ? .similar : .none
    }

    private static func style(match: Alignment.Match, changes: [Range<Int>], figures: [Range<Int>]) -> (Role, Int) -> Role {
        let base: Role
        switch match {
        case .same: base = .shared
        case .similar: base = .text
        case .none: base = .unique
        }
        return { role, offset in
            if changes.contains(where: { $0.contains(offset) }) { return .focus }
            if figures.contains(where: { $0.contains(offset) }) { return .error }
            return role == .text ? base : role
        }
    }

    /// Pairs of quotations, one in each passage, that carry the same statement.
    private static func sharedQuotations(_ left: Article, _ l: Alignment.Passage, _ right: Article, _ r: Alignment.Passage) -> [(Quotation, Quotation)] {
        let rightQuotes = right.quotations.filter { $0.statement != nil && $0.ranges.contains { $0.overlaps(r.range) } }
        return left.quotations.compactMap { lq in
            guard let statement = lq.statement, lq.ranges.contains(where: { $0.overlaps(l.range) }),
                  let rq = rightQuotes.first(where: { $0.statement == statement }) else { return nil }
            return (lq, rq)
        }
    }
}
