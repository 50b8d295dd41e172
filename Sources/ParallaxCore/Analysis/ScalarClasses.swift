/// Character classes the analysis needs, decided on single Unicode scalars.
/// ASCII is answered directly: Unicode property look-ups dominate the cost of reading otherwise.
extension Unicode.Scalar {
    var isLetter: Bool {
        value < 0x80 ? (value | 0x20) >= 0x61 && (value | 0x20) <= 0x7A : properties.isAlphabetic
    }
    var isDigit: Bool { value < 0x80 ? value >= 0x30 && value <= 0x39 : properties.numericType == .decimal }
    var isWordScalar: Bool {
        if value < 0x80 { return isLetter || isDigit }
        return properties.isAlphabetic || properties.numericType != nil || properties.generalCategory == .nonspacingMark
    }
    var isUpper: Bool { value < 0x80 ? value >= 0x41 && value <= 0x5A : properties.isUppercase }
    var isSpace: Bool { value < 0x80 ? value == 0x20 || (value >= 0x09 && value <= 0x0D) : properties.isWhitespace }
    /// ’ and ', which are apostrophes inside words and never double quotation marks.
    var isApostrophe: Bool { self == "'" || self == "’" }
    var isSentenceEnd: Bool { self == "." || self == "!" || self == "?" || self == "…" }
}

extension Array where Element == Unicode.Scalar {
    func string(_ range: Range<Int>) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: self[range])
        return String(view)
    }
}
