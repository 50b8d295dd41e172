/// Character classes the analysis needs, decided on single Unicode scalars.
extension Unicode.Scalar {
    var isLetter: Bool { properties.isAlphabetic }
    var isDigit: Bool { properties.numericType == .decimal }
    var isWordScalar: Bool { properties.isAlphabetic || properties.numericType != nil || properties.generalCategory == .nonspacingMark }
    var isUpper: Bool { properties.isUppercase }
    var isSpace: Bool { properties.isWhitespace }
    /// ’ and ', which are apostrophes inside words and never double quotation marks.
    var isApostrophe: Bool { self == "'" || self == "’" }
    var isSentenceEnd: Bool { self == "." || self == "!" || self == "?" || self == "…" }
    var isDash: Bool { self == "—" || self == "–" || self == "-" }
}

extension Array where Element == Unicode.Scalar {
    func string(_ range: Range<Int>) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: self[range])
        return String(view)
    }
}
