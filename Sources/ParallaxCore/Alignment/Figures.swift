/// A number an article gives ("3,000", "650", "1.5"), found as a word of its own.
struct Figure: Equatable {
    /// Scalar offsets in the text.
    let range: Range<Int>
    /// The digits without thousands separators, so "3,000" and "3000" compare equal.
    let value: String

    /// Four digits between 1900 and 2100 with no separator: a year, which dates a fact rather than measures it.
    var isYear: Bool {
        value.count == 4 && (1900...2100).contains(Int(value) ?? 0)
    }
}

enum Figures {
    /// The numbers in `range` that stand as words of their own: not "G7", "COVID-19" or "3rd".
    static func numbers(in scalars: [Unicode.Scalar], range: Range<Int>) -> [Figure] {
        var figures: [Figure] = []
        var i = range.lowerBound
        while i < range.upperBound {
            guard scalars[i].isDigit, !isGlued(scalars, before: i, from: range.lowerBound) else {
                i += 1
                continue
            }
            var value = String.UnicodeScalarView()
            var end = i
            while end < range.upperBound, scalars[end].isDigit { value.append(scalars[end]); end += 1 }
            // Thousands groups: a comma and exactly three digits.
            while end + 3 < range.upperBound, scalars[end] == ",", (1...3).allSatisfy({ scalars[end + $0].isDigit }),
                  end + 4 == range.upperBound || !scalars[end + 4].isDigit {
                value.append(contentsOf: scalars[(end + 1)...(end + 3)])
                end += 4
            }
            if end + 1 < range.upperBound, scalars[end] == ".", scalars[end + 1].isDigit {
                value.append(".")
                end += 1
                while end < range.upperBound, scalars[end].isDigit { value.append(scalars[end]); end += 1 }
            }
            if end >= range.upperBound || !scalars[end].isLetter {
                figures.append(Figure(range: i..<end, value: String(value)))
            }
            i = end
            while i < range.upperBound, scalars[i].isWordScalar { i += 1 }
        }
        return figures
    }

    /// True when the digit at `index` continues a word ("G7") or a hyphenated name ("COVID-19").
    private static func isGlued(_ scalars: [Unicode.Scalar], before index: Int, from start: Int) -> Bool {
        guard index > start else { return false }
        let previous = scalars[index - 1]
        if previous.isWordScalar { return true }
        return previous == "-" && index - 1 > start && scalars[index - 2].isWordScalar
    }
}
