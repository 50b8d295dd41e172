import ParallaxCore

/// One line of a comparison of two or three columns: a passage of each column or filler, and
/// which row of each alignment with the anchor (the first column) it shows.
struct CompareRow: Sendable, Equatable {
    /// A passage per column; nil where the column has nothing to keep level with.
    let passages: [Alignment.Passage?]
    /// Per column after the anchor, the row of its alignment with the anchor this line shows.
    let pairRows: [Int?]
}

/// Rows for several columns from each column's alignment with the anchor. Every alignment holds
/// every anchor sentence in order, so the anchor's sentences keep all columns level; what a column
/// says that the anchor does not comes just before the anchor sentence it precedes in that alignment.
enum CompareRows {
    static func merge(_ alignments: [Alignment]) -> [CompareRow] {
        // Per alignment: the rows before each anchor sentence, and that sentence's row.
        let segments = alignments.map { alignment in
            var segments: [(before: [Int], anchor: Int?)] = []
            var before: [Int] = []
            for (index, row) in alignment.rows.enumerated() {
                if row.left == nil { before.append(index); continue }
                segments.append((before, index))
                before = []
            }
            return segments + [(before, nil)]
        }
        var rows: [CompareRow] = []
        for segment in 0..<(segments.map(\.count).min() ?? 0) {
            for (column, alignment) in alignments.enumerated() {
                for index in segments[column][segment].before {
                    rows.append(CompareRow(passages: [nil] + alignments.indices.map { $0 == column ? alignment.rows[index].right : nil },
                                           pairRows: alignments.indices.map { $0 == column ? index : nil }))
                }
            }
            let anchorRows = alignments.indices.map { segments[$0][segment].anchor }
            guard let first = anchorRows.first ?? nil else { continue }
            rows.append(CompareRow(passages: [alignments[0].rows[first].left] + alignments.indices.map { column in
                                       anchorRows[column].flatMap { alignments[column].rows[$0].right }
                                   },
                                   pairRows: anchorRows))
        }
        return rows
    }
}
