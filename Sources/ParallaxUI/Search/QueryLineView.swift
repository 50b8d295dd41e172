/// A line being typed after its prompt ("/"), scrolled sideways so the cursor stays in view,
/// the cursor drawn as a highlighted cell (the terminal's own cursor stays hidden).
enum QueryLineView {
    static func render(_ editor: LineEditor, prompt: String, editing: Bool, x: Int, y: Int, width: Int, role: Role, grid: inout Grid) {
        let start = grid.put(prompt, x: x, y: y, role: role, limit: width)
        let room = max(1, x + width - start)
        let characters = editor.characters
        // Characters shown from `first`, as many as fit with the cursor's cell.
        var first = 0
        while first < editor.cursor,
              DisplayWidth.of(String(characters[first..<editor.cursor])) + 1 > room { first += 1 }
        var column = start
        for index in first...characters.count {
            let atCursor = editing && index == editor.cursor
            let glyph = index < characters.count ? String(characters[index]) : " "
            guard index < characters.count || atCursor else { break }
            let w = DisplayWidth.of(glyph)
            guard column + w <= x + width else { break }
            column = grid.put(glyph, x: column, y: y, role: atCursor ? .focus : role)
        }
    }
}
