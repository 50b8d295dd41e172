import ParallaxCore

/// The whole state of the reader, as a value: `update` changes it, `view` draws it.
public struct AppState: Sendable {
    public enum Screen: Sendable {
        case library
        case reader(ReaderState)
        case compare(CompareState)
        case statements(StatementsState)
        case search(SearchState)
        case help(scroll: Int)
    }

    public private(set) var corpus: Corpus
    public var articles: [Article] { corpus.articles }
    public var library: LibraryState
    /// Built when the corpus loads and brought up to date when it is read again; every key typed in a search asks it.
    public private(set) var searchIndex: SearchIndex
    public var searchHistory: SearchHistory
    /// Read, starred and last position of each article, by its path.
    public private(set) var marks: [String: ReadingMark]
    /// Articles not read, and starred: kept up to date as marks and articles change, since
    /// counting them over a large corpus on every frame would slow every key.
    public private(set) var unreadCount = 0
    public private(set) var starredCount = 0
    /// While the corpus is first read in the background: how far it has got. Nil once it is all read.
    public var loading: LoadProgress?
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

    /// A state over a corpus already read; with `loading`, over the part read so far, the rest to follow.
    public init(corpus: Corpus, width: Int, height: Int, theme: Theme = ThemeCatalog.builtIn,
                themeNames: [String] = [], notice: String? = nil, searchHistory: [String] = [],
                marks: [String: ReadingMark] = [:], loading: LoadProgress? = nil) {
        self.corpus = corpus
        self.library = LibraryState(corpus: corpus)
        self.searchIndex = SearchIndex(corpus: corpus)
        self.searchHistory = SearchHistory(searchHistory)
        self.marks = marks
        self.loading = loading
        self.width = width
        self.height = height
        self.theme = theme
        self.themeName = theme.name
        self.themeNames = themeNames.isEmpty ? [theme.name] : themeNames
        self.notice = notice
        recountMarks()
    }

    public var screen: Screen { screens.last ?? .library }

    /// Takes a new reading of the corpus: back to the library, the same article selected if it is still there.
    mutating func replace(_ corpus: Corpus, index: SearchIndex) {
        fillIn(corpus, index: index)
        screens = [.library]
    }

    /// More of the corpus as it is read, or all of it: the articles read before keep their places,
    /// so the screens open on them stay; the library keeps its selected article.
    mutating func fillIn(_ corpus: Corpus, index: SearchIndex?) {
        // At the top of the list it stays at the top; elsewhere on the same article.
        let selected = library.selected == 0 ? nil : library.selectedArticle(in: self.corpus).map { self.corpus.articles[$0].id }
        self.corpus = corpus
        if let index { searchIndex = index }
        let top = library.top
        library = LibraryState(corpus: corpus, sort: library.sort)
        library.top = top
        if let position = selected.flatMap(corpus.index(of:)) { library.select(article: position) }
        recountMarks()
    }

    /// One article's mark, the counts following it.
    mutating func setMark(_ mark: ReadingMark, path: String) {
        let old = marks[path] ?? ReadingMark()
        marks[path] = mark
        unreadCount += (old.read ? 1 : 0) - (mark.read ? 1 : 0)
        starredCount += (mark.starred ? 1 : 0) - (old.starred ? 1 : 0)
    }

    /// Marks from an earlier run; a mark set in this run stays.
    mutating func mergeMarks(_ kept: [String: ReadingMark]) {
        marks.merge(kept) { current, _ in current }
        recountMarks()
    }

    private mutating func recountMarks() {
        unreadCount = 0
        starredCount = 0
        for article in corpus.articles {
            let mark = marks[article.path] ?? ReadingMark()
            if !mark.read { unreadCount += 1 }
            if mark.starred { starredCount += 1 }
        }
    }

    // The scrolling rows of each screen, shared by its view and by `update`.
    /// The library less its column header, group line and status bar.
    var libraryRows: Int { max(1, height - 3) }
    /// The reader, the side-by-side view and the statements less their status bar.
    var readerRows: Int { max(1, height - 1) }
    /// Results on a search screen: two lines each below the query line and its rule.
    var searchResultRows: Int { max(1, (height - 3) / 2) }
    /// The help less its title and status bar.
    var helpRows: Int { max(1, height - 2) }

    static let minimumWidth = 40
    static let minimumHeight = 10
    public var isTooSmall: Bool { width < Self.minimumWidth || height < Self.minimumHeight }
}
