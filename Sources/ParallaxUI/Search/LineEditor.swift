import ParallaxCore

/// A line of text being typed, with a cursor and the editing keys of a shell:
/// ← → Home End ^A ^E to move, Backspace Delete ^H ^D to delete, ^W a word, ^U ^K to either end.
public struct LineEditor: Sendable, Equatable {
    public private(set) var characters: [Character] = []
    /// Where the next character goes, from 0 to `characters.count`.
    public private(set) var cursor = 0

    public init(_ text: String = "") {
        characters = Array(text)
        cursor = characters.count
    }

    public var text: String { String(characters) }

    /// Applies an editing key; false when the key is not one (the caller handles it).
    public mutating func edit(_ key: Key) -> Bool {
        switch key {
        case .character(let c) where !c.isControlLike:
            characters.insert(c, at: cursor)
            cursor += 1
        case .backspace, .control("h"):
            guard cursor > 0 else { return true }
            cursor -= 1
            characters.remove(at: cursor)
        case .delete, .control("d"):
            if cursor < characters.count { characters.remove(at: cursor) }
        case .left, .control("b"): cursor = max(0, cursor - 1)
        case .right, .control("f"): cursor = min(characters.count, cursor + 1)
        case .home, .control("a"): cursor = 0
        case .end, .control("e"): cursor = characters.count
        case .control("u"):
            characters.removeSubrange(0..<cursor)
            cursor = 0
        case .control("k"): characters.removeSubrange(cursor...)
        case .control("w"):
            var start = cursor
            while start > 0, characters[start - 1] == " " { start -= 1 }
            while start > 0, characters[start - 1] != " " { start -= 1 }
            characters.removeSubrange(start..<cursor)
            cursor = start
        default: return false
        }
        return true
    }
}

private extension Character {
    /// Control characters never enter the line, so nothing typed can steer the terminal.
    var isControlLike: Bool { unicodeScalars.contains(where: VisibleText.isControl) }
}
