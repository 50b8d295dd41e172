/// Whether the words of an `outlet:` or `speaker:` value name someone: each of them begins a
/// word of the name, so `outlet:guardian` finds The Guardian and `speaker:johnson` Brandon Johnson.
enum NameMatch {
    static func matches(_ value: [String], _ name: [String]) -> Bool {
        !name.isEmpty && value.allSatisfy { word in name.contains { $0.hasPrefix(word) } }
    }
}
