import Foundation

/// Another process holding an SQLite file under an exclusive lock, as a second program
/// writing to the store would: Debian's python3 and its sqlite3 module, until `release()`.
final class ExternalLock {
    private let process = Process()

    init(_ file: URL) throws {
        let output = Pipe()
        // The interpreter itself, not a wrapper script, so that `release` ends the process holding the lock.
        process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        process.arguments = ["-c", """
            import sqlite3, sys, time
            c = sqlite3.connect(sys.argv[1], isolation_level=None)
            c.execute('BEGIN EXCLUSIVE')
            print('locked', flush=True)
            time.sleep(60)
            """, file.path]
        process.standardOutput = output
        try process.run()
        let line = output.fileHandleForReading.availableData
        guard String(decoding: line, as: UTF8.self).hasPrefix("locked") else { throw CocoaError(.fileLocking) }
    }

    /// SIGKILL, which no inherited signal mask can hold back (SIGTERM waited out the sleep).
    func release() {
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }
}
