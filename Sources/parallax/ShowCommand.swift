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
        let width = Output.width.map { min($0, 100) }
        // Every line wrapped to the terminal (not cut when piped), its marker on the first line only.
        func emit(_ text: String, marker: String = "") {
            let indent = String(repeating: " ", count: marker.count)
            let lines = width.map { WordWrap.lines(VisibleText.sanitize(text), width: $0 - marker.count) } ?? [VisibleText.sanitize(text)]
            for (index, line) in lines.enumerated() { Output.line((index == 0 ? marker : indent) + line) }
        }
        emit(Output.value(record.article.title))
        emit(ArticleFacts.line(article.metadata))
        if let url = record.url { emit(url) }
        emit("\(record.article.words) words, \(record.article.quotes) quotations")
        for (block, text) in zip(article.blocks, record.paragraphs) {
            Output.line("")
            switch block.kind {
            case .heading, .label: emit(text, marker: "## ")
            case .trailer: emit(text, marker: "-- ")
            case .paragraph: emit(text)
            }
        }
    }
}
