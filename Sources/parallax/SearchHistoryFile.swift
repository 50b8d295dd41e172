import Foundation
import ParallaxCore

/// Where the search history is kept between runs: `$XDG_STATE_HOME/parallax/search_history`
/// (default ~/.local/state), one query a line, oldest first.
enum SearchHistoryFile {
    static var path: String {
        let environment = ProcessInfo.processInfo.environment
        let base = environment["XDG_STATE_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? (environment["HOME"] ?? NSHomeDirectory()) + "/.local/state"
        return base + "/parallax/search_history"
    }

    /// The queries kept, without lines that hold control characters; none when the file is missing or unreadable.
    static func load() -> [String] {
        guard let data = FileManager.default.contents(atPath: path) else { return [] }
        return String(decoding: data, as: UTF8.self).split(whereSeparator: \.isNewline)
            .map(String.init)
            .filter { !$0.isEmpty && !$0.unicodeScalars.contains(where: VisibleText.isControl) }
    }

    /// Writes the history whole, atomically; a one-line problem when it cannot.
    static func save(_ entries: [String]) -> String? {
        let url = URL(fileURLWithPath: path)
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(entries.map { $0 + "\n" }.joined().utf8).write(to: url, options: .atomic)
            return nil
        } catch {
            return "cannot keep the search history in \(path)"
        }
    }
}
