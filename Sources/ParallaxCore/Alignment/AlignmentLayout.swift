/// Turns matched sentence pairs into rows: every sentence of both sides once, each side in its
/// own order; a pair in order shares a row, a pair out of order gets a row on each side that
/// points at the other.
struct AlignmentLayout {
    let left: [ComparedSentence]
    let right: [ComparedSentence]
    /// Every figure each article gives.
    let leftFigures: Set<String>
    let rightFigures: Set<String>

    /// Sentence indices of one row.
    private struct Slot {
        let left: Int?
        let right: Int?
        let match: Alignment.Match
    }

    func rows(inOrder: [SentencePair], moved: [SentencePair]) -> [Alignment.Row] {
        let movedLeft = Dictionary(moved.map { ($0.left, $0) }, uniquingKeysWith: { first, _ in first })
        let movedRight = Dictionary(moved.map { ($0.right, $0) }, uniquingKeysWith: { first, _ in first })
        var slots: [Slot] = []
        var l = 0, r = 0
        for pair in inOrder + [SentencePair(left: left.count, right: right.count, match: .none, weight: 0)] {
            // What comes before the next pair on either side stands alone, the left side first.
            while l < pair.left { slots.append(Slot(left: l, right: nil, match: movedLeft[l]?.match ?? .none)); l += 1 }
            while r < pair.right { slots.append(Slot(left: nil, right: r, match: movedRight[r]?.match ?? .none)); r += 1 }
            if l < left.count, r < right.count { slots.append(Slot(left: l, right: r, match: pair.match)) }
            l += 1
            r += 1
        }
        var rowOfLeft: [Int: Int] = [:], rowOfRight: [Int: Int] = [:]
        for (index, slot) in slots.enumerated() {
            if let l = slot.left { rowOfLeft[l] = index }
            if let r = slot.right { rowOfRight[r] = index }
        }
        return slots.map { slot in
            var counterpart: Int?
            if slot.right == nil, let l = slot.left, let pair = movedLeft[l] { counterpart = rowOfRight[pair.right] }
            if slot.left == nil, let r = slot.right, let pair = movedRight[r] { counterpart = rowOfLeft[pair.left] }
            return Alignment.Row(
                left: slot.left.map { left[$0].passage }, right: slot.right.map { right[$0].passage }, match: slot.match,
                counterpart: counterpart,
                leftFigures: slot.left.map { onlyIn(left[$0], notIn: rightFigures) } ?? [],
                rightFigures: slot.right.map { onlyIn(right[$0], notIn: leftFigures) } ?? [])
        }
    }

    private func onlyIn(_ sentence: ComparedSentence, notIn other: Set<String>) -> [Range<Int>] {
        sentence.figures.filter { !other.contains($0.value) }.map(\.range)
    }
}
