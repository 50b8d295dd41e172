import Testing
import ParallaxCore
@testable import ParallaxUI

@Suite struct EventScreenTests {
    /// The seed whose file name starts with `number` ("000").
    private func article(_ state: AppState, _ number: String) -> Int {
        state.articles.firstIndex { $0.id.hasPrefix(number) }!
    }

    @Test func libraryGroupsTheSeedsUnderOneEvent() {
        let state = Support.state(width: 120, height: 40)
        let lines = View.render(state).lines
        #expect(lines[1].contains("1 event reported by several outlets"))
        #expect(lines[2].contains("5 articles"))
        #expect(lines[2].contains("▾"))
        #expect(lines[2].contains("CNN"))
        #expect(lines[3].hasPrefix("•  "), "the event's articles stand indented under it")
        #expect(state.library.rows.count == 6)
    }

    @Test func enterOnTheEventOpensItsFirstArticle() {
        var state = Support.state()
        Support.type("\r", &state)
        guard case .reader(let reader) = state.screen else { Issue.record("no reader"); return }
        #expect(state.articles[reader.article].id == state.corpus.events[0].articles[0])
    }

    @Test func jAndKStepThroughTheEventsOutletsInTheReader() {
        var state = Support.state(width: 120, height: 40)
        Support.type("\r", &state)
        let order = state.corpus.events[0].articles
        Support.type("J", &state)
        guard case .reader(let second) = state.screen else { Issue.record("no reader"); return }
        #expect(state.articles[second.article].id == order[1])
        #expect(state.notice?.contains("outlet 2 of 5") == true)
        #expect(state.screens.count == 2, "J replaces the article, so q goes back to the library")
        Support.type("K", &state)
        guard case .reader(let first) = state.screen else { Issue.record("no reader"); return }
        #expect(state.articles[first.article].id == order[0])
        Support.type("K", &state)
        #expect(state.notice == "This is the event's first outlet")
    }

    @Test func sideBySideAt160x40() {
        var state = Support.state(width: 160, height: 40)
        state.library.select(article: article(state, "000"))
        Support.type("s", &state)
        guard case .compare(let compare) = state.screen else { Issue.record("no side-by-side view"); return }
        let grid = View.render(state)
        let lines = grid.lines
        let left = state.articles[compare.left], right = state.articles[compare.right]
        #expect(lines[0].hasPrefix(" " + String((left.metadata.title ?? "").prefix(20))))
        #expect(lines[0].contains(String((right.metadata.title ?? "").prefix(20))))
        #expect(compare.layout.rightX == 1 + compare.layout.columnWidth + 3)
        // Each row's lines are level: both sides start on the row's first line.
        for (index, row) in compare.alignment.rows.enumerated() where row.left != nil && row.right != nil {
            let line = compare.layout.lines[compare.layout.rowLines[index]]
            #expect(!line.left.isEmpty && !line.right.isEmpty)
        }
        #expect(compare.alignment.rows.contains { $0.match == .same })
        #expect(lines.contains { $0.contains(" = ") }, "shared rows are marked in the gutter")
        #expect(lines[39].contains("same"))
        #expect(grid.roles(y: 39).allSatisfy { $0 == .statusBar })
    }

    @Test func tabMovesTheFocusAndJChangesTheOtherColumn() {
        var state = Support.state(width: 160, height: 40)
        state.library.select(article: article(state, "000"))
        Support.type("s", &state)
        guard case .compare(let before) = state.screen else { Issue.record("no side-by-side view"); return }
        Support.type("J", &state)
        guard case .compare(let changed) = state.screen else { Issue.record("no side-by-side view"); return }
        #expect(changed.left == before.left)
        #expect(changed.right != before.right)
        Support.type("\t", &state)
        guard case .compare(let focused) = state.screen else { Issue.record("no side-by-side view"); return }
        #expect(focused.focus == .right)
        Support.type("J", &state)
        guard case .compare(let after) = state.screen else { Issue.record("no side-by-side view"); return }
        #expect(after.right == focused.right, "the focused column keeps its article")
        #expect(after.left != focused.left)
    }

