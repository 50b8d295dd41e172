import Foundation
import Testing

/// The event's outlets in the real binary: side by side, J across outlets, the quotations view.
@Suite(.serialized) struct EventEndToEndTests {
    @Test func sideBySideDifferencesAndBack() throws {
        let tmux = try TmuxSession(width: 160, height: 40)
        try tmux.waitFor(text: "1 event reported by several outlets")
        try tmux.send("j", "s")
        try tmux.waitFor(text: "same ·")
        let screen = try tmux.screen()
        #expect(screen.contains(" = "), "a shared passage is marked in the gutter")
        try tmux.send("]", "c")
        try tmux.waitFor(text: "difference 1/")
        try tmux.send("Tab", "J")
        try tmux.waitFor(text: "on this event")
        try tmux.send("q")
        try tmux.waitFor(text: "All articles · 5")
        try tmux.send("q")
        try tmux.waitFor(text: "EXIT=0")
    }

    @Test func quotationsOfTheEventOpenInTheirArticle() throws {
        let tmux = try TmuxSession(width: 120, height: 40)
        try tmux.waitFor(text: "All articles · 5")
        try tmux.send("Q")
        try tmux.waitFor(text: "statements shared by outlets")
        try tmux.send("Enter")
        try tmux.waitFor(text: "1/")
        try tmux.send("J")
        try tmux.waitFor(text: "outlet 2 of 5 on this event")
        try tmux.send("q", "q", "q")
        try tmux.waitFor(text: "EXIT=0")
    }

    @Test func eventsAndCompareCommands() throws {
        let events = try runHeadless(["events", "--json"])
        #expect(events.status == 0)
        let parsed = try JSONSerialization.jsonObject(with: Data(events.stdout.utf8)) as? [[String: Any]]
        #expect(parsed?.count == 1)
        #expect((parsed?.first?["articles"] as? [String])?.count == 5)
        let compare = try runHeadless(["compare", "000_86e578abbd8c9ef9", "001_82ecee7896fe8ae3", "--json"])
        let record = try JSONSerialization.jsonObject(with: Data(compare.stdout.utf8)) as? [String: Any]
        let rows = record?["rows"] as? [[String: Any]] ?? []
        #expect(rows.filter { $0["match"] as? String == "same" }.count >= 2)
        let missing = try runHeadless(["compare", "000_86e578abbd8c9ef9", "nope"])
        #expect(missing.status != 0)
        #expect(missing.stderr.contains("no article with id 'nope'"))
    }
}
