/// Wraps text at word boundaries to a width in terminal columns; a word longer than the
/// width is broken, never a wide character split.
public enum WordWrap {
    public static func lines(_ text: String, width: Int) -> [String] {
        let characters = Array(text)
        return lineRanges(characters, width: width).map { String(characters[$0]) }
    }

    /// The stretch of `characters` on each line: from a line's first word to its last, the
    /// spaces between them included and those at the break left out.
    public static func lineRanges(_ characters: [Character], width: Int) -> [Range<Int>] {
        let width = max(1, width)
        var ranges: [Range<Int>] = []
        var lineStart: Int?
        var lineEnd = 0
        var lineWidth = 0
        var index = 0
        while index < characters.count {
            if characters[index] == " " { index += 1; continue }
            var end = index
            var wordWidth = 0
            while end < characters.count, characters[end] != " " {
                wordWidth += DisplayWidth.of(characters[end])
                end += 1
            }
            let gap = lineStart == nil ? 0 : DisplayWidth.of(String(characters[lineEnd..<index]))
            if let start = lineStart, lineWidth + gap + wordWidth <= width {
                lineEnd = end
                lineWidth += gap + wordWidth
                lineStart = start
            } else {
                if let start = lineStart { ranges.append(start..<lineEnd) }
                // A word wider than the line is broken at the width.
                var piece = index
                var pieceWidth = 0
                for position in index..<end {
                    let w = DisplayWidth.of(characters[position])
                    if pieceWidth + w > width, pieceWidth > 0 {
                        ranges.append(piece..<position)
                        piece = position
                        pieceWidth = 0
                    }
                    pieceWidth += w
                }
                lineStart = piece
                lineEnd = end
                lineWidth = pieceWidth
            }
            index = end
        }
        if let start = lineStart { ranges.append(start..<lineEnd) }
        return ranges.isEmpty ? [0..<0] : ranges
    }
}
