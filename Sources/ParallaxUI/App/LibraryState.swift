import ParallaxCore

/// The library: every article, the articles of one event gathered under it, sorted, with a
/// selection and a scroll offset.
public struct LibraryState: Sendable {
    public enum Sort: String, CaseIterable, Sendable { case date, outlet, title }

    public enum Row: Equatable, Sendable {
        /// The heading of an event that several articles report (an index into the corpus's events).
        case event(Int)
        /// An article; `grouped` when it stands under its event's heading.
        case article(Int, grouped: Bool)
    }

    public private(set) var rows: [Row]
    public var sort: Sort
    /// Quotations in all the articles, counted once rather than on every frame.
    public let quotationCount: Int
    /// Events that more than one article reports.
    public let sharedEventCount: Int
    public var selected = 0
    public var top = 0

    init(corpus: Corpus, sort: Sort = .date) {
        self.sort = sort
        rows = Self.rows(corpus, by: sort)
        quotationCount = corpus.articles.reduce(0) { $0 + $1.quotations.count }
        sharedEventCount = corpus.events.filter { $0.articles.count > 1 }.count
    }

    /// The article the selected row shows, or the first of the selected event's.
    public func selectedArticle(in corpus: Corpus) -> Int? {
        guard rows.indices.contains(selected) else { return nil }
        switch rows[selected] {
        case .article(let article, _): return article
        case .event(let event): return corpus.events[event].articles.first.flatMap(corpus.index(of:))
        }
    }

    mutating func resort(_ corpus: Corpus, by sort: Sort) {
        let current = rows.indices.contains(selected) ? rows[selected] : nil
        self.sort = sort
        rows = Self.rows(corpus, by: sort)
        selected = current.flatMap { rows.firstIndex(of: $0) } ?? 0
    }

    mutating func select(article: Int) {
        if let row = rows.firstIndex(where: { if case .article(article, _) = $0 { return true } else { return false } }) { selected = row }
    }

    /// Each event of several articles where its first article falls in the sort, its heading
    /// then its articles in the same sort; an article alone on its event stands by itself.
    static func rows(_ corpus: Corpus, by sort: Sort) -> [Row] {
        let order = sorted(corpus.articles, by: sort)
        var members: [Int: [Int]] = [:]
        for article in order {
            let event = corpus.eventOfArticle[article]
            if event >= 0 { members[event, default: []].append(article) }
        }
        var rows: [Row] = []
        var shown: Set<Int> = []
        for article in order {
            let event = corpus.eventOfArticle[article]
            guard let group = members[event], group.count > 1 else {
                rows.append(.article(article, grouped: false))
                continue
            }
            guard shown.insert(event).inserted else { continue }
            rows.append(.event(event))
            rows += group.map { .article($0, grouped: true) }
        }
        return rows
    }

    /// Newest first by date (undated last); by outlet or title alphabetically (missing last); ties by id.
    static func sorted(_ articles: [Article], by sort: Sort) -> [Int] {
        articles.indices.sorted { a, b in
            let x = articles[a], y = articles[b]
            switch sort {
            case .date:
                if x.metadata.date != y.metadata.date {
                    guard let dx = x.metadata.date else { return false }
                    guard let dy = y.metadata.date else { return true }
                    return dx > dy
                }
            case .outlet:
                if x.metadata.outlet != y.metadata.outlet {
                    guard let ox = x.metadata.outlet else { return false }
                    guard let oy = y.metadata.outlet else { return true }
                    return ox.localizedLowercase < oy.localizedLowercase
                }
            case .title:
                let tx = x.metadata.title?.localizedLowercase ?? "", ty = y.metadata.title?.localizedLowercase ?? ""
                if tx != ty { return tx < ty }
            }
            return x.id < y.id
        }
    }
}
