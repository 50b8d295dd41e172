import ArgumentParser
import ParallaxCore
import ParallaxUI

struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "compare", abstract: "Lay two articles side by side, sentence by sentence.")

    @Argument(help: "The left article's id.")
    var left: String

    @Argument(help: "The right article's id.")
    var right: String

    @OptionGroup var corpus: CorpusOptions

    func run() throws {
        let articles = corpus.load()
        func article(_ id: String) throws -> Article {
            guard let article = articles.first(where: { $0.id == id }) else {
                throw ValidationError("no article with id '\(VisibleText.sanitize(id))' (see 'parallax list')")
            }
            return article
        }
        let leftArticle = try article(left), rightArticle = try article(right)
        // The two taken as one event; the corpus-wide events will give the same statements and more.
        let event = Event(id: leftArticle.id, title: "", articles: [leftArticle.id, rightArticle.id], outlets: [], dates: nil)
        let statements = StatementFinder.statements(in: [leftArticle, rightArticle], events: [event])
        let alignment = ArticleAligner.align(leftArticle, rightArticle, statements: statements)
        let record = ComparisonRecord(alignment, left: leftArticle, right: rightArticle)
        if corpus.json {
            try Output.json(record)
            return
        }
        SideBySide.lines(record, width: Output.width ?? SideBySide.pipedWidth).forEach(Output.line)
    }
}
