/// Draws the whole state into a grid: the screen on top of the stack, or a notice when the
/// terminal is too small to use.
public enum View {
    public static func render(_ state: AppState) -> Grid {
        var grid = Grid(width: state.width, height: state.height)
        guard !state.isTooSmall else {
            drawTooSmall(state, &grid)
            return grid
        }
        switch state.screen {
        case .library: LibraryView.render(state, into: &grid)
        case .reader(let reader): ReaderView.render(state, reader, into: &grid)
        case .compare(let compare): CompareView.render(state, compare, into: &grid)
        case .statements(let statements): StatementsView.render(state, statements, into: &grid)
        case .help(let scroll): HelpView.render(state, scroll: scroll, into: &grid)
        }
        return grid
    }

    private static func drawTooSmall(_ state: AppState, _ grid: inout Grid) {
        let lines = ["Terminal too small", "\(state.width)×\(state.height): Parallax needs \(AppState.minimumWidth)×\(AppState.minimumHeight)",
                     "Enlarge the window to go on"]
        let top = max(0, (state.height - lines.count) / 2)
        for (offset, line) in lines.enumerated() {
            let x = max(0, (state.width - DisplayWidth.of(line)) / 2)
            grid.put(line, x: x, y: top + offset, role: offset == 0 ? .error : .text)
        }
    }
}

/// The bottom line: what the screen is, the keys that matter, and where the reader is.
enum StatusBar {
    static func render(left: String, right: String, state: AppState, into grid: inout Grid) {
        let y = state.height - 1
        grid.fill(x: 0, y: y, width: state.width, role: .statusBar)
        let rightWidth = DisplayWidth.of(right)
        let room = max(0, state.width - rightWidth - 3)
        if let notice = state.notice {
            grid.put(" " + notice, x: 0, y: y, role: .statusBar, limit: room)
        } else {
            grid.put(" " + DisplayWidth.truncate(left, to: room - 1), x: 0, y: y, role: .statusBar, limit: room)
        }
        grid.put(right, x: max(0, state.width - rightWidth - 1), y: y, role: .statusBar)
    }
}
