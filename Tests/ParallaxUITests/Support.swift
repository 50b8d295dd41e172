import Foundation
import ParallaxCore
@testable import ParallaxUI

enum Support {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func seeds() -> [Article] {
        CorpusLoader.load(paths: [repository.appendingPathComponent("seeds").path]).articles
    }

    static let seedCorpus = Corpus(analysing: seeds())

    static func state(width: Int = 80, height: Int = 24, articles: [Article] = seeds()) -> AppState {
        AppState(corpus: Corpus(analysing: articles), width: width, height: height)
    }

    /// Sends keys typed as text ("jj\r" is j, j, Enter; "\t" is Tab).
    @discardableResult
    static func type(_ keys: String, _ state: inout AppState) -> [Effect] {
        var effects: [Effect] = []
        for character in keys {
            let key: Key = character == "\r" ? .enter : character == "\u{1B}" ? .escape : character == "\t" ? .tab : .character(character)
            effects += Update.update(&state, .key(key))
        }
        return effects
    }

    static func article(_ text: String, id: String = "a") throws -> Article {
        try ArticleReader.read(data: Data(text.utf8), path: "\(id).txt")
    }
}
