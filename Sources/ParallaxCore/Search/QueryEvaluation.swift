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
        return scores.map { (number: $0.key, score: $0.value) }
            .sorted { a, b in
                if a.score != b.score { return a.score > b.score }
                let x = documents[a.number].date, y = documents[b.number].date
                if x != y { return (x ?? .distantPast) > (y ?? .distantPast) }
                return documents[a.number].article < documents[b.number].article
            }
            .map { SearchResult(article: documents[$0.number].article, score: $0.score) }
    }

    /// The documents passing the query's filters where a pattern occurs within the query's
    /// scope and speakers, with its count in each field.
    private func counts(of pattern: SearchQuery.Pattern, query: SearchQuery) -> [Int: FieldCounts] {
        var result: [Int: FieldCounts] = [:]
        let scope = query.scope
        let anySpeaker = query.speakers.isEmpty
        if pattern.words.count == 1, anySpeaker {
            // One word: its postings' counts are enough, no positions to line up.
            for term in pattern.prefix ? terms(withPrefix: pattern.words[0], limit: Self.prefixTerms) : pattern.words {
                postings(of: term)?.forEach { number, occurrences in
                    let document = documents[number]
                    guard document.live, passes(document, query) else { return }
                    var counts = FieldCounts()
                    for occurrence in occurrences {
                        if occurrence.position < document.titleLength {
                            if scope != .quotations { counts.title += 1 }
                        } else if occurrence.inQuotation {
                            if scope != .title { counts.quotation += 1 }
                        } else if scope == .everywhere {
                            counts.body += 1
                        }
                    }
                    if counts.total > 0 { result[number, default: FieldCounts()].add(counts) }
                }
            }
            return result
        }
        let places = pattern.words.indices.map { occurrences(of: pattern.words[$0], prefix: pattern.prefix && $0 == pattern.words.count - 1) }
        // The rarest word decides which documents are worth looking into.
        guard let rarest = places.indices.min(by: { places[$0].count < places[$1].count }) else { return [:] }
        for (number, rarestPositions) in places[rarest] {
            let document = documents[number]
            guard document.live, passes(document, query) else { continue }
            var starts = rarestPositions.map { $0 - rarest }
            for (offset, place) in places.enumerated() where offset != rarest {
                guard let positions = place[number] else { starts = []; break }
                starts = starts.filter { positions.contains($0 + offset) }
                if starts.isEmpty { break }
            }
            var counts = FieldCounts()
            for start in Set(starts) {
                if start < document.titleLength {
                    if scope != .quotations, anySpeaker { counts.title += 1 }
                } else if let quotation = document.quotation(at: start) {
                    if scope != .title, query.allows(speaker: quotation.speaker) { counts.quotation += 1 }
                } else if scope == .everywhere, anySpeaker {
                    counts.body += 1
                }
            }
            if counts.total > 0 { result[number] = counts }
        }
        return result
    }

    /// Each document's positions of a word (and, for a prefix, of the words it begins).
    private func occurrences(of word: String, prefix: Bool) -> [Int: Set<Int>] {
        let terms = prefix ? terms(withPrefix: word, limit: Self.prefixTerms) : [word]
        var places: [Int: Set<Int>] = [:]
        for term in terms {
            postings(of: term)?.forEach { document, occurrences in
                places[document, default: []].formUnion(occurrences.map(\.position))
            }
        }
        return places
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

extension PublicationDate {
    static let distantPast = PublicationDate(year: 1000, month: 1, day: 1)!
}
