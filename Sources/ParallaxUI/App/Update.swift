import ParallaxCore

/// The only place the state changes: a message in, the new state and the effects to run out.
public enum Update {
    public static func update(_ state: inout AppState, _ msg: Msg) -> [Effect] {
        switch msg {
        case .key(let key):
            return press(key, &state)
        case .resize(let width, let height):
            state.width = width
            state.height = height
            state.screens = state.screens.map { screen in
                guard case .reader(var reader) = screen else { return screen }
                reader.relayout(state.articles, width: width)
                return .reader(reader)
            }
            clamp(&state)
            return []
        case .wheel(let lines):
            perform(lines < 0 ? .up : .down, times: abs(lines), &state)
            return []
        case .themeLoaded(let theme, let problem):
            state.theme = theme
            state.notice = problem ?? "Theme: \(theme.name)"
            return []
        }
    }

    private static func press(_ key: Key, _ state: inout AppState) -> [Effect] {
        state.notice = nil
        if state.pendingKeys.isEmpty, case .character(let c) = key, let digit = c.wholeNumberValue,
           c.isASCII, digit > 0 || state.count != nil {
            state.count = min(99_999, (state.count ?? 0) * 10 + digit)
            return []
        }
        state.pendingKeys.append(key)
        switch Keymap.match(state.pendingKeys, scope: scope(of: state.screen)) {
        case .pending:
            return []
        case .none:
            state.pendingKeys = []
            state.count = nil
            return []
        case .action(let action):
            let count = state.count
            state.pendingKeys = []
            state.count = nil
            return perform(action, count: count, &state)
        }
    }

    private static func scope(of screen: AppState.Screen) -> Binding.Scope {
        switch screen {
        case .library: return .library
        case .reader: return .reader
        case .help: return .help
        }
    }

    @discardableResult
    private static func perform(_ action: Action, count: Int? = nil, times: Int? = nil, _ state: inout AppState) -> [Effect] {
        let n = times ?? count ?? 1
        let page = pageHeight(state)
        switch action {
        case .down: move(by: n, &state)
        case .up: move(by: -n, &state)
        case .halfPageDown: move(by: n * max(1, page / 2), &state)
        case .halfPageUp: move(by: -n * max(1, page / 2), &state)
        case .pageDown: move(by: n * max(1, page - 1), &state)
        case .pageUp: move(by: -n * max(1, page - 1), &state)
        case .top: moveTo(count.map { $0 - 1 } ?? 0, &state)
        case .bottom: moveTo(Int.max / 2, &state)
        case .open: open(&state)
        case .back:
            if state.screens.count > 1 { state.screens.removeLast() } else { return [.quit] }
        case .quit: return [.quit]
        case .suspend: return [.suspend]
        case .help:
            if case .help = state.screen { state.screens.removeLast() } else { state.screens.append(.help(scroll: 0)) }
        case .nextTheme:
            let names = state.themeNames
            let next = names.firstIndex(of: state.themeName).map { names[($0 + 1) % names.count] } ?? names.first ?? state.themeName
            state.themeName = next
            return [.loadTheme(next)]
        case .cycleSort:
            let sorts = LibraryState.Sort.allCases
            let next = sorts[(sorts.firstIndex(of: state.library.sort)! + 1) % sorts.count]
            state.library.resort(state.articles, by: next)
            state.notice = "Sorted by \(next.rawValue)"
        case .nextQuote: stepQuote(forward: true, times: n, &state)
        case .previousQuote: stepQuote(forward: false, times: n, &state)
        }
        clamp(&state)
        return []
    }

    static func pageHeight(_ state: AppState) -> Int {
        switch state.screen {
        case .library: return state.libraryRows
        case .reader: return state.readerRows
        case .help: return state.helpRows
        }
    }

    private static func move(by delta: Int, _ state: inout AppState) {
        switch state.screen {
        case .library: state.library.selected += delta
        case .reader(var reader):
            reader.top += delta
            state.screens[state.screens.count - 1] = .reader(reader)
        case .help(let scroll): state.screens[state.screens.count - 1] = .help(scroll: scroll + delta)
        }
    }

    private static func moveTo(_ position: Int, _ state: inout AppState) {
        switch state.screen {
        case .library: state.library.selected = position
        case .reader(var reader):
            reader.top = position
            state.screens[state.screens.count - 1] = .reader(reader)
        case .help: state.screens[state.screens.count - 1] = .help(scroll: position)
        }
    }

    private static func open(_ state: inout AppState) {
        guard case .library = state.screen, state.library.order.indices.contains(state.library.selected) else { return }
        let reader = ReaderState(article: state.library.order[state.library.selected], articles: state.articles, width: state.width)
        state.screens.append(.reader(reader))
    }

    /// Focuses the next or previous quotation and scrolls it into view.
    private static func stepQuote(forward: Bool, times: Int, _ state: inout AppState) {
        guard case .reader(var reader) = state.screen else { return }
        let lines = reader.layout.quoteLines
        guard !lines.isEmpty else {
            state.notice = "No quotations in this article"
            return
        }
        let height = state.readerRows
        var target: Int
        // A focus scrolled out of sight no longer counts: the search starts from the screen.
        if let focused = reader.focusedQuote, (reader.top..<(reader.top + height)).contains(lines[focused]) {
            target = focused + (forward ? times : -times)
        } else if forward {
            target = (lines.firstIndex { $0 >= reader.top } ?? lines.count) + times - 1
        } else {
            target = (lines.lastIndex { $0 < reader.top + height } ?? -1) - times + 1
        }
        guard lines.indices.contains(target) else {
            state.notice = forward ? "No more quotations below" : "No more quotations above"
            return
        }
        reader.focusedQuote = target
        let line = lines[target]
        if line < reader.top || line >= reader.top + height {
            reader.top = max(0, line - height / 3)
        }
        state.screens[state.screens.count - 1] = .reader(reader)
    }

    /// Keeps selections and scroll offsets inside what exists.
    static func clamp(_ state: inout AppState) {
        let rows = state.libraryRows
        var library = state.library
        library.selected = max(0, min(library.selected, library.order.count - 1))
        if library.selected < library.top { library.top = library.selected }
        if library.selected >= library.top + rows { library.top = library.selected - rows + 1 }
        library.top = max(0, min(library.top, max(0, library.order.count - rows)))
        state.library = library
        guard let last = state.screens.indices.last else { return }
        switch state.screens[last] {
        case .library: break
        case .reader(var reader):
            reader.top = max(0, min(reader.top, max(0, reader.layout.lines.count - state.readerRows)))
            state.screens[last] = .reader(reader)
        case .help(let scroll):
            state.screens[last] = .help(scroll: max(0, min(scroll, max(0, HelpView.lines.count - state.helpRows))))
        }
    }
}
