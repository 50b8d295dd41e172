/// A theme colour: one of the 16 ANSI colours, a 256-colour index, or `#rrggbb`.
public enum Color: Equatable, Sendable, Hashable {
    case ansi(Int)
    case indexed(Int)
    case rgb(UInt8, UInt8, UInt8)

    static let ansiNames = [
        "black", "red", "green", "yellow", "blue", "magenta", "cyan", "white",
        "bright_black", "bright_red", "bright_green", "bright_yellow", "bright_blue", "bright_magenta", "bright_cyan", "bright_white",
    ]

    /// "yellow", "bright_blue", "#ffaa00"; nil when the text is none of them.
    public init?(name: String) {
        let lower = name.lowercased().replacingOccurrences(of: "-", with: "_")
        if let index = Self.ansiNames.firstIndex(of: lower) {
            self = .ansi(index)
        } else if lower == "gray" || lower == "grey" {
            self = .ansi(8)
        } else if lower.hasPrefix("#"), lower.count == 7, let value = UInt32(lower.dropFirst(), radix: 16) {
            self = .rgb(UInt8(value >> 16), UInt8((value >> 8) & 0xFF), UInt8(value & 0xFF))
        } else {
            return nil
        }
    }

    init?(index: Int) {
        guard (0...255).contains(index) else { return nil }
        self = index < 16 ? .ansi(index) : .indexed(index)
    }

    /// The colour number to use on a terminal with `colors` colours (8, 16, 256 or more).
    public func number(forTerminalColors colors: Int) -> Int {
        switch self {
        case .ansi(let n):
            return colors >= 16 ? n : n % 8
        case .indexed(let n):
            return colors >= 256 ? n : Self.nearest(Self.rgbOfIndex(n), among: colors >= 16 ? 16 : 8)
        case .rgb(let r, let g, let b):
            if colors >= 256 { return Self.nearest((Int(r), Int(g), Int(b)), among: 256, from: 16) }
            return Self.nearest((Int(r), Int(g), Int(b)), among: colors >= 16 ? 16 : 8)
        }
    }

    /// The RGB value xterm gives a 256-colour index.
    static func rgbOfIndex(_ n: Int) -> (Int, Int, Int) {
        let ansi = [(0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
                    (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255)]
        if n < 16 { return ansi[n] }
        if n >= 232 { let v = 8 + (n - 232) * 10; return (v, v, v) }
        let levels = [0, 95, 135, 175, 215, 255]
        let i = n - 16
        return (levels[i / 36], levels[(i / 6) % 6], levels[i % 6])
    }

    private static func nearest(_ rgb: (Int, Int, Int), among count: Int, from start: Int = 0) -> Int {
        var best = start
        var bestDistance = Int.max
        for n in start..<count {
            let c = rgbOfIndex(n)
            let d = (c.0 - rgb.0) * (c.0 - rgb.0) + (c.1 - rgb.1) * (c.1 - rgb.1) + (c.2 - rgb.2) * (c.2 - rgb.2)
            if d < bestDistance { best = n; bestDistance = d }
        }
        return best
    }
}

/// How a role is drawn.
public struct Style: Equatable, Sendable, Hashable {
    public var foreground: Color?
    public var background: Color?
    public var bold = false
    public var dim = false
    public var italic = false
    public var underline = false
    public var reverse = false

    public init(foreground: Color? = nil, background: Color? = nil, bold: Bool = false, dim: Bool = false,
                italic: Bool = false, underline: Bool = false, reverse: Bool = false) {
        self.foreground = foreground
        self.background = background
        self.bold = bold
        self.dim = dim
        self.italic = italic
        self.underline = underline
        self.reverse = reverse
    }

    /// The same style without colours, for NO_COLOR.
    public var withoutColors: Style {
        var style = self
        style.foreground = nil
        style.background = nil
        return style
    }
}
