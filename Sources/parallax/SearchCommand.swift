import ArgumentParser
import ParallaxCore
import ParallaxUI

struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search", abstract: "Find the articles that match a query, best first.",
        discussion: """
        All words must match; "exact phrases"; -word excludes. Filters: outlet:NAME speaker:NAME \
        in:quotes in:title date:2025-06 (or date:2025-06-01..2025-06-30) event:ID.
        """)

    @Argument(help: "The query (several arguments are joined by spaces).")
    var query: [String]

    @OptionGroup var corpus: CorpusOptions

    func run() throws {
        let text = query.joined(separator: " ")
        let parsed: SearchQuery
        do {
            parsed = try QueryParser.parse(text)
        } catch {
            throw ValidationError("cannot read the query: \(error)")
        }
        guard !parsed.isEmpty else { throw ValidationError("the query has no words or filters to look for") }
        let opening = corpus.open(withIndex: true)
        let analysed = opening.corpus
        let index = opening.index ?? SearchIndex(corpus: analysed)
        let records = SearchRecord.records(index.search(parsed), query: parsed, in: analysed)
        if corpus.json {
            try Output.json(records)
            return
        }
        guard !records.isEmpty else {
            Output.warn("no article matches \(text)")
            return
        }
        var table = ColumnTable(columns: [
            .init("ARTICLE"), .init("SCORE", alignRight: true), .init("HITS", alignRight: true), .init("OUTLET"), .init("DATE"), .init("SNIPPET"),
        ], flexible: 5)
        for record in records {
            table.add([record.article, String(format: "%.2f", record.score), String(record.hits.count), Output.value(record.outlet),
                       Output.value(record.date), record.snippet])
        }
        table.render(width: Output.width).forEach(Output.line)
    }
}
