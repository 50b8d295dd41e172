/// The queries typed before, oldest first, kept across runs; ↑ and ↓ walk them from the
/// line being typed, which comes back after the newest.
public struct SearchHistory: Sendable, Equatable {
    public private(set) var entries: [String]
    /// The entry on the line, or nil for the draft.
    private var position: Int?
    private var draft = ""

    public static let limit = 500

    public init(_ entries: [String] = []) {
        self.entries = Array(entries.suffix(Self.limit))
    }

    /// The text to show after ↑ (older) from `current`, or nil at the oldest.
    public mutating func older(than current: String) -> String? {
        guard !entries.isEmpty else { return nil }
        if position == nil { draft = current }
        let next = max(0, (position ?? entries.count) - 1)
        guard next != position else { return nil }
        position = next
        return entries[next]
    }

    /// The text to show after ↓ (newer), the draft after the newest; nil with nothing newer.
    public mutating func newer() -> String? {
        guard let current = position else { return nil }
        if current + 1 < entries.count {
            position = current + 1
            return entries[current + 1]
        }
        position = nil
        return draft
    }

    /// Forgets where the walk was, so the next ↑ starts from the newest entry again.
    public mutating func restartWalk() {
        position = nil
        draft = ""
    }

    /// Keeps a query as the newest entry, once; starts walking afresh.
    public mutating func remember(_ query: String) {
        restartWalk()
        let trimmed = String(query.drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
        guard !trimmed.isEmpty, !trimmed.contains(where: \.isNewline) else { return }
        entries.removeAll { $0 == trimmed }
        entries.append(trimmed)
        if entries.count > Self.limit { entries.removeFirst(entries.count - Self.limit) }
    }
}
