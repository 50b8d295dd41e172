import ParallaxCore

/// The files a reading skipped, said in one line of the reader's status bar.
enum SkippedFiles {
    static func notice(_ warnings: [CorpusLoader.Warning]) -> String? {
        guard let first = warnings.first else { return nil }
        return warnings.count == 1 ? "Skipped \(first)" : "Skipped \(warnings.count) files, first \(first)"
    }
}
