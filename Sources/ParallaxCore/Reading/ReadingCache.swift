import Foundation

/// A file as it stood when read: enough to tell, without reading it, whether it may have changed.
public struct FileStamp: Sendable, Hashable {
    /// The file's absolute path, so one file reached by two relative paths is one entry.
    public let path: String
    public let size: Int
    /// Seconds since 1970 of the last modification.
    public let modified: Double

    public init(path: String, size: Int, modified: Double) {
        self.path = path
        self.size = size
        self.modified = modified
    }

    /// The absolute path a cache keeps a file under: "." and ".." resolved, links not (cheap
    /// enough for every file of a large corpus).
    public static func key(for path: String) -> String {
        let absolute = path.hasPrefix("/") ? path : workingFolder + "/" + path
        var parts: [Substring] = []
        for part in absolute.split(separator: "/") {
            switch part {
            case ".": continue
            case "..": _ = parts.popLast()
            default: parts.append(part)
            }
        }
        return "/" + parts.joined(separator: "/")
    }

    private static let workingFolder = FileManager.default.currentDirectoryPath

    /// The file's stamp now, nil when it cannot be looked at. stat(2) itself: Foundation's
    /// attributes also look up the owner's name, which costs more than the rest.
    public static func of(path: String) -> FileStamp? {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        let modified = Double(status.st_mtim.tv_sec) + Double(status.st_mtim.tv_nsec) / 1e9
        return FileStamp(path: path, size: Int(status.st_size), modified: modified)
    }
}

/// What reading one file gave, as kept: the archived article, or why it is not an article.
public struct KeptFile: Sendable {
    public enum Reading: Sendable {
        case article([UInt8])
        case problem(String)
    }

    public let stamp: FileStamp
    /// FNV-1a of the file's bytes, so a file touched but not changed is not read again.
    public let contentHash: UInt64
    public let reading: Reading

    public init(stamp: FileStamp, contentHash: UInt64, reading: Reading) {
        self.stamp = stamp
        self.contentHash = contentHash
        self.reading = reading
    }
}

/// What was found across one set of files: events, statements and the search index, as kept.
public struct KeptFindings: Sendable {
    /// The paths the corpus was opened with.
    public let key: String
    /// A hash of every file's path and content, so any change to the set makes them stale.
    public let fingerprint: UInt64
    public let findings: [UInt8]
    /// The index to keep, or as kept; nil when the corpus was opened by a command that does not search.
    public let searchIndex: IndexToKeep?

    public enum IndexToKeep: Sendable {
        /// The index's archive, as the cache gives it back or keeps it unchanged.
        case archive([UInt8])
        /// An index to archive as it is written, a part at a time: a large index's bytes are
        /// then never all in memory beside it.
        case archiving(SearchIndex)
    }

    /// The index's archive, when it is kept as bytes.
    public var index: [UInt8]? {
        if case .archive(let bytes)? = searchIndex { return bytes }
        return nil
    }

    public init(key: String, fingerprint: UInt64, findings: [UInt8], index: [UInt8]?) {
        self.init(key: key, fingerprint: fingerprint, findings: findings, searchIndex: index.map(IndexToKeep.archive))
    }

    public init(key: String, fingerprint: UInt64, findings: [UInt8], archiving index: SearchIndex) {
        self.init(key: key, fingerprint: fingerprint, findings: findings, searchIndex: .archiving(index))
    }

    public init(key: String, fingerprint: UInt64, findings: [UInt8], searchIndex: IndexToKeep?) {
        self.key = key
        self.fingerprint = fingerprint
        self.findings = findings
        self.searchIndex = searchIndex
    }
}

/// Somewhere that keeps what reading files gave, so unchanged files are never parsed again.
/// Loading works without one; a cache that fails only costs time.
public protocol ReadingCache: Sendable {
    /// The kept files at these paths (those it has), with their readings; asked for a slice at
    /// a time, so that the first articles show at once and the corpus's readings are never all in memory.
    func keptFiles(at paths: [String]) -> [String: KeptFile]
    /// True when they are kept: a cache that cannot write (a read-only or full disk) says so.
    @discardableResult func keep(_ files: [KeptFile]) -> Bool
    /// Drops what is kept for files below `folder` (an absolute path) that are not in `present`:
    /// files deleted or moved since, so the cache does not grow for ever.
    func forgetFiles(under folder: String, except present: Set<String>)
    func keptFindings(for key: String) -> KeptFindings?
    func keep(_ findings: KeptFindings)
}
