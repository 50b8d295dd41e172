import Foundation
import TOMLKit

/// A colour theme: a style for each role, read from TOML in the format of Helix's themes
/// (a `[palette]` of named colours and a `[roles]` table).
public struct Theme: Equatable, Sendable {
    public let name: String
    public let styles: [Role: Style]

    public init(name: String, styles: [Role: Style]) {
        self.name = name
        self.styles = styles
    }

    public func style(_ role: Role) -> Style {
        styles[role] ?? styles[.text] ?? Style()
    }

    /// Reads a theme from TOML text. `name` is the theme's name in the catalog (its file name);
    /// `file` names it in errors.
    public static func parse(_ toml: String, name: String, file: String) throws -> Theme {
        let table: TOMLTable
        do {
            table = try TOMLTable(string: toml)
        } catch let error as TOMLParseError {
            throw FileProblem(file: file, problem: "not valid TOML (line \(error.source.begin.line))")
        } catch {
            throw FileProblem(file: file, problem: "not valid TOML")
        }
        var palette: [String: Color] = [:]
        if let entries = table["palette"]?.table {
            for (key, value) in entries {
                guard let text = value.string, let color = Color(name: text) else {
                    throw FileProblem(file: file, problem: "palette colour '\(key)' is not a colour name, index or #rrggbb")
                }
                palette[key] = color
            }
        }
        guard let roles = table["roles"]?.table else { throw FileProblem(file: file, problem: "no [roles] table") }
        var styles: [Role: Style] = [:]
        for (key, value) in roles {
            guard let role = Role(rawValue: key) else {
                throw FileProblem(file: file, problem: "unknown role '\(key)'")
            }
            styles[role] = try style(value, role: key, palette: palette, file: file)
        }
        guard styles[.text] != nil else { throw FileProblem(file: file, problem: "no style for the role 'text'") }
        return Theme(name: name, styles: styles)
    }

    private static func style(_ value: TOMLValueConvertible, role: String, palette: [String: Color], file: String) throws -> Style {
        guard let entries = value.table else {
            throw FileProblem(file: file, problem: "role '\(role)' must be a table such as { fg = \"yellow\", bold = true }")
        }
        var style = Style()
        for (key, entry) in entries {
            switch key {
            case "fg", "bg":
                let color: Color?
                if let index = entry.int {
                    color = Color(index: index)
                } else if let text = entry.string {
                    color = palette[text] ?? Color(name: text)
                } else {
                    color = nil
                }
                guard let color else { throw FileProblem(file: file, problem: "role '\(role)': \(key) is not a colour") }
                if key == "fg" { style.foreground = color } else { style.background = color }
            case "bold", "dim", "italic", "underline", "reverse":
                guard let flag = entry.bool else { throw FileProblem(file: file, problem: "role '\(role)': \(key) must be true or false") }
                switch key {
                case "bold": style.bold = flag
                case "dim": style.dim = flag
                case "italic": style.italic = flag
                case "underline": style.underline = flag
                default: style.reverse = flag
                }
            default:
                throw FileProblem(file: file, problem: "role '\(role)': unknown key '\(key)'")
            }
        }
        return style
    }
}
