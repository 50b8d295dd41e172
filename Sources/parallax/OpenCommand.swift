import ArgumentParser
import Foundation
import ParallaxCore
import ParallaxTerminal
import ParallaxUI

/// `parallax [PATH…]`: the terminal reader over the articles at the paths (default ./seeds).
struct OpenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "open", abstract: "Open the reader on the articles at PATH (default ./seeds).")

    @Argument(help: "Files or folders of articles.")
    var paths: [String] = []

    @Option(help: ArgumentHelp("A theme name from themes/ or a path to a theme file.", valueName: "NAME|PATH"))
    var theme: String?

    @Flag(name: .customLong("no-cache"), help: "Read every file anew, and keep no cache (reading state is still kept).")
    var noCache = false

    func run() throws {
        do {
            // Before loading anything, so output that is not a terminal gets one line and no more.
            try Terminal.checkUsable()
            let options = CorpusOptions(corpus: paths, noCache: noCache)
            let stores = Stores.open(cache: !noCache, reading: true)
            let settings = Settings.load()
            let catalog = ThemeCatalog(folders: Settings.themeFolders)
            let (chosen, problem) = catalog.load(theme ?? settings.config.theme ?? ThemeCatalog.builtIn.name)
            let terminal = try Terminal()
            defer { terminal.stop() }
            var loop = ReaderLoop(terminal: terminal, catalog: catalog, settings: settings, paths: options.paths, stores: stores)
            let problems = [settings.problem, problem].compactMap { $0 } + stores.notices
            let notice = problems.isEmpty ? nil : problems.joined(separator: "; ")
            loop.run(theme: chosen, notice: notice)
        } catch let error as TerminalUnavailable {
            Output.warn(error.description)
            throw ExitCode.failure
        }
    }
}
