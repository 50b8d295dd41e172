import ParallaxCore

/// One open article: its layout at the current width, the scroll offset and the focused
/// quotation (drawn by the view, so moving the focus needs no new layout).
public struct ReaderState: Sendable {
    public let article: Int
    public private(set) var layout: ArticleLayout
    public var top = 0
    public var focusedQuote: Int?

    init(article: Int, articles: [Article], width: Int) {
        self.article = article
        layout = ArticleLayout(article: articles[article], width: width)
    }

    /// Lays the article out again for a new width, keeping the same paragraph at the top.
    mutating func relayout(_ articles: [Article], width: Int) {
        let block = layout.lines.indices.contains(top) ? layout.lines[top].block : nil
        layout = ArticleLayout(article: articles[article], width: width)
        if let block, let line = layout.firstLine(ofBlock: block) { top = line }
    }

    /// Focuses a quotation and scrolls it into view, a third of the way down when it was out of sight.
    mutating func focus(quotation: Int, height: Int) {
        guard layout.quoteLines.indices.contains(quotation) else { return }
        focusedQuote = quotation
        let line = layout.quoteLines[quotation]
        if line < top || line >= top + height { top = max(0, line - height / 3) }
    }
}
