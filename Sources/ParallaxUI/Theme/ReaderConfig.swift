import TOMLKit

/// The settings kept in `config.toml`: for now the chosen theme.
public struct ReaderConfig: Equatable, Sendable {
    public var theme: String?

    public init(theme: String? = nil) {
        self.theme = theme
    }

    /// Reads the config; a broken file is a one-line problem, never a crash.
    public static func parse(_ toml: String, file: String) throws -> ReaderConfig {
        do {
            let table = try TOMLTable(string: toml)
            return ReaderConfig(theme: table["theme"]?.string)
        } catch {
            throw FileProblem(file: file, problem: "not valid TOML")
        }
    }

    public var toml: String {
        let table = TOMLTable()
        if let theme { table["theme"] = theme }
        return "# Parallax settings, written by the reader.\n" + table.convert(to: .toml) + "\n"
    }
}
