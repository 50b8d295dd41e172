import Testing
import ParallaxCore
@testable import ParallaxUI

/// Articles whose bodies can no longer be read back (their files changed and the cache was
/// emptied while the reader was open) still open, compare and search: an empty text, and
/// nothing indexes past it.
@Suite struct LostBodyScreenTests {
    /// A shelf that has lost everything.
    final class EmptyShelf: BodyShelf, @unchecked Sendable {
        func bodies(at labels: [ShelfLabel]) -> [ArticleBody?] { labels.map { _ in nil } }
    }

    @Test func articlesWithLostBodiesStillOpenCompareAndSearch() throws {
        let shelf = EmptyShelf()
        let held = Support.seeds()
        let lost = held.enumerated().map { position, article in
            article.shelved(ShelfLabel(key: article.path, contentHash: UInt64(position), body: article.body), on: shelf)
        }
        var state = AppState(corpus: Corpus(articles: lost, events: Corpus(analysing: held).events, statements: []), width: 100, height: 30)
        // Open the first article of the event, move through its quotations, jump outlets.
        Support.type("j\r]q]qJK", &state)
        guard case .reader = state.screen else { Issue.record("not in the reader"); return }
        var grid = View.render(state)
        #expect(grid.cells.contains { $0.glyph != " " })
        // Side by side, the focus moved, the next difference.
        Support.type("s\t]c", &state)
        guard case .compare = state.screen else { Issue.record("not side by side"); return }
        grid = View.render(state)
        Support.type("qq", &state)
        // Search over an index made before the bodies were lost: results draw without snippets.
        state.fillIn(state.corpus, index: SearchIndex(corpus: Corpus(analysing: held)))
        Support.type("/ice", &state)
        guard case .search(let search) = state.screen else { Issue.record("not searching"); return }
        #expect(!search.results.isEmpty)
        grid = View.render(state)
        #expect(grid.cells.contains { $0.glyph != " " })
        // Enter opens the article at its first hit, of which there is none in an empty text.
        Support.type("\r", &state)
        _ = View.render(state)
    }
}
