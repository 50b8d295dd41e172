import Foundation
import Testing

/// The real binary in tmux (LANG=C.UTF-8, TERM=tmux-256color), one session per test.
@Suite(.serialized) struct ReaderEndToEndTests {
    @Test func openReadQuotationHelpAndQuit() throws {
        let tmux = try TmuxSession()
        try tmux.waitFor(text: "All articles · 5")
        try tmux.send("j", "j", "j", "Enter")
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
        try tmux.send("j", "j", "j", "Enter")
        try tmux.waitFor(text: "(CNN) — President Donald Trump")
        try tmux.resize(width: 50, height: 20)
        // At 50 columns the lead paragraph wraps at 46 (the measure less the margins).
        try tmux.waitFor(text: "  (CNN) — President Donald Trump called for\n  Immigration and Customs Enforcement to expand")
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

    /// A hangup, and a crash as the kernel would signal one: each ends the reader with the
    /// signal's status and leaves the terminal as it was.
    @Test(arguments: [(SIGHUP, "EXIT=129"), (SIGSEGV, "EXIT=139"), (SIGABRT, "EXIT=134")])
    func signalsGiveTheTerminalBack(signal: Int32, status: String) throws {
        let tmux = try TmuxSession(command: "sh -c 'echo $$ > \"$0\"; exec \"$1\"' PIDFILE '\(TmuxSession.binary)'")
        try tmux.waitFor(text: "All articles · 5")
        let pid = try #require(Int32(String(contentsOfFile: tmux.pidFile, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)))
        kill(pid, signal)
        let screen = try tmux.waitFor { $0.contains("EXIT=") && $0.contains("MODES:") }
        #expect(screen.contains(status))
        #expect(screen.contains("MODES: icanon echo"))
        #expect(!screen.contains("All articles"))
    }

    @Test func noColorKeepsAttributesOnly() throws {
        let tmux = try TmuxSession(environment: ["NO_COLOR": "1"])
        try tmux.waitFor(text: "All articles · 5")
        try tmux.send("j", "j", "j", "Enter", "]", "q")
        let styled = try tmux.waitFor(styles: true) { $0.contains("1/10") }
        #expect(!styled.contains("38;5;") && !styled.contains("48;5;"), "no colour at all")
        #expect(styled.contains("\u{1B}[1m"), "bold still marks what the theme makes bold")
    }

    @Test func brokenConfigIsNamedInTheStatusBar() throws {
        let tmux = try TmuxSession()
        let folder = tmux.configHome.appendingPathComponent("parallax")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data("theme = [".utf8).write(to: folder.appendingPathComponent("config.toml"))
        let restarted = try TmuxSession(environment: ["XDG_CONFIG_HOME": tmux.configHome.path])
        try restarted.waitFor(text: "config.toml: not valid TOML; settings not read")
        try restarted.waitFor(text: "All articles · 5")
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
        let unknownQuotes = try runHeadless(["quotes", "nope"])
        #expect(unknownQuotes.status != 0)
        #expect(unknownQuotes.stderr.contains("no article with id 'nope'"))
        let all = try runHeadless(["quotes", "--json"])
        #expect((try JSONSerialization.jsonObject(with: Data(all.stdout.utf8)) as? [Any])?.count == 27)
    }

    @Test func showPrintsTheArticleAsTextAndJSON() throws {
        let text = try runHeadless(["show", "001_82ecee7896fe8ae3"], environment: ["COLUMNS": "80"])
        let lines = text.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[2] == "CNN · by Samantha Waldenberg · 2025-06-16", "after the headline, wrapped")
        #expect(lines.contains("-- CNN’s Priscilla Alvarez and Michael Williams contributed to this post."))
        #expect(lines.allSatisfy { $0.count <= 80 })
        let json = try runHeadless(["show", "002_1edcb61c0a38f07f", "--json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        for key in ["id", "path", "outlet", "date", "byline", "title", "words", "quotes", "event", "url", "title_derived", "paragraphs", "blocks"] {
            #expect(object.keys.contains(key), "show --json has \(key)")
        }
        #expect((object["blocks"] as? [[String: Any]])?.contains { $0["kind"] as? String == "label" } == true)
    }

    @Test func articleControlCharactersNeverReachTheTerminal() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("evil-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("Evil \u{1B}]0;owned\u{07} title \u{1B}[2J here.".utf8).write(to: folder.appendingPathComponent("evil.txt"))
        try Data([0x41, 0x00, 0x1B]).write(to: folder.appendingPathComponent("bad\u{1B}[31m.bin"))
        for command in [["list"], ["show", "evil"], ["quotes"]] {
            let result = try runHeadless(command + ["--corpus", folder.path])
            #expect(!result.stdout.unicodeScalars.contains("\u{1B}"), "\(command) stdout")
            #expect(!result.stderr.unicodeScalars.contains("\u{1B}"), "\(command) stderr")
        }
        let warned = try runHeadless(["list", "--corpus", folder.path])
        #expect(warned.stderr.contains("bad␛[31m.bin: binary data, not text"))
        let show = try runHeadless(["show", "evil", "--corpus", folder.path])
        #expect(show.stdout.contains("Evil ␛]0;owned␇ title ␛[2J here."))
    }

    @Test func repeatedCorpusOptionsAddUp() throws {
        let one = TmuxSession.repository.appendingPathComponent("seeds/000_86e578abbd8c9ef9.txt").path
        let two = TmuxSession.repository.appendingPathComponent("seeds/004_b6dc635e84ed2626.txt").path
        let result = try runHeadless(["list", "--json", "--corpus", one, "--corpus", two])
        let records = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]]
        #expect(records?.compactMap { $0["id"] as? String } == ["000_86e578abbd8c9ef9", "004_b6dc635e84ed2626"])
    }
}
