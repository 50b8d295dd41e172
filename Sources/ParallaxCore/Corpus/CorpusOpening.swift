/// A corpus opened from its files: loaded (through the cache when there is one), analysed
/// across its articles, and indexed for search when asked. What was found across the files
/// last time is taken from the cache when not one of them has changed.
public struct CorpusOpening: Sendable {
    public let corpus: Corpus
    /// Nil when not asked for.
    public let index: SearchIndex?
    public let warnings: [CorpusLoader.Warning]
    /// True when the events, statements and index (if asked for) came from the cache.
    public let findingsFromCache: Bool

    public static func open(paths: [String], cache: ReadingCache? = nil, withIndex: Bool,
                            progress: ((CorpusLoader.Progress) -> Void)? = nil) -> CorpusOpening {
        let loaded = CorpusLoader.load(paths: paths, cache: cache, progress: progress)
        let key = paths.map(FileStamp.key(for:)).joined(separator: "\n")
        let fingerprint = Self.fingerprint(loaded.files)
        let kept = cache?.keptFindings(for: key).flatMap { $0.fingerprint == fingerprint ? $0 : nil }
        let keptCorpus = kept.flatMap { try? unarchivedCorpus(loaded.articles, $0.findings) }
        let keptIndex = withIndex ? kept?.index.flatMap { try? unarchivedIndex($0) } : nil
        let corpus = keptCorpus ?? Corpus(analysing: loaded.articles)
        let index = withIndex ? keptIndex ?? SearchIndex(corpus: corpus) : nil
        let foundAgain = keptCorpus == nil, indexedAgain = withIndex && keptIndex == nil
        if let cache, foundAgain || indexedAgain {
            var findings = ArchiveWriter()
            corpus.archiveFindings(into: &findings)
            // An index kept for these same files stays kept, as its bytes; only a new one is archived.
            let searchIndex = indexedAgain ? index.map(KeptFindings.IndexToKeep.archiving) : kept?.index.map(KeptFindings.IndexToKeep.archive)
            cache.keep(KeptFindings(key: key, fingerprint: fingerprint, findings: findings.bytes, searchIndex: searchIndex))
        }
        return CorpusOpening(corpus: corpus, index: index, warnings: loaded.warnings,
                             findingsFromCache: !foundAgain && !indexedAgain)
    }

    /// Every article file's path and content, in order: equal only for the same files with the same texts.
    static func fingerprint(_ files: [CorpusLoader.FileContent]) -> UInt64 {
        var hash = FNV1a()
        for file in files {
            for byte in file.path.utf8 { hash.add(byte) }
            hash.add(0)
            for shift in stride(from: 0, to: 64, by: 8) { hash.add(UInt8(truncatingIfNeeded: file.contentHash >> UInt64(shift))) }
        }
        return hash.value
    }

    private static func unarchivedCorpus(_ articles: [Article], _ bytes: [UInt8]) throws -> Corpus {
        var reader = ArchiveReader(bytes)
        let corpus = try Corpus(articles: articles, unarchivingFindings: &reader)
        guard reader.isAtEnd else { throw ArchiveDamage("findings run on past their end") }
        return corpus
    }

    private static func unarchivedIndex(_ bytes: [UInt8]) throws -> SearchIndex {
        var reader = ArchiveReader(bytes)
        let index = try SearchIndex(unarchiving: &reader)
        guard reader.isAtEnd else { throw ArchiveDamage("the index runs on past its end") }
        return index
    }
}
