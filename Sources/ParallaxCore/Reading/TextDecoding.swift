import Foundation

/// Why a file is not read as an article.
public struct ReadError: Error, Equatable, Sendable, CustomStringConvertible {
    public let reason: String
    public init(_ reason: String) { self.reason = reason }
    public var description: String { reason }
}

/// Turns a file's bytes into text: a BOM dropped, invalid UTF-8 repaired to U+FFFD,
/// CRLF and lone CR made LF. Binary data is refused rather than shown as noise.
enum TextDecoding {
    static func decode(_ data: Data) throws -> String {
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            throw ReadError("UTF-16 text is not supported; save it as UTF-8")
        }
        if looksBinary(bytes) { throw ReadError("binary data, not text") }
        let text = String(decoding: bytes, as: UTF8.self)
        return normalizeLineEnds(text)
    }

    /// NUL bytes, or control bytes in a third of the file, mean it is not text.
    static func looksBinary(_ bytes: [UInt8]) -> Bool {
        let sample = bytes.prefix(8192)
        if sample.contains(0) { return true }
        let controls = sample.filter { $0 < 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D && $0 != 0x0C }.count
        return controls * 3 > max(sample.count, 1)
    }

    static func normalizeLineEnds(_ text: String) -> String {
        guard text.unicodeScalars.contains("\r") else { return text }
        return text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
    }
}
