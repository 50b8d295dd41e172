import Foundation
import Testing

/// Search in the real binary: results as keys are typed, hits walked, history kept across runs.
@Suite(.serialized) struct SearchEndToEndTests {
    @Test func typeOpenWalkHitsAndComeBack() throws {
        let tmux = try TmuxSession(width: 120, height: 30)
        try tmux.waitFor(text: "All articles · 5")
        try tmux.send("/", "Bovi")
        try tmux.waitFor(text: "1 article")
        try tmux.send("Enter")
        try tmux.waitFor(text: "1/2  /Bovi")
        try tmux.send("n")
        try tmux.waitFor(text: "2/2  /Bovi")
        try tmux.send("Escape")
        try tmux.waitFor(text: "/ Bovi")
        try tmux.send("Escape")
        try tmux.waitFor(text: "All articles · 5")
        try tmux.send("q")
        try tmux.waitFor(text: "EXIT=0")
        let kept = try String(contentsOf: tmux.configHome.appendingPathComponent("parallax/search_history"), encoding: .utf8)
        #expect(kept == "Bovi\n")
    }

    @Test func historyComesBackInTheNextRun() throws {
        // A history left by an earlier run, one line of it with an escape sequence that must not reach the terminal.
        let state = FileManager.default.temporaryDirectory.appendingPathComponent("parallax-state-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: state) }
        let folder = state.appendingPathComponent("parallax")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data("\u{1B}[2J bad line\nfarmers\n".utf8).write(to: folder.appendingPathComponent("search_history"))
        let tmux = try TmuxSession(width: 100, height: 30, environment: ["XDG_STATE_HOME": state.path])
        try tmux.waitFor(text: "All articles · 5")
        try tmux.send("/", "Up")
        try tmux.waitFor(text: "2 articles")
        #expect(try tmux.screen().contains("/ farmers"))
        try tmux.send("C-u", "\"No Kings")
        try tmux.waitFor(text: "unclosed quote (column 1)")
        try tmux.send("C-c")
        try tmux.waitFor(text: "EXIT=0")
    }

    @Test func searchCommandJSON() throws {
        let run = try runHeadless(["search", "--json", "in:quotes farmers"])
        #expect(run.status == 0)
        let records = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]])
        #expect(records.count == 1)
        #expect((records.first?["article"] as? String)?.hasPrefix("001") == true)
        #expect(records.first?["score"] is Double)
        #expect((records.first?["snippet"] as? String)?.contains("Farmers") == true)
        let hits = try #require(records.first?["hits"] as? [[String: Any]])
        #expect(hits.map { ($0["text"] as? String)?.lowercased() } == ["farmers", "farmers"])
        #expect(hits.allSatisfy { $0["field"] as? String == "text" && $0["start"] is Int && $0["end"] is Int })
    }

    @Test func aBadQueryIsOneClearError() throws {
        let run = try runHeadless(["search", "\"No Kings"])
        #expect(run.status != 0)
        #expect(run.stderr.contains("unclosed quote (column 1)"))
        let nothing = try runHeadless(["search", "zzzzqx"])
        #expect(nothing.status == 0)
        #expect(nothing.stdout.isEmpty)
        #expect(nothing.stderr.contains("no article matches zzzzqx"))
    }
}

/// R reads the folder again: a file added while the reader is open is found by search.
@Suite struct ReloadEndToEndTests {
    @Test func aFileAddedWhileOpenIsFoundAfterR() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("parallax-reload-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let seed = TmuxSession.repository.appendingPathComponent("seeds/001_82ecee7896fe8ae3.txt")
        try FileManager.default.copyItem(at: seed, to: folder.appendingPathComponent("001.txt"))
        let tmux = try TmuxSession(width: 120, height: 30, command: "'\(TmuxSession.binary)' '\(folder.path)'")
        try tmux.waitFor(text: "All articles · 1")
        try Data("---\ntitle: Aardvarks return\n---\nThe aardvarks came back to the zoo.\n".utf8)
            .write(to: folder.appendingPathComponent("zoo.md"))
        try tmux.send("R")
        try tmux.waitFor(text: "Read again: 1 added, none changed, none removed")
        try tmux.send("/", "aardvark")
        try tmux.waitFor(text: "1 article")
        #expect(try tmux.screen().contains("Aardvarks return"))
        try tmux.send("C-c")
        try tmux.waitFor(text: "EXIT=0")
    }
}
