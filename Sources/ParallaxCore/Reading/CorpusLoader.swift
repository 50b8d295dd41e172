import Foundation

/// Loads articles from any mix of files and folders, folders read recursively.
/// Never writes to them. What cannot be read is skipped with a warning naming the file.
/// With a cache, a file whose stamp or content is unchanged is not parsed again.
public enum CorpusLoader {
    public struct Warning: Sendable, Equatable, CustomStringConvertible {
        public let path: String
        public let reason: String
        public var description: String { "\(path): \(reason)" }
    }

    public struct Result: Sendable {
        public var articles: [Article]
        public var warnings: [Warning]
        /// Each file's stamp and content hash, in the articles' order, for the corpus's fingerprint.
        public var files: [KeptFile] = []
        /// Files parsed this time rather than taken from the cache.
        public var parsed = 0
        /// Bytes of the files parsed this time.
        public var parsedBytes = 0
    }

    /// How far a load has got, with the articles read so far in their final order.
    public struct Progress: Sendable {
        public let done: Int
        public let total: Int
        public let articles: [Article]
    }

    /// Files are read in slices on every core; `progress` hears after each slice.
    public static func load(paths: [String], cache: ReadingCache? = nil, progress: ((Progress) -> Void)? = nil) -> Result {
        var warnings: [Warning] = []
        var files: [String] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                warnings.append(Warning(path: path, reason: "no such file or folder"))
                continue
            }
            files += isDirectory.boolValue ? articleFiles(under: path) : [path]
        }
        let kept = cache?.keptFiles() ?? [:]
        var result = Result(articles: [], warnings: warnings)
        var taken: Set<String> = []
        var fresh: [KeptFile] = []
        for start in stride(from: 0, to: files.count, by: sliceSize) {
            let slice = Array(files[start..<min(files.count, start + sliceSize)])
            let outcomes = ParallelMap.map(slice) { FileReading.read($0, kept: kept[FileStamp.key(for: $0)]) }
            for (file, outcome) in zip(slice, outcomes) {
                if outcome.source == .parsed {
                    result.parsed += 1
                    result.parsedBytes += outcome.kept?.stamp.size ?? 0
                }
                if cache != nil, outcome.source == .parsed || outcome.source == .restamped, let reading = outcome.kept { fresh.append(reading) }
                switch outcome.article {
                case .success(let article):
                    result.articles.append(uniquelyNamed(article, taken: &taken))
                    if let reading = outcome.kept { result.files.append(reading) }
                case .failure(let error): result.warnings.append(Warning(path: file, reason: error.reason))
                }
            }
            progress?(Progress(done: min(files.count, start + sliceSize), total: files.count, articles: result.articles))
        }
        if !fresh.isEmpty { cache?.keep(fresh) }
        return result
    }

    /// Small enough that the first articles show soon, large enough to keep both cores busy.
    static let sliceSize = 1024

    /// Every regular file below a folder, hidden files and folders left out, in path order.
    static func articleFiles(under folder: String) -> [String] {
        let root = URL(fileURLWithPath: folder)
        guard let enumerator = FileManager.default.enumerator(
            at: root, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles]) else { return [] }
        var files: [String] = []
        for case let url as URL in enumerator {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true else { continue }
            let relative = String(url.path.dropFirst(root.path.count)).drop(while: { $0 == "/" })
            files.append(folder.hasSuffix("/") ? folder + relative : folder + "/" + relative)
        }
        return files.sorted()
    }

    /// Two files with one name in different folders: the later gets "-2" (or "-3", …) so ids stay unique.
    private static func uniquelyNamed(_ article: Article, taken: inout Set<String>) -> Article {
        var id = article.id
        var number = 1
        while taken.contains(id) {
            number += 1
            id = "\(article.id)-\(number)"
        }
        taken.insert(id)
        guard id != article.id else { return article }
        return Article(id: id, path: article.path, metadata: article.metadata,
                       text: article.text, blocks: article.blocks, quotations: article.quotations)
    }
}
