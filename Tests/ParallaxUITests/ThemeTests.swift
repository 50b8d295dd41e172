import Foundation
import Testing
@testable import ParallaxUI

@Suite struct ThemeTests {
    private let folder = Support.repository.appendingPathComponent("themes").path

    @Test func everyShippedThemeLoads() throws {
        let catalog = ThemeCatalog(folders: [folder])
        #expect(catalog.names() == ["dark", "high-contrast", "light", "mono"])
        for name in catalog.names() {
            let (theme, problem) = catalog.load(name)
            #expect(problem == nil, "\(name): \(problem ?? "")")
            #expect(theme.name == name)
            #expect(Set(theme.styles.keys) == Set(Role.allCases), "\(name) styles every role")
        }
    }

    @Test func builtInThemeIsTheDarkThemeFile() throws {
        let file = try String(contentsOfFile: folder + "/dark.toml", encoding: .utf8)
        #expect(file == BuiltInTheme.toml + "\n" || file == BuiltInTheme.toml)
        let (dark, problem) = ThemeCatalog(folders: [folder]).load("dark")
        #expect(problem == nil)
        #expect(ThemeCatalog.builtIn == dark)
        #expect(ThemeCatalog.builtIn.styles.count == Role.allCases.count, "the built-in theme parsed, not a fallback")
    }

    @Test func themesAreNamedByTheirFiles() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("themes-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data("name = \"Solar\"\n[roles]\ntext = { fg = \"yellow\" }\n".utf8).write(to: dir.appendingPathComponent("solar.toml"))
        let catalog = ThemeCatalog(folders: [dir.path])
        #expect(catalog.names() == ["dark", "solar"])
        #expect(catalog.load("solar").theme.name == "solar")
    }

    @Test func monochromeUsesNoColour() {
        let mono = ThemeCatalog(folders: [folder]).load("mono").theme
        #expect(mono.styles.values.allSatisfy { $0.foreground == nil && $0.background == nil })
        #expect(mono.style(.quote).bold && mono.style(.focus).reverse)
    }

    @Test func brokenThemesNameTheFileAndTheProblem() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("themes-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let cases = [
            ("syntax", "[roles\ntext = {}", "not valid TOML"),
            ("role", "[roles]\ntext = {}\nshouting = { bold = true }", "unknown role 'shouting'"),
            ("colour", "[roles]\ntext = { fg = \"blurple\" }", "role 'text': fg is not a colour"),
            ("flag", "[roles]\ntext = { bold = \"yes\" }", "role 'text': bold must be true or false"),
            ("empty", "name = \"x\"", "no [roles] table"),
        ]
        let catalog = ThemeCatalog(folders: [dir.path])
        for (name, text, problem) in cases {
            try Data(text.utf8).write(to: dir.appendingPathComponent("\(name).toml"))
            let (theme, message) = catalog.load(name)
            #expect(theme == ThemeCatalog.builtIn, "\(name) falls back to the built-in theme")
            #expect(message?.contains("\(name).toml") == true && message?.contains(problem) == true, "\(message ?? "")")
        }
        #expect(catalog.load("missing").problem == "theme 'missing' not found; using the built-in theme")
    }

    @Test func coloursAreBroughtDownToTheTerminal() {
        let orange = Color(name: "#ffaf00")!
        #expect(orange.number(forTerminalColors: 256) == 214)
        #expect(orange.number(forTerminalColors: 16) == 3, "yellow is nearer than bright yellow")
        #expect(orange.number(forTerminalColors: 8) < 8)
        #expect(Color.indexed(196).number(forTerminalColors: 16) == 9)
        #expect(Color(name: "bright_blue") == .ansi(12))
        #expect(Color.ansi(12).number(forTerminalColors: 8) == 4)
        #expect(Color(name: "#12345") == nil)
    }

    @Test func noColorKeepsOnlyAttributes() {
        let style = Style(foreground: .ansi(1), background: .ansi(2), bold: true, underline: true)
        #expect(style.withoutColors == Style(bold: true, underline: true))
    }

    @Test func configRoundTripsAndBrokenConfigIsAProblem() throws {
        let config = ReaderConfig(theme: "light")
        #expect(try ReaderConfig.parse(config.toml, file: "c.toml") == config)
        #expect(throws: FileProblem(file: "c.toml", problem: "not valid TOML")) { try ReaderConfig.parse("theme = ", file: "c.toml") }
    }
}

@Suite struct GridTests {
    @Test func diffWritesOnlyChangedRuns() {
        var old = Grid(width: 10, height: 2)
        old.put("hello", x: 0, y: 0, role: .text)
        var new = old
        new.put("J", x: 0, y: 0, role: .text)
        new.put("x", x: 9, y: 1, role: .quote)
        let changes = new.changes(from: old)
        #expect(changes == [GridChange(x: 0, y: 0, cells: [Cell("J")]), GridChange(x: 9, y: 1, cells: [Cell("x", role: .quote)])])
        #expect(new.changes(from: new).isEmpty)
        #expect(new.changes(from: nil).count == 2, "a first frame writes every row")
    }

    @Test func zeroWidthCharacterJoinsTheWideCharacterBeforeIt() {
        var grid = Grid(width: 6, height: 1)
        grid.put("漢\u{200B}x", x: 0, y: 0, role: .text)
        #expect(grid[0, 0].glyph == "漢\u{200B}")
        #expect(grid[1, 0].isContinuation)
        #expect(grid.lines == ["漢\u{200B}x"])
    }

    @Test func wideCharacterIsNotPutInTheLastColumn() {
        var grid = Grid(width: 5, height: 1)
        let end = grid.put("ab日本", x: 0, y: 0, role: .text)
        #expect(grid.lines == ["ab日"])
        #expect(end == 4)
        #expect(grid[3, 0].isContinuation)
        #expect(grid[4, 0].glyph == " ")
    }

    @Test func changedRightHalfRedrawsItsWideCharacter() {
        var old = Grid(width: 4, height: 1)
        old.put("日", x: 0, y: 0, role: .text)
        var new = old
        new[1, 0] = Cell("", role: .quote)
        #expect(new.changes(from: old).first?.x == 0)
    }
}
