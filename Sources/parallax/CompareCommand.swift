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
        let analysed = corpus.analysed()
        func article(_ id: String) throws -> Int {
            guard let index = analysed.index(of: id) else {
                throw ValidationError("no article with id '\(VisibleText.sanitize(id))' (see 'parallax list')")
            }
            return index
        }
        let l = try article(left), r = try article(right)
        let leftArticle = analysed.articles[l], rightArticle = analysed.articles[r]
        let alignment = ArticleAligner.align(leftArticle, rightArticle, statements: analysed.statements(comparing: l, r))
        let record = ComparisonRecord(alignment, left: leftArticle, right: rightArticle)
        if corpus.json {
            try Output.json(record)
            return
        }
        SideBySide.lines(record, width: Output.width ?? SideBySide.pipedWidth).forEach(Output.line)
    }
}
