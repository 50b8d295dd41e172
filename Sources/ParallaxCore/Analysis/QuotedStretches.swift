/// An article's quoted stretches, asked which one holds a position: by binary search, since
/// asking each stretch in turn for every token made a long article's cost grow with the
/// square of its length.
struct QuotedStretches {
    private let ranges: [Range<Int>]

    /// Stretches that do not overlap (as quotations never do), in any order; an empty one holds nothing.
    init(_ ranges: [Range<Int>]) {
        self.ranges = ranges.filter { !$0.isEmpty }.sorted { $0.lowerBound < $1.lowerBound }
        assert(zip(self.ranges, self.ranges.dropFirst()).allSatisfy { $0.upperBound <= $1.lowerBound }, "quoted stretches overlap")
    }

    /// The stretch holding `position`, nil when none does.
    func stretch(holding position: Int) -> Range<Int>? {
        // The last stretch that starts at or before the position is the only one that can hold it.
        var low = 0, high = ranges.count
        while low < high {
            let middle = (low + high) / 2
            if ranges[middle].lowerBound <= position { low = middle + 1 } else { high = middle }
        }
        guard low > 0, ranges[low - 1].contains(position) else { return nil }
        return ranges[low - 1]
    }

    func holds(_ position: Int) -> Bool { stretch(holding: position) != nil }
}
