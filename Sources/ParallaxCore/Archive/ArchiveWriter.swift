/// Writes values as compact bytes: integers as variable-length numbers, strings as their
/// UTF-8 after their length. `ArchiveReader` reads them back in the same order.
public struct ArchiveWriter: Sendable {
    public private(set) var bytes: [UInt8] = []

    public init() {}

    /// The bytes written so far, the writer left empty to go on: for an archive written in parts.
    public mutating func takeBytes() -> [UInt8] {
        defer { bytes = [] }
        return bytes
    }

    public mutating func write(_ number: Int) {
        // Zigzag, so a small negative number stays small.
        var value = UInt64(bitPattern: Int64((number << 1) ^ (number >> 63)))
        while value >= 0x80 {
            bytes.append(UInt8(value & 0x7F) | 0x80)
            value >>= 7
        }
        bytes.append(UInt8(value))
    }

    /// A hash, whose bits are as good as random: eight bytes as they are, never longer.
    public mutating func write(hash: UInt64) {
        for shift in stride(from: 0, to: 64, by: 8) { bytes.append(UInt8(truncatingIfNeeded: hash >> UInt64(shift))) }
    }

    public mutating func write(_ flag: Bool) {
        bytes.append(flag ? 1 : 0)
    }

    public mutating func write(_ text: String) {
        var text = text
        text.withUTF8 { utf8 in
            write(utf8.count)
            bytes.append(contentsOf: utf8)
        }
    }

    public mutating func write(_ text: String?) {
        write(text != nil)
        if let text { write(text) }
    }

    public mutating func write(_ range: Range<Int>) {
        write(range.lowerBound)
        write(range.count)
    }

    public mutating func write(_ raw: [UInt8]) {
        write(raw.count)
        bytes.append(contentsOf: raw)
    }
}
