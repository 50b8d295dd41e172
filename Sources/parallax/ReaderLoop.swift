import ParallaxCore
import ParallaxTerminal
import ParallaxUI

/// The run loop: draw the state, wait for a message, update, run the effects.
struct ReaderLoop {
    let terminal: Terminal
    let catalog: ThemeCatalog
    var settings: Settings

    init(terminal: Terminal, catalog: ThemeCatalog, settings: Settings) {
        self.terminal = terminal
        self.catalog = catalog
        self.settings = settings
    }

    mutating func run(articles: [Article], theme: Theme, notice: String?) {
        let size = terminal.size
        var state = AppState(corpus: Corpus(analysing: articles), width: size.width, height: size.height, theme: theme,
                             themeNames: catalog.names(), notice: notice)
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
}
