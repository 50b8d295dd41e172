/// A parsed query: words and phrases that must all occur, ones that must not, and filters.
public struct SearchQuery: Sendable, Equatable {
    /// Folded words that must occur one after another; a single word is a pattern of one.
    public struct Pattern: Sendable, Equatable {
        public var words: [String]
        /// The last word is still being typed and matches any word it begins.
        public var prefix: Bool

        public init(words: [String], prefix: Bool = false) {
            self.words = words
            self.prefix = prefix
        }
    }

    /// Where the words must occur.
    public enum Scope: Sendable, Equatable { case everywhere, title, quotations }

    public enum Filter: Sendable, Equatable {
        case outlet(NameQuery)
        /// A quotation's speaker; the query's words must then occur in that speaker's quotations.
        case speaker(NameQuery)
        /// Inclusive; either end may be open.
        case date(from: PublicationDate?, to: PublicationDate?)
        case event(String)
    }

    public var patterns: [Pattern] = []
    public var excluded: [Pattern] = []
    public var filters: [Filter] = []
    public var excludedFilters: [Filter] = []
    public var scope: Scope = .everywhere

    public init() {}

    /// Nothing asked for: no words and no filters.
    public var isEmpty: Bool { patterns.isEmpty && filters.isEmpty && excluded.isEmpty && excludedFilters.isEmpty }

    /// Speaker filters: words then count only in quotations by a speaker they all name.
    var speakers: [NameQuery] {
        filters.compactMap { if case .speaker(let name) = $0 { return name } else { return nil } }
    }

    /// Whether a quotation by this speaker (folded into words) is one the speaker filters allow.
    func allows(speaker: [String]) -> Bool {
        speakers.allSatisfy { $0.matches(speaker) }
    }
}

/// A query that cannot be read, with the column (from 1, in characters) where the problem is.
public struct QueryError: Error, Sendable, Equatable, CustomStringConvertible {
    public let message: String
    public let column: Int

    public var description: String { "\(message) (column \(column))" }
}
