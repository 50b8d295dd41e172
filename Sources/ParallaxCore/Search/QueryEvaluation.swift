extension SearchIndex {
    /// The articles that answer a query, best first; equal scores newest first.
    public func search(_ query: SearchQuery) -> [SearchResult] {
        guard !query.isEmpty else { return [] }
        let ranking = Ranking(self)
        // Which documents the filters let through, decided once rather than at every posting.
        var admitted = live
        if !query.filters.isEmpty || !query.excludedFilters.isEmpty {
            // A speaker narrows the documents to look at through the index of speakers' names.
            let speaking = query.speakers.map { documents(speaking: $0) }.min { $0.count < $1.count }
            for number in documents.indices where admitted[number] {
                admitted[number] = speaking?.contains(number) ?? true && passes(documents[number], query)
            }
        }
        var scores: [(number: Int, score: Double)] = []
        if query.patterns.isEmpty {
            // Filters alone: every document they let through, those with more of the speaker's quotations first.
            let quoted = documents.indices.filter { admitted[$0] }.map { number in
                (number, Set(documents[number].quotations.filter { query.allows(speaker: $0.speaker) }.map(\.quotation)).count)
            }
            scores = quoted.map { number, count in
                (number, ranking.score(FieldCounts(quotation: count), in: documents[number], documentFrequency: quoted.count))
            }
        } else {
            let each = query.patterns.map { matches(of: $0, query: query, admitted: admitted) }.sorted { $0.found.count < $1.found.count }
            for number in each[0].found {
                var score = 0.0
                for match in each {
                    let counts = match.counts[number]
                    guard counts.total > 0 else { score = -1; break }
                    score += ranking.score(counts, in: documents[number], documentFrequency: match.found.count)
                }
                if score >= 0 { scores.append((number, score)) }
            }
        }
        if !query.excluded.isEmpty, !scores.isEmpty {
            let excluded = query.excluded.map { matches(of: $0, query: SearchQuery(), admitted: live) }
            scores.removeAll { scored in excluded.contains { $0.counts[scored.number].total > 0 } }
        }
        // Sort keys read once, so the comparisons touch no document.
        return scores.map { number, score in
            let date = documents[number].date.map { $0.year * 10_000 + $0.month * 100 + $0.day } ?? 0
            return (score: score, date: date, article: documents[number].article)
        }
        .sorted { a, b in
            if a.score != b.score { return a.score > b.score }
            if a.date != b.date { return a.date > b.date }
            return a.article < b.article
        }
        .map { SearchResult(article: $0.article, score: $0.score) }
    }

    /// Where a pattern occurs in the admitted documents, within the query's scope and speakers:
    /// the documents, and the counts in each field by document number (zero where it does not).
    private struct PatternMatches {
        var found: [Int] = []
        var counts: [FieldCounts]
    }

    private func matches(of pattern: SearchQuery.Pattern, query: SearchQuery, admitted: [Bool]) -> PatternMatches {
        var result = PatternMatches(counts: Array(repeating: FieldCounts(), count: documents.count))
        guard !pattern.words.isEmpty else { return result }
        let alternatives = pattern.words.indices.map { index in
            pattern.prefix && index == pattern.words.count - 1 ? terms(withPrefix: pattern.words[index], limit: Self.prefixTerms(pattern.words[index])) : [pattern.words[index]]
        }
        if pattern.words.count == 1, query.speakers.isEmpty {
            // One word: its postings' counts are enough, no positions to line up.
            for term in alternatives[0] {
                postings(of: term)?.forEach { number, occurrences in
                    guard admitted[number] else { return }
                    var counts = FieldCounts()
                    let titleLength = documents[number].titleLength
                    for occurrence in occurrences {
                        tally(occurrence.position, inQuotation: occurrence.inQuotation, titleLength: titleLength, number, query, &counts)
                    }
                    guard counts.total > 0 else { return }
                    if result.counts[number].total == 0 { result.found.append(number) }
                    result.counts[number].add(counts)
                }
            }
            return result
        }
        // Where the pattern could start in each document, from its rarest word; then each other
        // word, rarest first, keeps the starts it stands after, looked up only in those documents.
        let frequency = alternatives.map { $0.reduce(0) { $0 + (postings(of: $1)?.documentCount ?? 0) } }
        let order = alternatives.indices.sorted { frequency[$0] < frequency[$1] }
        var starts: [Int: [Int]] = [:]
        for term in alternatives[order[0]] {
            postings(of: term)?.forEach { number, occurrences in
                guard admitted[number] else { return }
                starts[number, default: []].append(contentsOf: occurrences.map { $0.position - order[0] })
            }
        }
        for offset in order.dropFirst() where !starts.isEmpty {
            var positions: [Int: Set<Int>] = [:]
            for term in alternatives[offset] {
                postings(of: term)?.forEach { number, occurrences in
                    guard starts[number] != nil else { return }
                    positions[number, default: []].formUnion(occurrences.map(\.position))
                }
            }
            var kept: [Int: [Int]] = [:]
            for (number, found) in starts {
                guard let here = positions[number] else { continue }
                let survivors = found.filter { here.contains($0 + offset) }
                if !survivors.isEmpty { kept[number] = survivors }
            }
            starts = kept
        }
        for (number, found) in starts {
            var counts = FieldCounts()
            let titleLength = documents[number].titleLength
            for start in Set(found) {
                tally(start, inQuotation: documents[number].quotation(at: start) != nil, titleLength: titleLength, number, query, &counts)
            }
            guard counts.total > 0 else { continue }
            result.found.append(number)
            result.counts[number] = counts
        }
        return result
    }

    /// Counts an occurrence in its field, if it stands where the query looks: the title, a
    /// quotation (by one of the query's speakers, if it names any), or the rest of the text.
    private func tally(_ position: Int, inQuotation: Bool, titleLength: Int, _ number: Int, _ query: SearchQuery, _ counts: inout FieldCounts) {
        let anySpeaker = query.speakers.isEmpty
        if position < titleLength {
            if query.scope != .quotations, anySpeaker { counts.title += 1 }
        } else if inQuotation {
            if query.scope != .title, anySpeaker || documents[number].quotation(at: position).map({ query.allows(speaker: $0.speaker) }) == true {
                counts.quotation += 1
            }
        } else if query.scope == .everywhere, anySpeaker {
            counts.body += 1
        }
    }

    /// How many words a prefix stands for at most: the most widespread, so typing stays quick.
    /// A letter or two begins thousands of words, which say little of what is being typed.
    static func prefixTerms(_ prefix: String) -> Int {
        [1: 8, 2: 24][prefix.count] ?? 50
    }

    private func passes(_ document: IndexedDocument, _ query: SearchQuery) -> Bool {
        query.filters.allSatisfy { Self.passes(document, $0) } && !query.excludedFilters.contains { Self.passes(document, $0) }
    }

    private static func passes(_ document: IndexedDocument, _ filter: SearchQuery.Filter) -> Bool {
        switch filter {
        case .outlet(let name): return name.matches(document.outlet)
        case .speaker(let name): return document.quotations.contains { name.matches($0.speaker) }
        case .event(let id): return document.event == id
        case .date(let from, let to):
            guard let date = document.date else { return false }
            return from.map { date >= $0 } ?? true && to.map { date <= $0 } ?? true
        }
    }
}
