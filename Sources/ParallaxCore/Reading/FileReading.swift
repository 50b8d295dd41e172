import Foundation

/// Reads one file for the loader: from what the cache kept when the file is unchanged,
/// else by parsing it, giving what the cache should keep of it.
struct FileReading: Sendable {
    let article: Swift.Result<Article, ReadError>
    /// The file's path and content hash, for the corpus's fingerprint; nil when it could not be read.
    let content: CorpusLoader.FileContent?
    /// What the cache should keep anew: nil when taken from it unchanged, not read, or there is no cache.
    let kept: KeptFile?
    let source: Source

    enum Source: Sendable {
        /// Taken from the cache: same stamp.
        case cache
        /// Taken from the cache under a new stamp: same content.
        case restamped
        case parsed
        /// Nothing to keep: the file could not be looked at.
        case unreadable
    }

    /// `key` is the path as the cache keeps it. Only with `archiving` is a parsed article archived for the cache.
    static func read(_ path: String, key: String, kept: KeptFile?, archiving: Bool) -> FileReading {
        let stamp = FileStamp.of(path: key)
        // Same size and time: trusted without reading a byte.
        if let kept, let stamp, kept.stamp == stamp, let article = unarchive(kept, path: path) {
            return FileReading(article: article, content: .init(path: key, contentHash: kept.contentHash), kept: nil, source: .cache)
        }
        guard let stamp, let data = try? Data(contentsOf: URL(fileURLWithPath: path)) else {
            return FileReading(article: .failure(ReadError("cannot be read")), content: nil, kept: nil, source: .unreadable)
        }
        let hash = FNV1a.hash(data)
        let content = CorpusLoader.FileContent(path: key, contentHash: hash)
        // Touched but not changed: the kept reading stands, under the new stamp.
        if let kept, kept.contentHash == hash, let article = unarchive(kept, path: path) {
            return FileReading(article: article, content: content, kept: KeptFile(stamp: stamp, contentHash: hash, reading: kept.reading), source: .restamped)
        }
        do {
            let article = try ArticleReader.read(data: data, path: path)
            guard archiving else { return FileReading(article: .success(article), content: content, kept: nil, source: .parsed) }
            var writer = ArchiveWriter()
            article.archive(into: &writer)
            return FileReading(article: .success(article), content: content,
                               kept: KeptFile(stamp: stamp, contentHash: hash, reading: .article(writer.bytes)), source: .parsed)
        } catch {
            let problem = (error as? ReadError) ?? ReadError("cannot be read")
            return FileReading(article: .failure(problem), content: content,
                               kept: archiving ? KeptFile(stamp: stamp, contentHash: hash, reading: .problem(problem.reason)) : nil, source: .parsed)
        }
    }

    /// The kept reading, nil when its bytes are damaged (the file is then parsed again).
    static func unarchive(_ kept: KeptFile, path: String) -> Swift.Result<Article, ReadError>? {
        switch kept.reading {
        case .problem(let reason):
            return .failure(ReadError(reason))
        case .article(let bytes):
            var reader = ArchiveReader(bytes)
            guard let article = try? Article(unarchiving: &reader, path: path), reader.isAtEnd else { return nil }
            return .success(article)
        }
    }
}
