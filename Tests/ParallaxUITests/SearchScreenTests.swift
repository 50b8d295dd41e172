import Testing
import ParallaxCore
@testable import ParallaxUI

/// The corpus search and the article's find line, drawn into a grid.
@Suite struct SearchScreenTests {
    private func press(_ key: Key, _ state: inout AppState) -> [Effect] {
        Update.update(&state, .key(key))
    }

    private func search(_ state: AppState) -> SearchState? {
        if case .search(let search) = state.screen { return search }
        return nil
    }

    private func reader(_ state: AppState) -> ReaderState? {
        if case .reader(let reader) = state.screen { return reader }
        return nil
    }

    /// The cells of row y drawn in a role, as text.
    private func text(in role: Role, y: Int, _ grid: Grid) -> String {
        let roles = grid.roles(y: y)
        let line = Array(grid.lines[y])
        return String(roles.indices.filter { roles[$0] == role && $0 < line.count }.map { line[$0] })
    }

    @Test func resultsFollowEveryKey() {
        var state = Support.state(width: 120, height: 30)
        Support.type("/", &state)
        #expect(View.render(state).lines[3].contains("Type to search 5 articles"))
        var counts: [Int] = []
        for character in "Bovino" {
            Support.type(String(character), &state)
            counts.append(search(state)?.results.count ?? -1)
        }
        #expect(counts.last == 1)
        #expect(counts[4] == 1, "the last word matches as a prefix while typing: Bovin")
        let grid = View.render(state)
        #expect(grid.lines[0].hasPrefix(" / Bovino"))
        #expect(grid.lines[0].hasSuffix("1 article"))
        #expect(grid.lines[2].contains("largest mass deportation"))
        #expect(text(in: .searchHit, y: 3, grid) == "Bovino")
        #expect(grid.lines[29].hasPrefix(" Enter open  ↑ ↓ history  ^N ^P choose  Tab results  Esc back"), "the line's keys, as the help lists them")
    }

    @Test func enterOpensTheFirstHitAndEscGoesBackExactly() {
        var state = Support.state(width: 120, height: 30)
        Support.type("jjj", &state)
        let library = state.library
        Support.type("/deportation", &state)
        let results = search(state)?.results ?? []
        #expect(results.count == 5)
        _ = press(.control("n"), &state)
        Support.type("\r", &state)
        guard let opened = reader(state) else { Issue.record("no reader"); return }
        #expect(opened.article == results[1].article)
        #expect(opened.find?.current == 0)
        let grid = View.render(state)
        #expect(grid.lines[29].hasPrefix(" 1/"))
        #expect((0..<29).contains { grid.roles(y: $0).contains(.focus) }, "the current hit is on screen")
        Support.type("n", &state)
        #expect(reader(state)?.find?.current == 1)
        #expect(View.render(state).lines[29].hasPrefix(" 2/"))
        Support.type("\u{1B}", &state)
        #expect(search(state)?.selected == 1)
        #expect(search(state)?.editor.text == "deportation")
        Support.type("\u{1B}", &state)
        #expect(state.screens.count == 1)
        #expect(state.library.selected == library.selected && state.library.top == library.top)
    }

    @Test func theSearchCarriesOverToTheEventsNextOutlet() {
        var state = Support.state(width: 120, height: 30)
        Support.type("/deportation\rJ", &state)
        guard let next = reader(state) else { Issue.record("no reader"); return }
        #expect(next.find?.text == "deportation")
        #expect((next.find?.hits.body.count ?? 0) > 0)
        #expect(next.find?.current == 0)
    }

    @Test func nWrapsAndSaysSo() {
        var state = Support.state(width: 120, height: 30)
        Support.type("/Bovino\r", &state)
        let count = reader(state)?.find?.hits.body.count ?? 0
        #expect(count == 2)
        Support.type("nn", &state)
        #expect(reader(state)?.find?.current == 0)
        #expect(state.notice == "Search wrapped to the first hit")
        Support.type("N", &state)
        #expect(reader(state)?.find?.current == 1)
    }

