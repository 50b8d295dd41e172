/// A word, number or punctuation mark in the article's text.
struct Token: Equatable {
    enum Kind: Equatable { case word, punctuation }
    let kind: Kind
    /// Scalar offsets in the article's text.
    let range: Range<Int>
    let text: String
    /// The text in lower case, kept because every rule compares it.
    let lower: String
    /// Kept because the rules ask it of every word many times over.
    let isCapitalized: Bool

    init(kind: Kind, range: Range<Int>, text: String, lower: String? = nil) {
        self.kind = kind
        self.range = range
        self.text = text
        self.lower = lower ?? text.lowercased()
        self.isCapitalized = Self.isCapitalized(text)
    }

    var isWord: Bool { kind == .word }

    /// A quotation replaced by one mark, so the words around it never run together.
    static func maskedQuotation(at range: Range<Int>) -> Token { Token(kind: .punctuation, range: range, text: "“”") }
    var isMaskedQuotation: Bool { kind == .punctuation && text == "“”" }

    private static func isCapitalized(_ text: String) -> Bool {
        var scalars = text.unicodeScalars.makeIterator()
        var first = scalars.next()
        // A hashtag is a name as its first letter is: "#Chibokgirls", not "#familyof5".
        if first == "#" { first = scalars.next() }
        guard let first else { return false }
        return first.isUpper || first.isLowerCaseASCII && (isParticleName(text) || isUserName(text))
    }

    /// "acebush1", "jane_doe": a user name in lower case, letters then digits or with an underscore,
    /// stands for its owner as a capitalised name does — alone: "the acebush1 Reddit user".
    var isUserName: Bool { isCapitalized && Self.isUserName(text) }
    private static func isUserName(_ text: String) -> Bool {
        let bytes = text.utf8
        let isMark = { (byte: UInt8) in byte == UInt8(ascii: "_") || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }
        guard let mark = bytes.firstIndex(where: isMark), bytes.distance(from: bytes.startIndex, to: mark) >= 3 else { return false }
        return bytes.allSatisfy { isMark($0) || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains($0) }
    }

    /// "al-Adnani", "bin-Salman": an Arabic name's particle in lower case joined to the capitalised rest.
    private static func isParticleName(_ text: String) -> Bool {
        // The particles are ASCII, so their hyphen is among the first four bytes.
        let bytes = text.utf8
        guard let hyphen = bytes.prefix(4).firstIndex(of: UInt8(ascii: "-")), hyphen > bytes.startIndex,
              text.unicodeScalars[bytes.index(after: hyphen)...].first?.isUpper == true else { return false }
        return Lexicon.hyphenedNameParticles.contains(String(text[..<hyphen]))
    }

