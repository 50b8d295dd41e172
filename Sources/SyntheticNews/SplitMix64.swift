/// A small, fast, seedable random number generator (Vigna's SplitMix64).
public struct SplitMix64: Sendable {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in 0..<bound.
    public mutating func next(_ bound: Int) -> Int {
        Int(next() % UInt64(max(1, bound)))
    }

    /// True with probability `percent` in a hundred.
    public mutating func chance(_ percent: Int) -> Bool {
        next(100) < percent
    }

    /// `count` different elements, in the order drawn; a few from many without copying the many.
    public mutating func sample<T>(_ elements: [T], _ count: Int) -> [T] {
        let wanted = min(count, elements.count)
        var taken: Set<Int> = []
        var chosen: [T] = []
        while chosen.count < wanted {
            let index = next(elements.count)
            if taken.insert(index).inserted { chosen.append(elements[index]) }
        }
        return chosen
    }
}
