import Testing
import ParallaxCore
@testable import ParallaxUI

@Suite struct LibraryScreenTests {
    @Test func libraryAt80x24() {
        let lines = View.render(Support.state()).lines
        #expect(lines[0] == " OUTLET          DATE        HEADLINE                             WORDS  QUOTES")
        #expect(lines[1] == " All articles · 5 · 1 event reported by several outlets")
        #expect(lines[2].hasPrefix(" 5 articles      2025-06-19  ▾ CNN · President Donald Trump"))
        #expect(lines[3] == "•  —             2025-06-19  President Donald Trump has called…     316       6")
        #expect(lines[5].hasPrefix("•  CNN           2025-06-16"))
        #expect(lines[6].contains("undated"))
        #expect(lines[23].hasPrefix(" 5 articles · 5 unread · 27 quotations · by date"))
        #expect(lines[23].hasSuffix("1/6"))
    }

    @Test func selectionMovesAndIsDrawnAsSelection() {
        var state = Support.state()
        Support.type("jj", &state)
        let grid = View.render(state)
        #expect(grid.roles(y: 4).allSatisfy { $0 == .selection })
        #expect(grid.roles(y: 3).contains(.outlet) == false, "an unknown outlet is dim")
        #expect(grid.lines[23].hasSuffix("3/6"))
        Support.type("G", &state)
        #expect(state.library.selected == 5)
        Support.type("g", &state)
        #expect(state.library.selected == 0)
        Support.type("3j", &state)
        #expect(state.library.selected == 3)
        Support.type("99j", &state)
        #expect(state.library.selected == 5, "a count never moves past the end")
    }

    @Test func sortCyclesByOutlet() {
        var state = Support.state()
        Support.type("o", &state)
        #expect(state.library.sort == .outlet)
        #expect(View.render(state).lines[3].hasPrefix("•  CNN"), "each event's articles follow the sort")
        #expect(View.render(state).lines[23].hasPrefix(" Sorted by outlet"))
    }

    @Test func statusBarHintsComeFromTheKeymap() {
        let lines = View.render(Support.state(width: 140, height: 30)).lines
        #expect(lines[29].contains("Enter open  / search  o sort  s side by side  Q quotations  q quit  ? help"))
    }

    @Test func sortByTitle() {
        var state = Support.state()
        Support.type("oo", &state)
        #expect(state.library.sort == .title)
        let titles = state.library.rows.compactMap { row -> String? in
            guard case .article(let article, _) = row else { return nil }
            return state.articles[article].metadata.title ?? ""
        }
        #expect(titles == titles.sorted { $0.localizedLowercase < $1.localizedLowercase })
    }

    @Test func narrowLibraryDropsTheCounts() {
        let lines = View.render(Support.state(width: 50, height: 12)).lines
        #expect(lines[0] == " OUTLET      DATE        HEADLINE")
        #expect(lines[5].hasPrefix("•  CNN       2025-06-16  President Donald Trump…"))
    }

    @Test func motionKeys() {
        var state = Support.state(width: 80, height: 24)
        Support.type("j\r", &state)
        func top() -> Int { if case .reader(let r) = state.screen { return r.top } else { return -1 } }
        Support.type("d", &state)
        #expect(top() == 11)
        Support.type("u", &state)
        #expect(top() == 0)
        Support.type(" ", &state)
        #expect(top() == 22)
        Support.type("b", &state)
        #expect(top() == 0)
        _ = Update.update(&state, .key(.end))
        let end = top()
        #expect(end > 0)
        _ = Update.update(&state, .key(.home))
        #expect(top() == 0)
        Support.type("12g", &state)
        #expect(top() == 11)
        _ = Update.update(&state, .key(.pageDown))
        #expect(top() == 33 || top() == end)
        _ = Update.update(&state, .key(.left))
        #expect(View.render(state).lines[1].hasPrefix(" All articles · 5"), "← goes back")
        _ = Update.update(&state, .key(.right))
        #expect(top() == 33 || top() == end, "→ opens where it was left")
        Support.type("h", &state)
        Support.type("l", &state)
        Support.type("\u{1B}", &state)
        #expect(View.render(state).lines[1].hasPrefix(" All articles · 5"), "Esc goes back")
    }

    @Test func emptyLibrarySaysWhatToDo() {
        let lines = View.render(Support.state(articles: [])).lines
        #expect(lines.contains { $0.contains("No articles here") })
    }

    @Test func libraryAt120x40ShowsLongerHeadlines() {
        let lines = View.render(Support.state(width: 120, height: 40)).lines
        #expect(lines[5] == "•  CNN                 2025-06-16  President Donald Trump called for Immigration and Customs Enforcemen…    464      10")
        #expect(lines.count == 40)
    }
}

@Suite struct ReaderScreenTests {
    private func openedCNN(width: Int = 80, height: Int = 24) -> AppState {
        var state = Support.state(width: width, height: height)
        Support.type("jjj\r", &state)
        return state
    }

