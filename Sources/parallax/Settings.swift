import Foundation
import ParallaxUI

/// Where the reader keeps its settings: `$XDG_CONFIG_HOME/parallax/config.toml` (default ~/.config).
struct Settings {
    var config: ReaderConfig
    /// A one-line problem with the config file, shown in the reader.
    var problem: String?

    static var folder: String {
        let environment = ProcessInfo.processInfo.environment
        let base = environment["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? (environment["HOME"] ?? NSHomeDirectory()) + "/.config"
        return base + "/parallax"
    }

    static var file: String { folder + "/config.toml" }

    /// Themes in the working directory's `themes/`, then in the config folder's.
    static var themeFolders: [String] { ["themes", folder + "/themes"] }

    static func load() -> Settings {
        guard let data = FileManager.default.contents(atPath: file) else { return Settings(config: ReaderConfig()) }
        do {
            return Settings(config: try ReaderConfig.parse(String(decoding: data, as: UTF8.self), file: file))
        } catch {
            return Settings(config: ReaderConfig(), problem: "\(error); settings not read")
        }
    }

    /// Keeps the settings; returns a one-line problem when they cannot be written.
    func save() -> String? {
        do {
            try FileManager.default.createDirectory(atPath: Self.folder, withIntermediateDirectories: true)
            try Data(config.toml.utf8).write(to: URL(fileURLWithPath: Self.file), options: .atomic)
            return nil
        } catch {
            return "cannot keep the theme choice in \(Self.file)"
        }
    }
}