    @Test func aBadQuerySaysWhatAndWhereAndKeepsTheResults() {
        var state = Support.state(width: 120, height: 30)
        Support.type("/farmers \"Hotel", &state)
        let grid = View.render(state)
        #expect(grid.lines[0].hasSuffix("unclosed quote (column 9)"))
        #expect(grid.roles(y: 0).last { $0 != .text } == .error)
        #expect(search(state)?.results.count == 2, "the results of the last good query stay")
        Support.type("\"", &state)
        #expect(search(state)?.problem == nil)
        #expect(search(state)?.results.count == 1)
        Support.type(" color:red", &state)
        #expect(search(state)?.problem?.hasPrefix("unknown filter ‘color:’") == true)
    }

    @Test func historyIsWalkedWithTheArrowsAndKept() {
        var state = AppState(corpus: Support.seedCorpus, width: 120, height: 30, searchHistory: ["ICE", "Bovino"])
        let effects = Support.type("/farmers\r", &state)
        #expect(effects.first == .keepSearchHistory(["ICE", "Bovino", "farmers"]))
        Support.type("\u{1B}\u{1B}/draft", &state)
        _ = press(.up, &state)
        #expect(search(state)?.editor.text == "farmers")
        #expect(search(state)?.results.count == 2)
        _ = press(.up, &state)
        _ = press(.up, &state)
        _ = press(.up, &state)
        #expect(search(state)?.editor.text == "ICE")
        _ = press(.down, &state)
        _ = press(.down, &state)
        _ = press(.down, &state)
        #expect(search(state)?.editor.text == "draft")
    }

    @Test func cursorKeysWorkInTheFindLine() {
        var state = Support.state(width: 100, height: 20)
        Support.type("j\r/abc", &state)
        _ = press(.left, &state)
        Support.type("x", &state)
        #expect(reader(state)?.findInput?.editor.text == "abxc")
    }

    @Test func choosingPastTheScreenScrollsTheResults() {
        var state = Support.state(width: 120, height: 10)
        Support.type("/deportation", &state)
        let rows = state.searchResultRows
        for _ in 0..<4 { _ = press(.control("n"), &state) }
        guard let search = search(state) else { Issue.record("no search"); return }
        #expect(search.selected == 4)
        #expect((search.top..<(search.top + rows)).contains(4))
        #expect(View.render(state).lines.contains { $0.contains("2025-06-19") || $0.contains("undated") })
    }

    @Test func anAbandonedLineStartsTheHistoryAfresh() {
        var state = AppState(corpus: Support.seedCorpus, width: 120, height: 30, searchHistory: ["ICE", "Bovino"])
        Support.type("/x", &state)
        _ = press(.up, &state)
        Support.type("\u{1B}/y", &state)
        _ = press(.up, &state)
        #expect(search(state)?.editor.text == "Bovino")
        _ = press(.down, &state)
        #expect(search(state)?.editor.text == "y")
    }

    @Test func enterOnABrokenLineOpensNothing() {
        var state = Support.state(width: 120, height: 30)
        let effects = Support.type("/farmers \"\r", &state)
        #expect(effects.isEmpty)
        #expect(search(state) != nil)
        #expect(state.notice == "unclosed quote (column 9)")
    }

    @Test func controlCharactersInAnArticleNeverReachTheGrid() throws {
        let evil = try Support.article("Evil \u{1B}[2J harbour news\n\nThe harbour \u{1B}]0;pwned\u{07} reopened \u{9B}31m today.", id: "evil")
        var state = Support.state(width: 100, height: 20, articles: [evil])
        Support.type("/harbour", &state)
        let grid = View.render(state)
        #expect(grid.cells.allSatisfy { !$0.glyph.unicodeScalars.contains(where: VisibleText.isControl) })
        #expect(grid.lines.contains { $0.contains("␛[2J") })
        Support.type("\r", &state)
        #expect(View.render(state).cells.allSatisfy { !$0.glyph.unicodeScalars.contains(where: VisibleText.isControl) })
    }

    @Test func aLongProblemLeavesRoomForTheQuery() {
        var state = Support.state(width: 40, height: 12)
        Support.type("/ice color:red", &state)
        #expect(View.render(state).lines[0].hasPrefix(" / ice color:red"))
    }

