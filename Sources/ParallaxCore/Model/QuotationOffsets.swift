extension Quotation {
    /// Where a stretch of `text` (scalar offsets into it) stands in the article's text. A
    /// quotation over several paragraphs is its pieces joined by one space, so the stretch may
    /// fall in several ranges.
    public func articleRanges(ofTextRange textRange: Range<Int>) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = 0
        for range in ranges {
            let piece = start..<(start + range.count)
            let lower = max(piece.lowerBound, textRange.lowerBound), upper = min(piece.upperBound, textRange.upperBound)
            if lower < upper {
                result.append((range.lowerBound + lower - start)..<(range.lowerBound + upper - start))
            } else if textRange.isEmpty, piece.contains(textRange.lowerBound) || piece.upperBound == textRange.lowerBound {
                // An empty stretch marks a place: where the other side has words this one lacks.
                let at = range.lowerBound + textRange.lowerBound - start
                return [at..<at]
            }
            start = piece.upperBound + 1
        }
        return result
    }
}
