/// An interview or a profile lets its subject talk on between questions and scenes without
/// saying each time who speaks ("But hasn't she had offers?" then "“I mean. Yes, no. …”"). Where
/// one speaker has most of an article's attributed quotations, a sentence of first-person speech
/// that no rule attributed is theirs.
enum PrincipalSpeaker {
    private static let minimumQuotations = 3
    /// The principal speaker's least share of the attributed quotations, in tenths.
    private static let minimumShareInTenths = 6
    private static let minimumWords = 4

    /// `speech[i]` tells whether quotation `i` opens its sentence and speaks in the first person.
    static func attributed(_ quotations: [Quotation], speech: [Bool]) -> [Quotation] {
        guard let principal = principal(of: quotations) else { return quotations }
        return quotations.enumerated().map { index, quotation in
            guard quotation.kind == .quote, quotation.speaker == nil, speech[index],
                  quotation.text.split(separator: " ").count >= minimumWords else { return quotation }
            var attributed = quotation
            attributed.speaker = principal
            return attributed
        }
    }

    /// "I", "we're", "my": a word by which speakers mean themselves.
    static func isFirstPerson(_ token: Token) -> Bool {
        let stem = token.lower.split(whereSeparator: { $0 == "'" || $0 == "’" }).first.map(String.init) ?? token.lower
        return token.isWord && ["i", "me", "my", "myself", "we", "us", "our", "ourselves"].contains(stem)
    }

    private static func principal(of quotations: [Quotation]) -> String? {
        var counts: [String: Int] = [:]
        for quotation in quotations where quotation.kind == .quote {
            if let speaker = quotation.speaker { counts[speaker, default: 0] += 1 }
        }
        let total = counts.values.reduce(0, +)
        guard let (speaker, count) = counts.max(by: { $0.value < $1.value }),
              count >= minimumQuotations, count * 10 >= total * minimumShareInTenths else { return nil }
        return speaker
    }
}
