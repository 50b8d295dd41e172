/// Text made safe for a terminal: control characters and escape sequences from an article
/// become visible placeholders (ESC → ␛, other C0 → their control pictures, DEL → ␡,
/// C1 → �), so nothing an article contains can steer the terminal.
public enum VisibleText {
    public static func sanitize(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        var view = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            view.append(isControl(scalar) ? placeholder(for: scalar) : scalar)
        }
        return String(view)
    }

    public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
            || scalar.value == 0x2028 || scalar.value == 0x2029
    }

    public static func placeholder(for scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch scalar.value {
        case 0..<0x20: return Unicode.Scalar(0x2400 + scalar.value)!
        case 0x7F: return "␡"
        default: return "\u{FFFD}"
        }
    }
}
