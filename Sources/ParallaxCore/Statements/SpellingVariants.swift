/// British and American spellings brought to one form, so "Programme" matches "Program".
/// A few suffix rules rather than a dictionary. Both sides of a comparison go through the
/// same rules, so a rule may make a non-word ("advize"); it must only never make two
/// different words one, hence the minimum stem lengths.
enum SpellingVariants {
    /// Pairs no suffix rule covers.
    private static let words: [String: String] = [
        "grey": "gray", "judgement": "judgment", "ageing": "aging", "aluminium": "aluminum",
        "licence": "license", "pretence": "pretense", "odour": "odor", "plough": "plow", "tyre": "tire", "jewellery": "jewelry",
    ]

    /// What may follow "our" in colour, colours, coloured, honourable, favourite, neighbourhood.
    private static let ourEndings: Set<String> = [
        "", "s", "ed", "ing", "able", "ably", "ite", "ites", "er", "ers", "hood", "hoods", "less", "ful", "al",
    ]

    /// `word` in lower case, in its American form where a rule knows one. Every quoted word of
    /// every event comes here, so a word is measured in characters only once an ending matches.
    static func canonical(_ word: String) -> String {
        if let american = words[word] { return american }
        // The characters before an ending of `length` characters, when there are at least `least`.
        func stem(dropping length: Int, atLeast least: Int) -> Substring? {
            let stem = word.dropLast(length)
            return stem.count >= least ? stem : nil
        }
        // programme → program
        for (british, american) in [("ammes", "ams"), ("amme", "am")] where word.hasSuffix(british) {
            return String(word.dropLast(british.count)) + american
        }
        // organise, organised, organisation → organize…; analyse → analyze
        for ending in ["ise", "ises", "ised", "ising", "isation", "isations", "iser", "isers", "yse", "ysed", "yses", "ysing"]
        where word.hasSuffix(ending) {
            guard let stem = stem(dropping: ending.count, atLeast: 3) else { continue }
            return stem + String(ending.first!) + "z" + ending.dropFirst(2)
        }
        // colour, honourable, favourite → color, honorable, favorite (not four, your, scoured)
        if let our = lastOur(in: word), word.distance(from: word.startIndex, to: our.lowerBound) >= 3,
           ourEndings.contains(String(word[our.upperBound...])) {
            return word.replacingCharacters(in: our, with: "or")
        }
        // centre, theatres → center, theaters (not more, here, acre)
        for (british, american) in [("res", "ers"), ("re", "er")] where word.hasSuffix(british) {
            guard let stem = stem(dropping: british.count, atLeast: 3), let before = stem.last else { continue }
            if !"aeiouyr".contains(before) { return String(stem) + american }
        }
        // travelled, cancelling, modeller → traveled, canceling, modeler (not called, filled)
        for ending in ["lled", "lling", "ller", "llers"] where word.hasSuffix(ending) {
            guard let stem = stem(dropping: ending.count, atLeast: 3), let before = stem.last else { continue }
            if "aeiou".contains(before) { return String(stem) + ending.dropFirst() }
        }
        // catalogue, dialogue → catalog, dialog (not rogue, vogue)
        if word.hasSuffix("ogue"), word.count >= 7 { return String(word.dropLast(2)) }
        // defence, offence → defense, offense
        if word.hasSuffix("fence"), word.count >= 7 { return String(word.dropLast(2)) + "se" }
        return word
    }

    /// The last "our" in `word`, looked for in its bytes (Foundation's search costs far more).
    private static func lastOur(in word: String) -> Range<String.Index>? {
        let bytes = word.utf8
        var end = bytes.endIndex
        while let o = bytes[..<end].lastIndex(of: UInt8(ascii: "o")) {
            let u = bytes.index(after: o)
            if u < bytes.endIndex, bytes[u] == UInt8(ascii: "u"), bytes.index(after: u) < bytes.endIndex,
               bytes[bytes.index(after: u)] == UInt8(ascii: "r") {
                return o..<bytes.index(u, offsetBy: 2)
            }
            end = o
        }
        return nil
    }
}
