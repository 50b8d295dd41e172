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
            // What the background reading has sent, with whatever it asks for, as a key's would be.
            for message in mailbox.take() where !send(message, to: &state, previous: &previous) { return }
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
            if !send(message, to: &state, previous: &previous) { return }
        }
    }

    /// Updates the state with a message and runs the effects it asks for; false when one is to quit.
    private mutating func send(_ message: Msg, to state: inout AppState, previous: inout Grid?) -> Bool {
        for effect in Update.update(&state, message) {
            switch effect {
            case .quit:
                return false
            case .suspend:
                terminal.suspend()
                previous = nil
                let size = terminal.size
                if !send(.resize(width: size.width, height: size.height), to: &state, previous: &previous) { return false }
            case .reload:
                // The notice that says so shows while the files are read.
                let notice = View.render(state)
                terminal.draw(notice, previous: previous)
                previous = notice
                if !send(reload(state), to: &state, previous: &previous) { return false }
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
                if !send(.themeLoaded(theme, problem: problem ?? saveProblem), to: &state, previous: &previous) { return false }
            }
        }
        return true
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
        let skipped = SkippedFiles.notice(loaded.warnings).map { "; " + $0 } ?? ""
        return .corpusReloaded(corpus, index, notice: "Read again: \(changes.summary)\(skipped)")
    }
}
