/// Whom the narration is about at each point, sentence by sentence: the subject of a sentence's
/// reporting verb first, then the names it mentions in order. "He said" after a quotation means
/// the person the latest sentences were about far more often than the last name in passing
/// ("Sergei Roldugin, a friend of Vladimir Putin, told a reporter … “…,” he said").
struct Salience {
    struct Referent {
        let position: Int
        /// The fullest form of the name.
        let name: String
        /// True when a reporting verb has the name as its subject or stands next to it.
        let speaks: Bool
        /// True for the subject of the reporting verb and a name opening the sentence.
        let leads: Bool
        /// The words of a reporting clause's speaker the article does not name: "A Downing Street spokesman".
        var description: [Token]? = nil
        /// True for a group of people the sentence is about ("Hundreds of protesters gathered"): "they", never "he".
        var isGroup = false
    }

    /// Each sentence's referents, and the gender of "he" or "she" when one is its subject.
    private var sentences: [(range: Range<Int>, referents: [Referent], pronounSubject: Gender?)] = []
    /// The people named in a clause that opens its sentence ("After Portnow spoke, he …"), by where
    /// the main clause after it opens.
    private var openingClauses: [Int: [Referent]] = [:]

    /// `sentences` holds each sentence's tokens with its quotations masked out.
    init(sentences: [[Token]], names: NameIndex) {
        for tokens in sentences {
            guard let first = tokens.first, let last = tokens.last else { continue }
            var referents: [Referent] = []
            let range = first.range.lowerBound..<last.range.upperBound
            // "Itsunori Onodera said he believed …, as he warned": any reporting verb's named subject.
            // Not one inside what another reports: "DeMint … said Steele must apologize" is DeMint's sentence.
            let reported = ReportingClauses.reportedClauseStart(in: tokens).map { tokens[$0].range.lowerBound } ?? .max
            let phrases = (ReportingClauses.speakers(in: tokens) + [ReportingClauses.before(tokens)].compactMap { $0 })
                .filter { $0[0].range.lowerBound < reported }
            // "A journalist for Agence France-Presse said", "one man who was leaving the hospital told": the
            // journalist or the man speaks, not the agency or the hospital. One who works for someone
            // has a name after the link: "the force of the blast" is no one.
            let worksFor = { (phrase: [Token]) in
                let words = Array(phrase.drop { Lexicon.determiners.contains($0.lower) })
                return SpeakerPhrases.descriptionLink(words).map { phrase.last?.isCapitalized == true || !Lexicon.employerLinks.contains(words[$0].text) } ?? false
            }
            // The first phrase that names someone: the name, or the description of one who works for it —
            // but "Senator James Lankford, an Oklahoma Republican who warned" is the senator.
            let describesName = { (phrase: [Token]) in Lexicon.determiners.contains(phrase[0].lower) && Self.isAppositiveOfName(phrase, in: tokens) }
            let named = phrases.lazy.filter { !describesName($0) }.compactMap { phrase in
                worksFor(phrase) ? (phrase, nil) : names.name(of: phrase).map { (phrase, $0) }
            }
            // Worked out once: several of the rules below ask for it.
            let subject = SpeakerPhrases.sentenceSubject(tokens)
            if let (phrase, name) = named.first {
                referents.append(Referent(position: phrase[0].range.lowerBound, name: name ?? phrase.map(\.text).joined(separator: " "),
                                          speaks: true, leads: true, description: name == nil ? phrase : nil))
            } else if case let isDescribed = { (phrase: [Token]) in Self.describesOnePerson(phrase) && !Self.isAppositiveOfName(phrase, in: tokens) },
                      let phrase = phrases.first(where: isDescribed) ?? subject.flatMap({ isDescribed($0) ? $0 : nil }) {
                // "A Downing Street spokesman said … He stressed: “…”", "an officer on the scene sounds the
                // alarm. “…,” he says": the one "he" goes on about — but "Anita Taff-Rice, a California lawyer" is the
                // name's, and so is "Steenburgen’s son, filmmaker Charlie McDowell".
                let named = Self.nameInApposition(to: phrase, in: tokens, names: names)
                referents.append(Referent(position: phrase[0].range.lowerBound, name: named ?? phrase.map(\.text).joined(separator: " "),
                                          speaks: true, leads: true, description: named == nil ? phrase : nil))
            } else if let group = Self.groupSubject(tokens, subject: subject) {
                referents.append(Referent(position: group[0].range.lowerBound, name: group.map(\.text).joined(separator: " "),
                                          speaks: false, leads: true, description: group, isGroup: true))
            }
            // An owner ("all of Apatow's other films … puts Wiig in the zone") is seldom whom the sentence
            // is about, nor is one named in a clause before the main one ("After Lily Miyazaki won her
            // match, it was Katie Boulter who …").
            // "A day after Mr. Portnow made his remark, he …", "Hours after …": a time may stand before the
            // subordinator — not a subject ("Schumer said after …").
            let opensClause = tokens.prefix(4).firstIndex { Lexicon.subordinators.contains($0.lower) }.map { opener in
                opener == 0 || (Lexicon.determiners.contains(first.lower) || Lexicon.notNames.contains(first.lower) || first.text.first?.isNumber == true)
                    && tokens[1..<opener].allSatisfy { $0.isWord && !$0.isCapitalized }
            } ?? false
            let comma = opensClause ? tokens.firstIndex(where: { $0.text == "," }) : nil
            let clauseEnd = comma.map { tokens[$0].range.lowerBound }
            let mentions = names.mentions(in: range).filter { $0.inNarration && !$0.modifies }
            let aside = { (mention: NameIndex.Mention) in mention.isPossessive || clauseEnd.map { mention.position < $0 } ?? false }
            for mention in mentions.filter({ !aside($0) }) + mentions.filter(aside) {
                referents.append(Referent(position: mention.position, name: names.fullName(mention.name),
                                          speaks: mention.reports, leads: mention.opensSentence))
            }
            // Only one who does something in that clause: "When asked about Mr. Trump, he said" is not Trump.
            if let comma, let clauseEnd, comma + 1 < tokens.count {
                let actors = mentions.filter { $0.position < clauseEnd && ($0.actsNext || $0.reports) }.map(\.position)
                openingClauses[tokens[comma + 1].range.lowerBound] = referents.filter { actors.contains($0.position) }
            }
            // "He …", "But he …", "However, she …" — but in "While Kim is keen …, he is unlikely to …, said
            // Scott LaFoy" the sentence is the analyst's.
            let pronoun = { (phrase: [Token]) in phrase.count == 1 ? Gender(pronoun: phrase[0].lower) : nil }
            let pronounSubject = phrases.allSatisfy { pronoun($0) != nil } ? subject.flatMap(pronoun) : nil
            self.sentences.append((range, referents, pronounSubject))
        }
    }

