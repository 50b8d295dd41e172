/// Who issued each statement, letter or report the narration mentions, so that "the statement
/// said" later resolves to the one who made it: "Rabbi Jonathan Blake said in a statement",
/// "a statement issued by the National Aerospace Development Administration".
struct UtteranceIssuers {
    private struct Issue {
        let position: Int
        /// The utterance noun: "statement", "letter".
        let noun: String
        let issuer: [Token]
    }

    private var issues: [Issue] = []

    /// `sentences` holds each sentence's tokens with its quotations masked out.
    init(sentences: [[Token]]) {
        for tokens in sentences {
            // "the newspaper Chosun Ilbo, quoting anonymous sources, reported that …": its report, for "the report said".
            for (i, token) in tokens.enumerated() where token.lower == "reported" && SpeakerPhrases.isFiniteReportingVerb(token)
                && !SpeakerPhrases.isPassive(tokens, verb: i) {
                if let issuer = SpeakerPhrases.subject(tokens, verb: i), !Lexicon.utteranceNouns.contains(issuer.last!.lower),
                   !Lexicon.pronouns.contains(issuer[0].lower) {
                    issues.append(Issue(position: token.range.lowerBound, noun: "report", issuer: issuer))
                }
            }
            for (i, token) in tokens.enumerated() where token.isWord && Lexicon.utteranceNouns.contains(token.lower) {
                // "…, the statement said": the document speaks, and the sentence names no issuer.
                if i + 1 < tokens.count, SpeakerPhrases.isFiniteReportingVerb(tokens[i + 1]), !Lexicon.issuingVerbs.contains(tokens[i + 1].lower) {
                    continue
                }
                // "While the letter to the board didn't …, the New York Times reported": "the letter" is one
                // already mentioned, whose issuer only an agent ("the letter from X") names again.
                let mentionedBefore = i > 0 && tokens[i - 1].lower == "the"
                let issuingSubject = Self.issuingSubject(tokens, noun: i)
                // "Martin Mubanga received a letter": whoever got it did not write it.
                let received = tokens[max(0, i - 4)..<i].contains { Lexicon.receivingVerbs.contains($0.lower) }
                guard let issuer = Self.agent(tokens, after: i) ?? (mentionedBefore || received ? nil : issuingSubject ?? Self.speaker(of: tokens))
                else { continue }
                issues.append(Issue(position: token.range.lowerBound, noun: token.lower, issuer: issuer))
            }
        }
    }

    /// The issuer of the latest statement (or letter, …) named `noun` before `position`.
    func issuer(of noun: String, before position: Int) -> [Token]? {
        issues.last { $0.position < position && $0.noun == noun }?.issuer
    }

    /// The issuer of the utterance whose noun stands at `position`: "a statement issued by X".
    func issuer(ofNounAt position: Int) -> [Token]? {
        issues.first { $0.position == position }?.issuer
    }

    /// "a statement issued by X", "a letter from X", "The letter, from the Home Office,": the agent right
    /// after the noun or a verb of issuing — but "a letter obtained by the Times" was not the Times's.
    private static func agent(_ tokens: [Token], after noun: Int) -> [Token]? {
        let start = noun + 1 < tokens.count && tokens[noun + 1].text == "," ? noun + 2 : noun + 1
        guard let qualifier = SpeakerPhrases.qualifier(tokens, from: start), ["by", "from"].contains(qualifier.link) else { return nil }
        return qualifier.noun
    }

    /// "Isiah's family released a statement", "Portnow issued a brief statement", "Microsoft emailed
    /// Newsweek the following statement": who did the issuing (the one sent it may stand between).
    static func issuingSubject(_ tokens: [Token], noun: Int) -> [Token]? {
        guard let verb = tokens[max(0, noun - 5)..<noun].lastIndex(where: { Lexicon.issuingVerbs.contains($0.lower) }), verb > 0,
              !SpeakerPhrases.isIssuingParticiple(tokens[verb], after: tokens[verb - 1]),
              tokens[(verb + 1)..<noun].drop(while: \.isCapitalized).allSatisfy({ $0.isWord && !$0.isCapitalized }) else { return nil }
        return SpeakerPhrases.subject(tokens, verb: verb)
    }

    /// "X said in a statement", "X released a statement": the sentence's speaker or subject.
    /// "The statement said" names only the document, which issues nothing; nor does a subject only
    /// urged to pass it on: "Social media users were encouraged to share a post".
    private static func speaker(of sentence: [Token]) -> [Token]? {
        let subject = SpeakerPhrases.sentenceSubject(sentence).flatMap { isUrgedToPassOn($0, in: sentence) ? nil : $0 }
        let candidates = ReportingClauses.speakers(in: sentence) + [ReportingClauses.before(sentence), subject]
        return candidates.lazy.compactMap { $0 }.first { !Lexicon.utteranceNouns.contains($0.last!.lower) }
    }

    /// "were encouraged to share", "was urged to post": asked to pass on what someone else wrote — not "was forced to issue".
    private static func isUrgedToPassOn(_ subject: [Token], in sentence: [Token]) -> Bool {
        guard let end = sentence.end(of: subject), end + 3 < sentence.count else { return false }
        return Lexicon.beForms.contains(sentence[end + 1].lower) && ["encouraged", "urged", "asked", "invited"].contains(sentence[end + 2].lower)
            && sentence[end + 3].lower == "to"
    }
}
