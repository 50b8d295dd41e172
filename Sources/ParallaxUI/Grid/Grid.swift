import ParallaxCore

/// One terminal cell: a grapheme and the role it is drawn in. The right half of a wide
/// character is a cell with an empty glyph.
public struct Cell: Equatable, Sendable {
    public var glyph: String
    public var role: Role

    public init(_ glyph: String = " ", role: Role = .text) {
        self.glyph = glyph
        self.role = role
    }

    public var isContinuation: Bool { glyph.isEmpty }
}

/// The whole screen as cells, drawn by the views and diffed by the terminal backend.
public struct Grid: Equatable, Sendable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: Cell(), count: self.width * self.height)
    }

    public subscript(x: Int, y: Int) -> Cell {
        get { cells[y * width + x] }
        set { cells[y * width + x] = newValue }
    }

    /// Writes text from (x, y), clipped at `x + limit` or the right edge; returns the column after it.
    /// Control characters become placeholders, and a wide character that would not fit whole is left out.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, role: Role, limit: Int? = nil) -> Int {
        guard y >= 0, y < height else { return x }
        let end = min(width, limit.map { x + $0 } ?? width)
        var column = x
        for character in VisibleText.sanitize(text) {
            let w = DisplayWidth.of(character)
            if w == 0 {
                // A zero-width character joins the character before it, the left half of a wide one included.
                var previous = column - 1
                if previous > 0, previous < width, self[previous, y].isContinuation { previous -= 1 }
                if previous >= x, previous < end { self[previous, y].glyph.append(character) }
                continue
            }
            guard column + w <= end else { break }
            if column >= 0 {
                self[column, y] = Cell(String(character), role: role)
                if w == 2 { self[column + 1, y] = Cell("", role: role) }
            }
            column += w
        }
        return column
    }

    /// Fills a row segment with spaces in a role.
    public mutating func fill(x: Int, y: Int, width count: Int, role: Role) {
        let start = max(0, x), end = min(width, x + count)
        guard y >= 0, y < height, start < end else { return }
        for column in start..<end { self[column, y] = Cell(" ", role: role) }
    }

    /// The rows as text, trailing spaces trimmed: what a person reads on the screen.
    public var lines: [String] {
        (0..<height).map { y in
            var line = ""
            for x in 0..<width where !self[x, y].isContinuation { line += self[x, y].glyph }
            while line.last == " " { line.removeLast() }
            return line
        }
    }

    /// The roles of row y, one per column.
    public func roles(y: Int) -> [Role] {
        (0..<width).map { self[$0, y].role }
    }
}
