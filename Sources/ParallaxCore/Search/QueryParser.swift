/// Reads what a person types into a `SearchQuery`:
/// `words`, `"exact phrases"`, `-excluded`, and filters `outlet:` `speaker:` `in:quotes|title`
/// `date:2025-06` (or `date:2025-06-01..2025-06-30`, either end open) `event:ID`.
public enum QueryParser {
    public static let filterNames = ["outlet", "speaker", "in", "date", "event"]

    /// `typing`: the query is still being typed, so a last word not yet followed by a space matches as a prefix.
    public static func parse(_ text: String, typing: Bool = false) throws(QueryError) -> SearchQuery {
        var query = SearchQuery()
        let characters = Array(text)
        var i = 0
        var lastBareWord: Int?
        // Where an in: filter stood, for the error when it has no words to look for.
        var scopeColumn = 1
        while i < characters.count {
            if characters[i].isWhitespace { i += 1; continue }
            lastBareWord = nil
            let start = i
            var negated = false
            if characters[i] == "-" {
                negated = true
                i += 1
                guard i < characters.count, !characters[i].isWhitespace else {
                    throw QueryError(message: "‘-’ needs a word or phrase right after it", column: start + 1)
                }
            }
            if isQuote(characters[i]) {
                let words = try phraseWords(characters, &i)
                add(SearchQuery.Pattern(words: words), negated: negated, to: &query)
                continue
            }
            // A filter: letters, then a colon ("10:30" and the like are only words).
            let wordStart = i
            var nameEnd = i
            while nameEnd < characters.count, characters[nameEnd].isASCII, characters[nameEnd].isLetter { nameEnd += 1 }
            if nameEnd > i, nameEnd < characters.count, characters[nameEnd] == ":" {
                i = nameEnd + 1
                if String(characters[wordStart..<nameEnd]).lowercased() == "in" { scopeColumn = wordStart + 1 }
                try filter(String(characters[wordStart..<nameEnd]).lowercased(), characters, &i, column: wordStart + 1,
                           negated: negated, typing: typing, into: &query)
                continue
            }
            while i < characters.count, !characters[i].isWhitespace, !isQuote(characters[i]) { i += 1 }
            let words = SearchTokenizer.terms(String(characters[wordStart..<i]))
            guard !words.isEmpty else { continue }
            add(SearchQuery.Pattern(words: words), negated: negated, to: &query)
            if !negated { lastBareWord = query.patterns.count - 1 }
        }
        if typing, let last = lastBareWord, let end = characters.last, !end.isWhitespace {
            query.patterns[last].prefix = true
        }
        if query.scope != .everywhere, query.patterns.isEmpty {
            throw QueryError(message: "in:\(query.scope == .title ? "title" : "quotes") needs words to look for", column: scopeColumn)
        }
        if query.scope == .title, !query.speakers.isEmpty {
            throw QueryError(message: "in:title and speaker: never meet: a speaker's words are in quotations", column: scopeColumn)
        }
        return query
    }

    private static func isQuote(_ c: Character) -> Bool { c == "\"" || c == "“" || c == "”" || c == "„" }

    /// The text between quotation marks; `i` is at the opening mark and ends after the closing one.
    private static func quoted(_ characters: [Character], _ i: inout Int) throws(QueryError) -> String {
        let open = i
        i += 1
        let start = i
        while i < characters.count, !isQuote(characters[i]) { i += 1 }
        guard i < characters.count else { throw QueryError(message: "unclosed quote", column: open + 1) }
        i += 1
        return String(characters[start..<(i - 1)])
    }

    /// The words of a quoted phrase, of which there must be some.
    private static func phraseWords(_ characters: [Character], _ i: inout Int) throws(QueryError) -> [String] {
        let open = i
        let words = SearchTokenizer.terms(try quoted(characters, &i))
        guard !words.isEmpty else { throw QueryError(message: "empty phrase", column: open + 1) }
        return words
    }

    private static func add(_ pattern: SearchQuery.Pattern, negated: Bool, to query: inout SearchQuery) {
        if negated { query.excluded.append(pattern) } else { query.patterns.append(pattern) }
    }

