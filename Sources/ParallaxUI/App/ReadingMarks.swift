import ParallaxCore

/// Read, starred and where each article was left: `m` and `*` set them, opening an article
/// reads it, leaving it keeps its place, and every change goes out as a `keepMark` effect.
enum ReadingMarks {
    /// The articles `m` and `*` act on: the library's selected article (all of an event's on its
    /// heading), the open article, the selected search result, the focused column.
    static func targets(_ state: AppState) -> [Int] {
        switch state.screen {
        case .library:
            guard state.library.rows.indices.contains(state.library.selected) else { return [] }
            switch state.library.rows[state.library.selected] {
            case .article(let article, _): return [article]
            case .event(let event): return state.corpus.events[event].articles.compactMap(state.corpus.index(of:))
            }
        case .reader(let reader): return [reader.article]
        case .search(let search): return search.results.indices.contains(search.selected) ? [search.results[search.selected].article] : []
        case .compare(let compare): return [compare.focusedArticle]
        case .statements, .help: return []
        }
    }

    static func toggleRead(_ state: inout AppState) -> [Effect] {
        toggle(\.read, on: "Marked read", off: "Marked unread", &state)
    }

    static func toggleStar(_ state: inout AppState) -> [Effect] {
        toggle(\.starred, on: "Starred", off: "Star removed", &state)
    }

    /// Sets the flag on every target unless all have it already, then clears it on all.
    private static func toggle(_ flag: WritableKeyPath<ReadingMark, Bool>, on: String, off: String, _ state: inout AppState) -> [Effect] {
        let targets = targets(state)
        guard !targets.isEmpty else {
            state.notice = "No article here to mark"
            return []
        }
        let value = !targets.allSatisfy { mark(state, $0)[keyPath: flag] }
        state.notice = targets.count > 1 ? "\(value ? on : off): \(targets.count) articles" : (value ? on : off)
        return targets.compactMap { article in
            change(article, &state) { $0[keyPath: flag] = value }
        }
    }

    static func mark(_ state: AppState, _ article: Int) -> ReadingMark {
        state.marks[state.articles[article].path] ?? ReadingMark()
    }

    /// The open article and its place, when an article is on top.
    struct Open: Equatable {
        let article: Int
        let position: Int?
    }

    static func open(_ state: AppState) -> Open? {
        guard case .reader(let reader) = state.screen else { return nil }
        return Open(article: reader.article, position: reader.layout.offset(ofLine: reader.top))
    }

    /// After a message: an article newly on top is read; the one that was on top keeps its place.
    static func follow(from before: Open?, _ state: inout AppState) -> [Effect] {
        let now = open(state)
        guard before?.article != now?.article else { return [] }
        var effects: [Effect] = []
        if let before, state.articles.indices.contains(before.article) {
            effects += [change(before.article, &state) { $0.position = before.position }].compactMap { $0 }
        }
        if let now {
            effects += [change(now.article, &state) { $0.read = true }].compactMap { $0 }
        }
        return effects
    }

    /// On quitting: the open article keeps its place.
    static func leave(_ state: inout AppState) -> [Effect] {
        guard let open = open(state) else { return [] }
        return [change(open.article, &state) { $0.position = open.position }].compactMap { $0 }
    }

    /// Where an article opened from the library starts: where it was left, else at the top.
    static func resume(_ reader: inout ReaderState, _ state: AppState) {
        guard let offset = mark(state, reader.article).position, let line = reader.layout.line(ofOffset: offset) else { return }
        reader.top = line
    }

    /// Applies a change to an article's mark; the effect that keeps it, nil when nothing changed.
    private static func change(_ article: Int, _ state: inout AppState, _ update: (inout ReadingMark) -> Void) -> Effect? {
        let path = state.articles[article].path
        var mark = state.marks[path] ?? ReadingMark()
        let old = mark
        update(&mark)
        guard mark != old else { return nil }
        state.setMark(mark, path: path)
        return .keepMark(path: path, mark)
    }
}
