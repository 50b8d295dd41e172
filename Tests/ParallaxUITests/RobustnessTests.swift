import Foundation
import Testing
import ParallaxCore
@testable import ParallaxUI

/// Texts made of the pieces that break readers (marks, controls, wide characters, stray
/// syntax), read and drawn at several sizes: nothing crashes, and no control character
/// reaches a cell.
@Suite struct RobustnessTests {
    private static let pieces = [
        "word", " ", " ", ".", ",", "\n", "\n\n", "“", "”", "\"", "‘", "’", "'", "—", "Mr.", "U.S.", "said", "he",
        "Trump", "\u{1B}[2J", "\u{202E}", "\u{07}", "日本", "👍🏽", "e\u{301}", "\r\n", "---\n", "# ", "**", "(", ")",
        "By Jane Doe, CNN", "date 2025-01-01 ", "\u{9B}", "漢字漢字漢字漢字漢字漢字",
    ]

    /// A small linear congruential generator, so every run draws the same texts.
    private struct Generator {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
    }

    @Test func randomTextsNeverBreakTheReader() throws {
        var random = Generator(state: 42)
        var read = 0
        for round in 0..<150 {
            let text = (0..<random.next(200)).map { _ in Self.pieces[random.next(Self.pieces.count)] }.joined()
            guard let article = try? ArticleReader.read(data: Data(text.utf8), path: "r\(round).txt") else { continue }
            read += 1
            for (width, height) in [(40, 10), (80, 24), (13, 5)] {
                var state = AppState(corpus: Corpus(analysing: [article]), width: width, height: height)
                Support.type("\r]qG[qg", &state)
                _ = Update.update(&state, .resize(width: width + 7, height: height + 3))
                let grid = View.render(state)
                #expect(grid.cells.allSatisfy { !$0.glyph.unicodeScalars.contains(where: VisibleText.isControl) })
            }
        }
        #expect(read > 100, "most random texts are still articles")
    }
}
