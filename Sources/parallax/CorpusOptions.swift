import ArgumentParser
import ParallaxCore

/// `--corpus PATH`, repeatable, default `./seeds`; loads through the cache and reports what it
/// skipped (and any trouble with the cache) on stderr.
struct CorpusOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("A file or folder of articles (repeatable).", valueName: "PATH"))
    var corpus: [String] = []

    @Flag(name: .long, help: "Print JSON instead of aligned text.")
    var json = false

    @Flag(name: .customLong("no-cache"), help: "Read every file anew, and keep nothing.")
    var noCache = false

    init() {}

    init(corpus: [String], noCache: Bool = false) {
        self.corpus = corpus
        self.noCache = noCache
    }

    /// The paths given, or the seeds.
    var paths: [String] { corpus.isEmpty ? ["seeds"] : corpus }

    /// The articles alone, without what is found across them.
    func load() -> [Article] {
        let stores = Stores.open(cache: !noCache, reading: false)
        let progress = LoadProgressLine()
        let result = CorpusLoader.load(paths: paths, cache: stores.cache, progress: progress.update)
        progress.finish()
        report(result.warnings, stores: stores)
        return result.articles
    }

    /// The articles with their events and shared statements, and the search index when asked.
    func open(withIndex: Bool = false) -> CorpusOpening {
        let stores = Stores.open(cache: !noCache, reading: false)
        let progress = LoadProgressLine()
        let opening = CorpusOpening.open(paths: paths, cache: stores.cache, withIndex: withIndex, progress: progress.update)
        progress.finish()
        report(opening.warnings, stores: stores)
        return opening
    }

    func analysed() -> Corpus {
        open().corpus
    }

    private func report(_ warnings: [CorpusLoader.Warning], stores: Stores) {
        for warning in warnings { Output.warn("skipped \(warning)") }
        // Notices raised while loading (a write that failed) as well as on opening.
        let notices = stores.notices + [stores.cache?.notice].compactMap { $0 }
        for notice in Array(Set(notices)).sorted() { Output.warn(notice) }
    }
}
