import ParallaxCore

/// Rows of text in aligned columns, as the headless commands print them. One column may
/// be flexible: it takes the width left over and is cut with "…" when the table must fit
/// a terminal. Without a width (output piped), nothing is cut.
public struct ColumnTable {
    public struct Column {
        public let title: String
        public let alignRight: Bool
        public init(_ title: String, alignRight: Bool = false) {
            self.title = title
            self.alignRight = alignRight
        }
    }

    public let columns: [Column]
    public let flexible: Int
    public private(set) var rows: [[String]] = []

    public init(columns: [Column], flexible: Int) {
        self.columns = columns
        self.flexible = flexible
    }

    /// Adds a row (missing values as `Missing.dash`); control characters become placeholders.
    public mutating func add(_ row: [String]) {
        rows.append(row.map { VisibleText.sanitize($0.replacingOccurrences(of: "\n", with: " ")) })
    }

    public func render(width: Int?) -> [String] {
        let all = [columns.map(\.title)] + rows
        var widths = columns.indices.map { index in all.map { DisplayWidth.of($0[index]) }.max() ?? 0 }
        if let width {
            let others = widths.enumerated().filter { $0.offset != flexible }.map(\.element).reduce(0, +)
            widths[flexible] = max(8, min(widths[flexible], width - others - 2 * (columns.count - 1)))
        }
        return all.map { row in
            var cells: [String] = []
            for (index, column) in columns.enumerated() {
                let text = DisplayWidth.truncate(row[index], to: widths[index])
                let isLast = index == columns.count - 1
                if column.alignRight {
                    cells.append(String(repeating: " ", count: widths[index] - DisplayWidth.of(text)) + text)
                } else {
                    cells.append(isLast ? text : DisplayWidth.pad(text, to: widths[index]))
                }
            }
            return cells.joined(separator: "  ")
        }
    }
}
