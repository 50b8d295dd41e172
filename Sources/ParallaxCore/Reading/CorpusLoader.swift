import Foundation

/// Loads articles from any mix of files and folders, folders read recursively.
/// Never writes to them. What cannot be read is skipped with a warning naming the file.
public enum CorpusLoader {
    public struct Warning: Sendable, Equatable, CustomStringConvertible {
        public let path: String
        public let reason: String
        public var description: String { "\(path): \(reason)" }
    }

    public struct Result: Sendable {
        public var articles: [Article]
        public var warnings: [Warning]
    }

    public static func load(paths: [String]) -> Result {
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
        // Files are read and analysed on every core; ids and warnings follow in path order.
        let outcomes = ParallelMap.map(files) { file -> Swift.Result<Article, ReadError> in
            do {
                return .success(try ArticleReader.read(path: file))
            } catch let error as ReadError {
                return .failure(error)
            } catch {
                return .failure(ReadError("cannot be read"))
            }
        }
        var articles: [Article] = []
        var taken: Set<String> = []
        for (file, outcome) in zip(files, outcomes) {
            switch outcome {
            case .success(let article): articles.append(uniquelyNamed(article, taken: &taken))
            case .failure(let error): warnings.append(Warning(path: file, reason: error.reason))
            }
        }
        return Result(articles: articles, warnings: warnings)
    }

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
