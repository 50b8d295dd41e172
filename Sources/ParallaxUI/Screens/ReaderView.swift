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
                x = grid.put(span.text, x: x, y: row, role: role)
            }
        }
        let article = state.articles[reader.article]
        StatusBar.render(left: statusText(article, reader), right: percent(reader, height: height), state: state, into: &grid)
    }

    private static func statusText(_ article: Article, _ reader: ReaderState) -> String {
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
