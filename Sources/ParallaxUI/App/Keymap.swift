/// What a key does. The keymap table below is the only place keys are bound: the help screen
/// and the status bars' key hints are drawn from it, so they can never disagree with the keys.
public enum Action: Equatable, Sendable {
    case down, up, top, bottom, halfPageDown, halfPageUp, pageDown, pageUp
    case open, back, quit, nextQuote, previousQuote, nextTheme, help, cycleSort, suspend
    case nextOutlet, previousOutlet, sideBySide, switchColumn, nextDifference, previousDifference, statements
    case search, searchCorpus, nextHit, previousHit, reload, toggleRead, toggleStar
}

public struct Binding: Sendable {
    /// Where a binding works; `.help` only names the help screen for its status bar.
    public enum Scope: String, Sendable, CaseIterable {
        case everywhere = "Everywhere", library = "Library", reader = "Reader", compare = "Side by side", statements = "Quotations"
        case search = "Search results", help = "Help"
    }

    /// Each entry is one way to type the binding; most are one key, "]q" is two.
    public let keys: [[Key]]
    /// How the help screen names the keys.
    public let label: String
    public let action: Action
    public let summary: String
    public let scope: Scope
    /// The word a screen's status bar shows for it ("Enter open"), by screen.
    public let hints: [Scope: String]

    init(keys: [[Key]], label: String, action: Action, summary: String, scope: Scope, hints: [Scope: String] = [:]) {
        self.keys = keys
        self.label = label
        self.action = action
        self.summary = summary
        self.scope = scope
        self.hints = hints
    }
}

public enum Keymap {
    private static func c(_ text: String) -> [Key] { text.map { Key.character($0) } }

    public static let bindings: [Binding] = [
        Binding(keys: [c("j"), [.down]], label: "j ↓", action: .down, summary: "down one line", scope: .everywhere, hints: [.help: "scroll"]),
        Binding(keys: [c("k"), [.up]], label: "k ↑", action: .up, summary: "up one line", scope: .everywhere),
        Binding(keys: [c("d"), [.control("d")]], label: "d ^D", action: .halfPageDown, summary: "down half a page", scope: .everywhere),
        Binding(keys: [c("u"), [.control("u")]], label: "u ^U", action: .halfPageUp, summary: "up half a page", scope: .everywhere),
        Binding(keys: [c(" "), [.pageDown], [.control("f")]], label: "space PgDn ^F", action: .pageDown, summary: "down a page", scope: .everywhere),
        Binding(keys: [c("b"), [.pageUp], [.control("b")]], label: "b PgUp ^B", action: .pageUp, summary: "up a page", scope: .everywhere),
        Binding(keys: [c("g"), [.home]], label: "g Home", action: .top, summary: "to the top (5g: to line 5)", scope: .everywhere),
        Binding(keys: [c("G"), [.end]], label: "G End", action: .bottom, summary: "to the end", scope: .everywhere),
        Binding(keys: [[.enter], c("l"), [.right]], label: "Enter l →", action: .open,
                summary: "open the selected article, quotation or passage", scope: .everywhere,
                hints: [.library: "open", .statements: "open", .search: "open"]),
        Binding(keys: [c("/")], label: "/", action: .search,
                summary: "search the corpus; in an article, find in it", scope: .everywhere,
                hints: [.library: "search", .reader: "find"]),
        Binding(keys: [c("F")], label: "F", action: .searchCorpus, summary: "search the whole corpus, from anywhere", scope: .everywhere),
        Binding(keys: [c("n")], label: "n", action: .nextHit, summary: "next search hit", scope: .reader),
        Binding(keys: [c("N")], label: "N", action: .previousHit, summary: "previous search hit", scope: .reader),
        Binding(keys: [[.tab]], label: "Tab", action: .search, summary: "back to the query line", scope: .search,
                hints: [.search: "query"]),
        Binding(keys: [c("R")], label: "R", action: .reload, summary: "read the files again: new and changed articles", scope: .library),
        Binding(keys: [c("m")], label: "m", action: .toggleRead, summary: "mark read or unread (on an event: all its articles)",
                scope: .everywhere),
        Binding(keys: [c("*")], label: "*", action: .toggleStar, summary: "star or unstar", scope: .everywhere),
        Binding(keys: [c("o")], label: "o", action: .cycleSort, summary: "sort by date, outlet or title", scope: .library,
                hints: [.library: "sort"]),
        Binding(keys: [c("]q")], label: "]q", action: .nextQuote, summary: "next quotation, with its speaker", scope: .reader,
                hints: [.reader: "quotation"]),
        Binding(keys: [c("[q")], label: "[q", action: .previousQuote, summary: "previous quotation", scope: .reader),
        Binding(keys: [c("J")], label: "J", action: .nextOutlet, summary: "same event, next outlet (side by side: the next column's)",
                scope: .everywhere, hints: [.reader: "next outlet", .compare: "other outlet"]),
        Binding(keys: [c("K")], label: "K", action: .previousOutlet, summary: "same event, previous outlet", scope: .everywhere),
        Binding(keys: [c("s")], label: "s", action: .sideBySide, summary: "this outlet and the next side by side (a third if wide)", scope: .everywhere,
                hints: [.library: "side by side", .reader: "side by side"]),
        Binding(keys: [c("Q")], label: "Q", action: .statements, summary: "the event's quotations, outlet by outlet", scope: .everywhere,
                hints: [.library: "quotations", .reader: "quotations", .compare: "quotations"]),
        Binding(keys: [[.tab]], label: "Tab", action: .switchColumn, summary: "focus the next column", scope: .compare,
                hints: [.compare: "focus"]),
        Binding(keys: [c("]c")], label: "]c", action: .nextDifference, summary: "next difference", scope: .compare,
                hints: [.compare: "difference"]),
        Binding(keys: [c("[c")], label: "[c", action: .previousDifference, summary: "previous difference", scope: .compare),
        Binding(keys: [c("q"), [.escape], c("h"), [.left]], label: "q Esc h ←", action: .back, summary: "back (quit from the library)",
                scope: .everywhere, hints: [.library: "quit", .reader: "back", .compare: "back", .statements: "back", .search: "back", .help: "close"]),
        Binding(keys: [c("t")], label: "t", action: .nextTheme, summary: "next colour theme", scope: .everywhere),
        Binding(keys: [c("?")], label: "?", action: .help, summary: "this help", scope: .everywhere,
                hints: [.library: "help", .reader: "help"]),
        Binding(keys: [[.control("z")]], label: "^Z", action: .suspend, summary: "suspend (fg resumes)", scope: .everywhere),
        Binding(keys: [[.control("c")]], label: "^C", action: .quit, summary: "quit", scope: .everywhere),
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

    /// "Enter open  o sort  q quit": the keys a screen's status bar offers, in table order.
    public static func hints(for scope: Binding.Scope) -> String {
        bindings.compactMap { binding in
            binding.hints[scope].map { "\(binding.label.split(separator: " ")[0]) \($0)" }
        }.joined(separator: "  ")
    }
}
