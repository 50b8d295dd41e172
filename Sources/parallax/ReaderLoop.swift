import ParallaxCore
import ParallaxStore
import ParallaxTerminal
import ParallaxUI

/// The run loop: draw the state, wait for a message, update, run the effects. The corpus is
/// read in the background meanwhile; its messages are taken between keys.
struct ReaderLoop {
    let terminal: Terminal
    let catalog: ThemeCatalog
    var settings: Settings
    /// Where the articles came from, to read them again.
    let paths: [String]
    let stores: Stores

    /// How long a wait for a key lasts while the corpus is read in the background, in
    /// milliseconds: short, so what is read shows at once (the seeds in one frame).
    private static let loadingFrame = 15

    init(terminal: Terminal, catalog: ThemeCatalog, settings: Settings, paths: [String], stores: Stores) {
        self.terminal = terminal
        self.catalog = catalog
        self.settings = settings
        self.paths = paths
        self.stores = stores
    }

    mutating func run(theme: Theme, notice: String?) {
        let size = terminal.size
        let nothingYet = Corpus(articles: [], events: [], statements: [])
        var state = AppState(corpus: nothingYet, width: size.width, height: size.height, theme: theme,
                             themeNames: catalog.names(), notice: notice, searchHistory: SearchHistoryFile.load(),
                             loading: LoadProgress(done: 0, total: 0, seconds: 0))
        let mailbox = Mailbox()
        BackgroundOpening.start(paths: paths, stores: stores, into: mailbox)
        terminal.apply(theme)
        var previous: Grid?
        while true {
            for message in mailbox.take() { _ = Update.update(&state, message) }
            let grid = View.render(state)
            terminal.draw(grid, previous: previous)
            previous = grid
            let message: Msg?
            do {
                message = try terminal.nextMessage(waitingAtMost: state.loading == nil ? nil : Self.loadingFrame)
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
                case .keepMark(let path, let mark):
                    keep(mark, path: path, &state)
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

    /// Writes a reading mark at once; where it cannot be kept, says so (once) and reads on.
    private func keep(_ mark: ReadingMark, path: String, _ state: inout AppState) {
        guard let reading = stores.reading else { return }
        do {
            try reading.save(mark, path: FileStamp.key(for: path))
        } catch {
            state.notice = "\(error)"
        }
    }

    /// Reads the files again; only the articles added or changed are parsed and indexed anew.
    private func reload(_ state: AppState) -> Msg {
        let loaded = CorpusLoader.load(paths: paths, cache: stores.cache)
        let changes = CorpusChanges(from: state.articles, to: loaded.articles)
        let corpus = Corpus(analysing: loaded.articles)
        var index = state.searchIndex
        index.refresh(for: corpus, changed: changes.changed)
        let skipped = loaded.warnings.isEmpty ? "" : "; \(loaded.warnings.count) skipped: \(loaded.warnings[0])"
        return .corpusReloaded(corpus, index, notice: "Read again: \(changes.summary)\(skipped)")
    }
}