    @Test func tabMovesBetweenTheLineAndTheList() {
        var state = Support.state(width: 120, height: 30)
        Support.type("/deportation\tj", &state)
        #expect(search(state)?.editing == false)
        #expect(search(state)?.selected == 1)
        #expect(search(state)?.editor.text == "deportation", "j moved the selection, not the line")
        Support.type("\tx", &state)
        #expect(search(state)?.editor.text == "deportationx")
    }

    @Test func theLineEditsLikeAShell() {
        var editor = LineEditor("mass deportation")
        _ = editor.edit(.control("w"))
        #expect(editor.text == "mass ")
        _ = editor.edit(.home)
        _ = editor.edit(.character("-"))
        #expect(editor.text == "-mass ")
        _ = editor.edit(.delete)
        #expect(editor.text == "-ass ")
        _ = editor.edit(.end)
        _ = editor.edit(.control("u"))
        #expect(editor.text == "")
        #expect(editor.edit(.character("\u{1B}")) == false)
        #expect(editor.text == "", "a control character never enters the line")
        #expect(editor.edit(.pageDown) == false)
    }

    @Test func findInTheArticleAsLessDoes() throws {
        var state = Support.state(width: 100, height: 20)
        Support.type("j\r", &state)
        let before = reader(state)?.top
        Support.type("/ICE", &state)
        let grid = View.render(state)
        #expect(grid.lines[19].hasPrefix("/ICE"))
        #expect(grid.lines[19].hasSuffix("1/\(reader(state)?.find?.hits.body.count ?? 0)"))
        #expect((reader(state)?.find?.hits.body.count ?? 0) > 1)
        Support.type("\u{1B}", &state)
        #expect(reader(state)?.find == nil, "Esc abandons the find")
        #expect(reader(state)?.top == before)
        Support.type("/ICE\rn", &state)
        #expect(reader(state)?.find?.current == 1)
        #expect(View.render(state).lines[19].hasPrefix(" 2/"))
        Support.type("F", &state)
        #expect(search(state) != nil, "F searches the corpus from the reader")
        Support.type("\u{1B}", &state)
        #expect(reader(state)?.find?.current == 1)
    }

    @Test func aSpeakerSearchHighlightsTheirQuotation() {
        var state = Support.state(width: 120, height: 30)
        Support.type("/speaker:johnson\r", &state)
        guard let opened = reader(state) else { Issue.record("no reader"); return }
        #expect(state.articles[opened.article].id.hasPrefix("004"))
        let quote = try? #require(opened.find?.hits.body.first)
        let text = Array(state.articles[opened.article].text.unicodeScalars)
        #expect(quote.map { String(String.UnicodeScalarView(text[$0])).hasPrefix("We have an absolutely criminalized") } == true)
    }

    @Test func enterWithNothingToOpenSaysWhy() {
        var state = Support.state(width: 120, height: 30)
        Support.type("/\r", &state)
        #expect(state.notice == "Type words to look for")
        Support.type("zzzz\r", &state)
        #expect(state.notice == "No article matches")
        #expect(View.render(state).lines[3] == " No article matches")
    }
}

/// Reading the files again while the reader is open.
@Suite struct ReloadScreenTests {
    @Test func aReloadedCorpusIsSearchedAndTheSelectionKept() throws {
        var state = Support.state(width: 120, height: 30)
        Support.type("jj", &state)
        let selected = state.library.selectedArticle(in: state.corpus).map { state.articles[$0].id }
        #expect(Support.type("R", &state) == [.reload])
        Support.type("\r", &state)
        let added = try Support.article("---\ntitle: Aardvarks return\ndate: 2030-01-01\n---\nThe aardvarks came back.", id: "000_first")
        let corpus = Corpus(analysing: state.articles + [added])
        var index = state.searchIndex
        index.refresh(for: corpus, changed: [])
        _ = Update.update(&state, .corpusReloaded(corpus, index, notice: "Read again: 1 added, none changed, none removed"))
        #expect(state.screens.count == 1, "back to the library")
        #expect(state.notice == "Read again: 1 added, none changed, none removed")
        #expect(state.library.selectedArticle(in: state.corpus).map { state.articles[$0].id } == selected)
        Support.type("/aardvark", &state)
        guard case .search(let search) = state.screen else { Issue.record("no search"); return }
        #expect(search.results.map { state.articles[$0.article].id } == ["000_first"])
    }
}
