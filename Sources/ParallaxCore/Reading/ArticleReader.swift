import Foundation

/// Reads one file into an article, choosing the reader by extension and content.
public enum ArticleReader {
    /// The file's id: its name without the extension.
    public static func id(forPath path: String) -> String {
        let name = (path as NSString).lastPathComponent
        let stem = (name as NSString).deletingPathExtension
        return stem.isEmpty ? name : stem
    }

    public static func read(path: String) throws -> Article {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw ReadError("cannot be read")
        }
        return try read(data: data, path: path)
    }

    public static func read(data: Data, path: String) throws -> Article {
        let raw = try rawArticle(data: data, extension: (path as NSString).pathExtension.lowercased())
        return ArticleAnalyzer.analyze(raw, id: id(forPath: path), path: path)
    }

    static func rawArticle(data: Data, extension ext: String) throws -> RawArticle {
        if data.isEmpty { throw ReadError("empty file") }
        let text = try TextDecoding.decode(data)
        if text.allSatisfy(\.isWhitespace) { throw ReadError("empty file") }
        let opening = text.drop(while: \.isWhitespace).first
        if ext == "json" || (opening == "{" && ext != "md" && ext != "markdown") {
            // The repaired text, so invalid UTF-8 inside a good JSON file does not break it.
            return try NewsPleaseReader.read(Data(text.utf8))
        }
        if text.hasPrefix("---\n") {
            return try FrontMatterReader.read(text, markdown: ext == "md" || ext == "markdown")
        }
        if ext == "md" || ext == "markdown" {
            return try PlainTextReader.read(text, markdown: true)
        }
        return try PlainTextReader.read(text)
    }
}
