/// A calendar day, as articles give their dates.
public struct PublicationDate: Sendable, Equatable, Comparable, Hashable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    public init?(year: Int, month: Int, day: Int) {
        guard (1000...9999).contains(year), (1...12).contains(month), (1...31).contains(day) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Reads the `YYYY-MM-DD` at the start of `text` ("2017-09-15T00:00:00" gives 2017-09-15).
    public init?(leadingISO text: Substring) {
        let parts = text.prefix(10).split(separator: "-", omittingEmptySubsequences: false)
        guard text.count >= 10, parts.count == 3,
              parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]) else { return nil }
        if text.count > 10, let next = text.dropFirst(10).first, next.isNumber { return nil }
        self.init(year: year, month: month, day: day)
    }

    public init?(leadingISO text: String) {
        self.init(leadingISO: text[...])
    }

    public var description: String {
        let y = String(year)
        let m = month < 10 ? "0\(month)" : "\(month)"
        let d = day < 10 ? "0\(day)" : "\(day)"
        return "\(y)-\(m)-\(d)"
    }

    public static func < (a: PublicationDate, b: PublicationDate) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }
}
