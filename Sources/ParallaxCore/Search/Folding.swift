import Foundation

/// How search compares letters: case and diacritics folded (Ángel → angel, Straße → strasse),
/// so a query typed in plain ASCII finds the accented spelling.
enum Folding {
    /// Latin with its supplements, Greek and Cyrillic, then Latin and Greek Extended (Vietnamese,
    /// polytonic Greek): the scripts whose accents fold. Worked out once with Foundation.
    private static let tables: [(range: Range<UInt32>, folded: [String])] = [0..<0x530, 0x1E00..<0x2000].map { range in
        (range, range.map { value in
            let folded = String(Unicode.Scalar(value)!).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            return strokes[folded] ?? folded
        })
    }

    /// Letters whose mark is drawn through them rather than added, which Foundation leaves alone.
    private static let strokes: [String: String] = ["ø": "o", "đ": "d", "ł": "l", "ħ": "h", "ı": "i", "ŧ": "t", "ƀ": "b", "ɨ": "i"]

    /// Appends the folded form of one scalar; combining marks fold to nothing.
    static func append(_ scalar: Unicode.Scalar, to text: inout String.UnicodeScalarView) {
        let value = scalar.value
        if value < 0x80 {
            text.append(value >= 0x41 && value <= 0x5A ? Unicode.Scalar(value + 0x20)! : scalar)
            return
        }
        for table in tables where table.range.contains(value) {
            text.append(contentsOf: table.folded[Int(value - table.range.lowerBound)].unicodeScalars)
            return
        }
        guard scalar.properties.generalCategory != .nonspacingMark else { return }
        text.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
    }

    static func fold(_ text: String) -> String {
        var folded = String.UnicodeScalarView()
        for scalar in text.unicodeScalars { append(scalar, to: &folded) }
        return String(folded)
    }
}
