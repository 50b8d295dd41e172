import ArgumentParser
import ParallaxCore
import ParallaxUI

struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Show one article.")

    @Argument(help: "The article's id (its file name without the extension).")
    var id: String

    @OptionGroup var corpus: CorpusOptions

    func run() throws {
        let articles = corpus.load()
        guard let article = articles.first(where: { $0.id == id }) else {
            throw ValidationError("no article with id '\(VisibleText.sanitize(id))' (see 'parallax list')")
        }
        let record = ArticleDetailRecord(article)
        if corpus.json {
            try Output.json(record)
            return
        }
        let width = Output.width
        Output.line(VisibleText.sanitize(Output.value(record.article.title)))
        let facts = [record.article.outlet, record.article.byline.map { "by \($0)" }, record.article.date]
        Output.line(VisibleText.sanitize(facts.map(Output.value).joined(separator: " · ")))
        if let url = record.url { Output.line(VisibleText.sanitize(url)) }
        Output.line("\(record.article.words) words, \(record.article.quotes) quotations")
        for block in article.blocks {
            Output.line("")
            let text = VisibleText.sanitize(block.text)
            switch block.kind {
            case .heading, .label: Output.line("## " + text)
            case .trailer: Output.line("-- " + text)
            case .paragraph: (width.map { WordWrap.lines(text, width: min($0, 100)) } ?? [text]).forEach(Output.line)
            }
        }
    }
}
