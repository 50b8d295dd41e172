import ParallaxCore
import ParallaxUI

/// `compare` as text: numbered rows, the two sentences in columns each wrapped to its own
/// width, and a marker between them: "=" the same, "~" similar, "<" or ">" one side only.
enum SideBySide {
    /// Piped output has no terminal to fit, but two columns still need a width.
    static let pipedWidth = 120

    static func lines(_ record: ComparisonRecord, width: Int) -> [String] {
        let number = String(record.rows.count).count
        // "12 " + left + " = " + right
        let column = max(10, (width - number - 4) / 2)
        var lines = [layout(number: "", record.left, " | ", record.right, numberWidth: number, column: column), ""]
        for (index, row) in record.rows.enumerated() {
            let pointer = row.counterpart.map { "(see row \($0 + 1))" }
            let left = row.left.map { with(figures: row.leftFigures, $0) } ?? pointer ?? ""
            let right = row.right.map { with(figures: row.rightFigures, $0) } ?? pointer ?? ""
            lines.append(layout(number: String(index + 1), left, " \(marker(row)) ", right, numberWidth: number, column: column))
        }
        return lines
    }

    private static func marker(_ row: ComparisonRecord.RowRecord) -> String {
        switch row.match {
        case "same": return "="
        case "similar": return "~"
        default: return row.left == nil ? ">" : "<"
        }
    }

    /// The sentence, and after it the figures only this side gives.
    private static func with(figures: [String], _ text: String) -> String {
        figures.isEmpty ? text : text + "\n[only here: " + figures.joined(separator: ", ") + "]"
    }

    /// One row: both sides wrapped, the number and marker on its first line only.
    private static func layout(number: String, _ left: String, _ marker: String, _ right: String, numberWidth: Int, column: Int) -> String {
        let leftLines = wrapped(left, column), rightLines = wrapped(right, column)
        let blank = String(repeating: " ", count: marker.count)
        return (0..<max(leftLines.count, rightLines.count)).map { line in
            let prefix = DisplayWidth.pad(line == 0 ? number : "", to: numberWidth) + " "
            let leftText = line < leftLines.count ? leftLines[line] : ""
            let rightText = line < rightLines.count ? rightLines[line] : ""
            let text = prefix + DisplayWidth.pad(leftText, to: column) + (line == 0 ? marker : blank) + rightText
            return String(text.reversed().drop { $0 == " " }.reversed())
        }.joined(separator: "\n")
    }

    private static func wrapped(_ text: String, _ width: Int) -> [String] {
        text.split(separator: "\n", omittingEmptySubsequences: false).flatMap { part in
            WordWrap.lines(VisibleText.sanitize(String(part)), width: width)
        }
    }
}
