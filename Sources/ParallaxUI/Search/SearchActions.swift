import ParallaxCore

/// What the search keys do: open the corpus search or the article's find line, open a
/// result at its first hit, and step through hits.
enum SearchActions {
    /// `/`: the corpus search from the library (and the views of several articles), the
    /// article's find line in the reader, the query line again from the results.
    static func search(_ state: inout AppState) {
        guard case .reader(var reader) = state.screen else {
            searchCorpus(&state)
            return
        }
        reader.findInput = ReaderState.FindInput(previousFind: reader.find, previousTop: reader.top)
        state.searchHistory.restartWalk()
        state.screens[state.screens.count - 1] = .reader(reader)
    }

    /// `F`: the corpus search from anywhere; on the results, back to the query line.
    static func searchCorpus(_ state: inout AppState) {
        if case .search(var search) = state.screen {
            search.editing = true
            state.screens[state.screens.count - 1] = .search(search)
        } else {
            state.screens.append(.search(SearchState()))
        }
        state.searchHistory.restartWalk()
    }

    /// Enter on a result: its article, every hit highlighted, at the first hit in the text.
    static func openSelected(_ state: inout AppState) {
        guard case .search(let search) = state.screen, let result = search.selectedResult else { return }
        var reader = ReaderState(article: result.article, articles: state.articles, width: state.width)
        reader.find = FindState(text: search.editor.text, query: search.query, in: state.articles[result.article])
        reader.focus(hit: 0, height: state.readerRows)
        state.screens.append(.reader(reader))
    }

    /// `n`/`N`: the next or previous hit, from the current one while it is on screen, else from
    /// the screen; past the last it wraps to the first, and says so.
    static func stepHit(forward: Bool, times: Int, _ state: inout AppState) {
        guard case .reader(var reader) = state.screen else { return }
        guard let find = reader.find else {
            state.notice = "No search here: / finds in this article"
            return
        }
        let hits = find.hits.body
        guard !hits.isEmpty else {
            state.notice = "No hits for \(find.text) in the text"
            return
        }
        let height = state.readerRows
        let lines = hits.map { reader.layout.line(ofOffset: $0.lowerBound) ?? 0 }
        var target = StepTarget.index(lines: lines, focused: find.current, top: reader.top, height: height, forward: forward, times: times)
        if !hits.indices.contains(target) {
            target = ((target % hits.count) + hits.count) % hits.count
            state.notice = forward ? "Search wrapped to the first hit" : "Search wrapped to the last hit"
        }
        reader.focus(hit: target, height: height)
        state.screens[state.screens.count - 1] = .reader(reader)
    }
}
