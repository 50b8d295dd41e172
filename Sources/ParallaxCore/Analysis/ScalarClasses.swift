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
    /// ASCII that lowering leaves as it is: anything but a capital letter.
    var isLowerCaseASCII: Bool { value < 0x80 && !(value >= 0x41 && value <= 0x5A) }
    var isUpper: Bool { value < 0x80 ? value >= 0x41 && value <= 0x5A : properties.isUppercase }
    var isSpace: Bool { value < 0x80 ? value == 0x20 || (value >= 0x09 && value <= 0x0D) : properties.isWhitespace }
    /// ’ and ', which are apostrophes inside words and never double quotation marks.
    var isApostrophe: Bool { self == "'" || self == "’" }
    var isSentenceEnd: Bool { self == "." || self == "!" || self == "?" || self == "…" }
}

extension Array where Element == Unicode.Scalar {
    /// The text of `range`. Written as UTF-8 bytes: appending scalars to a string one at a
    /// time costs several times more, and reading builds a string for every token.
    func string(_ range: Range<Int>) -> String {
        utf8String(range, lowercasingASCII: false) ?? utf8String(range)
    }

    /// The text of `range` in lower case; ASCII is lowered byte by byte, the rest by the
    /// Unicode rules of `lowercased()`.
    func lowercasedString(_ range: Range<Int>) -> String {
        utf8String(range, lowercasingASCII: true) ?? utf8String(range).lowercased()
    }

    /// ASCII text as bytes, nil when `range` holds anything else.
    private func utf8String(_ range: Range<Int>, lowercasingASCII: Bool) -> String? {
        guard self[range].allSatisfy({ $0.value < 0x80 }) else { return nil }
        return String(unsafeUninitializedCapacity: range.count) { bytes in
            for (offset, scalar) in self[range].enumerated() {
                let byte = UInt8(scalar.value)
                bytes[offset] = lowercasingASCII && byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
            }
            return range.count
        }
    }

    private func utf8String(_ range: Range<Int>) -> String {
        String(unsafeUninitializedCapacity: range.count * 4) { bytes in
            var count = 0
            for scalar in self[range] {
                for byte in scalar.utf8 {
                    bytes[count] = byte
                    count += 1
                }
            }
            return count
        }
    }
}
