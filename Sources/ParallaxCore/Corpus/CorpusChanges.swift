/// What a new reading of the corpus's files found, by article id, against the last one.
public struct CorpusChanges: Sendable, Equatable {
    public let added: Set<String>
    public let changed: Set<String>
    public let removed: Set<String>

    public init(from old: [Article], to new: [Article]) {
        var before: [String: Article] = [:]
        for article in old { before[article.id] = article }
        var added: Set<String> = [], changed: Set<String> = []
        for article in new {
            guard let earlier = before.removeValue(forKey: article.id) else { added.insert(article.id); continue }
            // Quotations carry statement links the analysis added, so the file's own reading is compared.
            if !earlier.hasSameBody(as: article) || earlier.metadata != article.metadata || earlier.path != article.path {
                changed.insert(article.id)
            }
        }
        self.added = added
        self.changed = changed
        removed = Set(before.keys)
    }

    /// "2 added, 1 changed, none removed".
    public var summary: String {
        guard !(added.isEmpty && changed.isEmpty && removed.isEmpty) else { return "no file added, changed or removed" }
        func count(_ ids: Set<String>, _ word: String) -> String { "\(ids.isEmpty ? "none" : String(ids.count)) \(word)" }
        return [count(added, "added"), count(changed, "changed"), count(removed, "removed")].joined(separator: ", ")
    }
}
