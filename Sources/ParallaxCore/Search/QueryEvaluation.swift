extension SearchIndex {
    /// The articles that answer a query, best first; equal scores newest first.
    public func search(_ query: SearchQuery) -> [SearchResult] {
        guard !query.isEmpty else { return [] }
        let ranking = Ranking(self)
        var scores: [Int: Double] = [:]
        if query.patterns.isEmpty {
            // Filters alone: every document they let through, those with more of the speaker's quotations first.
            var quoted: [Int: Int] = [:]
            for (number, document) in documents.enumerated() where document.live && passes(document, query) {
                quoted[number] = Set(document.quotations.filter { query.allows(speaker: $0.speaker) }.map(\.quotation)).count
            }
            for (number, count) in quoted {
                scores[number] = ranking.score(FieldCounts(quotation: count), in: documents[number], documentFrequency: quoted.count)
            }
        } else {
            var matches = query.patterns.map { counts(of: $0, query: query) }
            matches.sort { $0.count < $1.count }
            for (number, first) in matches[0] {
                var score = ranking.score(first, in: documents[number], documentFrequency: matches[0].count)
                var all = true
                for other in matches.dropFirst() {
                    guard let counts = other[number] else { all = false; break }
                    score += ranking.score(counts, in: documents[number], documentFrequency: other.count)
                }
                if all { scores[number] = score }
            }
        }
        for pattern in query.excluded where !scores.isEmpty {
            for number in counts(of: pattern, query: SearchQuery()).keys { scores[number] = nil }
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

    /// The documents passing the query's filters where a pattern occurs within the query's
    /// scope and speakers, with its count in each field.
    private func counts(of pattern: SearchQuery.Pattern, query: SearchQuery) -> [Int: FieldCounts] {
        var result: [Int: FieldCounts] = [:]
        let alternatives = pattern.words.indices.map { index in
            pattern.prefix && index == pattern.words.count - 1 ? terms(withPrefix: pattern.words[index], limit: Self.prefixTerms) : [pattern.words[index]]
        }
        if pattern.words.count == 1, query.speakers.isEmpty {
            // One word: its postings' counts are enough, no positions to line up.
            for term in alternatives[0] {
                postings(of: term)?.forEach { number, occurrences in
                    let document = documents[number]
                    guard document.live, passes(document, query) else { return }
                    var counts = FieldCounts()
                    for occurrence in occurrences { tally(occurrence.position, inQuotation: occurrence.inQuotation, document, query, &counts) }
                    if counts.total > 0 { result[number, default: FieldCounts()].add(counts) }
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
                guard documents[number].live, passes(documents[number], query) else { return }
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
            let document = documents[number]
            var counts = FieldCounts()
            for start in Set(found) { tally(start, inQuotation: document.quotation(at: start) != nil, document, query, &counts) }
            if counts.total > 0 { result[number] = counts }
        }
        return result
    }

    /// Counts an occurrence in its field, if it stands where the query looks: the title, a
    /// quotation (by one of the query's speakers, if it names any), or the rest of the text.
    private func tally(_ position: Int, inQuotation: Bool, _ document: IndexedDocument, _ query: SearchQuery, _ counts: inout FieldCounts) {
        let anySpeaker = query.speakers.isEmpty
        if position < document.titleLength {
            if query.scope != .quotations, anySpeaker { counts.title += 1 }
        } else if inQuotation {
            if query.scope != .title, anySpeaker || document.quotation(at: position).map({ query.allows(speaker: $0.speaker) }) == true {
                counts.quotation += 1
            }
        } else if query.scope == .everywhere, anySpeaker {
            counts.body += 1
        }
    }

    /// How many words a prefix stands for at most: the most widespread, so typing stays quick.
    static let prefixTerms = 50

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
