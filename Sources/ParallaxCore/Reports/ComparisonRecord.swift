/// `compare`: two articles side by side, one object with a row per line of the comparison.
public struct ComparisonRecord: Encodable, Equatable, Sendable {
    public struct RowRecord: Encodable, Equatable, Sendable {
        /// The sentence of each side, null where the row has none.
        public let left: String?
        public let right: String?
        public let match: String
        /// Figures this row's sentence gives that the other article never gives.
        public let leftFigures: [String]
        public let rightFigures: [String]
        /// The index of the row with the counterpart of a sentence matched out of order.
        public let counterpart: Int?

        enum CodingKeys: String, CodingKey {
            case left, right, match, leftFigures = "left_figures", rightFigures = "right_figures", counterpart
        }

        public func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(left, forKey: .left)
            try c.encode(right, forKey: .right)
            try c.encode(match, forKey: .match)
            try c.encode(leftFigures, forKey: .leftFigures)
            try c.encode(rightFigures, forKey: .rightFigures)
            try c.encode(counterpart, forKey: .counterpart)
        }
    }

    public let left: String
    public let right: String
    public let rows: [RowRecord]

    public init(_ alignment: Alignment, left: Article, right: Article) {
        let leftScalars = Array(left.text.unicodeScalars), rightScalars = Array(right.text.unicodeScalars)
        self.left = alignment.left
        self.right = alignment.right
        rows = alignment.rows.map { row in
            RowRecord(left: row.left.map { leftScalars.string($0.range) }, right: row.right.map { rightScalars.string($0.range) },
                      match: row.match.rawValue, leftFigures: row.leftFigures.map { leftScalars.string($0) },
                      rightFigures: row.rightFigures.map { rightScalars.string($0) }, counterpart: row.counterpart)
        }
    }

}
