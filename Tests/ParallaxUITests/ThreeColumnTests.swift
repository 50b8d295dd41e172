import Testing
import ParallaxCore
@testable import ParallaxUI

/// The side-by-side view's third column: shown when the terminal is wide enough and the event has
/// a third outlet, each other column aligned with the first.
@Suite struct ThreeColumnTests {
    private func article(_ state: AppState, _ number: String) -> Int {
        state.articles.firstIndex { $0.id.hasPrefix(number) }!
    }

    /// The side-by-side view of the seed `number` at a size.
    private func compared(_ number: String = "000", width: Int = 240, height: Int = 40, articles: [Article] = Support.seeds()) -> AppState {
        var state = Support.state(width: width, height: height, articles: articles)
        state.library.select(article: article(state, number))
        Support.type("s", &state)
        return state
    }

    private func comparison(_ state: AppState) -> CompareState? {
        guard case .compare(let compare) = state.screen else { Issue.record("no side-by-side view"); return nil }
        return compare
    }

    /// A column's body as characters and their roles, spaces left out so wrapping does not count.
    private func body(_ layout: CompareLayout, column: Int) -> [String] {
        layout.lines.filter { $0.row != nil }.flatMap { line in
            line.columns[column].flatMap { span in span.text.filter { $0 != " " }.map { "\($0)\(span.role)" } }
        }
    }

    @Test func threeColumnsAt240x40() throws {
        let state = compared()
        let compare = try #require(comparison(state))
        let members = state.corpus.eventArticles(of: article(state, "000"))
        #expect(compare.columnCount == 3)
        let position = members.firstIndex(of: article(state, "000"))!
        #expect(Array(compare.shown) == (0..<3).map { members[(position + $0) % members.count] }, "the article and the event's next two outlets")
        let layout = compare.layout
        #expect(layout.columnWidth == (240 - 2 - 6) / 3)
        #expect(layout.columnX == [1, 1 + layout.columnWidth + 3, 1 + 2 * (layout.columnWidth + 3)])
        let lines = View.render(state).lines
        for (column, article) in compare.shown.enumerated() {
            let title = String((state.articles[article].metadata.title ?? "").prefix(20))
            #expect(lines[0].dropFirst(layout.columnX[column]).hasPrefix(title), "each header over its column")
        }
        // Every column's passages once each, in its own order, and a row's passages start level.
        for column in 0..<3 {
            let passages = compare.rows.compactMap { $0.passages[column] }
            let expected = column == 0 ? compare.alignments[0].rows.compactMap(\.left) : compare.alignments[column - 1].rows.compactMap(\.right)
            #expect(passages == expected)
        }
        for (index, row) in compare.rows.enumerated() {
            let first = layout.lines[layout.rowLines[index]]
            for column in 0..<3 {
                #expect(first.columns[column].isEmpty == (row.passages[column] == nil), "text where a passage is, filler elsewhere")
            }
        }
        #expect(compare.rows.contains { row in row.passages.allSatisfy { $0 != nil } }, "some passages are aligned across all three")
        #expect(lines[39].hasPrefix(" [\(state.articles[compare.left].metadata.outlet ?? Missing.outlet)] "))
    }

    @Test func eachColumnIsMarkedAsItsComparisonWithTheAnchor() throws {
        let state = compared()
        let three = try #require(comparison(state))
        for column in 1...2 {
            let two = CompareState(articles: [three.articles[0], three.articles[column]], corpus: state.corpus, width: 160)
            #expect(body(three.layout, column: column) == body(two.layout, column: 1))
        }
        // The anchor is marked against both: the wording differences of each.
        let program = CompareState(articles: [article(state, "000"), article(state, "001"), article(state, "003")],
                                   corpus: state.corpus, width: 240)
        let focused = { (column: Int) in
            program.layout.lines.flatMap { $0.columns[column] }.filter { $0.role == .focus }.map(\.text).joined()
        }
        #expect(focused(0).contains("Program"))
        #expect(focused(2).contains("Programme"))
        // In the gutter left of each column after the first: its match with the first.
        let lines = View.render(state).lines
        let index = try #require(three.rows.firstIndex { $0.pairRows.allSatisfy { $0 != nil } })
        let y = three.layout.rowLines[index] - three.top
        for column in 1...2 {
            let mark = CompareView.marker(three.match(row: index, column: column)!).0
            #expect(String(Array(lines[y])[three.layout.columnX[column] - 2]) == mark)
        }
    }

    @Test func twoOutletsAt240StayTwoColumns() throws {
        let seeds = Support.seeds().filter { $0.id.hasPrefix("000") || $0.id.hasPrefix("001") }
        let state = compared(width: 240, articles: seeds)
        let compare = try #require(comparison(state))
        #expect(compare.columnCount == 2)
        #expect(compare.articles.count == 2)
        #expect(compare.layout.columnWidth == (240 - 5) / 2)
        #expect(compare.layout.lines.allSatisfy { $0.columns.count == 2 })
    }

    @Test func aNarrowTerminalShowsTwoColumns() throws {
        for width in [160, 205] {
            let compare = try #require(comparison(compared(width: width)))
            #expect(compare.columnCount == 2, "each of three would be narrower than a comfortable line")
            #expect(compare.layout.columnWidth == (width - 5) / 2)
        }
        #expect(try #require(comparison(compared(width: 206))).columnCount == 3)
    }

