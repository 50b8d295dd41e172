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
        for (keys, summary) in searchLineKeys { lines.append(("  " + DisplayWidth.pad(keys, to: 16) + summary, false)) }
        lines.append(("", false))
        lines.append(("Words must all match; \"a phrase\"; -word leaves out. Filters: outlet:cnn", false))
        lines.append(("speaker:trump in:quotes in:title date:2025-06 (or FROM..TO) event:ID.", false))
        lines.append(("A count before a key repeats it: 5j, 3]q. The mouse wheel scrolls.", false))
        return lines
    }()

    /// The keys a search line takes, which edit text rather than go to the keymap.
    static let searchLineKeys = [
        ("Enter", "open the selected result; in an article, keep the find"),
        ("↑ ↓", "earlier and later searches, kept across runs"),
        ("^N ^P", "select the next or previous result"),
        ("Tab", "move to the results (Tab or / comes back)"),
        ("Esc", "back to where you were"),
        ("← → ^A ^E", "move in the line; ^W ^U ^K delete"),
    ]

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
