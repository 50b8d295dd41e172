import ParallaxCore

/// An article: its layout from the scroll offset down, the focused quotation drawn apart,
/// and a status bar with the quotation's speaker and the reading position.
public enum ReaderView {
    static func render(_ state: AppState, _ reader: ReaderState, into grid: inout Grid) {
        let layout = reader.layout
        let height = state.readerRows
        for row in 0..<height {
            let index = reader.top + row
            guard layout.lines.indices.contains(index) else { break }
            var x = layout.margin
            for span in layout.lines[index].spans {
                let role = span.quote != nil && span.quote == reader.focusedQuote ? Role.focus : span.role
                for piece in hitPieces(span, reader.find) {
                    x = grid.put(piece.text, x: x, y: row, role: piece.hit ?? role)
                }
            }
        }
        let article = state.articles[reader.article]
        if let input = reader.findInput {
            drawFindLine(input, reader, state: state, into: &grid)
        } else {
            StatusBar.render(left: statusText(article, reader), right: percent(reader, height: height), state: state, into: &grid)
        }
    }

    /// A span cut where search hits begin and end, the current hit apart.
    private static func hitPieces(_ span: ArticleLayout.Span, _ find: FindState?) -> [(text: String, hit: Role?)] {
        guard let find, let offset = span.offset else { return [(span.text, nil)] }
        let current = find.current.map { find.hits.body[$0] }
        return HitOverlay.pieces(span.text, offset: offset, hits: span.inTitle ? find.hits.title : find.hits.body, current: current)
    }

    /// The find line as less shows it, in place of the status bar: "/" and the words, then the hit count or the problem.
    private static func drawFindLine(_ input: ReaderState.FindInput, _ reader: ReaderState, state: AppState, into grid: inout Grid) {
        let y = state.height - 1
        grid.fill(x: 0, y: y, width: state.width, role: .statusBar)
        let right = DisplayWidth.truncate(input.problem ?? reader.find?.position ?? "", to: state.width / 2)
        let rightWidth = DisplayWidth.of(right)
        grid.put(right, x: max(0, state.width - rightWidth - 1), y: y, role: input.problem == nil ? .statusBar : .error)
        QueryLineView.render(input.editor, prompt: "/", editing: true, x: 0, y: y, width: max(4, state.width - rightWidth - 3),
                             role: .statusBar, grid: &grid)
    }

    private static func statusText(_ article: Article, _ reader: ReaderState) -> String {
        if let find = reader.find {
            return "\(find.position)  /\(find.text)   n N hits  / find  q back"
        }
        if let focused = reader.focusedQuote {
            // The count and the speaker first, so a narrow status bar cuts only the words.
            let quotation = article.quotations[focused]
            let who = quotation.kind == .term ? "term" : (quotation.speaker ?? "speaker not named")
            return "\(focused + 1)/\(article.quotations.count)  \(who): “\(quotation.text)”"
        }
        let outlet = article.metadata.outlet ?? Missing.outlet
        return "\(outlet) — \(article.metadata.title ?? Missing.title)   " + Keymap.hints(for: .reader)
    }

    /// How far down the article the screen is, in per cent.
    static func percent(_ reader: ReaderState, height: Int) -> String {
        let scrollable = reader.layout.lines.count - height
        guard scrollable > 0 else { return "All" }
        return "\(min(100, reader.top * 100 / scrollable))%"
    }
}
