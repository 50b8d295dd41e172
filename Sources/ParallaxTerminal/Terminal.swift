import CNCursesW
import CursesShim
import Foundation
import ParallaxUI

/// Why the reader cannot start on this terminal, in one line that points to the headless commands.
public struct TerminalUnavailable: Error, CustomStringConvertible {
    public let reason: String
    public var description: String {
        "\(reason); the headless commands still work: parallax list, parallax show ID, parallax quotes"
    }
}

/// The only code that talks to curses: it starts and ends the session, writes the cells that
/// changed, and turns keys, the mouse wheel and resizes into messages.
public final class Terminal {
    private let useColors: Bool
    private var pairs: [Role: Int32] = [:]
    private var styles: [Role: Style] = [:]
    private var started = false

    /// Says why the reader cannot run here, before anything is loaded: input or output not
    /// a terminal, or TERM unset or dumb.
    public static func checkUsable(environment: [String: String] = ProcessInfo.processInfo.environment) throws {
        guard isatty(STDOUT_FILENO) == 1, isatty(STDIN_FILENO) == 1 else {
            throw TerminalUnavailable(reason: "standard input and output must be a terminal for the reader")
        }
        let term = environment["TERM"] ?? ""
        guard !term.isEmpty, term != "dumb" else {
            throw TerminalUnavailable(reason: "the terminal (TERM=\(term.isEmpty ? "unset" : term)) cannot show the reader")
        }
    }

    /// Starts curses, or says why it cannot: output not a terminal, TERM dumb or unknown.
    public init(environment: [String: String] = ProcessInfo.processInfo.environment) throws {
        setlocale(LC_ALL, "")
        try Self.checkUsable(environment: environment)
        let term = environment["TERM"] ?? ""
        if let codeset = nl_langinfo(nl_item(CODESET)).map({ String(cString: $0) }), codeset != "UTF-8" {
            FileHandle.standardError.write(Data("parallax: warning: the locale's character set is \(codeset), not UTF-8; set LANG=C.UTF-8 or similar, or accented and other non-ASCII text will not show\n".utf8))
        }
        useColors = (environment["NO_COLOR"] ?? "").isEmpty
        // newterm returns NULL for an unknown TERM (initscr would exit): fall back to a common one.
        if parallax_start(term, useColors) != 0 && parallax_start("xterm-256color", useColors) != 0 {
            throw TerminalUnavailable(reason: "the terminal type TERM=\(term) is unknown")
        }
        started = true
    }

    deinit {
        stop()
    }

    public func stop() {
        guard started else { return }
        parallax_stop()
        started = false
    }

    public var size: (width: Int, height: Int) {
        (Int(parallax_columns()), Int(parallax_lines()))
    }

    /// Gives each role a colour pair, colours brought down to what the terminal has.
    public func apply(_ theme: Theme) {
        let colors = Int(parallax_colors())
        styles = [:]
        pairs = [:]
        for (index, role) in Role.allCases.enumerated() {
            let style = useColors && colors > 0 ? theme.style(role) : theme.style(role).withoutColors
            styles[role] = style
            let pair = Int32(index + 1)
            let foreground = style.foreground.map { Int32($0.number(forTerminalColors: colors)) } ?? -1
            let background = style.background.map { Int32($0.number(forTerminalColors: colors)) } ?? -1
            parallax_define_pair(pair, foreground, background)
            pairs[role] = pair
        }
        parallax_invalidate()
    }

    /// Writes the cells that differ from the previous frame, then shows them.
    public func draw(_ grid: Grid, previous: Grid?) {
        let changes = grid.changes(from: previous)
        guard !changes.isEmpty else { return }
        for change in changes {
            for (offset, cell) in change.cells.enumerated() where !cell.isContinuation {
                let style = styles[cell.role] ?? Style()
                var glyph = cell.glyph.unicodeScalars.map { wchar_t(bitPattern: $0.value) }
                glyph.append(0)
                parallax_put(Int32(change.y), Int32(change.x + offset), glyph, pairs[cell.role] ?? 0,
                             style.bold, style.dim, style.italic, style.underline, style.reverse)
            }
        }
        parallax_refresh()
    }

    /// ^Z: the terminal goes back to the shell until `fg`.
    public func suspend() {
        parallax_suspend()
    }

    /// Keyboard input has ended (a closed terminal without a hangup signal).
    public struct InputClosed: Error {}

    /// Reads that failed in a row; a signal interrupts one now and then, a closed input every time.
    private var failedReads = 0

    /// Waits for the next message, for at most `milliseconds` when given; nil for input that
    /// means nothing here, or for no input in that time.
    public func nextMessage(waitingAtMost milliseconds: Int? = nil) throws -> Msg? {
        var code: UInt32 = 0
        let clock = ContinuousClock()
        let started = clock.now
        let kind = parallax_read_key(Int32(milliseconds ?? -1), &code)
        // Waiting the time out is no failure; a read that fails at once is.
        let timedOut = milliseconds.map { clock.now - started >= .milliseconds($0 * 4 / 5) } ?? false
        failedReads = kind == Int32(PARALLAX_KEY_NONE) && !timedOut ? failedReads + 1 : 0
        if failedReads > 100 { throw InputClosed() }
        switch kind {
        case Int32(PARALLAX_KEY_CHAR):
            return Unicode.Scalar(code).map { .key(KeyDecoding.key(for: $0)) }
        case Int32(PARALLAX_KEY_FUNCTION):
            if Int32(code) == parallax_key_resize() {
                let size = self.size
                return .resize(width: size.width, height: size.height)
            }
            if Int32(code) == parallax_key_mouse() {
                let direction = parallax_wheel()
                return direction == 0 ? nil : .wheel(Int(direction) * 3)
            }
            return KeyDecoding.key(forFunctionKey: Int32(code)).map { .key($0) }
        default:
            return nil
        }
    }
}
