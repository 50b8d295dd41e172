import ArgumentParser
import ParallaxCore
import ParallaxUI

struct QuotesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "quotes", abstract: "List the quotations and who said them.")

    @Argument(help: "Only the quotations of these articles (ids).")
    var ids: [String] = []

    @OptionGroup var corpus: CorpusOptions

    func run() throws {
        let loaded = corpus.analysed().articles
        if let unknown = ids.first(where: { id in !loaded.contains { $0.id == id } }) {
            throw ValidationError("no article with id '\(VisibleText.sanitize(unknown))' (see 'parallax list')")
        }
        let articles = loaded.filter { ids.isEmpty || ids.contains($0.id) }
        let records = articles.flatMap { article in article.quotations.map { QuotationRecord($0, in: article) } }
        if corpus.json {
            try Output.json(records)
            return
        }
        var table = ColumnTable(columns: [
            .init("ARTICLE"), .init("PARA", alignRight: true), .init("KIND"), .init("SPEAKER"), .init("STATEMENT"), .init("TEXT"),
        ], flexible: 5)
        for record in records {
            table.add([record.article, String(record.paragraph), record.kind, Output.value(record.speaker), Output.value(record.statement), record.text])
        }
        table.render(width: Output.width).forEach(Output.line)
    }
}
