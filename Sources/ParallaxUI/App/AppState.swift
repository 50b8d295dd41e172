import ParallaxCore

/// The whole state of the reader, as a value: `update` changes it, `view` draws it.
public struct AppState: Sendable {
    public enum Screen: Sendable {
        case library
        case reader(ReaderState)
        case compare(CompareState)
        case statements(StatementsState)
        case help(scroll: Int)
    }

    public let corpus: Corpus
    public var articles: [Article] { corpus.articles }
    public var library: LibraryState
    /// The screens, the last on top; the library is always at the bottom.
    public var screens: [Screen] = [.library]
    public var width: Int
    public var height: Int
    public var theme: Theme
    /// The theme last asked for by name; `t` steps on from it even when that one failed to load.
    public var themeName: String
    public var themeNames: [String]
    /// A one-line notice in the status bar (a theme problem, a key that does nothing).
    public var notice: String?
    /// Keys typed towards a binding of several keys ("]" of "]q"), and a count ("5" of "5j").
    public var pendingKeys: [Key] = []
    public var count: Int?

    public init(corpus: Corpus, width: Int, height: Int, theme: Theme = ThemeCatalog.builtIn,
                themeNames: [String] = [], notice: String? = nil) {
        self.corpus = corpus
        self.library = LibraryState(corpus: corpus)
        self.width = width
        self.height = height
        self.theme = theme
        self.themeName = theme.name
        self.themeNames = themeNames.isEmpty ? [theme.name] : themeNames
        self.notice = notice
    }

    public var screen: Screen { screens.last ?? .library }

    // The scrolling rows of each screen, shared by its view and by `update`.
    /// The library less its column header, group line and status bar.
    var libraryRows: Int { max(1, height - 3) }
    /// The reader, the side-by-side view and the statements less their status bar.
    var readerRows: Int { max(1, height - 1) }
    /// The help less its title and status bar.
    var helpRows: Int { max(1, height - 2) }

    static let minimumWidth = 40
    static let minimumHeight = 10
    public var isTooSmall: Bool { width < Self.minimumWidth || height < Self.minimumHeight }
}
