/// Why a store cannot be used or kept; the reader goes on without it and says so in one line.
public struct StoreProblem: Error, Sendable, CustomStringConvertible {
    public let description: String

    init(_ description: String) {
        self.description = description
    }
}
