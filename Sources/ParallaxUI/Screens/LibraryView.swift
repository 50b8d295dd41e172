import ParallaxCore

/// The library: a column header, one group of articles, and a status bar.
public enum LibraryView {
    static func render(_ state: AppState, into grid: inout Grid) {
        let library = state.library
        let widths = columnWidths(state.width)
        drawRow(["OUTLET", "DATE", "HEADLINE", "WORDS", "QUOTES"], widths: widths, y: 0, role: .dim, grid: &grid)
        let events = library.sharedEventCount == 1 ? "1 event" : "\(library.sharedEventCount) events"
        // "All articles" only once they are: what is on screen before is a part.
        let heading = state.loading == nil ? "All articles · \(state.articles.count) · \(events) reported by several outlets"
            : "Articles read so far · \(state.articles.count) · events once all are read"
        grid.put(" " + heading, x: 0, y: 1, role: .heading)
        if state.articles.isEmpty {
            let empty = state.loading == nil ? "No articles here. Give Parallax a folder: parallax PATH" : "Reading the articles…"
            grid.put(" " + empty, x: 0, y: 3, role: .dim)
        }
        for row in 0..<state.libraryRows {
            let position = library.top + row
            guard library.rows.indices.contains(position) else { break }
            let selected = position == library.selected
            let y = 2 + row
            if selected { grid.fill(x: 0, y: y, width: state.width, role: .selection) }
            switch library.rows[position] {
            case .event(let event): drawEvent(state.corpus.events[event], widths: widths, y: y, selected: selected, grid: &grid)
            case .article(let article, let grouped):
                drawArticle(state.articles[article], mark: ReadingMarks.mark(state, article), grouped: grouped,
                            widths: widths, y: y, selected: selected, grid: &grid)
            }
        }
        let left: String
        if let loading = state.loading {
            left = LoadProgressText.line(done: loading.done, total: loading.total, seconds: loading.seconds, width: state.width)
                + "   " + Keymap.hints(for: .library)
        } else {
            left = "\(state.articles.count) articles · \(state.unreadCount) unread" + (state.starredCount > 0 ? " · \(state.starredCount) starred" : "")
                + " · \(library.quotationCount) quotations · by \(library.sort.rawValue)   " + Keymap.hints(for: .library)
        }
        let right = state.articles.isEmpty ? "" : "\(library.selected + 1)/\(library.rows.count)"
        StatusBar.render(left: left, right: right, state: state, into: &grid)
    }

    /// Outlet, date, headline (the rest), words, quotes; a narrow terminal drops the counts.
    static func columnWidths(_ width: Int) -> [Int] {
        let outlet = width >= 100 ? 20 : width >= 70 ? 14 : 10
        let counts = width >= 70 ? [5, 6] : [0, 0]
        let fixed = 1 + outlet + 2 + 10 + 2 + counts.reduce(0) { $0 + ($1 > 0 ? $1 + 2 : 0) } + 1
        return [outlet, 10, max(8, width - fixed)] + counts
    }

    private static func drawRow(_ cells: [String], widths: [Int], y: Int, role: Role, grid: inout Grid) {
        var x = 1
        for (index, text) in cells.enumerated() where widths[index] > 0 {
            let rightAligned = index >= 3
            let shown = DisplayWidth.truncate(text, to: widths[index])
            let offset = rightAligned ? widths[index] - DisplayWidth.of(shown) : 0
            grid.put(shown, x: x + offset, y: y, role: role)
            x += widths[index] + 2
        }
    }

    /// "5 articles  2025-06-19  ▾ CNN, Fox News · Trump orders …": the event over its articles.
    private static func drawEvent(_ event: Event, widths: [Int], y: Int, selected: Bool, grid: inout Grid) {
        let role = { (role: Role) in selected ? Role.selection : role }
        var x = 1
        grid.put(DisplayWidth.truncate("\(event.articles.count) articles", to: widths[0]), x: x, y: y, role: role(.heading))
        x += widths[0] + 2
        grid.put(event.dates?.upperBound.description ?? Missing.date, x: x, y: y, role: role(.dim))
        x += widths[1] + 2
        // The outlets first, at most two fifths of the column, so the group says who reported it.
        let outlets = VisibleText.sanitize(event.outlets.isEmpty ? Missing.outlet : event.outlets.joined(separator: ", "))
        let shownOutlets = DisplayWidth.truncate(outlets, to: max(6, widths[2] * 2 / 5))
        let end = grid.put("▾ " + shownOutlets, x: x, y: y, role: role(.outlet))
        let title = " · " + VisibleText.sanitize(event.title.isEmpty ? Missing.title : event.title)
        grid.put(DisplayWidth.truncate(title, to: max(0, x + widths[2] - end)), x: end, y: y, role: role(.heading))
    }

    /// "★" starred, "•" unread, in the margin; an unread headline stands out, a read one does not.
    private static func drawArticle(_ article: Article, mark: ReadingMark, grouped: Bool, widths: [Int], y: Int, selected: Bool, grid: inout Grid) {
        let base: Role = selected ? .selection : .text
        if mark.starred || !mark.read {
            grid.put(mark.starred ? "★" : "•", x: 0, y: y, role: selected ? base : .heading)
        }
        var x = 1
        // An event's articles stand indented under its heading.
        let outlet = (grouped ? "  " : "") + (article.metadata.outlet ?? Missing.dash)
        grid.put(DisplayWidth.truncate(outlet, to: widths[0]), x: x, y: y, role: selected ? base : (article.metadata.outlet == nil ? .dim : .outlet))
        x += widths[0] + 2
        grid.put(article.metadata.date?.description ?? Missing.date, x: x, y: y, role: selected ? base : .dim)
        x += widths[1] + 2
        grid.put(DisplayWidth.truncate(article.metadata.title ?? Missing.title, to: widths[2]), x: x, y: y,
                 role: selected ? base : mark.read ? .text : .title)
        x += widths[2] + 2
        for (index, number) in [article.wordCount, article.quotations.count].enumerated() where widths[3 + index] > 0 {
            let text = String(number)
            let width = widths[3 + index]
            grid.put(text, x: x + width - text.count, y: y, role: selected ? base : .dim)
            x += width + 2
        }
    }
}
