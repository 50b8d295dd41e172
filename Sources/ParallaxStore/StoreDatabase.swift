import Foundation
import GRDB

/// Opens one of the store's SQLite files: in WAL mode so a reader never waits for a writer and a
/// crash loses no committed write, waiting a while for another instance's write rather than failing.
/// A damaged file is handed to `setAside` and opened anew.
public enum StoreDatabase {
    /// How long to wait for another instance's write before giving up.
    public static let standardWait: TimeInterval = 3

    static func open(_ file: URL, migrator: DatabaseMigrator, waiting: TimeInterval,
                     setAside: (URL) throws -> Void) throws -> (DatabasePool, damaged: Bool) {
        try makeFolder(file.deletingLastPathComponent())
        do {
            return (try migrated(file, migrator, waiting), false)
        } catch let error as DatabaseError where isDamage(error) {
            try setAside(file)
            return (try migrated(file, migrator, waiting), true)
        }
    }

    /// Makes a folder and those above it, saying in the system's words why one cannot be made.
    private static func makeFolder(_ folder: URL) throws {
        var path = ""
        for component in folder.standardizedFileURL.pathComponents.dropFirst() {
            path += "/" + component
            if mkdir(path, 0o755) != 0 && errno != EEXIST {
                throw StoreProblem("\(folder.path) cannot be made (\(String(cString: strerror(errno))))")
            }
        }
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder), isFolder.boolValue else {
            throw StoreProblem("\(folder.path) cannot be made (a file has its name)")
        }
    }

    private static func migrated(_ file: URL, _ migrator: DatabaseMigrator, _ waiting: TimeInterval) throws -> DatabasePool {
        var configuration = Configuration()
        configuration.busyMode = .timeout(waiting)
        let deadline = Date().addingTimeInterval(waiting)
        while true {
            do {
                let pool = try DatabasePool(path: file.path, configuration: configuration)
                try migrator.migrate(pool)
                return pool
            } catch let error as DatabaseError where isDamage(error) {
                throw error
            } catch let error as DatabaseError where (error.resultCode == .SQLITE_BUSY || isMigrationRace(error)) && Date() < deadline {
                // Two instances making the file at once: setting WAL mode answers "busy" without
                // waiting, and a migration may race the other's, so the wait is here.
                Thread.sleep(forTimeInterval: 0.05)
            } catch {
                throw StoreProblem("\(file.path) cannot be used (\(reason(error)))")
            }
        }
    }

    /// GRDB reads which migrations are applied before it takes the write lock, so two instances
    /// making a new file can both set out to create a table; the later one, tried again, finds it made.
    private static func isMigrationRace(_ error: DatabaseError) -> Bool {
        error.resultCode == .SQLITE_ERROR && error.message?.hasSuffix("already exists") == true
    }

    /// Not a database, or a damaged one: the file cannot be trusted.
    static func isDamage(_ error: DatabaseError) -> Bool {
        error.resultCode == .SQLITE_NOTADB || error.resultCode == .SQLITE_CORRUPT
    }

    /// The file and what SQLite keeps beside it.
    static func companions(of file: URL) -> [URL] {
        [file, URL(fileURLWithPath: file.path + "-wal"), URL(fileURLWithPath: file.path + "-shm")]
    }

    /// A short reason without SQLite's statement text.
    static func reason(_ error: Error) -> String {
        if let error = error as? DatabaseError {
            switch error.resultCode {
            case .SQLITE_BUSY, .SQLITE_LOCKED: return "another program holds it locked"
            case .SQLITE_READONLY: return "it is read-only"
            case .SQLITE_FULL: return "the disk is full"
            case .SQLITE_CANTOPEN: return "it cannot be opened"
            default: return error.message ?? "SQLite error \(error.resultCode.rawValue)"
            }
        }
        if let error = error as? StoreProblem { return error.description }
        return (error as NSError).localizedDescription
    }
}
