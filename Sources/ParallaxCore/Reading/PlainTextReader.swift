/// Plain text as in `seeds/`: everything it says about itself is in the body.
enum PlainTextReader {
    static func read(_ text: String, markdown: Bool = false) throws -> RawArticle {
        let body = BodyParser.parse(markdown ? MarkdownText.plain(text) : text, markdown: markdown)
        guard !body.blocks.isEmpty else { throw ReadError("no text") }
        let metadata = ArticleMetadata(outlet: body.outlet, date: body.date, byline: body.byline)
        return RawArticle(metadata: metadata, blocks: body.blocks)
    }
}
