import ParallaxCore

/// The library: every article in one list, sorted, with a selection and a scroll offset.
public struct LibraryState: Sendable {
    public enum Sort: String, CaseIterable, Sendable { case date, outlet, title }

    public private(set) var order: [Int]
    public var sort: Sort
    /// Quotations in all the articles, counted once rather than on every frame.
    public let quotationCount: Int
    public var selected = 0
    public var top = 0

    init(articles: [Article], sort: Sort = .date) {
        self.sort = sort
        order = Self.sorted(articles, by: sort)
        quotationCount = articles.reduce(0) { $0 + $1.quotations.count }
    }

    mutating func resort(_ articles: [Article], by sort: Sort) {
        let current: Int? = order.indices.contains(selected) ? order[selected] : nil
        self.sort = sort
        order = Self.sorted(articles, by: sort)
        selected = current.flatMap { order.firstIndex(of: $0) } ?? 0
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
