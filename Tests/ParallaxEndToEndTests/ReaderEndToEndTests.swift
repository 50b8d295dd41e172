import Foundation
import Testing

/// The real binary in tmux (LANG=C.UTF-8, TERM=tmux-256color), one session per test.
@Suite(.serialized) struct ReaderEndToEndTests {
    @Test func openReadQuotationHelpAndQuit() throws {
        let tmux = try TmuxSession()
        try tmux.waitFor(text: "All articles · 5")
        try tmux.send("j", "j", "Enter")
        try tmux.waitFor(text: "CNN · by Samantha Waldenberg · 2025-06-16")
        try tmux.send("]", "q")
        // The focused quotation is drawn on the theme's gold background (256-colour index 214).
        let styled = try tmux.waitFor(styles: true) { $0.contains("48;5;214m“do all in their power”") }
        #expect(styled.contains("38;5;214m“ICE Officers are herewith ordered"), "other quotations are highlighted too")
        try tmux.waitFor(text: "1/10  Donald Trump: “do all in their power”")
        try tmux.send("?")
        try tmux.waitFor(text: "Parallax keys")
        try tmux.send("q")
        try tmux.waitFor(text: "1/10  Donald Trump")
        try tmux.send("q")
        try tmux.waitFor(text: "All articles · 5")
        try tmux.send("q")
        let after = try tmux.waitFor { $0.contains("EXIT=0") && $0.contains("MODES:") }
        #expect(!after.contains("All articles"), "the reader's screen is gone")
        #expect(after.contains("MODES: icanon echo"), "the terminal's modes are restored")
    }

    @Test func themeSwitchIsKeptInTheConfig() throws {
        let tmux = try TmuxSession()
        try tmux.waitFor(text: "All articles · 5")
        try tmux.send("t")
        try tmux.waitFor(text: "Theme: high-contrast")
        let config = try String(contentsOf: tmux.configHome.appendingPathComponent("parallax/config.toml"), encoding: .utf8)
        #expect(config.contains("theme = 'high-contrast'"))
        try tmux.send("q")
        try tmux.waitFor(text: "EXIT=0")
    }

    @Test func themeFlagAndBrokenTheme() throws {
        let mono = try TmuxSession(command: "'\(TmuxSession.binary)' --theme mono")
        try mono.waitFor(text: "All articles · 5")
        let styled = try mono.screen(styles: true)
        #expect(!styled.contains("38;5;"), "the monochrome theme uses no colour")
        let broken = FileManager.default.temporaryDirectory.appendingPathComponent("broken-\(UUID().uuidString).toml")
        try Data("[roles\n".utf8).write(to: broken)
        defer { try? FileManager.default.removeItem(at: broken) }
        let tmux = try TmuxSession(command: "'\(TmuxSession.binary)' --theme '\(broken.path)'")
        try tmux.waitFor(text: "not valid TOML (line 1); using t")
        try tmux.waitFor(text: "All articles · 5")
    }

    @Test func resizeReflowsAtOnce() throws {
        let tmux = try TmuxSession(width: 100, height: 30)
        try tmux.waitFor(text: "All articles · 5")
        try tmux.send("j", "j", "Enter")
        try tmux.waitFor(text: "(CNN) — President Donald Trump")
        try tmux.resize(width: 50, height: 20)
        let narrow = try tmux.waitFor { screen in
            screen.split(separator: "\n").allSatisfy { $0.count <= 50 } && screen.contains("(CNN) — President Donald Trump")
        }
        #expect(narrow.contains("CNN · by Samantha Waldenberg"))
        try tmux.resize(width: 30, height: 8)
        try tmux.waitFor(text: "Terminal too small")
        try tmux.resize(width: 100, height: 30)
        try tmux.waitFor(text: "CNN · by Samantha Waldenberg")
    }

    @Test func controlCAndTerminateGiveTheTerminalBack() throws {
        let tmux = try TmuxSession()
        try tmux.waitFor(text: "All articles · 5")
        try tmux.send("C-c")
        try tmux.waitFor(text: "EXIT=0")
        let killed = try TmuxSession(command: "sh -c 'echo $$ > \"$0\"; exec \"$1\"' PIDFILE '\(TmuxSession.binary)'")
        try killed.waitFor(text: "All articles · 5")
        let pid = try #require(Int32(String(contentsOfFile: killed.pidFile, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)))
        kill(pid, SIGTERM)
        let screen = try killed.waitFor { $0.contains("EXIT=") && $0.contains("MODES:") }
        #expect(screen.contains("EXIT=143"), "SIGTERM ends it as SIGTERM would")
        #expect(screen.contains("MODES: icanon echo"), "and the terminal is restored")
    }

    @Test func controlZSuspendsAndFgResumes() throws {
        let tmux = try TmuxSession(command: "bash --norc -i")
        try tmux.send("'\(TmuxSession.binary)'", "Enter")
        try tmux.waitFor(text: "All articles · 5")
        try tmux.send("C-z")
        try tmux.waitFor { $0.contains("Stopped") }
        try tmux.send("fg", "Enter")
        try tmux.waitFor(text: "All articles · 5")
        try tmux.send("q")
        try tmux.waitFor { !$0.contains("All articles") }
    }

    @Test func unknownTerminalFallsBackAndDumbTerminalSaysSo() throws {
        let unknown = try TmuxSession(environment: ["TERM": "no-such-terminal"])
        try unknown.waitFor(text: "All articles · 5")
        let dumb = try TmuxSession(environment: ["TERM": "dumb"])
        try dumb.waitFor(text: "cannot show the reader")
        try dumb.waitFor(text: "EXIT=1")
    }

    @Test func outputThatIsNotATerminal() throws {
        let result = try runHeadless([])
        #expect(result.status == 1)
        #expect(result.stderr.contains("must be a terminal"))
        #expect(result.stderr.contains("parallax list"))
        #expect(result.stderr.split(separator: "\n").count == 1, "one line")
    }

    @Test func headlessCommandsPrintTextAndJSON() throws {
        let list = try runHeadless(["list", "--json"])
        #expect(list.status == 0)
        let records = try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [[String: Any]]
        #expect(records?.count == 5)
        let text = try runHeadless(["quotes", "004_b6dc635e84ed2626"], environment: ["COLUMNS": "100"])
        #expect(text.stdout.contains("the Adams spokeswoman"))
        #expect(text.stdout.split(separator: "\n").allSatisfy { $0.count <= 100 })
        let missing = try runHeadless(["show", "nope"])
        #expect(missing.status != 0)
        #expect(missing.stderr.contains("no article with id 'nope'"))
    }
}
