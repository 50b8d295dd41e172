import Foundation
import Testing
import ParallaxCore
@testable import ParallaxStore

/// Reading state survives runs, the cache's deletion and damage; a lock by another process is a problem, not a crash.
struct ReadingStateStoreTests {
    let fixtures = try! StoreFixtures()

    @Test func marksAreKeptAcrossRuns() throws {
        let store = try ReadingStateStore(folder: fixtures.store)
        try store.save(ReadingMark(read: true, starred: false, position: 120), path: "/news/a.json")
        try store.save(ReadingMark(read: false, starred: true), path: "/news/b.json")
        try store.save(ReadingMark(read: true, starred: true, position: 40), path: "/news/a.json")
        let later = try ReadingStateStore(folder: fixtures.store)
        #expect(try later.marks() == [
            "/news/a.json": ReadingMark(read: true, starred: true, position: 40),
            "/news/b.json": ReadingMark(read: false, starred: true),
        ])
    }

    @Test func deletingTheCacheKeepsReadingState() throws {
        _ = try ArticleCache(folder: fixtures.store)
        try ReadingStateStore(folder: fixtures.store).save(ReadingMark(read: true), path: "/news/a.json")
        for file in StoreDatabase.companions(of: fixtures.store.appendingPathComponent("cache.sqlite")) {
            try? FileManager.default.removeItem(at: file)
        }
        #expect(try ReadingStateStore(folder: fixtures.store).marks()["/news/a.json"]?.read == true)
    }

    @Test func aDamagedStateFileIsSetAsideNotDeleted() throws {
        try FileManager.default.createDirectory(at: fixtures.store, withIntermediateDirectories: true)
        try Data(repeating: 0x41, count: 4096).write(to: fixtures.store.appendingPathComponent("state.sqlite"))
        let store = try ReadingStateStore(folder: fixtures.store)
        #expect(store.notice?.contains("set aside") == true)
        let names = try FileManager.default.contentsOfDirectory(atPath: fixtures.store.path)
        #expect(names.contains { $0.hasPrefix("state.damaged-") })
        try store.save(ReadingMark(starred: true), path: "/news/a.json")
        #expect(try store.marks().count == 1)
    }

    @Test func aStoreLockedByAnotherProcessRefusesWithAReasonThenRecovers() throws {
        let store = try ReadingStateStore(folder: fixtures.store, waiting: 0.2)
        let lock = try ExternalLock(fixtures.store.appendingPathComponent("state.sqlite"))
        #expect {
            try store.save(ReadingMark(read: true), path: "/news/a.json")
        } throws: { error in
            "\(error)".contains("locked")
        }
        lock.release()
        try store.save(ReadingMark(read: true), path: "/news/a.json")
        #expect(try store.marks()["/news/a.json"]?.read == true)
    }
}
