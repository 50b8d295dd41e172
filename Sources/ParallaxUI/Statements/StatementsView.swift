import ParallaxCore

/// The event's statements, the selected outlet's wording highlighted, and a status bar.
enum StatementsView {
    static func render(_ state: AppState, _ statements: StatementsState, into grid: inout Grid) {
        let layout = statements.layout
        let margin = max(0, (state.width - min(ArticleLayout.maximumMeasure, state.width - 4)) / 2)
        let selectedLine = layout.entryLines.indices.contains(statements.selected) ? layout.entryLines[statements.selected] : nil
        for y in 0..<state.readerRows {
            let index = statements.top + y
            guard layout.lines.indices.contains(index) else { break }
            if index == selectedLine { grid.fill(x: 0, y: y, width: state.width, role: .selection) }
            var x = margin
            for span in layout.lines[index].spans {
                x = grid.put(span.text, x: x, y: y, role: index == selectedLine ? .selection : span.role)
            }
        }
        let right = layout.entryLines.isEmpty ? "" : "\(statements.selected + 1)/\(layout.entryLines.count)"
        StatusBar.render(left: "Quotations of the event   " + Keymap.hints(for: .statements), right: right, state: state, into: &grid)
    }
}
