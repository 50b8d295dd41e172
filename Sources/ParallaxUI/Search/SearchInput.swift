import ParallaxCore

/// Keys typed into a search line, the corpus search's or the article's `/`: they edit the
/// line (and search again at once) instead of going to the keymap.
enum SearchInput {
    /// The effects of a key taken by a search line, or nil when no line is being typed.
    static func press(_ key: Key, _ state: inout AppState) -> [Effect]? {
        // ^C and ^Z work wherever the keys go.
        if key == .control("c") || key == .control("z") { return nil }
        switch state.screen {
        case .search(var search) where search.editing:
            let effects = corpusLine(key, &search, &state)
            if case .search = state.screen { state.screens[state.screens.count - 1] = .search(search) }
            return effects
        case .reader(var reader):
            guard reader.findInput != nil else { return nil }
            let effects = findLine(key, &reader, &state)
            state.screens[state.screens.count - 1] = .reader(reader)
            return effects
        default:
            return nil
        }
    }

    private static func corpusLine(_ key: Key, _ search: inout SearchState, _ state: inout AppState) -> [Effect] {
        switch key {
        case .escape:
            state.searchHistory.restartWalk()
            state.screens.removeLast()
        case .enter:
            // The results on screen are those of the last query read; a broken line opens none of them.
            if let problem = search.problem {
                state.notice = problem
                return []
            }
            guard search.selectedResult != nil else {
                state.notice = search.problem ?? (search.query.isEmpty ? "Type words to look for" : "No article matches")
                return []
            }
            state.searchHistory.remember(search.editor.text)
            state.screens[state.screens.count - 1] = .search(search)
            SearchActions.openSelected(&state)
            return [.keepSearchHistory(state.searchHistory.entries)]
        case .tab:
            guard !search.results.isEmpty else {
                state.notice = "No results to move to"
                return []
            }
            search.editing = false
        case .control("n"): search.selected = min(search.results.count - 1, search.selected + 1)
        case .control("p"): search.selected = max(0, search.selected - 1)
        case .up, .down:
            let text = key == .up ? state.searchHistory.older(than: search.editor.text) : state.searchHistory.newer()
            guard let text else { return [] }
            search.editor = LineEditor(text)
            search.run(state.searchIndex)
        default:
            let before = search.editor.text
            guard search.editor.edit(key) else { return [] }
            if search.editor.text != before { search.run(state.searchIndex) }
        }
        return []
    }

    private static func findLine(_ key: Key, _ reader: inout ReaderState, _ state: inout AppState) -> [Effect] {
        guard var input = reader.findInput else { return [] }
        let article = state.articles[reader.article]
        switch key {
        case .escape:
            reader.find = input.previousFind
            reader.top = input.previousTop
            reader.findInput = nil
            state.searchHistory.restartWalk()
            return []
        case .enter:
            reader.findInput = nil
            guard input.problem == nil, let find = reader.find, !find.query.isEmpty else {
                reader.find = input.problem == nil ? nil : input.previousFind
                if input.problem != nil { reader.top = input.previousTop }
                state.notice = input.problem
                state.searchHistory.restartWalk()
                return []
            }
            if find.current == nil { state.notice = "No hits for \(find.text)" }
            state.searchHistory.remember(input.editor.text)
            return [.keepSearchHistory(state.searchHistory.entries)]
        case .up, .down:
            let text = key == .up ? state.searchHistory.older(than: input.editor.text) : state.searchHistory.newer()
            guard let text else { return [] }
            input.editor = LineEditor(text)
        default:
            let before = input.editor.text
            guard input.editor.edit(key) else { return [] }
            // A key that only moves the cursor is kept, with nothing to find again.
            guard input.editor.text != before else {
                reader.findInput = input
                return []
            }
        }
        // Find again from where the reader was when `/` was pressed, as it is typed.
        do {
            let query = try QueryParser.parse(input.editor.text, typing: true)
            input.problem = nil
            reader.find = query.isEmpty ? nil : FindState(text: input.editor.text, query: query, in: article)
            reader.top = input.previousTop
            if let find = reader.find, !find.hits.body.isEmpty {
                let first = find.hits.body.firstIndex { (reader.layout.line(ofOffset: $0.lowerBound) ?? 0) >= input.previousTop } ?? 0
                reader.focus(hit: first, height: state.readerRows)
            }
        } catch {
            input.problem = error.description
        }
        reader.findInput = input
        return []
    }
}
