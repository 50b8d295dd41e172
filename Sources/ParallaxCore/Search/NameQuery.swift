/// The words of an `outlet:` or `speaker:` value: each must be a word of the name, so
/// `outlet:guardian` finds The Guardian and `speaker:johnson` Brandon Johnson; the last one
/// may begin a word while it is still being typed.
public struct NameQuery: Sendable, Equatable, ExpressibleByArrayLiteral {
    public var words: [String]
    public var prefix: Bool

    public init(_ words: [String], prefix: Bool = false) {
        self.words = words
        self.prefix = prefix
    }

    public init(arrayLiteral words: String...) {
        self.init(words)
    }

    /// Whether a name, folded into words, is one this value names.
    func matches(_ name: [String]) -> Bool {
        !name.isEmpty && words.indices.allSatisfy { index in
            let word = words[index]
            return name.contains { prefix && index == words.count - 1 ? $0.hasPrefix(word) : $0 == word }
        }
    }
}
