import Foundation
import GRDB
import Synchronization
import Testing
import ParallaxCore
@testable import ParallaxStore

/// Files are parsed once; a changed, added or removed file is noticed; findings and the index
/// are kept for an unchanged set; a damaged or foreign cache is rebuilt.
struct ArticleCacheTests {
    let fixtures: StoreFixtures

    init() throws {
        fixtures = try StoreFixtures()
        try fixtures.write("one.md", title: "Mayor opens bridge", body: "The mayor opened the bridge. “It is a great day for the city,” Mayor Ana Ruiz said.")
        try fixtures.write("two.md", title: "Council votes on budget", body: "The council voted on Tuesday. “We kept every promise,” council leader Tom Berg said.")
        try fixtures.write("three.md", title: "Storm closes schools", body: "A storm closed the schools. “Stay at home,” the police said.")
    }

    private func load() throws -> CorpusLoader.Result {
        CorpusLoader.load(paths: [fixtures.articles.path], cache: try ArticleCache(folder: fixtures.store))
    }

    @Test func unchangedFilesAreNotParsedAgain() throws {
        let first = try load()
        #expect(first.parsed == 3)
        let second = try load()
        #expect(second.parsed == 0)
        #expect(second.articles == first.articles)
    }

    @Test func aChangedFileIsParsedAgain() throws {
        _ = try load()
        try fixtures.write("two.md", title: "Council rejects budget", body: "The council said no. “Not this year,” Tom Berg said.")
        try fixtures.touch("two.md", secondsLater: 5)
        let again = try load()
        #expect(again.parsed == 1)
        #expect(again.articles.first { $0.id == "two" }?.metadata.title == "Council rejects budget")
    }

    @Test func aChangeOfContentAtTheSameSizeAndTimeIsStillCaughtWhenTheTimeMoves() throws {
        _ = try load()
        // Same bytes, new time: the hash says nothing changed, so it is not parsed.
        try fixtures.touch("one.md", secondsLater: 60)
        let touched = try load()
        #expect(touched.parsed == 0)
        // And the new time is kept, so the next run does not even read it.
        #expect(try load().parsed == 0)
    }

    @Test func addedAndRemovedFiles() throws {
        _ = try load()
        try fixtures.write("four.md", title: "Library reopens", body: "The library reopened on Monday.")
        try FileManager.default.removeItem(atPath: fixtures.path("three.md"))
        let again = try load()
        #expect(again.parsed == 1)
        #expect(again.articles.map(\.id) == ["four", "one", "two"])
    }

    @Test func aRemovedFileIsForgotten() throws {
        _ = try load()
        try FileManager.default.removeItem(atPath: fixtures.path("three.md"))
        _ = try load()
        let cache = try ArticleCache(folder: fixtures.store)
        #expect(cache.keptFiles(at: [fixtures.path("three.md")]).isEmpty)
        #expect(cache.keptFiles(at: [fixtures.path("one.md"), fixtures.path("two.md")]).count == 2)
    }

    @Test func filesThatAreNotArticlesAreRememberedWithTheirReason() throws {
        try Data().write(to: fixtures.articles.appendingPathComponent("empty.txt"))
        let first = try load()
        #expect(first.warnings.map(\.reason) == ["empty file"])
        let second = try load()
        #expect(second.parsed == 0)
        #expect(second.warnings.map(\.reason) == ["empty file"])
    }

    @Test func findingsAndTheIndexAreKeptForAnUnchangedSet() throws {
        let cache = try ArticleCache(folder: fixtures.store)
        let first = CorpusOpening.open(paths: [fixtures.articles.path], cache: cache, withIndex: true)
        #expect(!first.findingsFromCache)
        let second = CorpusOpening.open(paths: [fixtures.articles.path], cache: cache, withIndex: true)
        #expect(second.findingsFromCache)
        #expect(second.corpus.events == first.corpus.events)
        let query = try QueryParser.parse("council")
        #expect(second.index?.search(query).map(\.article) == first.index?.search(query).map(\.article))
        try fixtures.write("four.md", title: "Council again", body: "The council met again.")
        let third = CorpusOpening.open(paths: [fixtures.articles.path], cache: cache, withIndex: true)
        #expect(!third.findingsFromCache)
        #expect(third.index?.search(query).count == 2)
    }

    @Test func onlyTheLatestSetsOfFindingsAreKept() throws {
        let cache = try ArticleCache(folder: fixtures.store)
        for number in 0..<(ArticleCache.keptCorpora + 3) {
            cache.keep(KeptFindings(key: "/corpus/\(number)", fingerprint: UInt64(number), findings: [1, 2, 3], index: nil))
        }
        #expect(cache.keptFindings(for: "/corpus/0") == nil)
        #expect(cache.keptFindings(for: "/corpus/2") == nil)
        #expect(cache.keptFindings(for: "/corpus/3")?.fingerprint == 3)
        // Writing an old one again makes it the latest.
        cache.keep(KeptFindings(key: "/corpus/3", fingerprint: 33, findings: [1], index: nil))
        cache.keep(KeptFindings(key: "/corpus/new", fingerprint: 1, findings: [1], index: nil))
        #expect(cache.keptFindings(for: "/corpus/3")?.fingerprint == 33)
        #expect(cache.keptFindings(for: "/corpus/4") == nil)
    }

