/// Text made safe for a terminal: control characters and escape sequences from an article
/// become visible placeholders (ESC → ␛, other C0 → their control pictures, DEL → ␡,
/// C1 and bidirectional controls → �), so nothing an article contains can steer the terminal.
public enum VisibleText {
    public static func sanitize(_ text: some StringProtocol) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return String(text) }
        var view = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            view.append(isControl(scalar) ? placeholder(for: scalar) : scalar)
        }
        return String(view)
    }

    /// C0 and C1 controls, DEL, line and paragraph separators, and the bidirectional controls,
    /// which can make a terminal line read in an order the text does not have.
    public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return v < 0x20 || (0x7F...0x9F).contains(v) || v == 0x2028 || v == 0x2029
            || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v) || v == 0x200E || v == 0x200F || v == 0x061C
    }

    public static func placeholder(for scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch scalar.value {
        case 0..<0x20: return Unicode.Scalar(0x2400 + scalar.value)!
        case 0x7F: return "␡"
        default: return "\u{FFFD}"
        }
    }
}
