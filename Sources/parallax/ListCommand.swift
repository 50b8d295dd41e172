import ArgumentParser
import ParallaxCore
import ParallaxUI

struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List the articles.")

    @OptionGroup var corpus: CorpusOptions

    func run() throws {
        let analysed = corpus.analysed()
        if corpus.json {
            try Output.json(analysed.articles.indices.map { ArticleRecord(analysed.articles[$0], event: analysed.event(ofArticle: $0)?.id) })
            return
        }
        Self.printTable(of: analysed.articles)
    }

    static func printTable(of articles: [Article]) {
        var table = ColumnTable(columns: [
            .init("ID"), .init("OUTLET"), .init("DATE"), .init("WORDS", alignRight: true),
            .init("QUOTES", alignRight: true), .init("TITLE"),
        ], flexible: 5)
        for article in articles {
            let record = ArticleRecord(article)
            table.add([record.id, Output.value(record.outlet), Output.value(record.date), String(record.words),
                       String(record.quotes), Output.value(record.title)])
        }
        table.render(width: Output.width).forEach(Output.line)
    }
}
