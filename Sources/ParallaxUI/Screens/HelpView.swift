/// The keys, drawn from the keymap table itself.
public enum HelpView {
    /// Help lines: a heading per scope, then a line per binding.
    static let lines: [(text: String, isHeading: Bool)] = {
        var lines: [(String, Bool)] = []
        for scope in Binding.Scope.allCases {
            let bindings = Keymap.bindings.filter { $0.scope == scope }
            guard !bindings.isEmpty else { continue }
            if !lines.isEmpty { lines.append(("", false)) }
            lines.append((scope.rawValue, true))
            for binding in bindings {
                lines.append(("  " + DisplayWidth.pad(binding.label, to: 16) + binding.summary, false))
            }
        }
        lines.append(("", false))
        lines.append(("In a search line", true))
        for key in searchLineKeys { lines.append(("  " + DisplayWidth.pad(key.keys, to: 16) + key.summary, false)) }
        lines.append(("", false))
        lines.append(("Words must all match; \"a phrase\"; -word leaves out. Filters: outlet:cnn", false))
        lines.append(("speaker:trump in:quotes in:title date:2025-06 (or FROM..TO) event:ID.", false))
        lines.append(("A count before a key repeats it: 5j, 3]q. The mouse wheel scrolls.", false))
        return lines
    }()

    /// The keys a search line takes, which edit text rather than go to the keymap; with a word
    /// for the search screen's status bar where it offers them.
    static let searchLineKeys: [(keys: String, hint: String?, summary: String)] = [
        ("Enter", "open", "open the selected result; in an article, keep the find"),
        ("↑ ↓", "history", "earlier and later searches, kept across runs"),
        ("^N ^P", "choose", "select the next or previous result"),
        ("Tab", "results", "move to the results (Tab or / comes back)"),
        ("Esc", "back", "back to where you were"),
        ("← → ^A ^E", nil, "move in the line; ^W ^U ^K delete"),
    ]

    /// "Enter open  ↑ ↓ history  …": the search line's keys for a status bar.
    static var searchLineHints: String {
        searchLineKeys.compactMap { key in key.hint.map { "\(key.keys) \($0)" } }.joined(separator: "  ")
    }

    static func render(_ state: AppState, scroll: Int, into grid: inout Grid) {
        grid.put(" Parallax keys", x: 0, y: 0, role: .title)
        let left = max(2, (state.width - 72) / 2)
        for row in 0..<state.helpRows {
            let index = scroll + row
            guard lines.indices.contains(index) else { break }
            grid.put(lines[index].text, x: left, y: row + 1, role: lines[index].isHeading ? .heading : .text)
        }
        StatusBar.render(left: Keymap.hints(for: .help), right: "", state: state, into: &grid)
    }
}
