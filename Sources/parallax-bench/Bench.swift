import ArgumentParser
import Foundation
import MemoryTuning
import ParallaxCore
import SyntheticNews

/// `parallax-bench`: figures for Parallax's speed on corpora too big to keep in the repository.
@main
struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parallax-bench", abstract: "Measure Parallax on a large made-up corpus, or on a folder you give it.",
        subcommands: [FullBench.self, GenerateCommand.self, SearchBench.self, IngestRun.self, WarmRun.self],
        defaultSubcommand: FullBench.self)

    static func main() {
        parallax_return_freed_memory()
        main(nil)
    }
}

/// How many articles to make up, and from which seed.
struct CorpusSize: ParsableArguments {
    @Option(help: "Articles to make up.")
    var articles = 40_000

    @Option(help: "The random seed; the same seed and count give the same corpus.")
    var seed: UInt64 = 1

    /// The made-up articles, read as Parallax reads files, on every core.
    func make() -> [Article] {
        var generator = NewsGenerator(seed: seed)
        let made = generator.articles(articles)
        let slots = UnsafeMutableBufferPointer<Article?>.allocate(capacity: made.count)
        slots.initialize(repeating: nil)
        defer { slots.deallocate() }
        nonisolated(unsafe) let shared = slots
        DispatchQueue.concurrentPerform(iterations: made.count) { index in
            shared[index] = try? ArticleReader.read(data: Data(made[index].json.utf8), path: made[index].fileName)
        }
        return slots.compactMap { $0 }
    }

    /// The folder the corpus is written to when it is not there yet: one per count and seed, kept for the next run.
    var folder: URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("parallax-bench-\(articles)-\(seed)")
    }

    func writeIfMissing() throws -> URL {
        let existing = (try? FileManager.default.contentsOfDirectory(atPath: folder.path))?.count ?? 0
        if existing != articles {
            try? FileManager.default.removeItem(at: folder)
            var generator = NewsGenerator(seed: seed)
            try generator.write(articles, to: folder)
        }
        return folder
    }
}

/// `parallax-bench generate --articles N --out DIR`: writes the made-up corpus as news-please JSON files.
struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "generate", abstract: "Write the made-up corpus to a folder.")

    @OptionGroup var size: CorpusSize

    @Option(help: ArgumentHelp("The folder to write to.", valueName: "DIR"))
    var out: String

    func run() throws {
        var generator = NewsGenerator(seed: size.seed)
        try generator.write(size.articles, to: URL(fileURLWithPath: out))
        print("\(size.articles) articles in \(out)")
    }
}
