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

    /// `word` in lower case, in its American form where a rule knows one.
    static func canonical(_ word: String) -> String {
        if let american = words[word] { return american }
        let letters = Array(word)
        // programme → program
        for (british, american) in [("ammes", "ams"), ("amme", "am")] where word.hasSuffix(british) {
            return String(word.dropLast(british.count)) + american
        }
        // organise, organised, organisation → organize…; analyse → analyze
        for ending in ["ise", "ises", "ised", "ising", "isation", "isations", "iser", "isers", "yse", "ysed", "yses", "ysing"]
        where word.hasSuffix(ending) && letters.count - ending.count >= 3 {
            let stem = word.dropLast(ending.count)
            return stem + String(ending.first!) + "z" + ending.dropFirst(2)
        }
        // colour, honourable, favourite → color, honorable, favorite (not four, your, scoured)
        if let our = word.range(of: "our", options: .backwards), word.distance(from: word.startIndex, to: our.lowerBound) >= 3,
           ourEndings.contains(String(word[our.upperBound...])) {
            return word.replacingCharacters(in: our, with: "or")
        }
        // centre, theatres → center, theaters (not more, here, acre)
        for (british, american) in [("res", "ers"), ("re", "er")] where word.hasSuffix(british) && letters.count - british.count >= 3 {
            let before = letters[letters.count - british.count - 1]
            if !"aeiouyr".contains(before) { return String(word.dropLast(british.count)) + american }
        }
        // travelled, cancelling, modeller → traveled, canceling, modeler (not called, filled)
        for ending in ["lled", "lling", "ller", "llers"] where word.hasSuffix(ending) && letters.count - ending.count >= 3 {
            if "aeiou".contains(letters[letters.count - ending.count - 1]) {
                return String(word.dropLast(ending.count)) + ending.dropFirst()
            }
        }
        // catalogue, dialogue → catalog, dialog (not rogue, vogue)
        if word.hasSuffix("ogue"), letters.count >= 7 { return String(word.dropLast(2)) }
        // defence, offence → defense, offense
        if word.hasSuffix("fence"), letters.count >= 7 { return String(word.dropLast(2)) + "se" }
        return word
    }
}
