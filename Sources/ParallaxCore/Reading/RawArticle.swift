/// What a reader gets from a file before analysis: metadata and classified blocks.
struct RawArticle {
    var metadata: ArticleMetadata
    var blocks: [RawBlock]
}

struct RawBlock: Equatable {
    var kind: Block.Kind
    var text: String
    var section: String?
    var datelineLength: Int = 0
}
