import Foundation

/// The JSON that news-please, the most used open news crawler, writes for each article.
enum NewsPleaseReader {
    static func read(_ data: Data) throws -> RawArticle {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: data)
        } catch {
            throw ReadError("broken JSON")
        }
        guard let fields = object as? [String: Any] else { throw ReadError("JSON is not an article object") }
        guard let body = FieldValue.text(fields["maintext"]) ?? FieldValue.text(fields["text"]) else {
            throw ReadError("JSON has no maintext or text")
        }
        let title = FieldValue.text(fields["title"])
        let parsed = BodyParser.parse(body, title: title)
        guard !parsed.blocks.isEmpty else { throw ReadError("no text") }
        let metadata = ArticleMetadata(
            title: title,
            outlet: FieldValue.text(fields["source_domain"]).map(OutletNames.name(forDomain:)) ?? parsed.outlet,
            date: FieldValue.date(fields["date_publish"]) ?? parsed.date,
            byline: FieldValue.names(fields["authors"]) ?? parsed.byline,
            url: FieldValue.text(fields["url"])
        )
        return RawArticle(metadata: metadata, blocks: parsed.blocks)
    }
}
