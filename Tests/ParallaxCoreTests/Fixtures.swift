import Foundation
@testable import ParallaxCore

/// Small helpers to read texts written in the tests.
enum Fixtures {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let seeds = repository.appendingPathComponent("seeds").path

    static func article(_ text: String, path: String = "test.txt") throws -> Article {
        try ArticleReader.read(data: Data(text.utf8), path: path)
    }

    static func quotes(_ text: String) throws -> [Quotation] {
        try article(text).quotations
    }

    static func seedArticles() -> [Article] {
        CorpusLoader.load(paths: [seeds]).articles
    }

    /// A fresh folder under the temporary directory.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("parallax-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
