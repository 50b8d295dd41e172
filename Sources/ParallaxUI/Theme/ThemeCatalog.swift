import Foundation

/// The themes a person can choose: the built-in default and the TOML files in the themes folders.
public struct ThemeCatalog: Sendable {
    public let folders: [String]

    public init(folders: [String]) {
        self.folders = folders
    }

    public static let builtIn: Theme = {
        // The embedded text is checked by a test, so this cannot fail in a release.
        (try? Theme.parse(BuiltInTheme.toml, name: BuiltInTheme.name, file: "built-in")) ?? Theme(name: BuiltInTheme.name, styles: [.text: Style()])
    }()

    /// Theme names in order: the built-in first, then each folder's `*.toml` by name.
    public func names() -> [String] {
        var names = [BuiltInTheme.name]
        for folder in folders {
            let files = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
            for file in files.sorted() where file.hasSuffix(".toml") {
                let name = String(file.dropLast(5))
                if !names.contains(name) { names.append(name) }
            }
        }
        return names
    }

    /// The theme called `nameOrPath` (a name from the folders, or a path to a TOML file).
    /// A missing or broken theme gives the built-in one and a one-line message.
    public func load(_ nameOrPath: String) -> (theme: Theme, problem: String?) {
        let path: String?
        if nameOrPath.contains("/") || nameOrPath.hasSuffix(".toml") {
            path = nameOrPath
        } else {
            path = folders.map { "\($0)/\(nameOrPath).toml" }.first { FileManager.default.fileExists(atPath: $0) }
        }
        guard let path else {
            if nameOrPath == BuiltInTheme.name { return (Self.builtIn, nil) }
            return (Self.builtIn, "theme '\(nameOrPath)' not found; using the built-in theme")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            return (Self.builtIn, "\(path): cannot be read; using the built-in theme")
        }
        let name = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        do {
            return (try Theme.parse(String(decoding: data, as: UTF8.self), name: name, file: path), nil)
        } catch {
            return (Self.builtIn, "\(error); using the built-in theme")
        }
    }
}
