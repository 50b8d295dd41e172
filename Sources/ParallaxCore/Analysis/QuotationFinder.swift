/// Finds an article's quotations and gives each its kind and speaker.
enum QuotationFinder {
    static func quotations(scalars: [Unicode.Scalar], blocks: [Block], tokens: [[Token]]) -> [Quotation] {
        let quotable = blocks.map { $0.kind == .paragraph || $0.kind == .heading ? $0.range : $0.range.lowerBound..<$0.range.lowerBound }
        let spans = QuoteMarkPairing.spans(scalars, blocks: quotable)
        // The names and reporting clauses serve only to attribute quotations.
        guard !spans.isEmpty else { return [] }
        let sentenceTokens = sentenceGroups(blocks: blocks, tokens: tokens)
        let lowercaseWords = Set(tokens.joined().filter { $0.isWord && !$0.isCapitalized }.map(\.lower))
        let quoted = spans.map { $0.open..<$0.end }
        let names = NameIndex(sentences: sentenceTokens, lowercaseWords: lowercaseWords, quoted: quoted)
        // The closing mark is masked with its quotation.
        let masked = QuotedStretches(quoted.map { $0.lowerBound..<($0.upperBound + 1) })
        let narration = sentenceTokens.map { masking($0, quoted: masked) }
        var attribution = QuoteAttribution(names: names, salience: Salience(sentences: narration, names: names),
                                           issuers: UtteranceIssuers(sentences: narration))

        var standsAlone: [Bool] = []
        var speech: [Bool] = []
        let quotations = spans.enumerated().map { index, span in
            let context = Self.context(of: index, in: spans, scalars: scalars, blocks: blocks, tokens: tokens)
            standsAlone.append(context.fillsParagraph)
            speech.append(context.before.isEmpty && context.inside.contains(where: PrincipalSpeaker.isFirstPerson))
            let (kind, speaker) = attribution.attribute(context, position: span.open, firstBlock: span.firstBlock, lastBlock: span.lastBlock)
            let text = span.pieces.map { trimmed(scalars, $0) }.filter { !$0.isEmpty }.joined(separator: " ")
            return Quotation(text: text, ranges: span.pieces, paragraph: span.firstBlock, kind: kind, speaker: speaker)
        }
        return PrincipalSpeaker.attributed(RepeatedQuotations.attributed(quotations, standsAlone: standsAlone), speech: speech)
    }

    private static func sentenceGroups(blocks: [Block], tokens: [[Token]]) -> [[Token]] {
        var groups: [[Token]] = []
        for (block, blockTokens) in zip(blocks, tokens) where block.kind == .paragraph && !isCaption(blockTokens) {
            // "BERLIN —" names a place, never a sentence's subject.
            var rest = blockTokens.drop { $0.range.lowerBound < block.range.lowerBound + block.datelineLength }
            for sentence in block.sentences {
                let inSentence = rest.prefix { $0.range.lowerBound < sentence.upperBound }
                groups.append(Array(inSentence))
                rest = rest.dropFirst(inSentence.count)
            }
        }
        return groups
    }

    /// "Tamimi speaks to her lawyer Gaby Lasky in the courtroom. REUTERS/Ammar Awad": a photo's
    /// caption, ending in its credit, whose names are no one the story goes on about. One that
    /// quotes someone tells the story itself.
    private static func isCaption(_ tokens: [Token]) -> Bool {
        guard !tokens.contains(where: { $0.text.unicodeScalars.first.map(Quotation.isMark) ?? false }) else { return false }
        let end = tokens.suffix(12)
        // "Carl Edwards Jr celebrates the Cubs' victory (Getty)": a credit in parentheses ends it too.
        let closing = end.reversed().drop { $0.text == "." }
        if closing.first?.text == ")", let open = end.lastIndex(where: { $0.text == "(" }),
           case let credit = end[(open + 1)...].prefix(while: { $0.text != ")" }).map(\.text),
           Lexicon.photoCredits.contains(where: { credit.starts(with: $0) }) {
            return true
        }
        return end.indices.contains { i in
            end[i].text == "/" && i > end.startIndex && end[i - 1].isCapitalized && i + 1 < end.endIndex && end[i + 1].isWord
        }
    }