    @Test func bracketCJumpsBetweenDifferences() {
        var state = Support.state(width: 160, height: 40)
        state.library.select(article: article(state, "000"))
        Support.type("s", &state)
        Support.type("]c", &state)
        guard case .compare(let first) = state.screen, let row = first.focusedRow else { Issue.record("no difference focused"); return }
        #expect(first.differences.first == row)
        #expect(View.render(state).lines[39].contains("difference 1/\(first.differences.count)"))
        Support.type("]c", &state)
        guard case .compare(let second) = state.screen else { Issue.record("no side-by-side view"); return }
        #expect(second.focusedRow == (first.differences.count > 1 ? first.differences[1] : row))
        Support.type("[c", &state)
        guard case .compare(let back) = state.screen else { Issue.record("no side-by-side view"); return }
        #expect(back.focusedRow == row)
    }

    @Test func statementsListSharedQuotationsAndThoseOfOneOutlet() {
        var state = Support.state(width: 120, height: 40)
        Support.type("Q", &state)
        guard case .statements(let statements) = state.screen else { Issue.record("no statements view"); return }
        let text = statements.layout.lines.map { $0.spans.map(\.text).joined() }.joined(separator: "\n")
        #expect(text.contains("statements shared by outlets"))
        #expect(text.contains("herewith ordered"))
        #expect(text.contains("one outlet alone gives"))
        #expect(text.contains("Brandon Johnson"))
        // Enter opens the selected wording in its article, focused.
        Support.type("\r", &state)
        guard case .reader(let reader) = state.screen else { Issue.record("no reader"); return }
        #expect(reader.focusedQuote == statements.selectedEntry?.quotation)
        #expect(state.articles[reader.article].quotations[reader.focusedQuote!].statement != nil)
    }

    @Test func anArticleAloneOnItsEventSaysSo() throws {
        var state = Support.state(articles: [try Support.article("“We will win,” Ana Ruiz said.", id: "solo")])
        Support.type("s", &state)
        #expect(state.notice == "Only one outlet reports this event")
        Support.type("\rJ", &state)
        #expect(state.notice == "Only one outlet reports this event")
    }

    @Test func sideBySideResizesAndSurvivesATinyTerminal() {
        var state = Support.state(width: 160, height: 40)
        Support.type("s", &state)
        _ = Update.update(&state, .resize(width: 50, height: 12))
        let lines = View.render(state).lines
        #expect(lines.count == 12)
        _ = Update.update(&state, .resize(width: 200, height: 50))
        guard case .compare(let compare) = state.screen else { Issue.record("no side-by-side view"); return }
        #expect(compare.layout.columnWidth == (200 - 5) / 2)
    }

    @Test func jLandsAtTheAlignedPassage() {
        var state = Support.state(width: 120, height: 40)
        state.library.select(article: article(state, "000"))
        Support.type("\r", &state)
        guard case .reader(var reader) = state.screen else { Issue.record("no reader"); return }
        // Read from the paragraph of the Truth Social post, which 001 quotes too.
        let quote = state.articles[reader.article].quotations.firstIndex { $0.text.hasPrefix("ICE Officers") }!
        let block = state.articles[reader.article].quotations[quote].paragraph
        reader.top = reader.layout.firstLine(ofBlock: block)!
        state.screens[state.screens.count - 1] = .reader(reader)
        let source = reader.article
        Support.type("J", &state)
        guard case .reader(let landed) = state.screen else { Issue.record("no reader"); return }
        let rows = ArticleAligner.align(state.articles[source], state.articles[landed.article],
                                        statements: state.corpus.statements(comparing: source, landed.article)).rows
        let aligned = rows.first { $0.left?.block == block && $0.right != nil }?.right
        #expect(aligned != nil)
        #expect(landed.layout.lines[landed.top].block == aligned?.block)
        #expect(landed.top > 0, "not the top of the article")
    }

    @Test func sideBySideHighlightsTheWordsThatDiffer() {
        var state = Support.state(width: 160, height: 40)
        state.library.select(article: article(state, "000"))
        Support.type("s", &state)
        // 000 against 003: the post quoted as "Program" and "Programme".
        guard case .compare(var compare) = state.screen else { Issue.record("no side-by-side view"); return }
        compare.replaceOther(with: article(state, "003"), corpus: state.corpus, width: 160)
        let changed = compare.layout.lines.flatMap { $0.left + $0.right }.filter { $0.role == .focus }.map(\.text)
        #expect(changed.contains { $0.contains("Program") })
        #expect(!compare.differences.isEmpty)
    }
}
