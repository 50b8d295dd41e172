import ParallaxCore
import ParallaxTerminal
import ParallaxUI

/// The run loop: draw the state, wait for a message, update, run the effects.
struct ReaderLoop {
    let terminal: Terminal
    let catalog: ThemeCatalog
    var settings: Settings
    /// Where the articles came from, to read them again.
    let paths: [String]

    init(terminal: Terminal, catalog: ThemeCatalog, settings: Settings, paths: [String]) {
        self.terminal = terminal
        self.catalog = catalog
        self.settings = settings
        self.paths = paths
    }

    mutating func run(articles: [Article], theme: Theme, notice: String?) {
        let size = terminal.size
        var state = AppState(corpus: Corpus(analysing: articles), width: size.width, height: size.height, theme: theme,
                             themeNames: catalog.names(), notice: notice, searchHistory: SearchHistoryFile.load())
        terminal.apply(theme)
        var previous: Grid?
        while true {
            let grid = View.render(state)
            terminal.draw(grid, previous: previous)
            previous = grid
            let message: Msg?
            do {
                message = try terminal.nextMessage()
            } catch {
                return
            }
            guard let message else { continue }
            for effect in Update.update(&state, message) {
                switch effect {
                case .quit:
                    return
                case .suspend:
                    terminal.suspend()
                    previous = nil
                    let size = terminal.size
                    _ = Update.update(&state, .resize(width: size.width, height: size.height))
                case .reload:
                    // The notice that says so shows while the files are read.
                    let notice = View.render(state)
                    terminal.draw(notice, previous: previous)
                    previous = notice
                    _ = Update.update(&state, reload(state))
                case .keepSearchHistory(let entries):
                    if let problem = SearchHistoryFile.save(entries) { state.notice = problem }
                case .loadTheme(let name):
                    let (theme, problem) = catalog.load(name)
                    terminal.apply(theme)
                    previous = nil
                    settings.config.theme = theme.name == name ? name : settings.config.theme
                    let saveProblem = problem == nil ? settings.save() : nil
                    _ = Update.update(&state, .themeLoaded(theme, problem: problem ?? saveProblem))
                }
            }
        }
    }

    /// Reads the files again; only the articles added or changed are indexed anew.
    private func reload(_ state: AppState) -> Msg {
        let loaded = CorpusLoader.load(paths: paths)
        let changes = CorpusChanges(from: state.articles, to: loaded.articles)
        let corpus = Corpus(analysing: loaded.articles)
        var index = state.searchIndex
        index.refresh(for: corpus, changed: changes.changed)
        let skipped = loaded.warnings.isEmpty ? "" : "; \(loaded.warnings.count) skipped: \(loaded.warnings[0])"
        return .corpusReloaded(corpus, index, notice: "Read again: \(changes.summary)\(skipped)")
    }
}
