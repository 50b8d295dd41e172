/// A settings or theme file that cannot be used, said in one line: the file and the problem.
public struct FileProblem: Error, Equatable, CustomStringConvertible {
    public let file: String
    public let problem: String

    public init(file: String, problem: String) {
        self.file = file
        self.problem = problem
    }

    public var description: String { "\(file): \(problem)" }
}
