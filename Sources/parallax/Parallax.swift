import ArgumentParser
import MemoryTuning

@main
struct Parallax: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parallax",
        abstract: "Read how several outlets reported one news event.",
        subcommands: [OpenCommand.self, ListCommand.self, ShowCommand.self, QuotesCommand.self, EventsCommand.self, CompareCommand.self, SearchCommand.self],
        defaultSubcommand: OpenCommand.self
    )

    static func main() {
        parallax_return_freed_memory()
        main(nil)
    }
}
