import Foundation

/// How search compares letters: case and diacritics folded (Ángel → angel, Straße → strasse),
/// so a query typed in plain ASCII finds the accented spelling. Folded words are built as UTF-8
/// bytes, because making a String per scalar dominated the cost of indexing.
enum Folding {
    /// Latin with its supplements, Greek and Cyrillic, then Latin and Greek Extended (Vietnamese,
    /// polytonic Greek): the scripts whose accents fold. Worked out once with Foundation.
    private static let tables: [(range: Range<UInt32>, folded: [[UInt8]])] = [0..<0x530, 0x1E00..<0x2000].map { range in
        (range, range.map { value in
            let folded = String(Unicode.Scalar(value)!).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            return Array((strokes[folded] ?? folded).utf8)
        })
    }

    /// Letters whose mark is drawn through them rather than added, which Foundation leaves alone.
    private static let strokes: [String: String] = ["ø": "o", "đ": "d", "ł": "l", "ħ": "h", "ı": "i", "ŧ": "t", "ƀ": "b", "ɨ": "i"]

    /// Appends the folded form of one scalar as UTF-8; combining marks fold to nothing.
    static func append(_ scalar: Unicode.Scalar, to bytes: inout [UInt8]) {
        let value = scalar.value
        if value < 0x80 {
            bytes.append(UInt8(value >= 0x41 && value <= 0x5A ? value + 0x20 : value))
            return
        }
        for table in tables where table.range.contains(value) {
            bytes.append(contentsOf: table.folded[Int(value - table.range.lowerBound)])
            return
        }
        guard scalar.properties.generalCategory != .nonspacingMark else { return }
        bytes.append(contentsOf: scalar.properties.lowercaseMapping.utf8)
    }
}
