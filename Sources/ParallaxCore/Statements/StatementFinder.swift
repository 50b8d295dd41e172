/// Finds the statements of each event: the same words quoted by several of its articles.
public enum StatementFinder {
    /// A quotation this long that stands inside a longer one carries the longer one's statement;
    /// a shorter one ("Illegal Aliens") is a common phrase that ties nothing together.
    static let minimumFragmentWords = 4

    public static func statements(in articles: [Article], events: [Event]) -> [Statement] {
        let byID = Dictionary(articles.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        return events.flatMap { event in
            statements(of: event, articles: event.articles.compactMap { byID[$0] })
        }
    }

    static func statements(of event: Event, articles: [Article]) -> [Statement] {
        let wordings = Wording.all(in: articles)
        let owners = owningGroups(of: wordings)
        var groups: [[Wording]] = []
        for (index, owner) in owners.enumerated() {
            guard let owner else { continue }
            while groups.count <= owner { groups.append([]) }
            groups[owner].append(wordings[index])
        }
        let shared = groups.filter { Set($0.flatMap(\.uses).map(\.article)).count >= 2 }
        let ordered = shared.map(StatementDraft.init).sorted { $0.appearsBefore($1) }
        return ordered.enumerated().map { offset, draft in
            draft.statement(id: "\(event.id)-q\(offset + 1)", event: event.id, articles: articles)
        }
    }

    /// The group each wording belongs to, nil for a short phrase inside a longer quotation.
    /// The longest wordings found groups; a fragment joins the group of the quotations it
    /// stands inside only when they all belong to one, so a fragment two statements share
    /// never merges them.
    private static func owningGroups(of wordings: [Wording]) -> [Int?] {
        var owners = [Int?](repeating: nil, count: wordings.count)
        var groupCount = 0
        let longestFirst = wordings.indices.sorted { (wordings[$1].words.count, $0) < (wordings[$0].words.count, $1) }
        for index in longestFirst {
            let containers = wordings.indices.filter { wordings[index].standsInside(wordings[$0]) }
            if !containers.isEmpty {
                guard wordings[index].words.count >= minimumFragmentWords else { continue }
                let containerOwners = Set(containers.compactMap { owners[$0] })
                if containerOwners.count == 1 {
                    owners[index] = containerOwners.first
                    continue
                }
            }
            owners[index] = groupCount
            groupCount += 1
        }
        return owners
    }
}
