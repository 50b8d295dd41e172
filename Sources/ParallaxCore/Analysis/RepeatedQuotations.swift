/// Words quoted twice are one speaker's: a heading that pulls a line out of the interview below it
/// ("“Five Pages In, I Was Completely Hooked”", then Haynes: "five pages in, I was completely
/// hooked") or a fragment quoted again in full. A quotation that names no speaker takes the
/// speaker of another that holds all its words.
enum RepeatedQuotations {
    /// Fewer words are too often a common phrase ("the first step") that two people use.
    private static let minimumWords = 3

    /// `standsAlone` tells for each quotation whether it is its paragraph's whole text: only such a
    /// term, a heading, may be a pulled quote — a title in a sentence ("the song “Take Me Out to
    /// the Ball Game”") stays one, whoever sings it.
    static func attributed(_ quotations: [Quotation], standsAlone: [Bool]) -> [Quotation] {
        let wordings = quotations.map { " " + words($0.text).joined(separator: " ") + " " }
        return quotations.enumerated().map { index, quotation in
            guard quotation.speaker == nil, quotation.kind == .quote || standsAlone[index],
                  wordings[index].split(separator: " ").count >= minimumWords,
                  let source = quotations.indices.first(where: { other in
                      other != index && quotations[other].speaker != nil && wordings[other].contains(wordings[index])
                  }) else { return quotation }
            var attributed = quotation
            attributed.kind = .quote
            attributed.speaker = quotations[source].speaker
            return attributed
        }
    }

    /// Lower-case words without punctuation, apostrophes inside a word kept in one form.
    private static func words(_ text: String) -> [String] {
        String(text.lowercased().map { $0 == "’" ? "'" : $0 })
            .split { !($0.isLetter || $0.isNumber || $0 == "'") }
            .map { String($0) }
    }
}
