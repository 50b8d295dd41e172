/// A word as search sees it: folded, with its place among the text's words and in the text.
struct SearchToken: Equatable {
    /// The folded word, apostrophes straightened: "Trump’s" → "trump's".
    let term: String
    /// The word without a possessive ending ("trump" for "trump's"), found at the same position,
    /// so a search for Trump finds Trump’s.
    let stem: String?
    /// The word's number among the text's words.
    let position: Int
    /// Scalar offsets in the text.
    let range: Range<Int>
}

/// Splits text into search words: runs of letters and digits, an apostrophe between two of
/// them kept inside (don’t, Trump’s); anything else separates words, so "anti-Trump" and
/// "3,000" are two words each and a query spelling them that way becomes a phrase.
enum SearchTokenizer {
    static func tokens(_ scalars: [Unicode.Scalar], in range: Range<Int>, firstPosition: Int = 0) -> [SearchToken] {
        var tokens: [SearchToken] = []
        var i = range.lowerBound
        let end = range.upperBound
        var term: [UInt8] = []
        term.reserveCapacity(32)
        while i < end {
            guard scalars[i].isWordScalar else { i += 1; continue }
            let start = i
            term.removeAll(keepingCapacity: true)
            // How long the folded word was before its last apostrophe, to find a possessive ending.
            var beforeApostrophe: Int?
            while i < end {
                let s = scalars[i]
                if s.isWordScalar {
                    Folding.append(s, to: &term)
                } else if s.isApostrophe, i + 1 < end, scalars[i + 1].isWordScalar {
                    beforeApostrophe = term.count
                    term.append(UInt8(ascii: "'"))
                } else {
                    break
                }
                i += 1
            }
            // A lone combining mark folds to nothing: no word.
            guard !term.isEmpty else { continue }
            var stem: String?
            if let beforeApostrophe, term.count == beforeApostrophe + 2, term.last == UInt8(ascii: "s") {
                stem = String(decoding: term[..<beforeApostrophe], as: UTF8.self)
            }
            tokens.append(SearchToken(term: String(decoding: term, as: UTF8.self), stem: stem, position: firstPosition + tokens.count, range: start..<i))
        }
        return tokens
    }

    /// The folded words of a name or a query; none for nil.
    static func terms(_ text: String?) -> [String] {
        text.map { tokens($0).map(\.term) } ?? []
    }

    static func tokens(_ text: String) -> [SearchToken] {
        let scalars = Array(text.unicodeScalars)
        return tokens(scalars, in: 0..<scalars.count)
    }
}
