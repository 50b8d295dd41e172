import Foundation

/// Values from front matter or JSON, where "None", "null" and "" mean nothing was said.
enum FieldValue {
    static func text(_ value: Any?) -> String? {
        let string: String
        switch value {
        case let s as String: string = s
        case let n as NSNumber: string = n.stringValue
        case let i as Int: string = String(i)
        default: return nil
        }
        let trimmed = trimmingSpace(string)
        if trimmed.isEmpty || (trimmed.count <= 4 && ["none", "null", "nil", "n/a"].contains(trimmed.lowercased())) { return nil }
        return trimmed
    }

    /// The text without surrounding white space; a long body is not copied when it has none.
    private static func trimmingSpace(_ string: String) -> String {
        let scalars = string.unicodeScalars
        guard let first = scalars.first, let last = scalars.last else { return string }
        if !first.properties.isWhitespace && !last.properties.isWhitespace { return string }
        return string.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// An author or a list of authors, joined as a byline ("A, B and C").
    static func names(_ value: Any?) -> String? {
        let names: [String]
        if let list = value as? [Any] {
            names = list.compactMap { text($0) }
        } else if let one = text(value) {
            names = [one]
        } else {
            return nil
        }
        switch names.count {
        case 0: return nil
        case 1: return names[0]
        default: return names.dropLast().joined(separator: ", ") + " and " + names.last!
        }
    }

    static func date(_ value: Any?) -> PublicationDate? {
        if let date = value as? Date {
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = TimeZone(identifier: "UTC")!
            let parts = calendar.dateComponents([.year, .month, .day], from: date)
            return parts.year.flatMap { y in PublicationDate(year: y, month: parts.month ?? 0, day: parts.day ?? 0) }
        }
        return text(value).flatMap { PublicationDate(leadingISO: $0) }
    }
}