    /// "Trump’s" → "Trump"; other words as they are.
    var withoutPossessive: String {
        // Every possessive ending ends in an apostrophe or "s"; most words are spared the suffix tests.
        guard let last = text.unicodeScalars.last, last == "s" || last.isApostrophe else { return text }
        for suffix in ["’s", "'s", "’", "'"] where text.hasSuffix(suffix) && text.count > suffix.count {
            return String(text.dropLast(suffix.count))
        }
        return text
    }
    var isPossessive: Bool { withoutPossessive != text }
    /// "D-N.H.", "R-Texas", "I-Vt.": a lawmaker's party and state, said of a name, never one.
    var isPartyTag: Bool { Self.isPartyTag(text) }
    static func isPartyTag(_ text: String) -> Bool {
        let bytes = Array(text.utf8.prefix(3))
        return bytes.count == 3 && [UInt8(ascii: "D"), UInt8(ascii: "R"), UInt8(ascii: "I")].contains(bytes[0])
            && bytes[1] == UInt8(ascii: "-") && (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(bytes[2])
    }
    /// "US", "ICE", "NATO": capitals throughout, never the function word they may spell.
    var isAcronym: Bool { Self.isAcronym(text) }
    static func isAcronym(_ text: String) -> Bool { text.unicodeScalars.count >= 2 && text.unicodeScalars.allSatisfy { $0.isUpper || $0 == "." } }
    /// A capitalised word that is only a function word at a sentence's start ("The", "And", and
    /// contractions such as "That's" — but "May's" may be Theresa May's); a lone capital ("A" in
    /// "George A Lopez") is taken for an initial.
    var isCapitalizedFunctionWord: Bool {
        isCapitalized && !isAcronym && text.unicodeScalars.count > 1
            && (Lexicon.functionWords.contains(lower) || isPossessive && Lexicon.contractingWords.contains(withoutPossessive.lowercased()))
    }
}

extension Array where Element == Token {
    /// "He" in "He Jianxiong said" and "said He Lifeng": a capitalised pronoun right before a
    /// name's next word is a surname; a pronoun is followed by a verb or a word in lower case.
    func isSurnameLikePronoun(at i: Int) -> Bool {
        guard self[i].isCapitalized, Lexicon.mayBeSurname(self[i].text), i + 1 < count, self[i + 1].isWord else { return false }
        return self[i + 1].isCapitalized && !self[i + 1].isCapitalizedFunctionWord && !self[i + 1].isAcronym
    }

    func isPronoun(at i: Int) -> Bool { Lexicon.pronouns.contains(self[i].lower) && !isSurnameLikePronoun(at: i) }

    /// Where a phrase taken from these tokens begins in them.
    func start(of phrase: [Token]) -> Int? {
        phrase.first.flatMap { first in firstIndex { $0.range == first.range } }
    }

    /// Where a phrase taken from these tokens ends in them.
    func end(of phrase: [Token]) -> Int? {
        phrase.last.flatMap { last in firstIndex { $0.range == last.range } }
    }
}

/// Splits text into words and punctuation. Apostrophes, hyphens and periods inside a word
/// stay in it (Trump’s, anti-Trump, U.S) — but not a stop that lost its space ("said.Political");
/// a known abbreviation keeps its period (Gov., Mr.).
enum Tokenizer {
    static func tokens(_ scalars: [Unicode.Scalar], in range: Range<Int>) -> [Token] {
        var tokens: [Token] = []
        var i = range.lowerBound
        let end = range.upperBound
        while i < end {
            let s = scalars[i]
            if s.isSpace { i += 1; continue }
            // "#Chibokgirls": a hashtag is one word with its mark.
            let hashtag = s == "#" && i + 1 < end && scalars[i + 1].isWordScalar && (i == range.lowerBound || !scalars[i - 1].isWordScalar)
            guard s.isWordScalar || hashtag else {
                let text = String(s)
                tokens.append(Token(kind: .punctuation, range: i..<(i + 1), text: text, lower: s.isASCII ? text : scalars.lowercasedString(i..<(i + 1))))
                i += 1
                continue
            }
            var j = i + 1
            // "1He said …", "13In the primaries": a list's number set against the item's first word.
            let numbered = s.isDigit
            while j < end {
                let c = scalars[j]
                if numbered, c.isUpper, j + 1 < end, scalars[j + 1].isLetter, !scalars[j + 1].isUpper, scalars[i..<j].allSatisfy(\.isDigit) { break }
                if c.isWordScalar { j += 1; continue }
                // "S_AND_YY": a user name's underscores keep it one word.
                // "Kelce‘s mom": some outlets set an opening single quote for the apostrophe.
                let joins = c.isApostrophe || c == "‘" || c == "-" || c == "." || c == "‐" || c == "_"
                // "said.Political", "was.They": a stop that lost its space ends a word, unlike "Dailymail.Com", "nytimes.com"
                // or a short code name ("fmt.Println", "pd.DataFrame").
                if c == ".", lostSpace(scalars, word: i..<j, end: end) { break }
                if joins, j + 1 < end, scalars[j + 1].isWordScalar { j += 2; continue }
                break
            }
            var text = scalars.string(i..<j)
            // Most words are ASCII in lower case already: one string serves as both.
            var lower = scalars[i..<j].allSatisfy(\.isLowerCaseASCII) ? text : scalars.lowercasedString(i..<j)
            if text.unicodeScalars.contains("‘") {
                text = text.replacingOccurrences(of: "‘", with: "’")
                lower = lower.replacingOccurrences(of: "‘", with: "’")
            }
            // A trailing period belongs to an abbreviation or an initial.
            if j < end, scalars[j] == ".", Abbreviations.keepsPeriod(text, lower: lower) {
                j += 1
                text += "."
                lower += "."
            }
            tokens.append(Token(kind: .word, range: i..<j, text: text, lower: lower))
            i = j
        }
        return tokens
    }

