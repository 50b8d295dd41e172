import ArgumentParser
import Foundation
import ParallaxCore
import ParallaxUI

/// The search index's build time and size, and the time from a key typed in the search line
/// to the redrawn screen (the query run and the whole screen drawn into the grid).
struct SearchBench: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "search", abstract: "Index build, size and per-keystroke search time.")

    @OptionGroup var size: CorpusSize

    @Option(help: "Queries typed a key at a time (default: the benchmark's fixed set, drawn from the corpus's titles).")
    var query: [String] = []

    func run() throws {
        let (articles, making) = Measure.seconds { size.make() }
        let textBytes = articles.reduce(0) { $0 + $1.text.utf8.count + ($1.metadata.title?.utf8.count ?? 0) }
        print("articles: \(articles.count) (\(Measure.megabytes(textBytes)) of text), made and read in \(String(format: "%.1f s", making))")
        let corpus = Corpus(articles: articles, events: [], statements: [])
        let (index, building) = Measure.seconds { SearchIndex(corpus: corpus) }
        let kept = index.storedBytes
        print("index: built in \(String(format: "%.2f s", building)); it keeps about \(Measure.megabytes(kept)) "
              + "(\(String(format: "%.0f%%", Double(kept) * 100 / Double(max(1, textBytes)))) of the text), \(index.termCount) words")
        let half = Corpus(articles: Array(articles.prefix(articles.count / 2)), events: [], statements: [])
        let (_, halfBuilding) = Measure.seconds { SearchIndex(corpus: half) }
        print("index: half the corpus built in \(String(format: "%.2f s", halfBuilding)) (linear would be \(String(format: "%.2f s", building / 2)))")

        var state = AppState(corpus: corpus, width: 120, height: 40)
        var times: [Double] = []
        for text in query.isEmpty ? QuerySet.queries(for: articles) : query {
            _ = Update.update(&state, .key(.character("/")))
            var these: [Double] = []
            for character in text {
                let (_, elapsed) = Measure.seconds {
                    _ = Update.update(&state, .key(.character(character)))
                    _ = View.render(state)
                }
                these.append(elapsed)
            }
            times += these
            if case .search(let search) = state.screen {
                print("  \(text): \(search.results.count) results; keys: median \(Measure.milliseconds(Measure.median(these))), "
                      + "worst \(Measure.milliseconds(these.max() ?? 0))")
            }
            _ = Update.update(&state, .key(.escape))
        }
        print("keystroke (query + redraw at 120×40), \(times.count) keys: median \(Measure.milliseconds(Measure.median(times))), "
              + "90th percentile \(Measure.milliseconds(Measure.percentile(times, 0.9))), worst \(Measure.milliseconds(times.max() ?? 0))")
    }
}
