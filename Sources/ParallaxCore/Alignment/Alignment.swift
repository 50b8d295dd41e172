/// Two articles of one event laid side by side, sentence by sentence.
public struct Alignment: Sendable, Equatable {
    /// A sentence of one of the two articles.
    public struct Passage: Sendable, Equatable {
        /// The block that holds the sentence.
        public let block: Int
        /// The sentence's scalars in the article's text.
        public let range: Range<Int>

        public init(block: Int, range: Range<Int>) {
            self.block = block
            self.range = range
        }
    }

    public enum Match: String, Sendable, Equatable {
        /// A shared quotation or a near-identical sentence.
        case same
        /// The same fact in other words.
        case similar
        /// Said by one side only.
        case none
    }

    /// One line of the comparison: a passage of each side, or of one side and filler on the other.
    public struct Row: Sendable, Equatable {
        public let left: Passage?
        public let right: Passage?
        public let match: Match
        /// For a passage matched out of order: the index of the row that holds its counterpart.
        public let counterpart: Int?
        /// Figures ("3,000", "75,000") this row's passage gives that the other article never gives,
        /// as scalar ranges in that article's text.
        public let leftFigures: [Range<Int>]
        public let rightFigures: [Range<Int>]

        public init(left: Passage?, right: Passage?, match: Match, counterpart: Int? = nil,
                    leftFigures: [Range<Int>] = [], rightFigures: [Range<Int>] = []) {
            self.left = left
            self.right = right
            self.match = match
            self.counterpart = counterpart
            self.leftFigures = leftFigures
            self.rightFigures = rightFigures
        }
    }

    public let left: String
    public let right: String
    /// Every body sentence of both articles appears in exactly one row, each side in its own order.
    public let rows: [Row]

    public init(left: String, right: String, rows: [Row]) {
        self.left = left
        self.right = right
        self.rows = rows
    }
}
