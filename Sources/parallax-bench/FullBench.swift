import ArgumentParser
import Foundation

/// The figures the README keeps: cold ingest, warm start, query latency, events, peak memory,
/// and `grep -rli` over the same files as a baseline, measured in one run. Each start runs in
/// a process of its own, so its memory is its own and the warm start is a real start.
struct FullBench: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "run", abstract: "Measure every figure (the default).")

    @OptionGroup var size: CorpusSize

    @Option(help: ArgumentHelp("Measure this folder of articles instead of a made-up corpus.", valueName: "PATH"))
    var folder: String?

    @Flag(help: "Print the figures as JSON.")
    var json = false

    struct Figures: Codable {
        var corpus: String
        var files: Int
        var corpusBytes: Int
        var coldIngestSeconds: Double
        var coldIngestMBPerSecond: Double
        var warmFirstScreenMilliseconds: Double
        var warmReadySeconds: Double
        var queryP50Milliseconds: Double
        var queryP99Milliseconds: Double
        var eventsSeconds: Double
        var peakMemoryBytes: Int
        var peakMemoryPerCorpusByte: Double
        var grepP50Milliseconds: Double
        var grepP99Milliseconds: Double
        var queries: [String]
    }

    func run() throws {
        let corpus = try folder.map { URL(fileURLWithPath: $0) } ?? size.writeIfMissing()
        let bytes = Self.bytes(under: corpus)
        let store = FileManager.default.temporaryDirectory.appendingPathComponent("parallax-bench-store-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: store) }
        let cold = try child("ingest", corpus: corpus, store: store)
        let warm = try child("warm", corpus: corpus, store: store)
        let grep = warm.queries.compactMap(Self.grepWord).map { word in Measure.seconds { Self.grep(word, in: corpus) }.1 }
        let peak = max(cold.peakMemory, warm.peakMemory)
        let figures = Figures(
            corpus: corpus.path, files: warm.files, corpusBytes: bytes,
            coldIngestSeconds: cold.seconds, coldIngestMBPerSecond: Double(bytes) / 1_048_576 / cold.seconds,
            warmFirstScreenMilliseconds: (warm.firstScreenSeconds ?? warm.seconds) * 1000, warmReadySeconds: warm.seconds,
            queryP50Milliseconds: Measure.percentile(warm.querySeconds, 0.5) * 1000,
            queryP99Milliseconds: Measure.percentile(warm.querySeconds, 0.99) * 1000,
            eventsSeconds: warm.eventsSeconds ?? 0, peakMemoryBytes: peak, peakMemoryPerCorpusByte: Double(peak) / Double(max(1, bytes)),
            grepP50Milliseconds: Measure.percentile(grep, 0.5) * 1000, grepP99Milliseconds: Measure.percentile(grep, 0.99) * 1000,
            queries: warm.queries)
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            print(String(decoding: try encoder.encode(figures), as: UTF8.self))
        } else {
            print(Self.table(figures))
        }
    }

    static func table(_ f: Figures) -> String {
        let rows: [(String, String, String)] = [
            ("cold ingest", String(format: "%.1f MB/s (%.1f s)", f.coldIngestMBPerSecond, f.coldIngestSeconds), "≥ 50 MB/s"),
            ("warm start to first screen", String(format: "%.0f ms (all read %.2f s)", f.warmFirstScreenMilliseconds, f.warmReadySeconds), "≤ 200 ms"),
            ("query p50 / p99", String(format: "%.2f / %.2f ms", f.queryP50Milliseconds, f.queryP99Milliseconds), "≤ 5 / ≤ 20 ms"),
            ("events", String(format: "%.1f s", f.eventsSeconds), "≤ 10 s"),
            ("peak memory", String(format: "%@ (%.2f × the corpus)", Measure.megabytes(f.peakMemoryBytes), f.peakMemoryPerCorpusByte), "≤ 2 ×"),
            ("grep -rli p50 / p99", String(format: "%.0f / %.0f ms", f.grepP50Milliseconds, f.grepP99Milliseconds), "baseline"),
        ]
        var lines = ["\(f.files) articles, \(Measure.megabytes(f.corpusBytes)) on disk, \(ProcessInfo.processInfo.activeProcessorCount) cores: \(f.corpus)", ""]
        lines.append("| figure | measured | target |")
        lines.append("| --- | --- | --- |")
        lines += rows.map { "| \($0.0) | \($0.1) | \($0.2) |" }
        return lines.joined(separator: "\n")
    }

    /// Runs this executable's measuring subcommand in a process of its own and reads its report.
    private func child(_ command: String, corpus: URL, store: URL) throws -> ChildReport {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        process.arguments = [command, "--folder", corpus.path, "--store", store.path]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw ValidationError("the \(command) run failed") }
        return try JSONDecoder().decode(ChildReport.self, from: data)
    }

    /// The first plain word of a query, what grep can look for.
    static func grepWord(_ query: String) -> String? {
        query.split(separator: " ").first { !$0.contains(":") && !$0.hasPrefix("-") }
            .map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "\"")) }
    }

    private static func grep(_ word: String, in folder: URL) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["grep", "-rli", "--", word, folder.path]
        process.standardOutput = FileHandle.nullDevice
        try? process.run()
        process.waitUntilExit()
    }

    private static func bytes(under folder: URL) -> Int {
        let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.fileSizeKey])
        var total = 0
        while let url = enumerator?.nextObject() as? URL {
            total += (try? url.resourceValues(forKeys: [.fileSizeKey]))?.fileSize ?? 0
        }
        return total
    }
}
