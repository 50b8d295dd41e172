import ParallaxCore

/// Two or three columns kept level, in the gutter left of each column after the first its match
/// with the first, and a status bar with the outlets, how much they share and where the reader
/// is among the differences.
enum CompareView {
    static func render(_ state: AppState, _ compare: CompareState, into grid: inout Grid) {
        let layout = compare.layout
        for y in 0..<state.readerRows {
            let index = compare.top + y
            guard layout.lines.indices.contains(index) else { break }
            let line = layout.lines[index]
            for (column, spans) in line.columns.enumerated() { draw(spans, x: layout.columnX[column], y: y, grid: &grid) }
            guard let row = line.row, layout.rowLines[row] == index else { continue }
            for column in layout.columnX.indices.dropFirst() {
                guard let match = compare.match(row: row, column: column) else { continue }
                let (mark, role) = marker(match)
                grid.put(mark, x: layout.columnX[column] - 2, y: y, role: row == compare.focusedRow ? .focus : role)
            }
        }
        // The focused column's rule is drawn bright.
        if layout.ruleLine >= compare.top, layout.ruleLine - compare.top < state.readerRows {
            grid.put(String(repeating: "━", count: layout.columnWidth), x: layout.columnX[compare.focus.rawValue], y: layout.ruleLine - compare.top, role: .heading)
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
        let outlets = compare.shown.enumerated().map { column, article in
            let outlet = state.articles[article].metadata.outlet ?? Missing.outlet
            return column == compare.focus.rawValue ? "[\(outlet)]" : outlet
        }
        let matches = compare.rows.indices.map { compare.match(row: $0) }
        let same = matches.filter { $0 == .same }.count, similar = matches.filter { $0 == .similar }.count
        return "\(outlets.joined(separator: " ")) · \(same) same · \(similar) similar · \(matches.count - same - similar) one side   "
            + Keymap.hints(for: .compare)
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
