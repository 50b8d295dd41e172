/// What a key does. The keymap table below is the only place keys are bound, and the help
/// screen is drawn from it, so the two can never disagree.
public enum Action: Equatable, Sendable {
    case down, up, top, bottom, halfPageDown, halfPageUp, pageDown, pageUp
    case open, back, quit, nextQuote, previousQuote, nextTheme, help, cycleSort, suspend
}

public struct Binding: Sendable {
    public enum Scope: String, Sendable { case everywhere = "Everywhere", library = "Library", reader = "Reader" }

    /// Each entry is one way to type the binding; most are one key, "]q" is two.
    public let keys: [[Key]]
    /// How the help screen names the keys.
    public let label: String
    public let action: Action
    public let summary: String
    public let scope: Scope
    /// Whether a count typed before it ("5j") repeats it.
    public let takesCount: Bool
}

public enum Keymap {
    private static func c(_ text: String) -> [Key] { text.map { Key.character($0) } }

    public static let bindings: [Binding] = [
        Binding(keys: [c("j"), [.down]], label: "j ↓", action: .down, summary: "down one line", scope: .everywhere, takesCount: true),
        Binding(keys: [c("k"), [.up]], label: "k ↑", action: .up, summary: "up one line", scope: .everywhere, takesCount: true),
        Binding(keys: [c("d"), [.control("d")]], label: "d ^D", action: .halfPageDown, summary: "down half a page", scope: .everywhere, takesCount: true),
        Binding(keys: [c("u"), [.control("u")]], label: "u ^U", action: .halfPageUp, summary: "up half a page", scope: .everywhere, takesCount: true),
        Binding(keys: [c(" "), [.pageDown], [.control("f")]], label: "space PgDn ^F", action: .pageDown, summary: "down a page", scope: .everywhere, takesCount: true),
        Binding(keys: [c("b"), [.pageUp], [.control("b")]], label: "b PgUp ^B", action: .pageUp, summary: "up a page", scope: .everywhere, takesCount: true),
        Binding(keys: [c("g"), [.home]], label: "g Home", action: .top, summary: "to the top (5g: to line 5)", scope: .everywhere, takesCount: true),
        Binding(keys: [c("G"), [.end]], label: "G End", action: .bottom, summary: "to the end", scope: .everywhere, takesCount: false),
        Binding(keys: [[.enter], c("l"), [.right]], label: "Enter l →", action: .open, summary: "open the selected article", scope: .library, takesCount: false),
        Binding(keys: [c("o")], label: "o", action: .cycleSort, summary: "sort by date, outlet or title", scope: .library, takesCount: false),
        Binding(keys: [c("]q")], label: "]q", action: .nextQuote, summary: "next quotation, with its speaker", scope: .reader, takesCount: true),
        Binding(keys: [c("[q")], label: "[q", action: .previousQuote, summary: "previous quotation", scope: .reader, takesCount: true),
        Binding(keys: [c("q"), [.escape], c("h"), [.left]], label: "q Esc h ←", action: .back, summary: "back (quit from the library)", scope: .everywhere, takesCount: false),
        Binding(keys: [c("t")], label: "t", action: .nextTheme, summary: "next colour theme", scope: .everywhere, takesCount: false),
        Binding(keys: [c("?")], label: "?", action: .help, summary: "this help", scope: .everywhere, takesCount: false),
        Binding(keys: [[.control("z")]], label: "^Z", action: .suspend, summary: "suspend (fg resumes)", scope: .everywhere, takesCount: false),
        Binding(keys: [c("Q"), [.control("c")]], label: "Q ^C", action: .quit, summary: "quit", scope: .everywhere, takesCount: false),
    ]

    public enum Match: Equatable {
        case action(Action)
        /// The keys so far begin a binding: wait for the next.
        case pending
        case none
    }

    /// What the keys typed so far mean on a screen of this scope.
    public static func match(_ keys: [Key], scope: Binding.Scope) -> Match {
        var pending = false
        for binding in bindings where binding.scope == .everywhere || binding.scope == scope {
            for sequence in binding.keys {
                if sequence == keys { return .action(binding.action) }
                if sequence.count > keys.count && Array(sequence.prefix(keys.count)) == keys { pending = true }
            }
        }
        return pending ? .pending : .none
    }

    public static func takesCount(_ action: Action) -> Bool {
        bindings.first { $0.action == action }?.takesCount ?? false
    }
}
