import Foundation

/// Where Parallax keeps its cache and reading state: `$XDG_DATA_HOME/parallax`, by default
/// `~/.local/share/parallax`.
public enum StoreFolder {
    public static func standard(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL? {
        if let data = environment["XDG_DATA_HOME"], data.hasPrefix("/") {
            return URL(fileURLWithPath: data).appendingPathComponent("parallax")
        }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return URL(fileURLWithPath: home).appendingPathComponent(".local/share/parallax")
    }
}
