import ParallaxCore

/// The corpus search: the query line, its results as it stands (recomputed on every key),
/// the selected result, and whether keys go to the line or to the list.
public struct SearchState: Sendable {
    public var editor = LineEditor()
    public var editing = true
    /// The query last read without a problem; its results stay on screen while a problem shows.
    public private(set) var query = SearchQuery()
    public private(set) var results: [SearchResult] = []
    /// What is wrong with the line as typed, if anything.
    public private(set) var problem: String?
    public var selected = 0
    /// The first result on screen.
    public var top = 0

    public init() {}

    /// Reads the line again and searches; the selection goes back to the best result.
    mutating func run(_ index: SearchIndex) {
        do {
            query = try QueryParser.parse(editor.text, typing: true)
            problem = nil
            results = index.search(query)
        } catch {
            problem = error.description
        }
        selected = 0
        top = 0
    }

    public var selectedResult: SearchResult? {
        results.indices.contains(selected) ? results[selected] : nil
    }
}