    @Test func narrowerFallsBackToTwoAndWiderRestoresThreeInPlace() throws {
        var state = compared()
        Support.type(String(repeating: "j", count: 30), &state)
        let before = try #require(comparison(state))
        let anchorOnTop = { (compare: CompareState) in
            compare.rows[compare.layout.row(atLine: compare.top)!...].lazy.compactMap { $0.passages[0] }.first
        }
        _ = Update.update(&state, .resize(width: 160, height: 40))
        let narrow = try #require(comparison(state))
        #expect(narrow.columnCount == 2)
        #expect(narrow.articles == before.articles, "the third outlet is kept for later")
        #expect(anchorOnTop(narrow) == anchorOnTop(before))
        #expect(narrow.top > 0)
        _ = Update.update(&state, .resize(width: 240, height: 40))
        let wide = try #require(comparison(state))
        #expect(wide.columnCount == 3)
        #expect(Array(wide.shown) == before.articles)
        #expect(anchorOnTop(wide) == anchorOnTop(before))
    }

    @Test func theFocusOnTheThirdColumnMovesToTheSecondWhenItGoes() throws {
        var state = compared()
        Support.type("\t\t", &state)
        #expect(try #require(comparison(state)).focus == .third)
        _ = Update.update(&state, .resize(width: 160, height: 40))
        #expect(try #require(comparison(state)).focus == .right)
    }

    @Test func tabCyclesTheFocusOverTheThreeColumns() throws {
        var state = compared()
        var seen: [CompareState.Column] = []
        for _ in 0..<4 {
            let compare = try #require(comparison(state))
            seen.append(compare.focus)
            // The focused column's rule is drawn bright.
            let rule = View.render(state).lines[compare.layout.ruleLine]
            #expect(Array(rule)[compare.layout.columnX[compare.focus.rawValue]] == "━")
            Support.type("\t", &state)
        }
        #expect(seen == [.left, .right, .third, .left])
    }

    /// The event's next outlet after `article` that no column shows.
    private func nextNotShown(after article: Int, _ shown: [Int], _ members: [Int]) -> Int {
        let position = members.firstIndex(of: article)!
        return (1..<members.count).map { members[(position + $0) % members.count] }.first { !shown.contains($0) }!
    }

    @Test func jAndKChangeTheColumnAfterTheFocusedOne() throws {
        var state = compared()
        let members = state.corpus.eventArticles(of: article(state, "000"))
        let start = try #require(comparison(state))
        Support.type("J", &state)
        let middle = try #require(comparison(state))
        #expect(middle.articles[0] == start.articles[0] && middle.articles[2] == start.articles[2])
        #expect(middle.articles[1] == nextNotShown(after: start.articles[1], start.articles, members), "the next outlet not shown already")
        Support.type("K", &state)
        #expect(try #require(comparison(state)).articles == start.articles)
        Support.type("\tJ", &state)
        let third = try #require(comparison(state))
        #expect(third.articles[0...1] == start.articles[0...1])
        #expect(third.articles[2] == nextNotShown(after: start.articles[2], start.articles, members))
        Support.type("\tJ", &state)
        let anchor = try #require(comparison(state))
        #expect(anchor.focus == .third)
        #expect(anchor.articles[0] == nextNotShown(after: third.articles[0], third.articles, members), "from the last column J goes round to the first")
        #expect(Set(anchor.articles).count == 3)
    }

    @Test func jInTwoColumnsTradesPlacesWithTheHiddenThird() throws {
        var state = compared(width: 160)
        let start = try #require(comparison(state))
        #expect(start.articles.count == 3 && start.columnCount == 2)
        // Two columns step through every other outlet, the hidden third among them, as before.
        Support.type("J", &state)
        let changed = try #require(comparison(state))
        #expect(changed.right == start.articles[2])
        #expect(changed.articles[2] == start.articles[1])
        _ = Update.update(&state, .resize(width: 240, height: 40))
        #expect(Set(try #require(comparison(state)).articles).count == 3)
    }

    @Test func bracketCJumpsThroughTheDifferencesOfAllThree() throws {
        var state = compared()
        let compare = try #require(comparison(state))
        // A passage only the third column gives is a difference.
        let thirdAlone = try #require(compare.rows.indices.first { compare.rows[$0].passages[0] == nil && compare.match(row: $0, column: 2)?.match == Alignment.Match.none })
        #expect(compare.differences.contains(thirdAlone))
        Support.type("]c", &state)
        let first = try #require(comparison(state))
        #expect(first.focusedRow == compare.differences[0])
        let y = first.layout.rowLines[compare.differences[0]] - first.top
        #expect(View.render(state).lines[39].contains("difference 1/\(compare.differences.count)"))
        #expect(View.render(state).roles(y: y).contains(.focus))
        Support.type("]c", &state)
        #expect(try #require(comparison(state)).focusedRow == compare.differences[1])
        Support.type("[c", &state)
        #expect(try #require(comparison(state)).focusedRow == compare.differences[0])
    }

    @Test func enterOpensTheFocusedColumnsArticleAtThePassageOnScreen() throws {
        var state = compared()
        Support.type("\t\t" + String(repeating: "j", count: 20), &state)
        let compare = try #require(comparison(state))
        let row = try #require(compare.layout.row(atLine: compare.top + 1))
        let passage = try #require(compare.focusedPassage(row: row))
        Support.type("\r", &state)
        guard case .reader(let reader) = state.screen else { Issue.record("no reader"); return }
        #expect(reader.article == compare.articles[2])
        let line = try #require(reader.layout.firstLine(ofBlock: passage.block))
        #expect((reader.top..<(reader.top + state.readerRows)).contains(line), "the passage on screen, the end of the article may hold it lower")
    }
}
