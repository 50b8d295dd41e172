/// A run of changed cells on one row, as the backend writes it.
public struct GridChange: Equatable, Sendable {
    public let x: Int
    public let y: Int
    public let cells: [Cell]
}

extension Grid {
    /// The runs of cells that differ from `old`; everything when there is no old grid or its size differs.
    public func changes(from old: Grid?) -> [GridChange] {
        let full = old == nil || old!.width != width || old!.height != height
        var changes: [GridChange] = []
        for y in 0..<height {
            var x = 0
            while x < width {
                guard full || self[x, y] != old![x, y] else { x += 1; continue }
                var start = x
                // A changed right half is redrawn from its wide character.
                if start > 0, self[start, y].isContinuation { start -= 1 }
                var end = x + 1
                while end < width, full || self[end, y] != old![end, y] || self[end, y].isContinuation { end += 1 }
                changes.append(GridChange(x: start, y: y, cells: (start..<end).map { self[$0, y] }))
                x = end
            }
        }
        return changes
    }
}
