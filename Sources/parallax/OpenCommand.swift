import ArgumentParser

/// `parallax [PATH…]`: opens the articles at the paths (default ./seeds).
struct OpenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "open", abstract: "Open the articles at PATH (default ./seeds).")

    @Argument(help: "Files or folders of articles.")
    var paths: [String] = []

    func run() throws {
        // The terminal reader comes with its own module; until then, the library as a table.
        ListCommand.printTable(of: CorpusOptions(corpus: paths).load())
    }
}
