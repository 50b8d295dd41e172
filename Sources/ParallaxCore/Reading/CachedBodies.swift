import Foundation

/// The cache as the shelf of a corpus's bodies: a body is read back from the article the cache
/// kept of its file, or, when the cache has lost it (deleted, rebuilt by another version), from
/// the file itself while its bytes are those it was read from.
public final class CachedBodies: BodyShelf, @unchecked Sendable {
    private let cache: ReadingCache
    /// The bodies last asked for one or a few at a time, the latest last: a view reads an open
    /// article's body again at each change, each read served from here.
    private var recent: [ShelfLabel: ArticleBody] = [:]
    private var recentOrder: [ShelfLabel] = []
    private let lock = NSLock()
    static let recentCapacity = 64

    public init(cache: ReadingCache) {
        self.cache = cache
    }

    public func bodies(at labels: [ShelfLabel]) -> [ArticleBody?] {
        var found = lock.withLock { labels.map(recall) }
        let missing = labels.indices.filter { found[$0] == nil }
        guard !missing.isEmpty else { return found }
        let kept = cache.keptFiles(at: missing.map { labels[$0].key })
        let read = ParallelMap.map(missing) { index in Self.body(kept[labels[index].key], labels[index]) ?? Self.reread(labels[index]) }
        for (index, body) in zip(missing, read) { found[index] = body }
        // A pass over many articles would only push out what the views are reading.
        if labels.count <= Self.recentCapacity / 4 {
            lock.withLock { for index in missing { if let body = found[index] { remember(body, labels[index]) } } }
        }
        return found
    }

    /// A body read lately, moved to the end so that what is read over and over stays.
    private func recall(_ label: ShelfLabel) -> ArticleBody? {
        guard let body = recent[label] else { return nil }
        if let position = recentOrder.firstIndex(of: label) { recentOrder.append(recentOrder.remove(at: position)) }
        return body
    }

    private func remember(_ body: ArticleBody, _ label: ShelfLabel) {
        if recent.updateValue(body, forKey: label) == nil { recentOrder.append(label) }
        if recentOrder.count > Self.recentCapacity { recent[recentOrder.removeFirst()] = nil }
    }

    /// Read as the loader reads a kept file, taken only for the same bytes.
    private static func body(_ file: KeptFile?, _ label: ShelfLabel) -> ArticleBody? {
        guard let file, file.contentHash == label.contentHash else { return nil }
        return fitting(FileReading.unarchive(file, path: label.key), label)
    }

    /// Read as the loader reads a file the cache lacks, on the same conditions.
    private static func reread(_ label: ShelfLabel) -> ArticleBody? {
        let reading = FileReading.read(label.key, key: label.key, kept: nil, archiving: false)
        guard reading.content?.contentHash == label.contentHash else { return nil }
        return fitting(reading.article, label)
    }

    /// The body of an article read, when it is of the label's size.
    private static func fitting(_ reading: Swift.Result<Article, ReadError>?, _ label: ShelfLabel) -> ArticleBody? {
        guard case .success(let article)? = reading, label.fits(article.body) else { return nil }
        return article.body
    }
}
