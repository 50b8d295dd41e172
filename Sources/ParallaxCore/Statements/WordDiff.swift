/// Where two wordings of one statement differ, word by word. Unlike matching, every
/// difference counts here: case, spelling variants, words one side leaves out.
/// Punctuation is not compared; it is kept inside a change that spans it.
public enum WordDiff {
    /// Words that differ, as Unicode-scalar offsets into each string; an empty range marks
    /// the place where one side has nothing.
    public struct Change: Sendable, Equatable {
        public let left: Range<Int>
        public let right: Range<Int>

        public init(left: Range<Int>, right: Range<Int>) {
            self.left = left
            self.right = right
        }
    }

    public static func changes(_ left: String, _ right: String) -> [Change] {
        let leftWords = words(left), rightWords = words(right)
        let kept = CommonSubsequence.matches(leftWords.map(\.text), rightWords.map(\.text))
        return gaps(between: kept, leftCount: leftWords.count, rightCount: rightWords.count).map { gap in
            Change(left: span(leftWords, gap.left), right: span(rightWords, gap.right))
        }
    }

    /// The word indices each side does not keep, one gap between two kept runs. A kept run no
    /// longer than the changes on both sides of it is taken into them, so "Millions upon
    /// Millions" against "millions upon millions" is one change rather than two around "upon".
    private static func gaps(between kept: [(Int, Int)], leftCount: Int, rightCount: Int) -> [(left: Range<Int>, right: Range<Int>)] {
        var gaps: [(left: Range<Int>, right: Range<Int>)] = []
        var l = 0, r = 0
        for (nextL, nextR) in kept + [(leftCount, rightCount)] {
            if nextL > l || nextR > r {
                let gap = (left: l..<nextL, right: r..<nextR)
                if let previous = gaps.last, absorbs(previous, gap) {
                    gaps[gaps.count - 1] = (previous.left.lowerBound..<nextL, previous.right.lowerBound..<nextR)
                } else {
                    gaps.append(gap)
                }
            }
            l = nextL + 1
            r = nextR + 1
        }
        return gaps
    }

    private static func absorbs(_ before: (left: Range<Int>, right: Range<Int>), _ after: (left: Range<Int>, right: Range<Int>)) -> Bool {
        let keptBetween = after.left.lowerBound - before.left.upperBound
        return keptBetween <= max(before.left.count, before.right.count) && keptBetween <= max(after.left.count, after.right.count)
    }

    private static func words(_ text: String) -> [Token] {
        let scalars = Array(text.unicodeScalars)
        return Tokenizer.tokens(scalars, in: 0..<scalars.count).filter(\.isWord)
    }

    /// From the first word's start to the last word's end; for no words, the start of the
    /// word that follows, or the end of the last word when none follows.
    private static func span(_ words: [Token], _ indices: Range<Int>) -> Range<Int> {
        if let first = indices.first, let last = indices.last {
            return words[first].range.lowerBound..<words[last].range.upperBound
        }
        let position = indices.lowerBound < words.count ? words[indices.lowerBound].range.lowerBound : words.last?.range.upperBound ?? 0
        return position..<position
    }
}
