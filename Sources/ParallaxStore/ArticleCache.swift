import Foundation
import GRDB
import ParallaxCore

/// The cache in `cache.sqlite`: each file's reading (keyed by its path, size, time and content
/// hash) and each corpus's events, statements and search index. Losing it costs time only, so a
/// damaged cache or one from another version is emptied and rebuilt, with a notice.
public final class ArticleCache: ReadingCache, @unchecked Sendable {
    private let pool: DatabasePool
    /// What the reader should be told: the cache rebuilt, or a write that failed.
    public var notice: String? { lock.withLock { lastNotice } }
    private var lastNotice: String?
    private let lock = NSLock()

    public init(folder: URL, waiting: TimeInterval = StoreDatabase.standardWait) throws {
        let file = folder.appendingPathComponent("cache.sqlite")
        let (pool, damaged) = try StoreDatabase.open(file, migrator: Self.migrator, waiting: waiting) { file in
            for companion in StoreDatabase.companions(of: file) where FileManager.default.fileExists(atPath: companion.path) {
                try FileManager.default.removeItem(at: companion)
            }
        }
        self.pool = pool
        if damaged { lastNotice = "The cache was damaged; it is being rebuilt." }
        let format = CacheFormat.current
        let written = try? pool.read { try String.fetchOne($0, sql: "SELECT value FROM meta WHERE key = 'format'") }
        if written != format {
            try write { db in
                try db.execute(sql: "DELETE FROM file; DELETE FROM corpus; DELETE FROM corpusPart")
                try db.execute(sql: "INSERT OR REPLACE INTO meta (key, value) VALUES ('format', ?)", arguments: [format])
            }
            if written != nil { lastNotice = "The cache was made by another version of Parallax; it is being rebuilt." }
        }
    }