    /// Reads a filter's value (a word or a quoted phrase) from `i` and adds the filter.
    private static func filter(_ name: String, _ characters: [Character], _ i: inout Int, column: Int,
                               negated: Bool, typing: Bool, into query: inout SearchQuery) throws(QueryError) {
        guard filterNames.contains(name) else {
            throw QueryError(message: "unknown filter ‘\(name):’; filters are " + filterNames.map { $0 + ":" }.joined(separator: " "), column: column)
        }
        let value: String
        let isQuoted = i < characters.count && isQuote(characters[i])
        if isQuoted {
            value = try quoted(characters, &i)
        } else {
            let start = i
            while i < characters.count, !characters[i].isWhitespace { i += 1 }
            value = String(characters[start..<i])
        }
        guard !value.allSatisfy(\.isWhitespace) else { throw QueryError(message: "\(name): needs a value", column: column) }
        let filter: SearchQuery.Filter
        switch name {
        case "outlet", "speaker":
            let words = SearchTokenizer.terms(value)
            guard !words.isEmpty else { throw QueryError(message: "\(name): needs a name", column: column) }
            // Still being typed: the last word of a value that ends the line may begin a name's word.
            let value = NameQuery(words, prefix: typing && !isQuoted && i == characters.count)
            filter = name == "outlet" ? .outlet(value) : .speaker(value)
        case "in":
            guard !negated else { throw QueryError(message: "in: cannot be excluded", column: column) }
            switch value.lowercased() {
            case "quotes", "quote", "quotations": query.scope = .quotations
            case "title", "titles": query.scope = .title
            default: throw QueryError(message: "in: takes quotes or title, not ‘\(value)’", column: column)
            }
            return
        case "date":
            guard let range = DateFilter.range(value) else {
                throw QueryError(message: "date: takes YYYY, YYYY-MM, YYYY-MM-DD or FROM..TO, not ‘\(value)’", column: column)
            }
            if let from = range.from, let to = range.to, to < from {
                throw QueryError(message: "date: the range ends before it starts", column: column)
            }
            filter = .date(from: range.from, to: range.to)
        default:
            filter = .event(value)
        }
        if negated { query.excludedFilters.append(filter) } else { query.filters.append(filter) }
    }
}

/// The days a `date:` value covers: a year, a month, a day, or two of them joined by "..".
enum DateFilter {
    static func range(_ value: String) -> (from: PublicationDate?, to: PublicationDate?)? {
        let parts = value.components(separatedBy: "..")
        switch parts.count {
        case 1:
            guard let first = bounds(parts[0]) else { return nil }
            return (first.first, first.last)
        case 2:
            guard parts[0] != "" || parts[1] != "" else { return nil }
            let from = parts[0].isEmpty ? nil : bounds(parts[0])
            let to = parts[1].isEmpty ? nil : bounds(parts[1])
            guard parts[0].isEmpty || from != nil, parts[1].isEmpty || to != nil else { return nil }
            return (from?.first, to?.last)
        default:
            return nil
        }
    }

    /// The first and last day of "2025", "2025-06" or "2025-06-19".
    private static func bounds(_ text: String) -> (first: PublicationDate, last: PublicationDate)? {
        let fields = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(fields.count), fields[0].count == 4, fields.dropFirst().allSatisfy({ $0.count == 2 }),
              fields.allSatisfy({ $0.allSatisfy(\.isASCII) }) else { return nil }
        let numbers = fields.compactMap { Int($0) }
        guard numbers.count == fields.count else { return nil }
        switch numbers.count {
        case 1:
            guard let first = PublicationDate(year: numbers[0], month: 1, day: 1),
                  let last = PublicationDate(year: numbers[0], month: 12, day: 31) else { return nil }
            return (first, last)
        case 2:
            guard let first = PublicationDate(year: numbers[0], month: numbers[1], day: 1),
                  let last = PublicationDate(year: numbers[0], month: numbers[1], day: 31) else { return nil }
            return (first, last)
        default:
            guard let day = PublicationDate(year: numbers[0], month: numbers[1], day: numbers[2]) else { return nil }
            return (day, day)
        }
    }
}
