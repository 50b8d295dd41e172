/// One quotation carried by several articles of an event, in full, in part or in other words.
public struct Statement: Sendable, Equatable, Identifiable {
    /// A quotation of one article that carries the statement.
    public struct Carrier: Sendable, Equatable {
        public let article: String
        /// The index of the quotation in the article's `quotations`.
        public let quotation: Int
        /// True when the article quotes only a fragment of the fuller wording ("do all in their power").
        public let isFragment: Bool

        public init(article: String, quotation: Int, isFragment: Bool) {
            self.article = article
            self.quotation = quotation
            self.isFragment = isFragment
        }
    }

    public let id: String
    /// The event whose articles carry it.
    public let event: String
    /// The speaker the carriers name, the most common one where they differ.
    public let speaker: String?
    /// The fullest wording any carrier gives.
    public let text: String
    /// At least two articles' quotations, in the order of the event's articles.
    public let carriers: [Carrier]

    public init(id: String, event: String, speaker: String?, text: String, carriers: [Carrier]) {
        self.id = id
        self.event = event
        self.speaker = speaker
        self.text = text
        self.carriers = carriers
    }
}