    private static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("1") { db in
            try db.execute(sql: """
                CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
                CREATE TABLE file (path TEXT PRIMARY KEY, size INTEGER NOT NULL, modified REAL NOT NULL,
                                   hash INTEGER NOT NULL, article BLOB, problem TEXT);
                CREATE TABLE corpus (key TEXT PRIMARY KEY, fingerprint INTEGER NOT NULL, findings BLOB NOT NULL, searchIndex BLOB);
                """)
        }
        // Findings and index in parts, so that no write binds (and copies) a whole index at once.
        migrator.registerMigration("2") { db in
            try db.execute(sql: """
                DROP TABLE corpus;
                CREATE TABLE corpus (key TEXT PRIMARY KEY, fingerprint INTEGER NOT NULL, hasIndex INTEGER NOT NULL);
                CREATE TABLE corpusPart (key TEXT NOT NULL, kind TEXT NOT NULL, part INTEGER NOT NULL, bytes BLOB NOT NULL,
                                         PRIMARY KEY (key, kind, part));
                """)
        }
        return migrator
    }

    public func keptFiles(at paths: [String]) -> [String: KeptFile] {
        var files: [String: KeptFile] = [:]
        // SQLite takes at most 32,766 values in one statement.
        for start in stride(from: 0, to: paths.count, by: 10_000) {
            let chunk = Array(paths[start..<min(paths.count, start + 10_000)])
            let marks = Array(repeating: "?", count: chunk.count).joined(separator: ",")
            let rows = (try? pool.read {
                try Row.fetchAll($0, sql: "SELECT path, size, modified, hash, article, problem FROM file WHERE path IN (\(marks))",
                                 arguments: StatementArguments(chunk))
            }) ?? []
            for row in rows {
                let stamp = FileStamp(path: row[0], size: row[1], modified: row[2])
                let reading: KeptFile.Reading
                if let article: Data = row[4] {
                    reading = .article([UInt8](article))
                } else {
                    reading = .problem(row[5] ?? "cannot be read")
                }
                files[stamp.path] = KeptFile(stamp: stamp, contentHash: UInt64(bitPattern: row[3]), reading: reading)
            }
        }
        return files
    }

    @discardableResult public func keep(_ files: [KeptFile]) -> Bool {
        (try? write { db in
            let statement = try db.makeStatement(sql: "INSERT OR REPLACE INTO file (path, size, modified, hash, article, problem) VALUES (?, ?, ?, ?, ?, ?)")
            for file in files {
                var article: Data?
                var problem: String?
                switch file.reading {
                case .article(let bytes): article = Data(bytes)
                case .problem(let reason): problem = reason
                }
                try statement.execute(arguments: [file.stamp.path, file.stamp.size, file.stamp.modified,
                                                  Int64(bitPattern: file.contentHash), article, problem])
            }
        }) != nil
    }

    public func forgetFiles(under folder: String, except present: Set<String>) {
        let prefix = folder.hasSuffix("/") ? folder : folder + "/"
        // Compared as text, not with LIKE, whose % and _ a folder's name may hold.
        let kept = (try? pool.read {
            try String.fetchAll($0, sql: "SELECT path FROM file WHERE substr(path, 1, ?) = ?", arguments: [prefix.unicodeScalars.count, prefix])
        }) ?? []
        let gone = kept.filter { !present.contains($0) }
        guard !gone.isEmpty else { return }
        try? write { db in
            for path in gone { try db.execute(sql: "DELETE FROM file WHERE path = ?", arguments: [path]) }
        }
    }

    public func keptFindings(for key: String) -> KeptFindings? {
        try? pool.read { db -> KeptFindings? in
            guard let row = try Row.fetchOne(db, sql: "SELECT fingerprint, hasIndex FROM corpus WHERE key = ?", arguments: [key]),
                  let findings = try Self.joinedParts(db, key: key, kind: "findings") else { return nil }
            let index = row[1] as Bool ? try Self.joinedParts(db, key: key, kind: "index") : nil
            return KeptFindings(key: key, fingerprint: UInt64(bitPattern: row[0]), findings: findings, index: index)
        } ?? nil
    }

    /// The findings of this many sets of paths are kept, those written last; an index can be large.
    static let keptCorpora = 8

    /// Bytes are written in parts of this size.
    static let partSize = 1 << 20

    public func keep(_ findings: KeptFindings) {
        try? write { db in
            try db.execute(sql: "INSERT OR REPLACE INTO corpus (key, fingerprint, hasIndex) VALUES (?, ?, ?)",
                           arguments: [findings.key, Int64(bitPattern: findings.fingerprint), findings.searchIndex != nil])
            try db.execute(sql: "DELETE FROM corpusPart WHERE key = ?", arguments: [findings.key])
            try Self.insertParts(db, key: findings.key, kind: "findings") { try Self.cut(findings.findings, $0) }
            switch findings.searchIndex {
            case .archive(let bytes)?: try Self.insertParts(db, key: findings.key, kind: "index") { try Self.cut(bytes, $0) }
            case .archiving(let index)?: try Self.insertParts(db, key: findings.key, kind: "index") { try index.archive(inPartsOf: Self.partSize, $0) }
            case nil: break
            }
            // A replaced row takes a new rowid, so the oldest rowids are the findings written longest ago.
            try db.execute(sql: "DELETE FROM corpus WHERE rowid NOT IN (SELECT rowid FROM corpus ORDER BY rowid DESC LIMIT ?)",
                           arguments: [Self.keptCorpora])
            try db.execute(sql: "DELETE FROM corpusPart WHERE key NOT IN (SELECT key FROM corpus)")
        }
    }

    /// Inserts the parts `write` hands on, numbered in order.
    private static func insertParts(_ db: Database, key: String, kind: String,
                                    _ write: (_ part: ([UInt8]) throws -> Void) throws -> Void) throws {
        let statement = try db.makeStatement(sql: "INSERT INTO corpusPart (key, kind, part, bytes) VALUES (?, ?, ?, ?)")
        var part = 0
        try write { bytes in
            try statement.execute(arguments: [key, kind, part, Data(bytes)])
            part += 1
        }
    }

    /// Bytes in parts of `partSize`; even an empty archive has one part, so that its absence means damage.
    private static func cut(_ bytes: [UInt8], _ part: ([UInt8]) throws -> Void) throws {
        for start in stride(from: 0, through: max(bytes.count - 1, 0), by: partSize) {
            try part(Array(bytes[start..<min(bytes.count, start + partSize)]))
        }
    }

    /// The parts of one kind in order, joined; nil when there are none.
    private static func joinedParts(_ db: Database, key: String, kind: String) throws -> [UInt8]? {
        var bytes: [UInt8] = []
        // Room for all of it at once, so that joining never holds two growing copies.
        let length = try Int.fetchOne(db, sql: "SELECT SUM(length(bytes)) FROM corpusPart WHERE key = ? AND kind = ?", arguments: [key, kind]) ?? 0
        bytes.reserveCapacity(length)
        var found = false
        let parts = try Data.fetchCursor(db, sql: "SELECT bytes FROM corpusPart WHERE key = ? AND kind = ? ORDER BY part", arguments: [key, kind])
        while let part = try parts.next() {
            bytes.append(contentsOf: part)
            found = true
        }
        return found ? bytes : nil
    }

    /// One transaction; a failure (disk full, read-only, locked too long) is remembered as the notice and otherwise ignored.
    private func write(_ updates: (Database) throws -> Void) throws {
        do {
            try pool.write(updates)
        } catch {
            lock.withLock { lastNotice = "The cache cannot be kept: \(StoreDatabase.reason(error))." }
            throw error
        }
    }
}