    private static func context(of index: Int, in spans: [QuoteMarkPairing.Span], scalars: [Unicode.Scalar],
                                blocks: [Block], tokens: [[Token]]) -> QuoteAttribution.Context {
        let span = spans[index]
        let close = span.end
        let firstBlock = blocks[span.firstBlock]
        let lastBlock = blocks[span.lastBlock]
        let sentenceStart = max(firstBlock.sentences.last { $0.lowerBound <= span.open }?.lowerBound ?? firstBlock.range.lowerBound,
                                firstBlock.range.lowerBound + firstBlock.datelineLength)
        let sentenceEnd = lastBlock.sentences.first { $0.upperBound > close }?.upperBound ?? lastBlock.range.upperBound
        // Earlier quotations of the same sentence, masked out of the words before this one.
        var others: [Range<Int>] = []
        var earlier = index - 1
        while earlier >= 0, spans[earlier].open >= sentenceStart {
            others.append(spans[earlier].open..<(spans[earlier].end + 1))
            earlier -= 1
        }

        let before = masking(tokens[span.firstBlock].filter { $0.range.lowerBound >= sentenceStart && $0.range.upperBound <= span.open },
                             quoted: QuotedStretches(others))
        // Later quotations of the sentence are masked too: "“…” psychologist Jean Twenge, author of “iGen,” told …".
        let later = spans[(index + 1)...].prefix { $0.open < sentenceEnd }.map { $0.open..<($0.end + 1) }
        var after = masking(tokens[span.lastBlock].filter { $0.range.lowerBound > close && $0.range.upperBound <= sentenceEnd },
                            quoted: QuotedStretches(later))
        // "“China could solve this!” Mr. Trump said.": the capital after "!" started a new sentence,
        // but a bare reporting clause there still reports the quotation, and so does a name with
        // appositives before its verb ("“…?” Wang Jianxiong, the former director for China at the
        // IMF, said at an event."). A longer sentence is a statement of its own ("Mr Taylor added that …").
        if !after.contains(where: \.isWord), let next = lastBlock.sentences.first(where: { $0.lowerBound >= sentenceEnd }) {
            // The words up to the sentence's own quotation, if it has one.
            let clauseEnd = spans.first { next.contains($0.open) }?.open ?? next.upperBound
            let clause = tokens[span.lastBlock].filter { (next.lowerBound..<clauseEnd).contains($0.range.lowerBound) }
            let quotes = clauseEnd < next.upperBound
            // "Rep. Pete Aguilar (D-Calif.) said": a short aside in parentheses goes with the name.
            let nameEnd = clause.firstIndex { !($0.isWord && $0.isCapitalized) }.map { end in
                let past = end > 0 ? ReportingClauses.pastAside(clause, from: end) : end
                return past < clause.count ? past : end
            }
            let nameThenAppositive = nameEnd.map { $0 > 0 && clause[$0].text == "," } ?? false
            // "“… in Houston.” Chao said, adding that …": a careless full stop for the comma — but
            // "Sarah Silverman clarified, “No fight.”" introduces the next quotation.
            let nameSaidThenComma = nameEnd.map { $0 > 0 && $0 + 2 < clause.count && SpeakerPhrases.isFiniteReportingVerb(clause[$0]) && clause[$0 + 1].text == "," } ?? false
            // "“… the CFPB has …” Alito asked in one of his series of queries.": a name and its verb, then only where or
            // when — not "Officials said on Tuesday the funds were delayed", a statement of its own.
            let wordCount = clause.filter(\.isWord).count
            let nameSaidThenPhrase = nameEnd.map { $0 > 0 && $0 + 1 < clause.count && SpeakerPhrases.isFiniteReportingVerb(clause[$0])
                && Lexicon.prepositions.contains(clause[$0 + 1].lower) && wordCount <= 10
                && !clause[($0 + 1)...].contains { $0.lower == "that" || Lexicon.auxiliaries.contains($0.lower) || SpeakerPhrases.isFiniteReportingVerb($0) } } ?? false
            if !quotes && (wordCount <= 6 || nameThenAppositive || nameSaidThenPhrase) || nameSaidThenComma,
               ReportingClauses.after(clause[...]) != nil { after = clause }
        }
        // A paragraph may hold more than one piece, where a text ran paragraphs together.
        let inside = tokens[span.firstBlock...span.lastBlock].joined().filter { token in
            span.pieces.contains { $0.contains(token.range.lowerBound) }
        }
        let next = after.first.flatMap { token -> Token? in
            token.range.lowerBound == close + 2 && scalars[close + 1] == " " ? token : nil
        }
        let first = firstBlock.range.first { !scalars[$0].isSpace }
        let last = lastBlock.range.last { !scalars[$0].isSpace }
        let fills = first == span.open && (last == close || (last.map { $0 <= close + 1 } ?? false))
        var context = QuoteAttribution.Context(before: before, after: after, inside: inside, next: next, fillsParagraph: fills)
        let endsParagraph = lastBlock.range.last { !scalars[$0].isSpace && !"”\".".unicodeScalars.contains(scalars[$0]) }.map { $0 < close } ?? true
        // Spans come in order: only the next can open in the next paragraph.
        if endsParagraph, span.lastBlock + 1 < blocks.count, index + 1 == spans.count || spans[index + 1].firstBlock != span.lastBlock + 1 {
            context.nextParagraph = tokens[span.lastBlock + 1]
        }
        if before.isEmpty {
            if let previous = firstBlock.sentences.last(where: { $0.upperBound <= sentenceStart }) {
                context.previousSentence = unquotedTokens(tokens[span.firstBlock], in: previous, spans: spans)
            } else if span.firstBlock > 0, let previous = blocks[span.firstBlock - 1].sentences.last {
                context.previousParagraphEnd = unquotedTokens(tokens[span.firstBlock - 1], in: previous, spans: spans)
            }
        }
        return context
    }

    /// Tokens with each quotation replaced by a single mark, so the words on either side never
    /// run together into one phrase.
    private static func masking(_ tokens: [Token], quoted: QuotedStretches) -> [Token] {
        var masked: [Token] = []
        var maskedSpan: Range<Int>?
        for token in tokens {
            guard let span = quoted.stretch(holding: token.range.lowerBound) else {
                masked.append(token)
                continue
            }
            if maskedSpan != span { masked.append(Token.maskedQuotation(at: token.range)) }
            maskedSpan = span
        }
        return masked
    }

    /// The words of a sentence with its quotations left out.
    private static func unquotedTokens(_ tokens: [Token], in sentence: Range<Int>, spans: [QuoteMarkPairing.Span]) -> [Token] {
        let quoted = QuotedStretches(spans.filter { $0.open < sentence.upperBound && $0.end >= sentence.lowerBound }.map { $0.open..<($0.end + 1) })
        return tokens.filter { token in
            sentence.contains(token.range.lowerBound) && !quoted.holds(token.range.lowerBound)
        }
    }

    private static func trimmed(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> String {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, scalars[lower].isSpace { lower += 1 }
        while upper > lower, scalars[upper - 1].isSpace { upper -= 1 }
        return scalars.string(lower..<upper)
    }
}
