import ArgumentParser

@main
struct Parallax: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parallax",
        abstract: "Read how several outlets reported one news event.",
        subcommands: [OpenCommand.self, ListCommand.self, ShowCommand.self, QuotesCommand.self, EventsCommand.self, CompareCommand.self],
        defaultSubcommand: OpenCommand.self
    )
}
