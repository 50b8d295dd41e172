import ParallaxCore

/// The only place the state changes: a message in, the new state and the effects to run out.
public enum Update {
    public static func update(_ state: inout AppState, _ msg: Msg) -> [Effect] {
        let before = ReadingMarks.open(state)
        var effects = handle(msg, &state)
        effects += ReadingMarks.follow(from: before, &state)
        if effects.contains(.quit) { effects = ReadingMarks.leave(&state) + effects }
        return effects
    }

    private static func handle(_ msg: Msg, _ state: inout AppState) -> [Effect] {
        switch msg {
        case .key(let key):
            return press(key, &state)
        case .resize(let width, let height):
            state.width = width
            state.height = height
            relayout(&state)
            clamp(&state)
            return []
        case .wheel(let lines):
            perform(lines < 0 ? .up : .down, times: abs(lines), &state)
            return []
        case .themeLoaded(let theme, let problem):
            state.theme = theme
            state.notice = problem ?? "Theme: \(theme.name)"
            return []
        case .corpusReloaded(let corpus, let index, let notice):
            state.replace(corpus, index: index)
            state.notice = notice
            clamp(&state)
            return []
        case .corpusLoading(let corpus, let progress):
            state.loading = progress
            state.fillIn(corpus, index: nil)
            clamp(&state)
            return []
        case .marksRead(let marks):
            state.mergeMarks(marks)
            return []
        case .corpusLoaded(let corpus, let index, let notice):
            state.loading = nil
            state.fillIn(corpus, index: index)
            // Open articles now know their shared quotations.
            relayout(&state)
            if let notice { state.notice = notice }
            clamp(&state)
            return []
        }
    }

    /// Lays every screen out again, for a new width or a new reading of the corpus.
    private static func relayout(_ state: inout AppState) {
        let corpus = state.corpus
        let width = state.width
        state.screens = state.screens.map { screen in
            switch screen {
            case .reader(var reader):
                reader.relayout(corpus.articles, width: width)
                return .reader(reader)
            case .compare(var compare):
                compare.relayout(corpus, width: width)
                return .compare(compare)
            case .statements(var statements):
                statements.relayout(corpus, width: width)
                return .statements(statements)
            case .library, .search, .help: return screen
            }
        }
    }

