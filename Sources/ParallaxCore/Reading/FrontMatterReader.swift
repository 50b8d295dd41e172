import Yams

/// Text or Markdown that opens with a YAML front matter block (`---` … `---`).
enum FrontMatterReader {
    /// The front matter and the body, or nil when the text has no front matter block.
    static func split(_ text: String) -> (yaml: String, body: String)? {
        guard text.hasPrefix("---\n") else { return nil }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let close = lines.dropFirst().firstIndex(where: { $0 == "---" || $0 == "..." }) else { return nil }
        return (lines[1..<close].joined(separator: "\n"), lines[(close + 1)...].joined(separator: "\n"))
    }

    static func read(_ text: String, markdown: Bool) throws -> RawArticle {
        guard let parts = split(text) else { throw ReadError("front matter is not closed by ---") }
        let fields: [String: Any]
        do {
            let loaded = try Yams.load(yaml: parts.yaml)
            guard loaded == nil || loaded is [String: Any] else { throw ReadError("front matter is not a set of keys") }
            fields = loaded as? [String: Any] ?? [:]
        } catch let error as ReadError {
            throw error
        } catch {
            throw ReadError("front matter is not valid YAML")
        }
        let title = FieldValue.text(fields["title"])
        let bodyText = markdown ? MarkdownText.plain(parts.body) : parts.body
        let body = BodyParser.parse(bodyText, title: title, markdown: markdown)
        guard !body.blocks.isEmpty else { throw ReadError("no text after the front matter") }
        let metadata = ArticleMetadata(
            title: title,
            outlet: FieldValue.text(fields["outlet"]) ?? FieldValue.text(fields["source"]) ?? body.outlet,
            date: FieldValue.date(fields["date"]) ?? body.date,
            byline: FieldValue.names(fields["author"]) ?? FieldValue.names(fields["authors"]) ?? body.byline,
            url: FieldValue.text(fields["url"])
        )
        return RawArticle(metadata: metadata, blocks: body.blocks)
    }
}
