import ParallaxCore

/// An event's quotations laid out for one width: each statement with its speaker and the
/// outlets that carried it, each outlet's wording with what differs from the fullest one
/// marked, then the quotations one outlet alone gives.
public struct StatementsLayout: Sendable {
    public typealias Span = ArticleLayout.Span

    /// A quotation of an article that a line shows, so Enter can open it there.
    public struct Entry: Sendable, Hashable {
        public let article: Int
        public let quotation: Int
    }

    public struct Line: Sendable {
        public var spans: [Span]
        /// Set on the first line of each outlet's wording.
        public var entry: Entry?
    }

    public private(set) var lines: [Line] = []
    /// The lines that hold an entry, in order: what j and k step through.
    public private(set) var entryLines: [Int] = []

    init(event: Event, corpus: Corpus, width: Int) {
        let measure = max(10, min(ArticleLayout.maximumMeasure, width - 4))
        let statements = corpus.statements(ofEvent: event.id)
        heading("\(statements.count) statements shared by outlets · \(event.title)", measure)
        for statement in statements {
            lines.append(Line(spans: [], entry: nil))
            let outlets = Set(statement.carriers.map { corpus.index(of: $0.article).flatMap { corpus.articles[$0].metadata.outlet } ?? $0.article })
            let who = VisibleText.sanitize(statement.speaker ?? "speaker not named")
            lines.append(Line(spans: [Span(text: who, role: .speaker), Span(text: " · \(outlets.count) outlets", role: .dim)], entry: nil))
            for carrier in statement.carriers {
                guard let article = corpus.index(of: carrier.article), corpus.articles[article].quotations.indices.contains(carrier.quotation) else { continue }
                let quotation = corpus.articles[article].quotations[carrier.quotation]
                let changes = WordDiff.changes(statement.text, quotation.text).map(\.right)
                let label = (corpus.articles[article].metadata.outlet ?? carrier.article) + (carrier.isFragment ? " (in part)" : "")
                add(quotation.text, label: label, changes: changes, entry: Entry(article: article, quotation: carrier.quotation), measure: measure)
            }
        }
        let shared = Set(statements.flatMap { statement in
            statement.carriers.compactMap { carrier in corpus.index(of: carrier.article).map { Entry(article: $0, quotation: carrier.quotation) } }
        })
        let unique = event.articles.compactMap(corpus.index(of:)).flatMap { article in
            corpus.articles[article].quotations.indices
                .map { Entry(article: article, quotation: $0) }
                .filter { corpus.articles[article].quotations[$0.quotation].kind == .quote && !shared.contains($0) }
        }
        guard !unique.isEmpty else { return }
        lines.append(Line(spans: [], entry: nil))
        heading("\(unique.count) quotations one outlet alone gives", measure)
        for entry in unique {
            let article = corpus.articles[entry.article]
            let quotation = article.quotations[entry.quotation]
            let who = quotation.speaker.map { " — " + $0 } ?? ""
            add(quotation.text + who, label: article.metadata.outlet ?? article.id, changes: [], entry: entry, measure: measure)
        }
    }

    private mutating func heading(_ text: String, _ measure: Int) {
        for line in WordWrap.lines(VisibleText.sanitize(text), width: measure) {
            lines.append(Line(spans: [Span(text: line, role: .heading)], entry: nil))
        }
    }

    /// "CNN  “…”": the outlet, then the wording wrapped under it, changed words marked.
    private mutating func add(_ text: String, label: String, changes: [Range<Int>], entry: Entry, measure: Int) {
        var characters: [ArticleLayout.StyledCharacter] = []
        var offset = 0
        for character in VisibleText.sanitize("“" + text + "”") {
            let textOffset = offset - 1
            let changed = changes.contains { $0.contains(textOffset) }
            characters.append(.init(character: character, role: changed ? .focus : .quote, quote: nil))
            offset += character.unicodeScalars.count
        }
        entryLines.append(lines.count)
        lines.append(Line(spans: [Span(text: "  " + VisibleText.sanitize(label), role: .outlet)], entry: entry))
        for wrapped in ArticleLayout.wrap(characters, width: measure - 4) {
            lines.append(Line(spans: [Span(text: "    ", role: .text)] + ArticleLayout.spans(wrapped), entry: nil))
        }
    }
}
