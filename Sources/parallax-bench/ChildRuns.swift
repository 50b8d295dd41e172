import ArgumentParser
import Foundation
import ParallaxCore
import ParallaxStore
import ParallaxUI

/// What one measuring process reports to the benchmark that started it.
struct ChildReport: Codable {
    var files = 0
    var seconds = 0.0
    var firstScreenSeconds: Double?
    var eventsSeconds: Double?
    var queries: [String] = []
    var querySeconds: [Double] = []
    var peakMemory = 0
}

/// Where the store and the corpus are, for a measuring process.
struct ChildOptions: ParsableArguments {
    @Option var folder: String
    @Option var store: String
}

/// `ingest`: the first reading of a folder into an empty store, as Parallax does it — parsed,
/// analysed, grouped into events, indexed and kept — in its own process, for its memory.
struct IngestRun: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "ingest", shouldDisplay: false)

    @OptionGroup var options: ChildOptions

    func run() throws {
        let cache = try ArticleCache(folder: URL(fileURLWithPath: options.store))
        let (opening, seconds) = Measure.seconds {
            CorpusOpening.open(paths: [options.folder], cache: cache, withIndex: true)
        }
        let report = ChildReport(files: opening.corpus.articles.count, seconds: seconds,
                                 peakMemory: Measure.peakMemory)
        print(String(decoding: try JSONEncoder().encode(report), as: UTF8.self))
    }
}

/// `warm`: a start over a store that has the folder: the first screen with articles (the first
/// slice read and the library drawn), all read with events and index; then events found anew
/// and the fixed queries, timed.
struct WarmRun: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "warm", shouldDisplay: false)

    @OptionGroup var options: ChildOptions

    func run() throws {
        let clock = ContinuousClock()
        let start = clock.now
        let cache = try ArticleCache(folder: URL(fileURLWithPath: options.store))
        var firstScreen: Duration?
        // As the reader does: an empty library first, the articles read so far filled in.
        var state = AppState(corpus: Corpus(articles: [], events: [], statements: []), width: 120, height: 40,
                             loading: LoadProgress(done: 0, total: 0, seconds: 0))
        let opening = CorpusOpening.open(paths: [options.folder], cache: cache, withIndex: true) { progress in
            guard firstScreen == nil, !progress.articles.isEmpty else { return }
            let partial = Corpus(articles: progress.articles, events: [], statements: [])
            _ = Update.update(&state, .corpusLoading(partial, LoadProgress(done: progress.done, total: progress.total, seconds: 0)))
            _ = View.render(state)
            firstScreen = clock.now - start
        }
        let ready = clock.now - start
        // The start's own peak: finding the events again, for their time, is no part of a start.
        let peakMemory = Measure.peakMemory
        let (_, events) = Measure.seconds { EventDetector.events(in: opening.corpus.articles) }
        let index = opening.index ?? SearchIndex(corpus: opening.corpus)
        let queries = QuerySet.queries(for: opening.corpus.articles)
        var times: [Double] = []
        for _ in 0..<5 {
            for text in queries {
                guard let query = try? QueryParser.parse(text) else { continue }
                times.append(Measure.seconds { index.search(query) }.1)
            }
        }
        let report = ChildReport(files: opening.corpus.articles.count, seconds: ready.inSeconds,
                                 firstScreenSeconds: firstScreen?.inSeconds, eventsSeconds: events,
                                 queries: queries, querySeconds: times, peakMemory: peakMemory)
        print(String(decoding: try JSONEncoder().encode(report), as: UTF8.self))
    }
}