    private static func press(_ key: Key, _ state: inout AppState) -> [Effect] {
        state.notice = nil
        if state.pendingKeys.isEmpty, let effects = SearchInput.press(key, &state) {
            clamp(&state)
            return effects
        }
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
        case .compare: return .compare
        case .statements: return .statements
        case .search: return .search
        case .help: return .help
        }
    }

    @discardableResult
    private static func perform(_ action: Action, count: Int? = nil, times: Int? = nil, _ state: inout AppState) -> [Effect] {
        let n = times ?? count ?? 1
        let page = pageHeight(state)
        if let loading = state.loading, needsWholeCorpus(action) {
            state.notice = "Still reading the articles (\(loading.done) of \(loading.total)); that works once they are all read"
            return []
        }
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
        case .reload:
            state.notice = "Reading the files again…"
            return [.reload]
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
            state.library.resort(state.corpus, by: next)
            state.notice = "Sorted by \(next.rawValue)"
        case .nextQuote: stepQuote(forward: true, times: n, &state)
        case .previousQuote: stepQuote(forward: false, times: n, &state)
        case .nextOutlet: EventNavigation.stepOutlet(by: n, &state)
        case .previousOutlet: EventNavigation.stepOutlet(by: -n, &state)
        case .sideBySide: EventNavigation.sideBySide(&state)
        case .statements: EventNavigation.statements(&state)
        case .switchColumn: EventNavigation.switchColumn(&state)
        case .nextDifference: EventNavigation.stepDifference(forward: true, times: n, &state)
        case .previousDifference: EventNavigation.stepDifference(forward: false, times: n, &state)
        case .search: SearchActions.search(&state)
        case .searchCorpus: SearchActions.searchCorpus(&state)
        case .nextHit: SearchActions.stepHit(forward: true, times: n, &state)
        case .previousHit: SearchActions.stepHit(forward: false, times: n, &state)
        case .toggleRead: return ReadingMarks.toggleRead(&state)
        case .toggleStar: return ReadingMarks.toggleStar(&state)
        }
        clamp(&state)
        return []
    }

    /// Search, events and reading the files again need every article read and analysed.
    private static func needsWholeCorpus(_ action: Action) -> Bool {
        switch action {
        case .search, .searchCorpus, .nextOutlet, .previousOutlet, .sideBySide, .statements, .reload: return true
        default: return false
        }
    }

    static func pageHeight(_ state: AppState) -> Int {
        switch state.screen {
        case .library: return state.libraryRows
        case .reader, .compare, .statements: return state.readerRows
        case .search: return state.searchResultRows
        case .help: return state.helpRows
        }
    }

    private static func move(by delta: Int, _ state: inout AppState) {
        move(&state) { $0 + delta }
    }

    private static func moveTo(_ position: Int, _ state: inout AppState) {
        move(&state) { _ in position }
    }

    /// Changes the screen's position (the library's and the lists' selection, the others' scroll);
    /// `clamp` keeps it inside what exists.
    private static func move(_ state: inout AppState, _ change: (Int) -> Int) {
        let last = state.screens.count - 1
        switch state.screen {
        case .library: state.library.selected = change(state.library.selected)
        case .reader(var reader):
            reader.top = change(reader.top)
            state.screens[last] = .reader(reader)
        case .compare(var compare):
            compare.top = change(compare.top)
            state.screens[last] = .compare(compare)
        case .statements(var statements):
            statements.selected = change(statements.selected)
            state.screens[last] = .statements(statements)
        case .search(var search):
            search.selected = change(search.selected)
            state.screens[last] = .search(search)
        case .help(let scroll): state.screens[last] = .help(scroll: change(scroll))
        }
    }

    /// The library's selected article; a quotation from the event's list, at that quotation;
    /// from side by side, the focused column's article at the passage on screen.
    private static func open(_ state: inout AppState) {
        switch state.screen {
        case .library:
            guard let article = state.library.selectedArticle(in: state.corpus) else { return }
            var reader = ReaderState(article: article, articles: state.articles, width: state.width)
            ReadingMarks.resume(&reader, state)
            state.screens.append(.reader(reader))
        case .statements(let statements):
            guard let entry = statements.selectedEntry else { return }
            var reader = ReaderState(article: entry.article, articles: state.articles, width: state.width)
            reader.focus(quotation: entry.quotation, height: state.readerRows)
            state.screens.append(.reader(reader))
        case .compare(let compare):
            var reader = ReaderState(article: compare.focusedArticle, articles: state.articles, width: state.width)
            if let row = compare.layout.row(atLine: compare.top + 1),
               let passage = compare.focusedPassage(row: row),
               let line = reader.layout.firstLine(ofBlock: passage.block) {
                reader.top = line
            }
            state.screens.append(.reader(reader))
        case .search: SearchActions.openSelected(&state)
        case .reader, .help: break
        }
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
        let target = StepTarget.index(lines: lines, focused: reader.focusedQuote, top: reader.top, height: height, forward: forward, times: times)
        guard lines.indices.contains(target) else {
            state.notice = forward ? "No more quotations below" : "No more quotations above"
            return
        }
        reader.focus(quotation: target, height: height)
        state.screens[state.screens.count - 1] = .reader(reader)
    }

    /// Keeps selections and scroll offsets inside what exists.
    static func clamp(_ state: inout AppState) {
        let rows = state.libraryRows
        var library = state.library
        library.selected = max(0, min(library.selected, library.rows.count - 1))
        if library.selected < library.top { library.top = library.selected }
        if library.selected >= library.top + rows { library.top = library.selected - rows + 1 }
        library.top = max(0, min(library.top, max(0, library.rows.count - rows)))
        state.library = library
        guard let last = state.screens.indices.last else { return }
        switch state.screens[last] {
        case .library: break
        case .reader(var reader):
            reader.top = max(0, min(reader.top, max(0, reader.layout.lines.count - state.readerRows)))
            state.screens[last] = .reader(reader)
        case .compare(var compare):
            compare.top = max(0, min(compare.top, max(0, compare.layout.lines.count - state.readerRows)))
            state.screens[last] = .compare(compare)
        case .statements(var statements):
            let entries = statements.layout.entryLines
            statements.selected = max(0, min(statements.selected, entries.count - 1))
            // The selected wording in view, with its outlet line.
            if entries.indices.contains(statements.selected) {
                let line = entries[statements.selected]
                if line < statements.top { statements.top = max(0, line - 2) }
                if line + 2 >= statements.top + state.readerRows { statements.top = line + 3 - state.readerRows }
            }
            statements.top = max(0, min(statements.top, max(0, statements.layout.lines.count - state.readerRows)))
            state.screens[last] = .statements(statements)
        case .search(var search):
            let rows = state.searchResultRows
            search.selected = max(0, min(search.selected, search.results.count - 1))
            if search.selected < search.top { search.top = search.selected }
            if search.selected >= search.top + rows { search.top = search.selected - rows + 1 }
            search.top = max(0, min(search.top, max(0, search.results.count - rows)))
            state.screens[last] = .search(search)
        case .help(let scroll):
            state.screens[last] = .help(scroll: max(0, min(scroll, max(0, HelpView.lines.count - state.helpRows))))
        }
    }
}