    /// "a spokesman", "the Delta official": one person the article describes but does not name.
    private static func describesOnePerson(_ phrase: [Token]) -> Bool {
        guard let head = SpeakerPhrases.head(phrase), head.isWord, !head.isCapitalized, !Lexicon.pronouns.contains(head.lower) else { return false }
        return Lexicon.titles.contains(head.lower) || Lexicon.personRoles.contains(head.lower) || ["official", "source", "aide", "officer"].contains(head.lower)
    }

    /// "The workers walked out", "Hundreds of protesters gathered": people the sentence is about, as a
    /// group that "they" goes on about. A number of them is the people themselves.
    private static func groupSubject(_ tokens: [Token], subject: [Token]?) -> [Token]? {
        // "On Monday, hundreds of protesters converged": the count may follow an opening phrase.
        let counted = tokens.indices.prefix(6).first { $0 + 2 < tokens.count && Lexicon.quantities.contains(tokens[$0].lower) && tokens[$0 + 1].lower == "of" }
        guard let phrase = counted.map({ SpeakerPhrases.noun(tokens, from: $0 + 2) }) ?? subject,
              let head = phrase.last, head.isWord, Lexicon.isGroupOfPeople(Substring(head.text)) else { return nil }
        return phrase
    }

    /// ", a California lawyer" right after "Anita Taff-Rice".
    private static func isAppositiveOfName(_ phrase: [Token], in tokens: [Token]) -> Bool {
        guard let start = tokens.start(of: phrase), start >= 2 else { return false }
        return tokens[start - 1].text == "," && tokens[start - 2].isCapitalized
    }

    /// "Steenburgen’s son, filmmaker Charlie McDowell": the person named right after the description.
    private static func nameInApposition(to phrase: [Token], in tokens: [Token], names: NameIndex) -> String? {
        guard let end = tokens.end(of: phrase), end + 2 < tokens.count, tokens[end + 1].text == ",",
              let next = SpeakerPhrases.noun(tokens, from: end + 2), let name = names.name(of: next), names.isPerson(name) else { return nil }
        return name
    }

    /// "A businessman who co-chaired the campaign said … / Carl Paladino said …": a story that opens on
    /// someone described names them as the next sentence's subject. The person's name, for a position
    /// in the story's first sentence.
    func namedAfterLead(_ position: Int, isPerson: (String) -> Bool) -> String? {
        guard sentences.count > 1, sentences[0].range.contains(position) else { return nil }
        return sentences[1].referents.first.flatMap { $0.leads && $0.description == nil && isPerson($0.name) ? $0.name : nil }
    }

    /// "A day after Mr. Portnow made his remark, he issued a statement": the one named in the clause
    /// before the main one, for the pronoun at `position` that opens the main clause.
    func namedInOpeningClause(forPronounAt position: Int, where fits: (Referent) -> Bool) -> Referent? {
        openingClauses[position]?.first(where: fits)
    }

    /// Another referent of the sentence that holds `referent`, for which `fits` holds.
    func companion(of referent: Referent, where fits: (Referent) -> Bool) -> Referent? {
        sentences.last { $0.range.lowerBound <= referent.position }?.referents.first { $0.position != referent.position && fits($0) }
    }

    /// The most salient referent before `position` for which `fits` holds: from the latest
    /// sentence that has one, the subject of its reporting verb or else the first named. In the
    /// sentence of `position` itself only one that leads it counts: "Citing a deal Mr. Netanyahu
    /// opposed, he said" is not Netanyahu speaking.
    /// A sentence whose subject is `pronoun` ("But he emphasized that Automation Anywhere’s roadmap …")
    /// goes on about someone named before it, and its names are passed over.
    func latest(before position: Int, passing pronoun: Gender? = nil, where fits: (Referent) -> Bool) -> Referent? {
        for (range, referents, pronounSubject) in sentences.reversed() where range.lowerBound < position {
            if let pronoun, pronounSubject == pronoun, !range.contains(position) { continue }
            let own = range.contains(position)
            if let referent = referents.first(where: { $0.position < position && (!own || $0.leads) && fits($0) }) { return referent }
        }
        return nil
    }
}
