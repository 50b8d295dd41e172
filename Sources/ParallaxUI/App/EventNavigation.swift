import ParallaxCore

/// Moving across the outlets of one event: J and K, the side-by-side view and the event's quotations.
enum EventNavigation {
    /// J/K: the library selects, the reader opens, and side by side the column after the focused
    /// one shows, the event's next or previous outlet.
    static func stepOutlet(by step: Int, _ state: inout AppState) {
        let corpus = state.corpus
        switch state.screen {
        case .library:
            guard let article = state.library.selectedArticle(in: corpus), let target = neighbour(of: article, by: step, &state) else { return }
            state.library.select(article: target)
        case .reader(let reader):
            guard let target = neighbour(of: reader.article, by: step, &state) else { return }
            var next = ReaderState(article: target, articles: corpus.articles, width: state.width)
            // A search being read carries over: its hits are shown in the next outlet too.
            next.find = reader.find.map { FindState(text: $0.text, query: $0.query, in: corpus.articles[target]) }
            // Land at the passage aligned with the paragraph being read.
            if let block = reader.layout.lines.indices.contains(reader.top) ? reader.layout.lines[reader.top].block : nil,
               let passage = alignedPassage(from: reader.article, block: block, to: target, corpus),
               let line = next.layout.firstLine(ofBlock: passage.block) {
                next.top = line
            }
            state.screens[state.screens.count - 1] = .reader(next)
            state.notice = outletNotice(target, corpus)
        case .compare(var compare):
            // The outlets not in another shown column, the changing column's own among them.
            let current = compare.articles[compare.nextColumn.rawValue]
            let others = corpus.eventArticles(of: compare.focusedArticle).filter { $0 == current || !compare.shown.contains($0) }
            guard others.count > 1, let position = others.firstIndex(of: current) else {
                state.notice = "No other outlet reports this event"
                return
            }
            let target = others[((position + step) % others.count + others.count) % others.count]
            compare.replaceOther(with: target, corpus: corpus, width: state.width)
            state.screens[state.screens.count - 1] = .compare(compare)
            state.notice = outletNotice(target, corpus)
        case .search:
            // The selected result steps to its event's next outlet.
            guard case .search(var search) = state.screen, let result = search.selectedResult,
                  let target = neighbour(of: result.article, by: step, &state),
                  let position = search.results.firstIndex(where: { $0.article == target }) else { return }
            search.selected = position
            state.screens[state.screens.count - 1] = .search(search)
        case .statements, .help: break
        }
    }

    /// s: the article and the event's next outlet in two columns, and the one after in a third
    /// when the event has it (shown while the terminal is wide enough).
    static func sideBySide(_ state: inout AppState) {
        guard let article = currentArticle(state) else { return }
        let members = state.corpus.eventArticles(of: article)
        guard members.count > 1, let position = members.firstIndex(of: article) else {
            state.notice = "Only one outlet reports this event"
            return
        }
        let articles = (0..<min(3, members.count)).map { members[(position + $0) % members.count] }
        state.screens.append(.compare(CompareState(articles: articles, corpus: state.corpus, width: state.width)))
    }

    /// Q: the quotations of the event the article reports.
    static func statements(_ state: inout AppState) {
        guard let article = currentArticle(state), let event = state.corpus.event(ofArticle: article) else { return }
        state.screens.append(.statements(StatementsState(event: event, corpus: state.corpus, width: state.width)))
    }

    static func switchColumn(_ state: inout AppState) {
        guard case .compare(var compare) = state.screen else { return }
        compare.focus = compare.nextColumn
        state.screens[state.screens.count - 1] = .compare(compare)
    }

    /// ]c/[c: the next or previous row that differs, from the focused one or the screen.
    static func stepDifference(forward: Bool, times: Int, _ state: inout AppState) {
        guard case .compare(var compare) = state.screen else { return }
        let rows = compare.differences
        guard !rows.isEmpty else {
            state.notice = "These two tell it the same way"
            return
        }
        let lines = compare.layout.rowLines
        let height = state.readerRows
        let visible = compare.top..<(compare.top + height)
        var target: Int
        if let focused = compare.focusedRow, let index = rows.firstIndex(of: focused), visible.contains(lines[focused]) {
            target = index + (forward ? times : -times)
        } else if forward {
            target = (rows.firstIndex { lines[$0] >= compare.top } ?? rows.count) + times - 1
        } else {
            target = (rows.lastIndex { lines[$0] < compare.top + height } ?? -1) - times + 1
        }
        guard rows.indices.contains(target) else {
            state.notice = forward ? "No more differences below" : "No more differences above"
            return
        }
        compare.focusedRow = rows[target]
        let line = lines[rows[target]]
        if !visible.contains(line) { compare.top = max(0, line - height / 3) }
        state.screens[state.screens.count - 1] = .compare(compare)
    }

    private static func currentArticle(_ state: AppState) -> Int? {
        switch state.screen {
        case .library: return state.library.selectedArticle(in: state.corpus)
        case .reader(let reader): return reader.article
        case .compare(let compare): return compare.focusedArticle
        case .search(let search): return search.selectedResult?.article
        case .statements, .help: return nil
        }
    }

    private static func neighbour(of article: Int, by step: Int, _ state: inout AppState) -> Int? {
        let members = state.corpus.eventArticles(of: article)
        guard members.count > 1, let position = members.firstIndex(of: article) else {
            state.notice = "Only one outlet reports this event"
            return nil
        }
        guard members.indices.contains(position + step) else {
            state.notice = step > 0 ? "This is the event's last outlet" : "This is the event's first outlet"
            return nil
        }
        return members[position + step]
    }

    /// The passage of `target` aligned with the first sentence of `block` in `source`, or the
    /// next one that has a counterpart.
    private static func alignedPassage(from source: Int, block: Int, to target: Int, _ corpus: Corpus) -> Alignment.Passage? {
        let rows = ArticleAligner.align(corpus.articles[source], corpus.articles[target], statements: corpus.statements(comparing: source, target)).rows
        guard let start = rows.firstIndex(where: { ($0.left?.block ?? -1) >= block }) else { return nil }
        for row in rows[start...] where row.left != nil {
            if let right = row.right { return right }
            if let counterpart = row.counterpart, let right = rows[counterpart].right { return right }
        }
        return nil
    }

    private static func outletNotice(_ article: Int, _ corpus: Corpus) -> String {
        let members = corpus.eventArticles(of: article)
        let outlet = corpus.articles[article].metadata.outlet ?? Missing.outlet
        return "\(outlet) · outlet \((members.firstIndex(of: article) ?? 0) + 1) of \(members.count) on this event"
    }
}
