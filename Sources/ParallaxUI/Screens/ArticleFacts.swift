import ParallaxCore

/// The line under an article's headline: outlet, byline and date, with what is missing said
/// plainly. The reader's header and `parallax show` both print it.
public enum ArticleFacts {
    public static func parts(_ metadata: ArticleMetadata) -> [(text: String, role: Role)] {
        var parts = [(metadata.outlet ?? Missing.outlet, metadata.outlet == nil ? Role.dim : .outlet)]
        if let byline = metadata.byline { parts.append((" · by \(byline)", .dim)) }
        parts.append((" · " + (metadata.date?.description ?? Missing.date), .dim))
        return parts.map { (VisibleText.sanitize($0.0), $0.1) }
    }

    public static func line(_ metadata: ArticleMetadata) -> String {
        parts(metadata).map(\.text).joined()
    }
}
