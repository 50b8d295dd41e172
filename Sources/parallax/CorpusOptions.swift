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
        reading { cache, progress in CorpusLoader.load(paths: paths, cache: cache, progress: progress) }.articles
    }

    /// The articles with their events and shared statements, and the search index when asked.
    func open(withIndex: Bool = false) -> CorpusOpening {
        reading { cache, progress in CorpusOpening.open(paths: paths, cache: cache, withIndex: withIndex, progress: progress) }
    }

    func analysed() -> Corpus {
        open().corpus
    }

    /// Runs a reading of the paths with the cache and a progress line, then reports what it skipped and any trouble with the cache.
    private func reading<Reading: SkipsFiles>(_ read: (ReadingCache?, @escaping (CorpusLoader.Progress) -> Void) -> Reading) -> Reading {
        let stores = Stores.open(cache: !noCache, reading: false)
        let progress = LoadProgressLine()
        let result = read(stores.cache, progress.update)
        progress.finish()
        for warning in result.warnings { Output.warn("skipped \(warning)") }
        // Notices raised while loading (a write that failed) as well as on opening.
        let notices = stores.notices + [stores.cache?.notice].compactMap { $0 }
        for notice in Array(Set(notices)).sorted() { Output.warn(notice) }
        return result
    }
}

/// A reading of files that may have skipped some.
protocol SkipsFiles {
    var warnings: [CorpusLoader.Warning] { get }
}

extension CorpusLoader.Result: SkipsFiles {}
extension CorpusOpening: SkipsFiles {}
