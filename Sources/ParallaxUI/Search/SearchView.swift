import ParallaxCore

/// The corpus search: the query line with the number of results, then each result as its
/// outlet, date and title over a snippet of its densest hits, hits highlighted throughout.
public enum SearchView {
    static func render(_ state: AppState, _ search: SearchState, into grid: inout Grid) {
        let count = search.results.count
        // A long problem gives way to the query: it may take half the line.
        let right = DisplayWidth.truncate(search.problem ?? (search.query.isEmpty ? "" : count == 1 ? "1 article" : "\(count) articles"),
                                          to: state.width / 2)
        let rightWidth = DisplayWidth.of(right)
        grid.put(right, x: max(0, state.width - rightWidth - 1), y: 0, role: search.problem == nil ? .dim : .error)
        QueryLineView.render(search.editor, prompt: "/ ", editing: search.editing, x: 1, y: 0,
                             width: max(4, state.width - rightWidth - 3), role: .text, grid: &grid)
        grid.put(String(repeating: "─", count: state.width), x: 0, y: 1, role: .border)
        if search.query.isEmpty {
            drawGuide(state, search, into: &grid)
        } else if search.results.isEmpty {
            grid.put(" No article matches", x: 0, y: 3, role: .dim)
        }
        for row in 0..<state.searchResultRows {
            let position = search.top + row
            guard search.results.indices.contains(position) else { break }
            drawResult(search.results[position], query: search.query, y: 2 + row * 2, selected: position == search.selected, state: state, grid: &grid)
        }
        let hints = search.editing ? HelpView.searchLineHints : Keymap.hints(for: .search)
        StatusBar.render(left: hints, right: count == 0 ? "" : "\(search.selected + 1)/\(count)", state: state, into: &grid)
    }

    private static func drawGuide(_ state: AppState, _ search: SearchState, into grid: inout Grid) {
        let lines = [
            "Type to search \(state.articles.count) articles; results follow every key.",
            "",
            "words          every word must match (the last as a prefix while typing)",
            "\"a phrase\"     these words in this order",
            "-word          leave out articles with it",
            "outlet:cnn  speaker:trump  in:quotes  in:title",
            "date:2025-06  date:2025-06-01..2025-06-30  event:ID",
        ]
        for (offset, line) in lines.enumerated() { grid.put(line, x: 3, y: 3 + offset, role: .dim) }
    }

    private static func drawResult(_ result: SearchResult, query: SearchQuery, y: Int, selected: Bool, state: AppState, grid: inout Grid) {
        let article = state.articles[result.article]
        let hits = ArticleHits(query, in: article)
        let widths = LibraryView.columnWidths(state.width)
        if selected {
            grid.fill(x: 0, y: y, width: state.width, role: .selection)
            grid.fill(x: 0, y: y + 1, width: state.width, role: .selection)
        }
        let base = { (role: Role) in selected ? Role.selection : role }
        var x = 1
        grid.put(DisplayWidth.truncate(article.metadata.outlet ?? Missing.dash, to: widths[0]), x: x, y: y, role: base(.outlet))
        x += widths[0] + 2
        grid.put(article.metadata.date?.description ?? Missing.date, x: x, y: y, role: base(.dim))
        x += widths[1] + 2
        let end = state.width - 1
        // Cut first, so a long title ends in "…"; the hits' offsets still hold for what is left.
        let fullTitle = article.metadata.title ?? Missing.title
        var title = DisplayWidth.truncate(fullTitle, to: max(0, end - x))
        let cut = title != fullTitle
        if cut { title.removeLast() }
        for piece in HitOverlay.pieces(title, offset: 0, hits: hits.title) {
            x = grid.put(piece.text, x: x, y: y, role: piece.hit ?? base(.title))
        }
        if cut { grid.put("…", x: x, y: y, role: base(.title)) }
        var column = 3 + widths[0]
        for piece in Snippet(article, hits: hits.body, width: max(10, end - column - 2)).pieces {
            column = grid.put(piece.text, x: column, y: y + 1, role: piece.isHit ? .searchHit : base(.text), limit: max(0, end - column))
        }
    }
}
