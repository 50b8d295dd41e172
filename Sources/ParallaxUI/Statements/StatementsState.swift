import ParallaxCore

/// An event's quotations: the layout, the selected outlet's wording and the scroll offset.
public struct StatementsState: Sendable {
    public let event: String
    public private(set) var layout: StatementsLayout
    /// An index into `layout.entryLines`.
    public var selected = 0
    public var top = 0

    init(event: Event, corpus: Corpus, width: Int) {
        self.event = event.id
        layout = StatementsLayout(event: event, corpus: corpus, width: width)
    }

    public var selectedEntry: StatementsLayout.Entry? {
        layout.entryLines.indices.contains(selected) ? layout.lines[layout.entryLines[selected]].entry : nil
    }

    mutating func relayout(_ corpus: Corpus, width: Int) {
        guard let event = corpus.events.first(where: { $0.id == self.event }) else { return }
        layout = StatementsLayout(event: event, corpus: corpus, width: width)
    }
}
