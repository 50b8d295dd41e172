import ArgumentParser
import ParallaxCore

/// `--corpus PATH`, repeatable, default `./seeds`; loads and reports what it skipped on stderr.
struct CorpusOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("A file or folder of articles (repeatable).", valueName: "PATH"))
    var corpus: [String] = []

    @Flag(name: .long, help: "Print JSON instead of aligned text.")
    var json = false

    init() {}

    init(corpus: [String]) {
        self.corpus = corpus
    }

    func load() -> [Article] {
        let result = CorpusLoader.load(paths: corpus.isEmpty ? ["seeds"] : corpus)
        for warning in result.warnings {
            Output.warn("skipped \(warning)")
        }
        return result.articles
    }

    /// The articles with their events and shared statements.
    func analysed() -> Corpus {
        Corpus(analysing: load())
    }
}
