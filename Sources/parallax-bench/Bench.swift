import ArgumentParser
import Foundation
import ParallaxCore
import ParallaxUI

/// `parallax-bench`: figures for Parallax's speed on corpora too big to keep in the repository.
@main
struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parallax-bench", abstract: "Measure Parallax on a large synthetic corpus.",
        subcommands: [SearchBench.self], defaultSubcommand: SearchBench.self)
}

/// Options every benchmark shares: how many articles, and the corpus their words are learned from.
struct CorpusSize: ParsableArguments {
    @Option(help: "Articles to make up.")
    var articles = 40_000

    @Option(help: ArgumentHelp("A file or folder of real articles whose words the made-up ones use.", valueName: "PATH"))
    var learn = "../shared/corpora/events-dev"

    @Option(help: "The random seed.")
    var seed: UInt64 = 1

    /// The made-up articles, read as Parallax reads files, on every core.
    func make() throws -> [Article] {
        let source = CorpusLoader.load(paths: [learn]).articles
        guard !source.isEmpty else { throw ValidationError("no articles to learn words from at \(learn) (--learn PATH)") }
        var generator = SyntheticCorpus(learningFrom: source, seed: seed)
        let texts = (0..<articles).map { generator.article(number: $0) }
        let slots = UnsafeMutableBufferPointer<Article?>.allocate(capacity: texts.count)
        slots.initialize(repeating: nil)
        defer { slots.deallocate() }
        nonisolated(unsafe) let shared = slots
        DispatchQueue.concurrentPerform(iterations: texts.count) { index in
            shared[index] = try? ArticleReader.read(data: Data(texts[index].utf8), path: "synthetic/\(index).md")
        }
        return slots.compactMap { $0 }
    }
}
