import ParallaxCore

/// Two columns kept level, the match of each row in the gutter, and a status bar with the
/// outlets, how much they share and where the reader is among the differences.
enum CompareView {
    static func render(_ state: AppState, _ compare: CompareState, into grid: inout Grid) {
        let layout = compare.layout
        let gutterX = 1 + layout.columnWidth + 1
        for y in 0..<state.readerRows {
            let index = compare.top + y
            guard layout.lines.indices.contains(index) else { break }
            let line = layout.lines[index]
            draw(line.left, x: 1, y: y, grid: &grid)
            draw(line.right, x: layout.rightX, y: y, grid: &grid)
            if let row = line.row, layout.rowLines[row] == index {
                let (mark, role) = marker(compare.alignment.rows[row])
                grid.put(mark, x: gutterX, y: y, role: row == compare.focusedRow ? .focus : role)
            }
        }
        // The focused column's rule is drawn bright.
        if layout.ruleLine >= compare.top, layout.ruleLine - compare.top < state.readerRows {
            let x = compare.focus == .left ? 1 : layout.rightX
            grid.put(String(repeating: "━", count: layout.columnWidth), x: x, y: layout.ruleLine - compare.top, role: .heading)
        }
        StatusBar.render(left: statusText(state, compare), right: position(compare, height: state.readerRows), state: state, into: &grid)
    }

    private static func draw(_ spans: [CompareLayout.Span], x: Int, y: Int, grid: inout Grid) {
        var x = x
        for span in spans { x = grid.put(span.text, x: x, y: y, role: span.role) }
    }

    /// "=" the same, "~" similar, "◂" or "▸" the side that alone says it.
    static func marker(_ row: Alignment.Row) -> (String, Role) {
        switch row.match {
        case .same: return ("=", .shared)
        case .similar: return ("~", .dim)
        case .none: return (row.left != nil ? "◂" : "▸", .unique)
        }
    }

    private static func statusText(_ state: AppState, _ compare: CompareState) -> String {
        let outlets = [compare.left, compare.right].map { state.articles[$0].metadata.outlet ?? Missing.outlet }
        let rows = compare.alignment.rows
        let same = rows.filter { $0.match == .same }.count, similar = rows.filter { $0.match == .similar }.count
        let focused = compare.focus == .left ? "[\(outlets[0])] \(outlets[1])" : "\(outlets[0]) [\(outlets[1])]"
        return "\(focused) · \(same) same · \(similar) similar · \(rows.count - same - similar) one side   " + Keymap.hints(for: .compare)
    }

    private static func position(_ compare: CompareState, height: Int) -> String {
        if let row = compare.focusedRow, let index = compare.differences.firstIndex(of: row) {
            return "difference \(index + 1)/\(compare.differences.count)"
        }
        let scrollable = compare.layout.lines.count - height
        guard scrollable > 0 else { return "All" }
        return "\(min(100, compare.top * 100 / scrollable))%"
    }
}
