import Foundation
import ParallaxCore
import ParallaxUI

/// Where the headless commands write, and how wide the terminal is.
enum Output {
    static func line(_ text: String) {
        print(text)
    }

    static func warn(_ text: String) {
        FileHandle.standardError.write(Data("parallax: \(VisibleText.sanitize(text))\n".utf8))
    }

    static func json<T: Encodable>(_ value: T) throws {
        print(try JSONOutput.string(value))
    }

    /// The terminal's width when standard output is one (or `COLUMNS` says), else nil: piped output is not cut.
    static var width: Int? {
        if let columns = ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init), columns > 0 { return columns }
        guard isatty(STDOUT_FILENO) == 1 else { return nil }
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return 80 }
        return Int(size.ws_col)
    }

    /// A dash for what the article does not say.
    static func value(_ text: String?) -> String {
        text ?? Missing.dash
    }
}
