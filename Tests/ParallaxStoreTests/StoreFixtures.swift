import Foundation
import ParallaxCore

/// A folder of articles and a store folder of its own for each test, removed when the test is done.
final class StoreFixtures {
    let articles: URL
    let store: URL
    private let root: URL

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("parallax-store-\(UUID().uuidString)")
        articles = root.appendingPathComponent("articles")
        store = root.appendingPathComponent("store")
        try FileManager.default.createDirectory(at: articles, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: root)
    }

    func write(_ name: String, title: String, body: String) throws {
        let text = "---\ntitle: \(title)\noutlet: Test News\ndate: 2025-06-16\n---\n\(body)\n"
        try Data(text.utf8).write(to: articles.appendingPathComponent(name))
    }

    func path(_ name: String) -> String {
        articles.appendingPathComponent(name).path
    }

    /// Sets a file's modification time, as a later save of the same bytes would.
    func touch(_ name: String, secondsLater: Double) throws {
        let attributes = try FileManager.default.attributesOfItem(atPath: path(name))
        let modified = (attributes[.modificationDate] as! Date).addingTimeInterval(secondsLater)
        try FileManager.default.setAttributes([.modificationDate: modified], ofItemAtPath: path(name))
    }
}