    @Test func anIndexArchivedAsItIsKeptComesBackAsItsBytes() throws {
        let cache = try ArticleCache(folder: fixtures.store)
        let index = SearchIndex(corpus: Corpus(analysing: try load().articles))
        var parts: [UInt8] = []
        index.archive(inPartsOf: .max) { parts += $0 }
        cache.keep(KeptFindings(key: "/corpus", fingerprint: 7, findings: [1], archiving: index))
        #expect(cache.keptFindings(for: "/corpus")?.index == parts)
    }

    @Test func anIndexLargerThanAPartComesBackWhole() throws {
        let cache = try ArticleCache(folder: fixtures.store)
        let index = (0..<(ArticleCache.partSize * 5 / 2)).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        cache.keep(KeptFindings(key: "/corpus", fingerprint: 7, findings: [], index: index))
        let kept = try #require(cache.keptFindings(for: "/corpus"))
        #expect(kept.findings == [])
        #expect(kept.index == index)
        // Kept again, smaller: no part of the larger one is left over.
        cache.keep(KeptFindings(key: "/corpus", fingerprint: 8, findings: [1], index: [9, 9]))
        #expect(cache.keptFindings(for: "/corpus")?.index == [9, 9])
        cache.keep(KeptFindings(key: "/corpus", fingerprint: 9, findings: [1], index: nil))
        #expect(cache.keptFindings(for: "/corpus")?.index == nil)
    }

    @Test func aDamagedCacheIsRebuiltWithANotice() throws {
        _ = try load()
        try FileManager.default.createDirectory(at: fixtures.store, withIntermediateDirectories: true)
        try Data(repeating: 0x5A, count: 8192).write(to: fixtures.store.appendingPathComponent("cache.sqlite"))
        let cache = try ArticleCache(folder: fixtures.store)
        #expect(cache.notice?.contains("damaged") == true)
        let result = CorpusLoader.load(paths: [fixtures.articles.path], cache: cache)
        #expect(result.articles.count == 3)
        #expect(result.parsed == 3)
    }

    @Test func aCacheFromAnotherVersionIsEmptied() throws {
        _ = try load()
        #expect(try ArticleCache(folder: fixtures.store).notice == nil)
        try ArticleCache(folder: fixtures.store).keep(KeptFindings(key: "/corpus", fingerprint: 1, findings: [1], index: [2]))
        let database = try DatabaseQueue(path: fixtures.store.appendingPathComponent("cache.sqlite").path)
        try database.write { try $0.execute(sql: "UPDATE meta SET value = '0 other build' WHERE key = 'format'") }
        try database.close()
        let reopened = try ArticleCache(folder: fixtures.store)
        #expect(reopened.notice?.contains("another version") == true)
        #expect(reopened.keptFiles(at: [fixtures.path("one.md")]).isEmpty)
        // The findings and every part of them go too.
        #expect(reopened.keptFindings(for: "/corpus") == nil)
        let parts = try DatabaseQueue(path: fixtures.store.appendingPathComponent("cache.sqlite").path)
        #expect(try parts.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM corpusPart") } == 0)
        try parts.close()
    }

    @Test func aLockedCacheCostsTimeNotArticles() throws {
        _ = try load()
        let cache = try ArticleCache(folder: fixtures.store, waiting: 0.2)
        let lock = try ExternalLock(fixtures.store.appendingPathComponent("cache.sqlite"))
        defer { lock.release() }
        // It reads beside the lock (WAL); what it cannot write is said, and every article loads.
        try fixtures.write("four.md", title: "Library reopens", body: "The library reopened on Monday.")
        let result = CorpusLoader.load(paths: [fixtures.articles.path], cache: cache)
        #expect(result.articles.count == 4)
        #expect(cache.notice?.contains("cannot be kept") == true)
    }

    @Test func noFolderToKeepItInIsAProblemNotACrash() throws {
        let file = fixtures.store.deletingLastPathComponent().appendingPathComponent("a-file")
        try Data("x".utf8).write(to: file)
        #expect(throws: StoreProblem.self) { _ = try ArticleCache(folder: file.appendingPathComponent("parallax")) }
    }

    @Test func instancesMakingANewCacheAtOnceAllOpenIt() throws {
        // Each pool is a connection of its own, as another process's would be.
        for round in 0..<100 {
            let folder = fixtures.store.appendingPathComponent("round-\(round)")
            let failures = Mutex<[String]>([])
            DispatchQueue.concurrentPerform(iterations: 6) { _ in
                do { _ = try ArticleCache(folder: folder) } catch { failures.withLock { $0.append("\(error)") } }
            }
            let failed = failures.withLock { $0 }
            #expect(failed.isEmpty, "round \(round): \(failed)")
        }
    }
}
