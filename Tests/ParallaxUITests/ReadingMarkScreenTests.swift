import Testing
import ParallaxCore
@testable import ParallaxUI

/// `m`, `*`, reading on opening and the place an article was left, as the library shows them
/// and as the effects that keep them say.
@Suite struct ReadingMarkScreenTests {
    private func kept(_ effects: [Effect]) -> [String: ReadingMark] {
        var marks: [String: ReadingMark] = [:]
        for case .keepMark(let path, let mark) in effects { marks[path] = mark }
        return marks
    }

    @Test func mMarksTheSelectedArticleReadAndBack() {
        var state = Support.state()
        Support.type("j", &state)
        let path = state.articles[state.library.selectedArticle(in: state.corpus)!].path
        let effects = Support.type("m", &state)
        #expect(kept(effects) == [path: ReadingMark(read: true)])
        let lines = View.render(state).lines
        #expect(lines[3].hasPrefix("   —"), "a read article loses its dot")
        #expect(lines[23].hasPrefix(" Marked read"))
        Support.type("j", &state)
        #expect(View.render(state).lines[23].hasPrefix(" 5 articles · 4 unread · 27 quotations"))
        Support.type("km", &state)
        #expect(state.marks[path]?.read == false)
        #expect(View.render(state).lines[3].hasPrefix("•  —"))
    }

    @Test func starIsShownAndCounted() {
        var state = Support.state()
        Support.type("jj*", &state)
        #expect(View.render(state).lines[4].hasPrefix("★"))
        Support.type("j", &state)
        #expect(View.render(state).lines[23].contains("· 1 starred ·"))
        let effects = Support.type("k*", &state)
        #expect(kept(effects).values.first?.starred == false)
    }

    @Test func onAnEventMMarksAllItsArticles() {
        var state = Support.state()
        let effects = Support.type("m", &state)
        #expect(kept(effects).count == 5)
        #expect(View.render(state).lines[23].hasPrefix(" Marked read: 5 articles"))
        Support.type("m", &state)
        #expect(state.marks.values.allSatisfy { !$0.read })
    }

    @Test func openingReadsAndLeavingKeepsThePlace() throws {
        var state = Support.state()
        Support.type("j", &state)
        let opened = Support.type("\r", &state)
        let path = try #require(kept(opened).keys.first)
        #expect(kept(opened)[path]?.read == true)
        Support.type("20j", &state)
        guard case .reader(let reader) = state.screen else { Issue.record("no reader"); return }
        let offset = reader.layout.offset(ofLine: reader.top)
        let left = Support.type("q", &state)
        #expect(kept(left)[path]?.position == offset)
        #expect(offset != nil)
        Support.type("\r", &state)
        guard case .reader(let again) = state.screen else { Issue.record("no reader"); return }
        #expect(again.top == reader.top, "opens where it was left")
        _ = Update.update(&state, .resize(width: 120, height: 24))
        guard case .reader(let wider) = state.screen else { return }
        // Quitting from the article keeps its place too.
        let quit = Update.update(&state, .key(.control("c")))
        #expect(quit.last == .quit)
        #expect(kept(quit)[path]?.position == wider.layout.offset(ofLine: wider.top))
    }

    @Test func marksFromAnEarlierRunDoNotOverrideThisRuns() {
        var state = Support.state()
        Support.type("j", &state)
        let path = state.articles[state.library.selectedArticle(in: state.corpus)!].path
        Support.type("*", &state)
        _ = Update.update(&state, .marksRead([path: ReadingMark(read: true)]))
        #expect(state.marks[path] == ReadingMark(starred: true))
    }
}

/// The reader opens before the corpus is read: articles fill in, what needs all of them waits.
@Suite struct LoadingScreenTests {
    private let empty = Corpus(articles: [], events: [], statements: [])

    @Test func theLibraryShowsProgressAndFillsIn() {
        var state = AppState(corpus: empty, width: 100, height: 24, loading: LoadProgress(done: 0, total: 0, seconds: 0))
        #expect(View.render(state).lines.contains { $0.contains("Reading the articles…") })
        let some = Array(Support.seeds().prefix(2))
        _ = Update.update(&state, .corpusLoading(Corpus(articles: some, events: [], statements: []),
                                                 LoadProgress(done: 2, total: 5, seconds: 1)))
        var lines = View.render(state).lines
        #expect(lines[1].hasPrefix(" Articles read so far · 2 · events once all are read"))
        #expect(lines[23].hasPrefix(" Reading ████"))
        #expect(lines[23].contains("2 of 5 files · 2 a second"))
        Support.type("/", &state)
        #expect(View.render(state).lines[23].contains("Still reading the articles (2 of 5)"))
        Support.type("j\r", &state)
        guard case .reader(let reader) = state.screen else { Issue.record("articles read so far can be opened"); return }
        _ = Update.update(&state, .corpusLoaded(Support.seedCorpus, SearchIndex(corpus: Support.seedCorpus), notice: nil))
        guard case .reader(let still) = state.screen else { Issue.record("the open article stays open"); return }
        #expect(still.article == reader.article)
        Support.type("q", &state)
        lines = View.render(state).lines
        #expect(lines[1].hasPrefix(" All articles · 5 · 1 event reported by several outlets"))
        #expect(state.loading == nil)
    }
}
