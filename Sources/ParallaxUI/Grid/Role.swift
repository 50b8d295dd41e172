/// What a cell shows, by meaning; a theme gives each role its colours and attributes.
public enum Role: String, CaseIterable, Sendable, Equatable, Hashable {
    case text, dim, title, heading, outlet, quote, term, speaker, focus
    case searchHit = "search_hit", shared, unique, selection
    case statusBar = "status_bar", border, error
}