    @Test func headerAndWrappedText() {
        let lines = View.render(openedCNN()).lines
        #expect(lines[0] == "  President Donald Trump called for Immigration and Customs Enforcement to")
        #expect(lines[2] == "  CNN · by Samantha Waldenberg · 2025-06-16")
        #expect(lines[3] == "  " + String(repeating: "─", count: 76))
        #expect(lines[5] == "  (CNN) — President Donald Trump called for Immigration and Customs")
        #expect(lines[6] == "  Enforcement to expand deportation efforts in Democratic cities and “do all")
    }

    @Test func quotationsAreStyledByKind() throws {
        var state = openedCNN(width: 120, height: 40)
        let grid = View.render(state)
        let row = try #require(grid.lines.firstIndex { $0.contains("“do all in their power”") })
        let column = DisplayWidth.of(String(grid.lines[row].prefix { $0 != "“" }))
        let roles = grid.roles(y: row)
        #expect(roles[column..<(column + 23)].allSatisfy { $0 == .quote }, "the quotation with its marks is one highlight")
        #expect(roles[column - 2] == .text)
        Support.type("G", &state)
        let bottom = View.render(state)
        let termRow = try #require(bottom.lines.firstIndex { $0.contains("“No Kings”") })
        let termColumn = DisplayWidth.of(String(bottom.lines[termRow].prefix { $0 != "“" }))
        #expect(bottom[termColumn + 1, termRow].role == .term)
        #expect(bottom[termColumn - 2, termRow].role == .text)
    }

    @Test func nextQuotationIsFocusedWithItsSpeaker() {
        var state = openedCNN()
        Support.type("]q", &state)
        var grid = View.render(state)
        #expect(grid.lines[23].hasPrefix(" 1/10  Donald Trump: “do all in their power”"))
        let focused = (0..<23).filter { grid.roles(y: $0).contains(.focus) }
        #expect(!focused.isEmpty && focused.allSatisfy { grid.lines[$0].contains("do all") || grid.lines[$0].contains("power”") })
        Support.type("]q", &state)
        grid = View.render(state)
        #expect(grid.lines[23].hasPrefix(" 2/10  Donald Trump: “ICE Officers are herewith"))
        Support.type("[q", &state)
        #expect(View.render(state).lines[23].hasPrefix(" 1/10"))
        Support.type("[q", &state)
        #expect(View.render(state).lines[23].hasPrefix(" No more quotations above"))
    }

    @Test func quotationsScrollIntoView() {
        var state = openedCNN()
        Support.type("9]q", &state)
        let grid = View.render(state)
        #expect(grid.lines[23].hasPrefix(" 9/10  Donald Trump: “Our great Farmers"))
        #expect((0..<23).contains { grid.roles(y: $0).contains(.focus) }, "the focused quotation is on the screen")
        Support.type("]q", &state)
        #expect(View.render(state).lines[23].hasPrefix(" 10/10  Donald Trump: “We must protect"))
        Support.type("g]q", &state)
        #expect(View.render(state).lines[23].hasPrefix(" 1/10"), "after g the next quotation is the first again")
    }

    @Test func readingPositionInPercent() {
        var state = openedCNN()
        #expect(View.render(state).lines[23].hasSuffix("0%"))
        Support.type("G", &state)
        #expect(View.render(state).lines[23].hasSuffix("100%"))
        Support.type("u", &state)
        let percent = View.render(state).lines[23].split(separator: " ").last!
        #expect(percent != "100%" && percent != "0%")
    }

    @Test func backReturnsToTheLibraryAndQuitFromThere() {
        var state = openedCNN()
        #expect(Support.type("q", &state).isEmpty)
        #expect(View.render(state).lines[1].hasPrefix(" All articles · 5"))
        #expect(Support.type("q", &state) == [.quit])
    }

    @Test func resizeReflowsAndKeepsTheParagraph() {
        var state = openedCNN()
        Support.type("12j", &state)
        guard case .reader(let before) = state.screen else { Issue.record("no reader"); return }
        let block = before.layout.lines[before.top].block
        _ = Update.update(&state, .resize(width: 120, height: 40))
        guard case .reader(let after) = state.screen else { Issue.record("no reader"); return }
        #expect(after.layout.lines[after.top].block == block)
        #expect(after.layout.measure == 100, "the measure stays comfortable on a wide terminal")
        #expect(after.layout.margin == 10, "and the text is centred")
    }

