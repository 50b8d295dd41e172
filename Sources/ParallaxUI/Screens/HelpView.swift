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
        lines.append(("A count before a key repeats it: 5j, 3]q. The mouse wheel scrolls.", false))
        return lines
    }()

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
