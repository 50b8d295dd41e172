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

    /// The speaker of each text's first quotation: one rule checked on several sentences.
    static func firstSpeakers(_ texts: [String]) throws -> [String?] {
        try texts.map { try quotes($0).first?.speaker }
    }

    /// The words and punctuation of a whole text.
    static func tokens(_ text: String) -> [Token] {
        let scalars = Array(text.unicodeScalars)
        return Tokenizer.tokens(scalars, in: 0..<scalars.count)
    }

    /// A news report with front matter, its id `id`.
    static func story(_ id: String, outlet: String, date: String?, title: String, url: String? = nil, _ body: String) throws -> Article {
        let dateLine = date.map { "date: \($0)\n" } ?? ""
        let urlLine = url.map { "url: \($0)\n" } ?? ""
        return try article("---\ntitle: \(title)\noutlet: \(outlet)\n\(dateLine)\(urlLine)---\n\(body)\n", path: "\(id).txt")
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
