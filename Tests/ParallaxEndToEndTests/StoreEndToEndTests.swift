import Foundation
import Testing

/// The cache and the reading state as a person meets them: kept across runs, surviving a kill,
/// a damaged cache and a second instance, and a store that cannot be written.
@Suite struct StoreEndToEndTests {
    /// A store folder for one test, given to the binary as XDG_DATA_HOME.
    private func storeFolder() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("parallax-store-e2e-\(UUID().uuidString)")
    }

    @Test func marksAndStarsAreKeptAcrossRuns() throws {
        let data = storeFolder()
        defer { try? FileManager.default.removeItem(at: data) }
        let first = try TmuxSession(width: 100, height: 30, environment: ["XDG_DATA_HOME": data.path])
        try first.waitFor(text: "5 articles · 5 unread")
        try first.send("j", "m", "j", "*")
        try first.waitFor(text: "Starred")
        try first.send("q")
        try first.waitFor(text: "EXIT=0")

        let second = try TmuxSession(width: 100, height: 30, environment: ["XDG_DATA_HOME": data.path])
        let screen = try second.waitFor { $0.contains("4 unread · 1 starred") }
        let rows = screen.split(separator: "\n").map(String.init)
        #expect(rows[3].hasPrefix("   "), "the article marked read has no dot: \(rows[3])")
        #expect(rows[4].hasPrefix("★"), "the starred article: \(rows[4])")
        try second.send("C-c")
        try second.waitFor(text: "EXIT=0")
    }

    @Test func killedWhileReadingLosesNoReadingState() throws {
        let data = storeFolder()
        defer { try? FileManager.default.removeItem(at: data) }
        let corpus = TmuxSession.repository.deletingLastPathComponent().appendingPathComponent("shared/corpora/events-dev").path
        let marking = try TmuxSession(width: 100, height: 30, environment: ["XDG_DATA_HOME": data.path])
        try marking.waitFor(text: "5 unread")
        try marking.send("j", "*")
        try marking.waitFor(text: "Starred")
        // The same store, a large corpus read for the first time, killed mid-way.
        let killed = try TmuxSession(width: 100, height: 30, command: "sh -c 'echo $$ > \"$0\"; exec \"$1\" \"$2\"' PIDFILE '\(TmuxSession.binary)' '\(corpus)'",
                                     environment: ["XDG_DATA_HOME": data.path])
        try killed.waitFor(text: "Reading")
        let pid = try String(contentsOfFile: killed.pidFile, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
        _ = try Spawn.run(["kill", "-9", pid])
        try killed.waitFor(text: "EXIT=137")
        try marking.send("q")
        try marking.waitFor(text: "EXIT=0")

        let after = try TmuxSession(width: 100, height: 30, environment: ["XDG_DATA_HOME": data.path])
        try after.waitFor(text: "1 starred")
        try after.send("C-c")
        try after.waitFor(text: "EXIT=0")
    }

    @Test func aDamagedCacheIsRebuiltWithANotice() throws {
        let data = storeFolder()
        defer { try? FileManager.default.removeItem(at: data) }
        let environment = ["XDG_DATA_HOME": data.path]
        #expect(try runHeadless(["list"], environment: environment).status == 0)
        let cache = data.appendingPathComponent("parallax/cache.sqlite")
        try Data(repeating: 0x42, count: 16384).write(to: cache)
        let listed = try runHeadless(["list", "--json"], environment: environment)
        #expect(listed.status == 0)
        #expect(listed.stdout.contains("004_b6dc635e84ed2626"))
        #expect(listed.stderr.contains("The cache was damaged; it is being rebuilt."))
        let again = try runHeadless(["list"], environment: environment)
        #expect(again.stderr.isEmpty, "rebuilt once, then quiet: \(again.stderr)")
    }

    @Test func twoInstancesAtOnceShareTheStore() throws {
        let data = storeFolder()
        defer { try? FileManager.default.removeItem(at: data) }
        let corpus = TmuxSession.repository.deletingLastPathComponent().appendingPathComponent("shared/corpora/events-dev").path
        let environment = ["XDG_DATA_HOME": data.path]
        let results = try [0, 1].map { _ in
            try Spawn.start([TmuxSession.binary, "list", "--json", "--corpus", corpus], environment: environment)
        }.map { try $0.wait() }
        for result in results {
            #expect(result.status == 0)
            #expect(!result.stderr.contains("cannot"), "\(result.stderr)")
        }
        #expect(results[0].stdout == results[1].stdout)
        let later = try runHeadless(["list", "--json", "--corpus", corpus], environment: environment)
        #expect(later.stdout == results[0].stdout)
    }

    @Test func aHeadlessCommandShowsProgressOnATerminalOnly() throws {
        let data = storeFolder()
        defer { try? FileManager.default.removeItem(at: data) }
        let corpus = TmuxSession.repository.deletingLastPathComponent().appendingPathComponent("shared/corpora/events-dev").path
        // stdout to a file, stderr to the terminal: the line shows while reading, then goes.
        let output = data.appendingPathComponent("list.txt").path
        try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
        let tmux = try TmuxSession(width: 120, height: 10, command: "'\(TmuxSession.binary)' list --corpus '\(corpus)' > '\(output)'",
                                   environment: ["XDG_DATA_HOME": data.path])
        try tmux.waitFor(text: " files · ")
        let finished = try tmux.waitFor { $0.contains("EXIT=0") }
        #expect(!finished.contains(" files · "), "the progress line is cleared")
        #expect(try String(contentsOfFile: output, encoding: .utf8).split(separator: "\n").count == 382)
        // Piped, nothing but the warnings.
        let piped = try runHeadless(["list", "--no-cache", "--corpus", corpus])
        #expect(!piped.stderr.contains("Reading"))
    }

    @Test func aStoreThatCannotBeWrittenLeavesTheReaderWorking() throws {
        // A store folder under a plain file cannot be made, whoever runs the test (root included).
        let blocker = storeFolder()
        try Data("not a folder".utf8).write(to: blocker)
        defer { try? FileManager.default.removeItem(at: blocker) }
        let tmux = try TmuxSession(width: 140, height: 30, environment: ["XDG_DATA_HOME": blocker.appendingPathComponent("data").path])
        try tmux.waitFor(text: "Reading state cannot be kept: /")
        try tmux.waitFor(text: "All articles · 5 · 1 event")
        try tmux.send("j", "m")
        try tmux.waitFor(text: "Marked read")
        try tmux.send("C-c")
        try tmux.waitFor(text: "EXIT=0")
        let listed = try runHeadless(["list"], environment: ["XDG_DATA_HOME": blocker.appendingPathComponent("data").path])
        #expect(listed.status == 0)
        #expect(listed.stderr.contains("No cache: /"))
    }
}
