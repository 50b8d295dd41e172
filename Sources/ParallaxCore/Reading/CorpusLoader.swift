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
        /// Each article file's path and content hash, in the articles' order, for the corpus's fingerprint.
        public var files: [FileContent] = []
        /// Files parsed this time rather than taken from the cache.
        public var parsed = 0
    }

    /// A file's path, as the cache keeps it, and a hash of its bytes.
    public struct FileContent: Sendable {
        public let path: String
        public let contentHash: UInt64
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
        var folders: [String] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                warnings.append(Warning(path: path, reason: "no such file or folder"))
                continue
            }
            guard isDirectory.boolValue else {
                files.append(path)
                continue
            }
            folders.append(FileStamp.key(for: path))
            files += articleFiles(under: path)
        }
        var result = Result(articles: [], warnings: warnings)
        // How many there are, before the first is read.
        progress?(Progress(done: 0, total: files.count, articles: []))
        var taken: Set<String> = []
        let shelf = cache.map(CachedBodies.init)
        // Every file's key, gathered slice by slice, for forgetting the files no longer there.
        var present: Set<String> = []
        var start = 0
        while start < files.count {
            let slice = Array(files[start..<min(files.count, start + (start == 0 ? firstSliceSize : sliceSize))])
            let keys = slice.map(FileStamp.key(for:))
            present.formUnion(keys)
            let kept = cache?.keptFiles(at: keys) ?? [:]
            let outcomes = ParallelMap.map(Array(slice.indices)) {
                FileReading.read(slice[$0], key: keys[$0], kept: kept[keys[$0]], archiving: cache != nil)
            }
            var fresh: [KeptFile] = []
            var read: [(article: Article, content: FileContent?)] = []
            for (file, outcome) in zip(slice, outcomes) {
                if outcome.source == .parsed { result.parsed += 1 }
                if let reading = outcome.kept { fresh.append(reading) }
                switch outcome.article {
                case .success(let article):
                    read.append((uniquelyNamed(article, taken: &taken), outcome.content))
                    if let content = outcome.content { result.files.append(content) }
                case .failure(let error): result.warnings.append(Warning(path: file, reason: error.reason))
                }
            }
            // Kept a slice at a time, so the readings of the whole corpus are never held twice.
            let stored = fresh.isEmpty || cache?.keep(fresh) == true
            // What the cache holds leaves memory: the corpus keeps its articles' bodies on it
            // (on every core, since shelving takes each block's print).
            result.articles += ParallelMap.map(read) { article, content in
                guard let shelf, stored, let content else { return article }
                return article.shelved(ShelfLabel(key: content.path, contentHash: content.contentHash, body: article.body), on: shelf)
            }
            start += slice.count
            progress?(Progress(done: start, total: files.count, articles: result.articles))
        }
        // Last, so the first articles show without waiting for it.
        for folder in folders { cache?.forgetFiles(under: folder, except: present) }
        return result
    }

    /// Small enough that the first articles show soon, large enough to keep both cores busy.
    static let firstSliceSize = 256
    static let sliceSize = 1024

    /// Every regular file below a folder, hidden files and folders left out, in path order.
    /// readdir(3) itself: Foundation's enumerator costs a quarter of a second per 5,000 files,
    /// which a warm start cannot spare. Links to files count; links to folders are not followed.
    static func articleFiles(under folder: String) -> [String] {
        var files: [String] = []
        var pending = [folder.hasSuffix("/") && folder.count > 1 ? String(folder.dropLast()) : folder]
        while let current = pending.popLast() {
            guard let directory = opendir(current) else { continue }
            defer { closedir(directory) }
            while let entry = readdir(directory) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                    String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
                }
                guard !name.hasPrefix(".") else { continue }
                let path = current + "/" + name
                switch Int32(entry.pointee.d_type) {
                case Int32(DT_DIR): pending.append(path)
                case Int32(DT_REG): files.append(path)
                default:
                    // A link, or a file system that does not say: ask stat, which follows links.
                    var status = stat()
                    guard stat(path, &status) == 0 else { continue }
                    if status.st_mode & S_IFMT == S_IFREG { files.append(path) }
                    if status.st_mode & S_IFMT == S_IFDIR, Int32(entry.pointee.d_type) == Int32(DT_UNKNOWN) { pending.append(path) }
                }
            }
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
        return id == article.id ? article : article.renamed(id)
    }
}