    @Test func headingsSectionsAndTrailersAreSetApart() throws {
        var state = Support.state(width: 80, height: 60)
        Support.type("j\r", &state)
        let grid = View.render(state)
        let heading = try #require(grid.lines.firstIndex { $0.contains("Political Rhetoric and Allegations") })
        #expect(grid.roles(y: heading)[2] == .heading)
        let label = try #require(grid.lines.firstIndex { $0.contains("Author’s Opinion") })
        #expect(grid.roles(y: label)[2] == .heading)
        let opinion = try #require(grid.lines.firstIndex { $0.contains("While enforcing immigration laws") })
        #expect(grid.lines[opinion].hasPrefix("  │ While enforcing"))
        let trailer = try #require(grid.lines.firstIndex { $0.contains("Featured image credit: SHRM") })
        #expect(grid.roles(y: trailer)[2..<29].allSatisfy { $0 == .dim }, "spaces keep the block's style")
        #expect(grid.roles(y: heading)[2..<36].allSatisfy { $0 == .heading })
    }

    @Test func wideTextNeverSplitsAtTheEdge() throws {
        let article = try Support.article("日本語のニュースです。" + String(repeating: "漢字", count: 60))
        var state = AppState(corpus: Corpus(analysing: [article]), width: 41, height: 12)
        Support.type("j\r", &state)
        let grid = View.render(state)
        let body = grid.lines.filter { $0.contains("漢字") }
        #expect(body.count > 3)
        for y in 0..<grid.height - 1 {
            // The last column never holds the left half of a wide character.
            #expect(DisplayWidth.of(grid[grid.width - 1, y].glyph) < 2)
            #expect(grid[grid.width - 1, y].isContinuation == false || DisplayWidth.of(grid[grid.width - 2, y].glyph) == 2)
        }
    }

    @Test func controlCharactersAreShownAsPlaceholders() throws {
        let article = try Support.article("Evil \u{1B}[2J text with a bell\u{07}.")
        var state = AppState(corpus: Corpus(analysing: [article]), width: 60, height: 12)
        Support.type("j\r", &state)
        let grid = View.render(state)
        #expect(grid.cells.allSatisfy { !$0.glyph.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F } })
        #expect(grid.lines.contains { $0.contains("Evil ␛[2J text") })
    }
}

@Suite struct HelpAndSizeTests {
    @Test func helpIsDrawnFromTheKeymap() {
        var state = Support.state(width: 80, height: 40)
        Support.type("?", &state)
        // The whole help, a page at a time.
        var text = View.render(state).lines.joined(separator: "\n")
        for _ in 0..<3 {
            Support.type(" ", &state)
            text += View.render(state).lines.joined(separator: "\n")
        }
        for binding in Keymap.bindings {
            #expect(text.contains(binding.label) && text.contains(binding.summary), "help shows \(binding.label)")
        }
        Support.type("?", &state)
        #expect(View.render(state).lines[1].hasPrefix(" All articles · 5"))
    }

    @Test func helpScrollsToItsLastLine() {
        var state = Support.state(width: 80, height: 24)
        Support.type("?G", &state)
        let lines = View.render(state).lines
        #expect(lines.contains { $0.contains("A count before a key repeats it") })
        #expect(lines[23].hasPrefix(" j scroll  q close"))
    }

    @Test func tooSmallTerminalSaysSo() {
        let lines = View.render(Support.state(width: 30, height: 8)).lines
        #expect(lines.contains { $0.contains("Terminal too small") })
        #expect(lines.contains { $0.contains("30×8") })
    }

    @Test func aBrokenThemeDoesNotStopTheCycle() {
        var state = AppState(corpus: Support.seedCorpus, width: 80, height: 24, themeNames: ["dark", "broken", "light"])
        #expect(Support.type("t", &state) == [.loadTheme("broken")])
        _ = Update.update(&state, .themeLoaded(ThemeCatalog.builtIn, problem: "broken.toml: not valid TOML"))
        #expect(Support.type("t", &state) == [.loadTheme("light")])
    }

    @Test func themeKeyAsksForTheNextTheme() {
        var state = AppState(corpus: Support.seedCorpus, width: 80, height: 24, themeNames: ["dark", "light", "mono"])
        #expect(Support.type("t", &state) == [.loadTheme("light")])
        let light = Theme(name: "light", styles: [.text: Style(bold: true)])
        _ = Update.update(&state, .themeLoaded(light, problem: nil))
        #expect(View.render(state).lines[23].hasPrefix(" Theme: light"))
        #expect(Support.type("t", &state) == [.loadTheme("mono")])
        #expect(Support.type("t", &state) == [.loadTheme("dark")])
    }

    @Test func mouseWheelScrolls() {
        var state = Support.state()
        Support.type("jjj\r", &state)
        _ = Update.update(&state, .wheel(3))
        guard case .reader(let reader) = state.screen else { Issue.record("no reader"); return }
        #expect(reader.top == 3)
    }

    @Test func controlCQuitsAndControlZSuspends() {
        var state = Support.state()
        #expect(Update.update(&state, .key(.control("z"))) == [.suspend])
        #expect(Update.update(&state, .key(.control("c"))) == [.quit])
    }
}
