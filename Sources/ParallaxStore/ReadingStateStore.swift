import Foundation
import GRDB
import ParallaxCore

/// Reading state in `state.sqlite`, apart from the cache so that deleting the cache never loses
/// it: each article's read flag, star and last position, keyed by the file's absolute path.
/// A damaged file is set aside (never deleted) and a new one started, with a notice.
public final class ReadingStateStore: @unchecked Sendable {
    private let pool: DatabasePool
    public let notice: String?

    public init(folder: URL, waiting: TimeInterval = StoreDatabase.standardWait) throws {
        let file = folder.appendingPathComponent("state.sqlite")
        var setAsideAt: URL?
        let (pool, _) = try StoreDatabase.open(file, migrator: Self.migrator, waiting: waiting) { file in
            let aside = file.deletingLastPathComponent().appendingPathComponent("state.damaged-\(Int(Date().timeIntervalSince1970)).sqlite")
            try FileManager.default.moveItem(at: file, to: aside)
            for companion in StoreDatabase.companions(of: file).dropFirst() where FileManager.default.fileExists(atPath: companion.path) {
                try FileManager.default.removeItem(at: companion)
            }
            setAsideAt = aside
        }
        self.pool = pool
        notice = setAsideAt.map { "Reading state was damaged; it was set aside as \($0.lastPathComponent) and starts anew." }
    }

    private static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("1") { db in
            try db.execute(sql: """
                CREATE TABLE reading (path TEXT PRIMARY KEY, read INTEGER NOT NULL, starred INTEGER NOT NULL,
                                      position INTEGER, changed REAL NOT NULL);
                """)
        }
        return migrator
    }

    /// Every mark kept, by absolute path.
    public func marks() throws -> [String: ReadingMark] {
        do {
            let rows = try pool.read { try Row.fetchAll($0, sql: "SELECT path, read, starred, position FROM reading") }
            var marks: [String: ReadingMark] = [:]
            for row in rows { marks[row[0]] = ReadingMark(read: row[1], starred: row[2], position: row[3]) }
            return marks
        } catch {
            throw StoreProblem("Reading state cannot be read: \(StoreDatabase.reason(error)).")
        }
    }

    /// Keeps one article's mark in its own transaction, so a crash an instant later loses nothing.
    public func save(_ mark: ReadingMark, path: String) throws {
        do {
            try pool.write { db in
                try db.execute(sql: "INSERT OR REPLACE INTO reading (path, read, starred, position, changed) VALUES (?, ?, ?, ?, ?)",
                               arguments: [path, mark.read, mark.starred, mark.position, Date().timeIntervalSince1970])
            }
        } catch {
            throw StoreProblem("Reading state cannot be kept: \(StoreDatabase.reason(error)).")
        }
    }
}