    /// Whether the stop at `word.upperBound` ends a lower-case word or a title's abbreviation, and a
    /// capitalised one follows with no space.
    private static func lostSpace(_ scalars: [Unicode.Scalar], word: Range<Int>, end: Int) -> Bool {
        let next = word.upperBound + 1
        guard next + 1 < end, scalars[next].isUpper, scalars[next + 1].isLetter, !scalars[next + 1].isUpper, word.count >= 2 else { return false }
        // "Sens.Ted Cruz": a title's abbreviation that lost its space before the name.
        let lower = scalars.lowercasedString(word)
        if Abbreviations.titles.contains(lower) || Lexicon.titles.contains(lower + ".") { return true }
        guard scalars[word].allSatisfy({ $0.isLetter && !$0.isUpper }) else { return false }
        let nextWord = next..<(scalars[next..<end].firstIndex { !$0.isLetter } ?? end)
        return word.count >= 4 || SentenceSplitter.sentenceStarters.contains(scalars.lowercasedString(nextWord))
    }
}

enum Abbreviations {
    static let titles: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "gov", "sen", "rep", "gen", "lt", "col", "sgt", "capt", "cpl",
        "st", "jr", "sr", "rev", "hon", "pres", "supt", "det", "cmdr", "adm", "maj", "messrs", "mme", "insp",
    ]
    static let others: Set<String> = [
        "inc", "corp", "co", "ltd", "vs", "etc", "no", "nos", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
        "sep", "sept", "oct", "nov", "dec", "fig", "approx", "dept", "est", "mt", "ft", "av", "ave", "blvd", "univ",
    ]

    /// "Mr", "Gov", "U.S", "J" and the like take the period that follows them.
    static func keepsPeriod(_ word: String, lower: String) -> Bool {
        if word.utf8.contains(UInt8(ascii: ".")) { return true }
        if word.unicodeScalars.count == 1 && word.unicodeScalars.first!.isUpper { return true }
        // "R-La.", "D-Mass.": a lawmaker's party and state, as "D-N.H." keeps its periods — not "D-Day.".
        if Token.isPartyTag(word), Places.statesAndCountries.contains(lower.dropFirst(2) + ".") { return true }
        // Every sentence's last word comes here: a longer one is looked up in no table.
        return lower.utf8.count <= longest && (titles.contains(lower) || others.contains(lower))
    }

    /// The length in bytes of the longest abbreviation.
    private static let longest = titles.union(others).map(\.utf8.count).max()!

    /// An abbreviation whose period seldom ends a sentence.
    static func rarelyEndsSentence(_ word: String) -> Bool {
        let lower = word.lowercased().trimmingCharacters(in: ["."])
        return titles.contains(lower) || (word.unicodeScalars.count == 2 && word.unicodeScalars.first!.isUpper)
    }
}

private extension String {
    func trimmingCharacters(in set: Set<Character>) -> String {
        var s = Substring(self)
        while let last = s.last, set.contains(last) { s = s.dropLast() }
        return String(s)
    }
}
